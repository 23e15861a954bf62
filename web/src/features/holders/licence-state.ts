/** Days before its expiry that a licence is flagged "expires soon": time to renew it. */
export const EXPIRY_WARNING_DAYS = 60;

export type LicenceStatus = 'active' | 'suspended' | 'revoked' | 'expired' | 'not_yet_valid';

export interface LicenceDates {
  status: LicenceStatus;
  expiresOn: string;
}

/** The day, as the API writes dates (YYYY-MM-DD), in UTC like the registry's clock. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/**
 * The warning a licence carries beside its status: "expires soon" while active and
 * within EXPIRY_WARNING_DAYS of its last day. Expired is the API's status (it knows the
 * registry's day); suspended and revoked licences need no renewal warning.
 */
export function expiryWarning(licence: LicenceDates, today: string): { days: number } | null {
  if (licence.status !== 'active') return null;
  const days = daysBetween(today, licence.expiresOn);
  return days >= 0 && days <= EXPIRY_WARNING_DAYS ? { days } : null;
}

/** The state changes an officer may make from a status: revoked is final (the API refuses more). */
export function stateActions(status: LicenceStatus): ('suspended' | 'revoked' | 'active')[] {
  if (status === 'revoked') return [];
  if (status === 'suspended') return ['active', 'revoked'];
  return ['suspended', 'revoked'];
}
