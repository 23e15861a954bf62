import type { FieldProblem } from '../../common/errors/domain-error.js';
import type { Licence } from './holder.entities.js';

export type LicenceStatus = 'active' | 'suspended' | 'revoked' | 'expired' | 'not_yet_valid';

/** The status an officer sees on a given day: revocation and suspension first, then the dates. */
export function licenceStatusOn(licence: Pick<Licence, 'state' | 'issuedOn' | 'expiresOn'>, day: string): LicenceStatus {
  if (licence.state !== 'active') return licence.state;
  if (day < licence.issuedOn) return 'not_yet_valid';
  if (day > licence.expiresOn) return 'expired';
  return 'active';
}

export function covers(licence: Pick<Licence, 'categories'>, category: string | null): boolean {
  return licence.categories.length === 0 || (category !== null && licence.categories.includes(category));
}

/** A licence cannot expire before it is issued (the API and licence imports both hold to this). */
export function licenceDateProblems(licence: Pick<Licence, 'issuedOn' | 'expiresOn'>): FieldProblem[] {
  return licence.expiresOn < licence.issuedOn ? [{ field: 'expiresOn', message: 'must not be before issuedOn' }] : [];
}
