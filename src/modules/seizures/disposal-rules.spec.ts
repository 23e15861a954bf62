import { disposalEvent, disposalProblems, handoverRefusal } from './disposal-rules.js';

describe('disposal rules', () => {
  it('asks a destruction for method, place, certificate and witnesses', () => {
    expect(disposalProblems('destroyed', {}).map((p) => p.field)).toEqual(['method', 'place', 'certificateNumber', 'witnesses']);
    expect(disposalProblems('destroyed', { method: 'cutting', place: 'Armoury', certificateNumber: 'D-1', witnesses: ['A. Diop'] })).toEqual([]);
    expect(disposalProblems('destroyed', { method: 'cutting', place: 'Armoury', certificateNumber: 'D-1', witnesses: [' '] }).map((p) => p.field)).toEqual(['witnesses']);
  });

  it('asks a deactivation for its certificate and verifying authority (art. 9)', () => {
    expect(disposalProblems('deactivated', { certificateNumber: 'X' }).map((p) => p.field)).toEqual(['verifyingAuthority']);
  });

  it('asks a return for the owner and a retention for the agency and state marking', () => {
    expect(disposalProblems('returned_to_owner', {}).map((p) => p.field)).toEqual(['holderId']);
    expect(disposalProblems('retained_for_official_use', { receivingAgencyId: 'a' }).map((p) => p.field)).toEqual(['stateMarking']);
  });

  it('maps each disposal to its lifecycle event', () => {
    expect(['destroyed', 'deactivated', 'returned_to_owner', 'retained_for_official_use'].map((t) => disposalEvent(t as never))).toEqual(['destroyed', 'deactivated', 'released', 'released']);
  });

  it('lets only the current custodian hand an item over', () => {
    expect(handoverRefusal(null, 'anyone')).toBeNull();
    expect(handoverRefusal('u1', 'u1')).toBeNull();
    expect(handoverRefusal('u1', 'u2')).toMatch(/current custodian/);
    expect(handoverRefusal('u1', null)).toMatch(/current custodian/);
  });
});
