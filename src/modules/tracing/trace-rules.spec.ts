import { ageGroup, csvField, dueDate, editRule, isOverdue, median, mergeItem, nextTraceStatus, responseDays, sdg1642, toCsv, traceChain, TRACE_STATUSES, type HistoryEvent } from './trace-rules.js';

const event = (id: string, type: string, occurredOn: string, holderId: string | null = null): HistoryEvent => ({ id, type, occurredOn, holderId, licenceId: null, agencyId: null, place: null, referenceDocuments: [], details: {} });

describe('tracing request statuses', () => {
  it('moves an outgoing request draft → sent → acknowledged → answered → closed', () => {
    expect(nextTraceStatus('outgoing', 'draft', 'send')).toBe('sent');
    expect(nextTraceStatus('outgoing', 'sent', 'acknowledge')).toBe('acknowledged');
    expect(nextTraceStatus('outgoing', 'acknowledged', 'answer')).toBe('answered');
    expect(nextTraceStatus('outgoing', 'answered', 'close')).toBe('closed');
  });

  it('refuses impossible moves', () => {
    expect(nextTraceStatus('incoming', 'draft', 'send')).toBeNull();
    expect(nextTraceStatus('outgoing', 'draft', 'answer')).toBeNull();
    expect(nextTraceStatus('outgoing', 'answered', 'acknowledge')).toBeNull();
    expect(nextTraceStatus('outgoing', 'closed', 'close')).toBeNull();
    expect(nextTraceStatus('incoming', 'sent', 'answer')).toBe('answered');
  });
});

describe('editing a request', () => {
  it('lets us edit our own outgoing request only while it is a draft', () => {
    expect(editRule('outgoing', 'draft')).toEqual({ allowed: true, reasonRequired: false, rerunsSearch: false });
    for (const status of TRACE_STATUSES.filter((s) => s !== 'draft')) expect(editRule('outgoing', status)).toMatchObject({ allowed: false, why: expect.stringContaining(status) });
  });
  it('lets an incoming request be corrected, with a reason and a new search, until it is answered', () => {
    expect(editRule('incoming', 'sent')).toEqual({ allowed: true, reasonRequired: true, rerunsSearch: true });
    expect(editRule('incoming', 'acknowledged')).toEqual({ allowed: true, reasonRequired: true, rerunsSearch: true });
    expect(editRule('incoming', 'answered').allowed).toBe(false);
    expect(editRule('incoming', 'closed').allowed).toBe(false);
  });
  it('merges the item field by field: given replaces, null clears, left out stays, the register link never moves', () => {
    const current = { serialNumber: 'ZC-1O4', make: 'Zastava', model: 'M57', markings: [{ text: 'ZASTAVA' }], firearmId: 'f-1' };
    expect(mergeItem(current, { serialNumber: 'ZC-104', model: null, markings: undefined, firearmId: 'other' })).toEqual({ serialNumber: 'ZC-104', make: 'Zastava', model: null, markings: [{ text: 'ZASTAVA' }], firearmId: 'f-1' });
    expect(mergeItem(current, { markings: null }).markings).toEqual([]);
    expect(current.serialNumber).toBe('ZC-1O4');
  });
});

describe('due date and overdue (derived, never stored)', () => {
  const start = new Date('2026-03-01T10:00:00Z');
  it('adds the days of the priority', () => {
    expect(dueDate(start, 'urgent', { urgent: 2, routine: 30 }).toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect(dueDate(start, 'routine', { urgent: 2, routine: 30 }).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });
  it('is overdue only while waiting for an answer past the due date', () => {
    const dueAt = new Date('2026-03-03T10:00:00Z');
    const later = new Date('2026-03-04T00:00:00Z');
    expect(isOverdue({ status: 'sent', dueAt }, later)).toBe(true);
    expect(isOverdue({ status: 'acknowledged', dueAt }, later)).toBe(true);
    expect(isOverdue({ status: 'answered', dueAt }, later)).toBe(false);
    expect(isOverdue({ status: 'draft', dueAt: null }, later)).toBe(false);
    expect(isOverdue({ status: 'sent', dueAt }, new Date('2026-03-02T00:00:00Z'))).toBe(false);
  });
});

describe('the answer chain', () => {
  it('stops at a theft and names the holder before it', () => {
    const result = traceChain([event('1', 'manufactured', '1987-01-01'), event('2', 'imported', '1990-01-01', 'dealer'), event('3', 'licensed', '2000-01-01', 'owner'), event('4', 'corrected', '2001-01-01'), event('5', 'reported_stolen', '2020-01-01'), event('6', 'seized', '2026-01-01')], 'owner');
    expect(result.chain.map((e) => e.id)).toEqual(['1', '2', '3', '5']);
    expect(result).toMatchObject({ lastLegalHolderId: 'owner', diversion: { kind: 'stolen', eventId: '5' }, suggestedOutcome: 'traced_to_point_of_diversion' });
  });
  it('without a loss or theft, ends at the last known transfer and the last legal holder', () => {
    const result = traceChain([event('1', 'registered', '2010-01-01'), event('2', 'licensed', '2011-01-01', 'a'), event('3', 'transferred', '2015-01-01', 'b')], null);
    expect(result).toMatchObject({ lastLegalHolderId: 'b', diversion: { kind: 'last_known_transfer', eventId: '3' }, suggestedOutcome: 'traced_to_last_legal_holder' });
  });
  it('reads past a theft that was recovered and returned: the later buyer and the later loss', () => {
    const result = traceChain(
      [event('1', 'registered', '2016-04-01', 'a'), event('2', 'reported_stolen', '2018-03-01'), event('3', 'seized', '2018-07-10'), event('4', 'released', '2018-08-01'), event('5', 'transferred', '2020-02-15', 'b'), event('6', 'reported_lost', '2024-05-20')],
      'b',
    );
    expect(result).toMatchObject({ lastLegalHolderId: 'b', diversion: { kind: 'lost', eventId: '6', occurredOn: '2024-05-20' }, suggestedOutcome: 'traced_to_point_of_diversion' });
    expect(result.chain.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
  it('with only a manufacture record, establishes the origin; with nothing, does not trace', () => {
    expect(traceChain([event('1', 'manufactured', '1990-01-01')], null).suggestedOutcome).toBe('origin_established_without_trace');
    expect(traceChain([event('1', 'seized', '2026-01-01')], null)).toMatchObject({ chain: [], suggestedOutcome: 'not_traced', reason: expect.any(String) });
  });
});

describe('statistics rules', () => {
  it('never counts negative days to answer', () => {
    expect(responseDays(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toBe(0);
    expect(median([responseDays(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))])).toBe(0);
    expect(responseDays(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-11T12:00:00Z'))).toBe(10.5);
  });
  it('computes SDG 16.4.2 as established / seized, found or surrendered', () => {
    expect(sdg1642(2, 5)).toBe(0.4);
    expect(sdg1642(1, 3)).toBe(0.3333);
    expect(sdg1642(0, 0)).toBeNull();
  });
  it('groups ages, from the birth year when the age is not recorded', () => {
    expect(ageGroup(17, null, 2026)).toBe('under_18');
    expect(ageGroup(null, 1999, 2026)).toBe('25_34');
    expect(ageGroup(56, null, 2026)).toBe('55_64');
    expect(ageGroup(70, null, 2026)).toBe('65_plus');
    expect(ageGroup(null, null, 2026)).toBe('unknown');
  });
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('writes RFC 4180 CSV and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(toCsv(['x', 'y'], [[1, 'a']])).toBe('x,y\r\n1,a\r\n');
  });
});
