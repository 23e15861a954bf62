import { eventProblems, holderRule } from './event-rules.js';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('eventProblems', () => {
  it('requires the receiving holder and their licence for licensed and transferred', () => {
    expect(fields(eventProblems('transferred', {}))).toEqual(['holderId', 'licenceId']);
    expect(eventProblems('licensed', { holderId: 'h', licenceId: 'l' })).toEqual([]);
  });

  it('refuses a holder on events that keep the last legal holder', () => {
    expect(fields(eventProblems('reported_stolen', { holderId: 'h' }))).toEqual(['holderId']);
    expect(eventProblems('seized', {})).toEqual([]);
  });

  it('requires the certificate and verifying authority for a deactivation', () => {
    expect(fields(eventProblems('deactivated', {}))).toEqual(['details.certificateNumber', 'details.verifyingAuthority']);
    expect(eventProblems('deactivated', { details: { certificateNumber: 'D-1', verifyingAuthority: 'Proof House' } })).toEqual([]);
  });

  it('requires method, place and named witnesses for a destruction', () => {
    expect(fields(eventProblems('destroyed', {}))).toEqual(['details.method', 'details.witnesses', 'place']);
    expect(fields(eventProblems('destroyed', { place: 'Armoury', details: { method: 'cutting', witnesses: [''] } }))).toEqual(['details.witnesses']);
    expect(eventProblems('destroyed', { place: 'Armoury', details: { method: 'cutting', witnesses: ['Insp. Diop'] } })).toEqual([]);
  });

  it('checks the country of an export', () => {
    expect(fields(eventProblems('exported', { details: { country: 'France' } }))).toEqual(['details.country']);
    expect(eventProblems('exported', { details: { country: 'FR' } })).toEqual([]);
  });
});

describe('holderRule', () => {
  it('lets a release name the owner the firearm returns to', () => {
    expect(holderRule('released')).toBe('may_set');
    expect(holderRule('destroyed')).toBe('none');
  });
});
