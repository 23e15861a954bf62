import { describe, expect, it } from 'vitest';
import { expiryWarning, stateActions } from './licence-state';

describe('a licence close to its expiry', () => {
  it('warns while active within 60 days of the last day, counting the days left', () => {
    expect(expiryWarning({ status: 'active', expiresOn: '2026-12-31' }, '2026-12-02')).toEqual({ days: 29 });
    expect(expiryWarning({ status: 'active', expiresOn: '2026-12-02' }, '2026-12-02')).toEqual({ days: 0 });
    expect(expiryWarning({ status: 'active', expiresOn: '2027-01-31' }, '2026-12-02')).toEqual({ days: 60 });
  });

  it('does not warn far from the expiry, nor on expired, suspended or revoked licences', () => {
    expect(expiryWarning({ status: 'active', expiresOn: '2027-02-01' }, '2026-12-02')).toBeNull();
    expect(expiryWarning({ status: 'expired', expiresOn: '2026-11-30' }, '2026-12-02')).toBeNull();
    expect(expiryWarning({ status: 'suspended', expiresOn: '2026-12-10' }, '2026-12-02')).toBeNull();
    expect(expiryWarning({ status: 'revoked', expiresOn: '2026-12-10' }, '2026-12-02')).toBeNull();
  });
});

describe('what an officer may do to a licence', () => {
  it('suspends or revokes an active one, reinstates or revokes a suspended one, and nothing after revocation', () => {
    expect(stateActions('active')).toEqual(['suspended', 'revoked']);
    expect(stateActions('expired')).toEqual(['suspended', 'revoked']);
    expect(stateActions('suspended')).toEqual(['active', 'revoked']);
    expect(stateActions('revoked')).toEqual([]);
  });
});
