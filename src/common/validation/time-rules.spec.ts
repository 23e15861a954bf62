import { CreateHolderRequest } from '../../modules/holders/dto/holder.dto.js';
import { FirearmDescription } from '../../modules/firearms/dto/firearm.dto.js';
import { MarkingFields } from '../../modules/markings/dto/marking.dto.js';
import { dtoProblems } from '../../modules/imports/row-values.js';
import { useValidationClock } from './time-rules.js';
import { Clock } from '../clock/clock.js';

// The same DTO rules hold API bodies and import rows (dtoProblems), read against the clock.
describe('dates that cannot be in the future', () => {
  beforeAll(() => useValidationClock({ now: () => new Date('2026-12-01T12:00:00Z') }));
  afterAll(() => useValidationClock(new Clock()));
  const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

  it('refuses a birth date after today, and accepts today', () => {
    expect(fields(dtoProblems(CreateHolderRequest, { kind: 'person', familyName: 'Sow', birthDate: '2028-01-01' } as Partial<CreateHolderRequest>))).toEqual(['birthDate']);
    expect(dtoProblems(CreateHolderRequest, { kind: 'person', familyName: 'Sow', birthDate: '2026-12-01' } as Partial<CreateHolderRequest>)).toEqual([]);
  });

  it('refuses a year of manufacture after the current year', () => {
    expect(fields(dtoProblems(FirearmDescription, { yearOfManufacture: 2031 }))).toEqual(['yearOfManufacture']);
    expect(fields(dtoProblems(FirearmDescription, { yearOfManufacture: 2099 }))).toEqual(['yearOfManufacture']);
    expect(dtoProblems(FirearmDescription, { yearOfManufacture: 2026 })).toEqual([]);
  });

  it('refuses an import marking year after the current year, and an intact import marking without country and year (art. 8.1(b))', () => {
    const marking = (over: Partial<MarkingFields>) => dtoProblems(MarkingFields, { type: 'import', text: 'SN 24', legibility: 'intact', importCountry: 'SN', importYear: 2024, ...over } as Partial<MarkingFields>);
    expect(marking({})).toEqual([]);
    expect(fields(marking({ importYear: 2099 }))).toEqual(['importYear']);
    expect(fields(marking({ importCountry: undefined, importYear: undefined }))).toEqual(['importCountry', 'importYear']);
    expect(marking({ importCountry: undefined, importYear: undefined })[0].message).toMatch(/art\. 8\.1\(b\)/);
    // A damaged import mark may lack them; other kinds of marking never need them.
    expect(marking({ legibility: 'partial', importCountry: undefined, importYear: undefined })).toEqual([]);
    expect(marking({ type: 'manufacture', importCountry: undefined, importYear: undefined })).toEqual([]);
  });
});
