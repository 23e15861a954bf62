import type { FieldProblem } from '../../common/errors/domain-error.js';
import type { LifecycleEventType } from '../firearms/lifecycle.js';
import type { DisposalType } from './seizure.entities.js';

export interface DisposalFacts {
  place?: string;
  method?: string;
  witnesses?: string[];
  certificateNumber?: string;
  verifyingAuthority?: string;
  holderId?: string;
  receivingAgencyId?: string;
  stateMarking?: string;
}

const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/**
 * What each disposal must carry (Firearms Protocol art. 6 and 9):
 * - destroyed: method, place, witnesses and the destruction certificate;
 * - deactivated: the certificate and the competent authority that verified it;
 * - returned to lawful owner: the owner's holder record;
 * - retained for official use: the agency keeping it and the state marking applied.
 */
export function disposalProblems(type: DisposalType, facts: DisposalFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: keyof DisposalFacts, why: string) => {
    if (!text(facts[field])) problems.push({ field, message: `is required: ${why}` });
  };
  switch (type) {
    case 'destroyed':
      need('method', 'how it was destroyed (e.g. cutting, crushing, smelting)');
      need('place', 'where it was destroyed');
      need('certificateNumber', 'destruction is evidenced by a certificate');
      if (!Array.isArray(facts.witnesses) || facts.witnesses.length === 0 || !facts.witnesses.every(text)) problems.push({ field: 'witnesses', message: 'must list at least one witness by name' });
      break;
    case 'deactivated':
      need('certificateNumber', 'deactivation is evidenced by a certificate');
      need('verifyingAuthority', 'deactivation is verified by a competent authority');
      break;
    case 'returned_to_owner':
      need('holderId', 'the lawful owner it is returned to');
      break;
    case 'retained_for_official_use':
      need('receivingAgencyId', 'the agency that keeps it');
      need('stateMarking', 'a firearm kept by the state carries a state marking');
      break;
  }
  return problems;
}

/** The lifecycle event a disposal records on a firearm or part. */
export function disposalEvent(type: DisposalType): LifecycleEventType {
  switch (type) {
    case 'destroyed':
      return 'destroyed';
    case 'deactivated':
      return 'deactivated';
    case 'returned_to_owner':
    case 'retained_for_official_use':
      return 'released';
  }
}

/**
 * Who may hand an item over: its current custodian only. Null when the step may
 * follow; the refusal otherwise.
 */
export function handoverRefusal(currentCustodianId: string | null, handedOverBy: string | null): string | null {
  if (currentCustodianId === null) return null;
  if (handedOverBy === currentCustodianId) return null;
  return 'Only the current custodian can hand the item over; it is not held by the person handing it over.';
}
