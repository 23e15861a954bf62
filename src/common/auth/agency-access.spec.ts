import { mayChange } from './agency-access.js';

describe('mayChange: who may change an agency’s record', () => {
  const record = { ownerAgencyId: 'police' };
  it('lets the owner agency change it', () => expect(mayChange({ agencyId: 'police', agencyType: 'police' }, record)).toBe(true));
  it('lets the national firearms authority change any agency’s record', () => expect(mayChange({ agencyId: 'nfa', agencyType: 'national_firearms_authority' }, record)).toBe(true));
  it('refuses another agency, whatever its type', () => {
    expect(mayChange({ agencyId: 'customs', agencyType: 'customs' }, record)).toBe(false);
    expect(mayChange({ agencyId: 'prosecution', agencyType: 'prosecution' }, record)).toBe(false);
  });
  it('refuses a user without an agency', () => expect(mayChange({ agencyId: null, agencyType: null }, record)).toBe(false));
});
