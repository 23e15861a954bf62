import { FREE_ATTEMPTS, lockUntil, retryDelaySeconds } from './lockout.js';

const now = new Date('2026-11-23T10:00:00Z');
const minutesAfter = (date: Date | null) => (date ? (date.getTime() - now.getTime()) / 60_000 : null);

describe('lockUntil', () => {
  it('does not lock before the free attempts are used', () => {
    for (let failures = 0; failures < FREE_ATTEMPTS; failures++) expect(lockUntil(failures, now)).toBeNull();
  });

  it('locks for 15 minutes, then doubles each further failure', () => {
    expect(minutesAfter(lockUntil(FREE_ATTEMPTS, now))).toBe(15);
    expect(minutesAfter(lockUntil(FREE_ATTEMPTS + 1, now))).toBe(30);
    expect(minutesAfter(lockUntil(FREE_ATTEMPTS + 2, now))).toBe(60);
  });

  it('never locks for more than a day', () => {
    expect(minutesAfter(lockUntil(FREE_ATTEMPTS + 30, now))).toBe(24 * 60);
  });
});

describe('retryDelaySeconds (one address trying one username)', () => {
  it('lets the free attempts through, then waits a minute, doubling up to an hour', () => {
    for (let failures = 0; failures < FREE_ATTEMPTS; failures++) expect(retryDelaySeconds(failures)).toBe(0);
    expect(retryDelaySeconds(FREE_ATTEMPTS)).toBe(60);
    expect(retryDelaySeconds(FREE_ATTEMPTS + 1)).toBe(120);
    expect(retryDelaySeconds(FREE_ATTEMPTS + 2)).toBe(240);
    expect(retryDelaySeconds(FREE_ATTEMPTS + 30)).toBe(3600);
  });
});
