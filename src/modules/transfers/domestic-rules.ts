import type { Holder } from '../holders/holder.entities.js';
import type { DomesticTransferKind } from './transfer.entities.js';

export interface DomesticTransferProblem {
  code: 'STATE_TRANSFER_MARKING_REQUIRED' | 'TRANSFER_PARTIES_INVALID' | 'SELLER_NOT_CURRENT_HOLDER';
  field: string;
  message: string;
}

type Party = Pick<Holder, 'id' | 'kind' | 'organisationType'>;

const isStateAgency = (h: Party) => h.kind === 'organisation' && h.organisationType === 'state_agency';

/**
 * Who may transfer to whom, and with what (pure): the seller is the firearm's
 * current holder; a firearm leaving state stocks for civilian use is a
 * state_to_civilian transfer and carries the state-transfer marking
 * (Firearms Protocol art. 8(1)(c)); a transfer between agencies is between
 * state agencies.
 */
export function domesticTransferProblems(input: { kind: DomesticTransferKind; stateTransferMarking?: string | null; currentHolderId: string | null; seller: Party; buyer: Party }): DomesticTransferProblem[] {
  const problems: DomesticTransferProblem[] = [];
  const { kind, seller, buyer } = input;
  if (input.currentHolderId !== seller.id) {
    problems.push({ code: 'SELLER_NOT_CURRENT_HOLDER', field: 'fromHolderId', message: input.currentHolderId ? 'is not the firearm’s current holder' : 'cannot transfer: the firearm has no current holder on record' });
  }
  if (seller.id === buyer.id) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'toHolderId', message: 'must differ from the seller' });
  if (kind === 'state_to_civilian') {
    if (!input.stateTransferMarking?.trim()) problems.push({ code: 'STATE_TRANSFER_MARKING_REQUIRED', field: 'stateTransferMarking', message: 'is required: a firearm moving from state stocks to civilian use is marked (Firearms Protocol art. 8(1)(c))' });
    if (!isStateAgency(seller)) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'fromHolderId', message: 'must be a state agency for a transfer from state stocks' });
    if (isStateAgency(buyer)) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'toHolderId', message: 'is a state agency: use inter_agency for a transfer between agencies' });
  } else if (kind === 'inter_agency') {
    if (!isStateAgency(seller)) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'fromHolderId', message: 'must be a state agency for a transfer between agencies' });
    if (!isStateAgency(buyer)) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'toHolderId', message: 'must be a state agency for a transfer between agencies' });
  } else if (isStateAgency(seller) && !isStateAgency(buyer)) {
    problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'kind', message: `a firearm leaving state stocks for civilian use is a state_to_civilian transfer, not a ${kind}, and carries the state-transfer marking` });
  }
  if (kind !== 'state_to_civilian' && input.stateTransferMarking) problems.push({ code: 'TRANSFER_PARTIES_INVALID', field: 'stateTransferMarking', message: 'is only recorded for a state_to_civilian transfer' });
  return problems;
}
