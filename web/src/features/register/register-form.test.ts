import { describe, expect, it } from 'vitest';
import { intlFor } from '../../test/intl';
import type { TraceCandidateDto, TraceResult } from '../search/queries';
import { registerFieldWords } from './field-problems';
import { matchedAlias } from './queries';
import { emptyRegister, formFieldOf, lotBody, emptyLot, registerBody, sameSerialAndMake } from './register-form';

const candidate = (over: { serial: string; code: string | null; make: string; firearmId?: string; itemKind?: string }): TraceCandidateDto =>
  ({
    firearmId: over.firearmId ?? crypto.randomUUID(),
    itemKind: over.itemKind ?? 'firearm',
    score: 100,
    reasons: [],
    alert: null,
    status: 'registered',
    category: 'pistol',
    make: { asWritten: over.make, manufacturerCode: over.code },
    model: null,
    calibre: { asWritten: null, calibreCode: null },
    serialNumber: { asWritten: over.serial, normalised: over.serial.toUpperCase().replace(/[^A-Z0-9]/g, ''), folded: null },
    countryOfManufacture: null,
    yearOfManufacture: null,
    lastLegalHolder: null,
  }) as TraceCandidateDto;

const result = (items: TraceCandidateDto[], makeResolvedTo?: string | null): TraceResult =>
  ({ queryId: 'q', criteria: { serialKeys: { normalised: 'ZC104522', folded: 'ZC104522', wildcards: false }, ...(makeResolvedTo !== undefined ? { makeResolvedTo } : {}) }, serialSearch: null, flagged: 0, mayBeIncomplete: false, items, page: { limit: 20, offset: 0, total: items.length } }) as TraceResult;

describe('possible duplicates before saving', () => {
  it('keeps only the same normalised serial under the same manufacturer, of the same kind', () => {
    const same = candidate({ serial: 'zc-104 522', code: 'zastava', make: 'Crvena Zastava' });
    const otherMake = candidate({ serial: 'ZC104522', code: 'izhmash', make: 'Izhmash' });
    const contains = candidate({ serial: 'ZC1045229', code: 'zastava', make: 'Zastava' });
    const part = candidate({ serial: 'ZC104522', code: 'zastava', make: 'Zastava', itemKind: 'part' });
    expect(sameSerialAndMake(result([same, otherMake, contains, part], 'zastava'), 'firearm', 'Zastava Arms').map((c) => c.firearmId)).toEqual([same.firearmId]);
  });

  it('compares the spelling when the make is not resolved, and finds none without a make', () => {
    const kept = candidate({ serial: 'ZC104522', code: null, make: 'Fabrique Locale' });
    const resolved = candidate({ serial: 'ZC104522', code: 'zastava', make: 'Zastava' });
    expect(sameSerialAndMake(result([kept, resolved], null), 'firearm', 'fabrique-locale').map((c) => c.firearmId)).toEqual([kept.firearmId]);
    expect(sameSerialAndMake(result([kept], null), 'firearm', '')).toEqual([]);
  });
});

describe('the registration body', () => {
  it('leaves blanks out, sends numbers as numbers and the start as the initial event', () => {
    const body = registerBody('firearm', { ...emptyRegister(), category: 'pistol', make: ' Izhmash ', serialNumber: 'ZC-104 522', yearOfManufacture: '1987', barrelLengthMm: '102,5', place: 'Dakar' });
    expect(body).toEqual({ category: 'pistol', make: 'Izhmash', serialNumber: 'ZC-104 522', yearOfManufacture: 1987, barrelLengthMm: 102.5, origin: 'industrial', initialEvent: { type: 'registered', place: 'Dakar' } });
  });

  it('sends a part type only for a part, and text the API can refuse as typed', () => {
    expect(registerBody('part', { ...emptyRegister(), partType: 'barrel' })).toMatchObject({ partType: 'barrel' });
    expect(registerBody('firearm', { ...emptyRegister(), partType: 'barrel' })).not.toHaveProperty('partType');
    expect(lotBody({ ...emptyLot(), calibre: '9mm', quantity: 'many' })).toEqual({ calibre: '9mm', quantity: 'many' });
  });

  it('maps the initial event fields to the inputs at the top of the form', () => {
    expect(formFieldOf('initialEvent.occurredOn')).toBe('occurredOn');
    expect(formFieldOf('initialEvent.type')).toBe('initialType');
    expect(formFieldOf('serialNumber')).toBe('serialNumber');
  });
});

describe('words', () => {
  it('says the API field problems in the user language', () => {
    expect(registerFieldWords(intlFor('fr'), 'yearOfManufacture must not be after the current year (2026)')).toBe('Ne peut pas dépasser l’année en cours.');
    expect(registerFieldWords(intlFor('es'), 'is required for a firearm')).toBe('Obligatorio.');
    expect(registerFieldWords(intlFor('en'), 'is required on an intact import marking (Firearms Protocol art. 8.1(b): importing country and year)')).toMatch(/intact import marking/);
  });

  it('names the spelling that matched when the canonical name does not show it', () => {
    expect(matchedAlias('IZHMASH', 'Kalashnikov Concern', ['Izhevsk Arms Plant', 'Izhmash'])).toBe('Izhmash');
    expect(matchedAlias('kalash', 'Kalashnikov Concern', ['Izhmash'])).toBeUndefined();
    expect(matchedAlias('9mm luger', '9×19mm Parabellum', ['9mm', '9mm Luger'])).toBe('9mm Luger');
  });
});
