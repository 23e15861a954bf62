import type { MarkingFields } from './dto/marking.dto.js';
import { markingProblems } from './marking-rules.js';

const base: MarkingFields = { firearmId: 'f', type: 'import', text: 'SN 24 ZC104522', legibility: 'intact' };
const fields = (item: Partial<MarkingFields>, campaign: { startsOn: string; endsOn: string | null } | null = null) =>
  markingProblems({ ...base, ...item } as MarkingFields, '2026-06-01', 'markings.2.', campaign).map((p) => p.field);

describe('markingProblems', () => {
  it('accepts an import marking with country and year', () => {
    expect(fields({ importCountry: 'SN', importYear: 2024 })).toEqual([]);
  });

  it('needs exactly one carrier: a firearm or part, or an ammunition lot', () => {
    expect(fields({ firearmId: undefined })).toEqual(['markings.2.firearmId']);
    expect(fields({ ammunitionLotId: 'a' })).toEqual(['markings.2.firearmId']);
    expect(fields({ firearmId: undefined, ammunitionLotId: 'a' })).toEqual([]);
  });

  it('keeps import country and year for import markings only', () => {
    expect(fields({ type: 'proof', importCountry: 'SN', importYear: 2024 })).toEqual(['markings.2.importCountry', 'markings.2.importYear']);
  });

  it('refuses dates in the future and a reading before the marking', () => {
    expect(fields({ appliedOn: '2026-06-02' })).toEqual(['markings.2.appliedOn']);
    expect(fields({ appliedOn: '2026-05-10', readOn: '2026-05-01' })).toEqual(['markings.2.readOn']);
  });

  it('keeps a campaign marking within the campaign dates', () => {
    const campaign = { startsOn: '2026-03-01', endsOn: '2026-03-31' };
    expect(fields({ appliedOn: '2026-03-15' }, campaign)).toEqual([]);
    expect(fields({ appliedOn: '2026-02-28' }, campaign)).toEqual(['markings.2.appliedOn']);
    expect(fields({ appliedOn: '2026-04-01' }, campaign)).toEqual(['markings.2.appliedOn']);
    expect(fields({ appliedOn: '2026-05-01' }, { startsOn: '2026-03-01', endsOn: null })).toEqual([]);
  });
});
