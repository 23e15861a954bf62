/** Failures allowed before the account locks. */
export const FREE_ATTEMPTS = 5;
const BASE_LOCK_MINUTES = 15;
const MAX_LOCK_MINUTES = 24 * 60;

/**
 * After the free attempts, each failure locks the account for longer: 15 min,
 * 30, 60… up to a day. Returns null while no lock applies.
 */
export function lockUntil(failedSignIns: number, now: Date): Date | null {
  if (failedSignIns < FREE_ATTEMPTS) return null;
  const minutes = Math.min(BASE_LOCK_MINUTES * 2 ** (failedSignIns - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
  return new Date(now.getTime() + minutes * 60_000);
}
