import type { EntityManager } from 'typeorm';
import { RequestContext, type Actor } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';

/** The agency type that may change any agency's records: it keeps the national register. */
export const NATIONAL_AUTHORITY_TYPE = 'national_firearms_authority';

export interface ChangingAgency {
  agencyId: string | null;
  agencyType: string | null;
}

/** A record an agency owns: a seizure (with its items and custody), a tracing request, an import, a firearm's record. */
export interface AgencyOwned {
  ownerAgencyId: string;
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
  const actor = RequestContext.current()?.actor;
  if (!isSignedInUser(actor)) return;
  const agencyType = actor.agencyId ? (((await manager.query(`SELECT type FROM agency WHERE id = $1`, [actor.agencyId])) as { type: string }[])[0]?.type ?? null) : null;
  if (mayChange({ agencyId: actor.agencyId, agencyType }, record)) return;
  throw new DomainError('AGENCY_NOT_PERMITTED', options.detail ?? `${what} belongs to another agency: only that agency or the national firearms authority may change it.`, {
    ownerAgencyId: record.ownerAgencyId,
    ...(options.field ? { errors: [{ field: options.field, message: 'is another agency’s' }] } : {}),
  });
}

function isSignedInUser(actor: Actor | null | undefined): actor is Actor {
  return !!actor && actor.userId !== null && actor.roles.length > 0;
}
