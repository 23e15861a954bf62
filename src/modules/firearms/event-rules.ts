import type { FieldProblem } from '../../common/errors/domain-error.js';
import { decideTransition, type FirearmStatus, type LifecycleEventType } from './lifecycle.js';

/**
 * What each lifecycle event must carry beyond the state machine's say-so.
 * - receives: the event hands the firearm to a holder, who must show a valid
 *   licence covering the category (licensed, transferred);
 * - may_set: a holder may be named (registration, return to the owner…);
 * - none: the holder does not change (theft, seizure…): the last legal holder
 *   stays on record for tracing.
 */
export type HolderRule = 'receives' | 'may_set' | 'none';

const HOLDER_RULES: Record<LifecycleEventType, HolderRule> = {
  manufactured: 'may_set',
  imported: 'may_set',
  registered: 'may_set',
  licensed: 'receives',
  transferred: 'receives',
  exported: 'none',
  in_transit: 'none',
  reported_lost: 'none',
  reported_stolen: 'none',
  found: 'none',
  surrendered: 'none',
  seized: 'none',
  confiscated: 'none',
  taken_into_custody: 'none',
  released: 'may_set',
  deactivated: 'none',
  destroyed: 'none',
};

export function holderRule(type: LifecycleEventType): HolderRule {
  return HOLDER_RULES[type];
}

export interface EventInput {
  place?: string;
  holderId?: string;
  licenceId?: string;
  details?: Record<string, unknown>;
}

const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** Firearms Protocol art. 9 (deactivation) and art. 6 (disposal) facts, and holder rules. */
export function eventProblems(type: LifecycleEventType, input: EventInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const details = input.details ?? {};
  const rule = HOLDER_RULES[type];
  if (rule === 'receives') {
    if (!input.holderId) problems.push({ field: 'holderId', message: `is required: a ${type} event names the receiving holder` });
    if (!input.licenceId) problems.push({ field: 'licenceId', message: `is required: the receiving holder must hold a valid licence` });
  }
  if (rule === 'none' && input.holderId) problems.push({ field: 'holderId', message: `is not used by a ${type} event: the last legal holder stays on record` });
  if (rule === 'none' && input.licenceId) problems.push({ field: 'licenceId', message: `is not used by a ${type} event` });
  if (type === 'deactivated') {
    if (!text(details.certificateNumber)) problems.push({ field: 'details.certificateNumber', message: 'is required: deactivation is evidenced by a certificate' });
    if (!text(details.verifyingAuthority)) problems.push({ field: 'details.verifyingAuthority', message: 'is required: deactivation is verified by a competent authority' });
  }
  if (type === 'destroyed') {
    if (!text(details.method)) problems.push({ field: 'details.method', message: 'is required (e.g. cutting, crushing, smelting)' });
    if (!text(input.place)) problems.push({ field: 'place', message: 'is required for a destruction' });
    const witnesses = details.witnesses;
    if (!Array.isArray(witnesses) || witnesses.length === 0 || !witnesses.every(text)) problems.push({ field: 'details.witnesses', message: 'must list at least one witness by name' });
  }
  if ((type === 'exported' || type === 'imported') && details.country !== undefined && !(typeof details.country === 'string' && /^[A-Z]{2}$/.test(details.country))) {
    problems.push({ field: 'details.country', message: 'must be an ISO 3166 alpha-2 code' });
  }
  return problems;
}

/**
 * Why an event cannot be recorded for a firearm, in the words the API answers
 * with (merged record, lifecycle, missing facts, a date in the future), or null
 * when it can. Bulk paths decide a whole chunk with it before writing anything.
 */
export function eventRefusal(firearm: { status: FirearmStatus; mergedIntoId: string | null }, type: LifecycleEventType, input: EventInput & { occurredOn?: string }, today: string): string | null {
  if (firearm.mergedIntoId) return `This record was merged into ${firearm.mergedIntoId}; record events there.`;
  const decision = decideTransition(firearm.status, type);
  if (!decision.allowed) return decision.reason;
  const problems = eventProblems(type, input);
  if (problems.length > 0) return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  if ((input.occurredOn ?? today) > today) return 'occurredOn: an event cannot happen in the future';
  return null;
}
