/**
 * Sign-in lock-out that an attacker cannot turn against the owner (OWASP ASVS 5.0 V6.3):
 *
 * - Per (username, client address): after the free failures, that address waits before
 *   its next try on that username, 1 minute, then 2, 4… up to an hour. Other addresses,
 *   the owner's among them, are not slowed. Unknown usernames are counted the same way,
 *   so the throttle does not tell which usernames exist.
 * - Per account (all addresses together): after the free failures the account is
 *   soft-locked, 15 minutes, then 30, 60… up to a day. While it is, the right password
 *   signs in only from an address the account signed in from before (in the last
 *   KNOWN_ADDRESS_DAYS); from any other it gets the answer of a wrong password. Strangers
 *   spread over many addresses cannot keep the owner out of their usual workstation.
 */

/** Failures allowed before a lock or a delay applies. */
export const FREE_ATTEMPTS = 5;
const BASE_LOCK_MINUTES = 15;
const MAX_LOCK_MINUTES = 24 * 60;
const BASE_DELAY_SECONDS = 60;
const MAX_DELAY_SECONDS = 3600;
/** How long an address the account signed in from stays "known" to the soft lock. */
export const KNOWN_ADDRESS_DAYS = 90;
/** A (username, address) failure count is forgotten a day after its last failure. */
export const FAILURE_MEMORY_SECONDS = 24 * 3600;

/** The account's soft lock after its failures from all addresses; null while none applies. */
export function lockUntil(failedSignIns: number, now: Date): Date | null {
  if (failedSignIns < FREE_ATTEMPTS) return null;
  const minutes = Math.min(BASE_LOCK_MINUTES * 2 ** (failedSignIns - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
  return new Date(now.getTime() + minutes * 60_000);
}

/** Seconds one address waits after its latest failure on one username before trying it again. */
export function retryDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}
