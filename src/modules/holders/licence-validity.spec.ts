import { covers, licenceDateProblems, licenceStatusOn } from './licence-validity.js';

const licence = { state: 'active' as const, issuedOn: '2025-01-01', expiresOn: '2027-12-31', categories: ['pistol'] };

describe('licenceStatusOn', () => {
  it('is active between issue and expiry, both days included', () => {
    expect(licenceStatusOn(licence, '2025-01-01')).toBe('active');
    expect(licenceStatusOn(licence, '2027-12-31')).toBe('active');
  });

  it('is expired the day after expiry and not yet valid before issue', () => {
    expect(licenceStatusOn(licence, '2028-01-01')).toBe('expired');
    expect(licenceStatusOn(licence, '2024-12-31')).toBe('not_yet_valid');
  });

  it('reports revocation and suspension whatever the dates', () => {
    expect(licenceStatusOn({ ...licence, state: 'revoked' }, '2026-06-01')).toBe('revoked');
    expect(licenceStatusOn({ ...licence, state: 'suspended' }, '2030-01-01')).toBe('suspended');
  });
});

describe('covers', () => {
  it('covers the listed categories only', () => {
    expect(covers(licence, 'pistol')).toBe(true);
    expect(covers(licence, 'rifle')).toBe(false);
  });

  it('covers every category when none is listed', () => {
    expect(covers({ categories: [] }, 'shotgun')).toBe(true);
  });
});

describe('licenceDateProblems', () => {
  it('refuses an expiry before the issue, naming expiresOn; the same day is allowed', () => {
    expect(licenceDateProblems({ issuedOn: '2026-03-01', expiresOn: '2026-02-28' })).toEqual([{ field: 'expiresOn', message: 'must not be before issuedOn' }]);
    expect(licenceDateProblems({ issuedOn: '2026-03-01', expiresOn: '2026-03-01' })).toEqual([]);
  });
});
