import { describe, expect, it } from 'vitest';
import { asSearchCandidate, momentOf, serialKeysOf } from './candidates';

describe('candidates of an incoming request', () => {
  it('keys the serial as the trace search does', () => {
    expect(serialKeysOf('zc-104 522')).toEqual({ normalised: 'ZC104522', folded: '2C104522', wildcards: false });
    expect(serialKeysOf('73?1*')).toEqual({ normalised: '73?1*', folded: '73?1*', wildcards: true });
    expect(serialKeysOf(' - ')).toBeUndefined();
    expect(serialKeysOf(null)).toBeUndefined();
  });

  it('reads a stored candidate in the search screen’s shape, flagging stolen and lost', () => {
    const c = asSearchCandidate({ firearmId: 'f1', score: 80, reasons: [{ code: 'folded_serial', detail: '', points: 50 }], status: 'stolen', category: 'pistol', make: 'Zastava', model: 'M57', calibre: '7.62', serialNumber: 'ZCI-04522' });
    expect(c).toMatchObject({ alert: 'stolen', make: { asWritten: 'Zastava' }, serialNumber: { asWritten: 'ZCI-04522', normalised: 'ZCI04522', folded: '2C104522' } });
    expect(asSearchCandidate({ firearmId: 'f2', score: 1, reasons: [], status: 'registered', category: null, make: null, model: null, calibre: null, serialNumber: null }).alert).toBeNull();
  });

  it('sends today as now and an earlier day at its noon', () => {
    const now = new Date('2026-12-02T01:30:00Z');
    expect(momentOf('2026-12-02', now)).toBeUndefined();
    expect(momentOf('2026-11-28', now)).toBe('2026-11-28T12:00:00Z');
    expect(momentOf('', now)).toBeUndefined();
  });
});
