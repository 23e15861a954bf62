import { eventProblems, eventRefusal, holderRule } from './event-rules.js';

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

describe('eventRefusal', () => {
  const registered = { status: 'registered' as const, mergedIntoId: null };

  it('accepts a move the lifecycle allows, with its facts, on or before today', () => {
    expect(eventRefusal(registered, 'seized', { occurredOn: '2026-06-03' }, '2026-11-23')).toBeNull();
    expect(eventRefusal({ status: 'stolen', mergedIntoId: null }, 'found', {}, '2026-11-23')).toBeNull();
  });

  it('gives the lifecycle reason for an impossible move', () => {
    expect(eventRefusal({ status: 'destroyed', mergedIntoId: null }, 'seized', {}, '2026-11-23')).toBe('A destroyed firearm cannot be seized: destruction is final.');
    expect(eventRefusal({ status: 'seized', mergedIntoId: null }, 'seized', {}, '2026-11-23')).toMatch(/already recorded as seized/);
  });

  it('refuses a merged record, missing facts and a future date', () => {
    expect(eventRefusal({ status: 'registered', mergedIntoId: 'f-2' }, 'seized', {}, '2026-11-23')).toBe('This record was merged into f-2; record events there.');
    expect(eventRefusal(registered, 'deactivated', {}, '2026-11-23')).toMatch(/^details\.certificateNumber: is required/);
    expect(eventRefusal(registered, 'seized', { occurredOn: '2026-11-24' }, '2026-11-23')).toBe('occurredOn: an event cannot happen in the future');
  });
});
