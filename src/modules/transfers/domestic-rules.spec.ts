import { domesticTransferProblems } from './domestic-rules.js';

const person = (id: string) => ({ id, kind: 'person' as const, organisationType: null });
const agency = (id: string) => ({ id, kind: 'organisation' as const, organisationType: 'state_agency' as const });
const codes = (input: Parameters<typeof domesticTransferProblems>[0]) => domesticTransferProblems(input).map((p) => `${p.code}:${p.field}`);

describe('domestic transfer parties', () => {
  it('accepts a sale by the current holder', () => {
    expect(codes({ kind: 'sale', currentHolderId: 'a', seller: person('a'), buyer: person('b') })).toEqual([]);
  });
  it('refuses a seller who is not the current holder', () => {
    expect(codes({ kind: 'gift', currentHolderId: 'x', seller: person('a'), buyer: person('b') })).toEqual(['SELLER_NOT_CURRENT_HOLDER:fromHolderId']);
  });
  it('requires the state-transfer marking from state stocks to civilian use (art. 8)', () => {
    expect(codes({ kind: 'state_to_civilian', currentHolderId: 's', seller: agency('s'), buyer: person('b') })).toEqual(['STATE_TRANSFER_MARKING_REQUIRED:stateTransferMarking']);
    expect(codes({ kind: 'state_to_civilian', stateTransferMarking: 'SN-E', currentHolderId: 's', seller: agency('s'), buyer: person('b') })).toEqual([]);
  });
  it('does not let state stocks leave as a plain sale', () => {
    expect(codes({ kind: 'sale', currentHolderId: 's', seller: agency('s'), buyer: person('b') })).toEqual(['TRANSFER_PARTIES_INVALID:kind']);
  });
  it('keeps inter-agency transfers between agencies', () => {
    expect(codes({ kind: 'inter_agency', currentHolderId: 's', seller: agency('s'), buyer: agency('t') })).toEqual([]);
    expect(codes({ kind: 'inter_agency', currentHolderId: 's', seller: agency('s'), buyer: person('b') })).toEqual(['TRANSFER_PARTIES_INVALID:toHolderId']);
  });
});
