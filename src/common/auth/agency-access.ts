import type { EntityManager } from 'typeorm';
import { RequestContext, type Actor } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';

/** The agency type that may change any agency's records: it keeps the national register. */
export const NATIONAL_AUTHORITY_TYPE = 'national_firearms_authority';

export interface ChangingAgency {
  agencyId: string | null;
  agencyType: string | null;
}

/**
 * A record an agency owns: a seizure (with its items and custody), a tracing
 * request, an import, a firearm's or ammunition lot's record, a holder, a
 * possession licence, a trade licence (with its shipments), a marking campaign.
 */
export interface AgencyOwned {
  ownerAgencyId: string;
}

/** One record a change touches, named for the refusal; `field` is the request field that names it. */
export interface ChangedRecord extends AgencyOwned {
  what: string;
  field?: string;
}

/**
 * Reads are national; changes are not. A record is changed by the agency that
 * owns it, or by the national firearms authority. (Sharing a case with another
 * agency is not built: the national authority acts across agencies.)
 */
export function mayChange(actor: ChangingAgency, record: AgencyOwned): boolean {
  if (actor.agencyType === NATIONAL_AUTHORITY_TYPE) return true;
  return actor.agencyId !== null && actor.agencyId === record.ownerAgencyId;
}

/**
 * Refuses (403 AGENCY_NOT_PERMITTED) a change by a user of another agency. Actors
 * that are not signed-in users (seeds, the CLI, a queued import's job, which was
 * checked when it was queued) are not refused here.
 */
export async function assertMayChange(manager: EntityManager, record: AgencyOwned, what: string, options: { field?: string; detail?: string } = {}): Promise<void> {
  await assertMayChangeAll(manager, [{ ...record, what, field: options.field }], options.detail);
}

/**
 * assertMayChange for every record one request touches (a campaign's log, a
 * marking on a firearm under a campaign): one look-up of the actor's agency, and
 * one refusal that names every record (and its field) that is another agency's.
 */
export async function assertMayChangeAll(manager: EntityManager, records: ChangedRecord[], detail?: string): Promise<void> {
  const actor = RequestContext.current()?.actor;
  if (!isSignedInUser(actor) || records.length === 0) return;
  const agencyType = actor.agencyId ? (((await manager.query(`SELECT type FROM agency WHERE id = $1`, [actor.agencyId])) as { type: string }[])[0]?.type ?? null) : null;
  const refused = records.filter((record) => !mayChange({ agencyId: actor.agencyId, agencyType }, record));
  if (refused.length === 0) return;
  const rule = 'only that agency or the national firearms authority may change it';
  const message = refused.length === 1 ? `${refused[0].what} belongs to another agency: ${rule}.` : `${refused.map((r) => r.what).join('; ')}: each belongs to another agency, and ${rule}.`;
  const fields = refused.filter((r): r is ChangedRecord & { field: string } => !!r.field);
  throw new DomainError('AGENCY_NOT_PERMITTED', detail ?? message, {
    ownerAgencyId: refused[0].ownerAgencyId,
    ...(fields.length > 0 ? { errors: fields.map((r) => ({ field: r.field, message: 'is another agency’s' })) } : {}),
  });
}

/**
 * Whether an agency may change any agency's records (it is the national firearms
 * authority). Imports run as a job, not a request: their rows are checked against
 * the importing agency with this, one look-up per run.
 */
export async function actsNationally(manager: EntityManager, agencyId: string): Promise<boolean> {
  const [row] = (await manager.query(`SELECT type FROM agency WHERE id = $1`, [agencyId])) as { type: string }[];
  return row?.type === NATIONAL_AUTHORITY_TYPE;
}

/** The row problem of an import row that would change another agency's record. */
export const ANOTHER_AGENCYS = (what: string) => `is another agency’s ${what}: only that agency or the national firearms authority may import into it`;

function isSignedInUser(actor: Actor | null | undefined): actor is Actor {
  return !!actor && actor.userId !== null && actor.roles.length > 0;
}
