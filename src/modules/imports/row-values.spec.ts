import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested, validateSync } from 'class-validator';
import { FirearmDescription } from '../firearms/dto/firearm.dto.js';
import { MarkingFields } from '../markings/dto/marking.dto.js';
import { codeOf, compiledCheck, dtoProblems, numberOf } from './row-values.js';

/** Values a file row can produce for a field, good and bad. */
const SAMPLES: unknown[] = [undefined, null, '', ' ', 'pistol', 'x'.repeat(39), 'x'.repeat(41), 'x'.repeat(201), 'RS', 'rs', 'RSB', 1987, 1499, 2201, 1987.5, 415, 415.25, 0, -1, 'import', 'intact', 'laser', 'obliterated', '2026-03-02', '2026-02-30', '02/03/2026', '7c9e6679-7425-40de-944b-e07fc1f90ae7', 'not-a-uuid', ['a'], {}];

/** Mostly good values, so that whole rows are valid often enough; any field may get any sample. */
function randomObject(good: Record<string, unknown[]>, seed: number): Record<string, unknown> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const object: Record<string, unknown> = {};
  for (const [property, values] of Object.entries(good)) {
    const roll = next() % 20;
    if (roll < 8) continue;
    object[property] = roll < 19 ? values[next() % values.length] : SAMPLES[next() % SAMPLES.length];
  }
  if (next() % 37 === 0) object.unexpected = 'field';
  return object;
}

const text = ['pistol', 'Crvena Zastava', 'x'];
const FIREARM_GOOD = {
  category: text, action: text, make: text, model: text, calibre: text, serialNumber: ['ZC-104 522', 'A1'], countryOfManufacture: ['RS', 'AT'],
  yearOfManufacture: [1987, 2020], barrelLengthMm: [415, 102.5], origin: ['industrial', 'craft_made'], description: text,
};
const MARKING_GOOD = {
  firearmId: ['7c9e6679-7425-40de-944b-e07fc1f90ae7'], type: ['import', 'manufacture'], text: ['SN 24'], location: text, method: ['laser', 'stamped'],
  legibility: ['intact', 'partial'], importCountry: ['SN'], importYear: [2024], appliedOn: ['2026-03-02'], readOn: ['2026-03-03'], notes: text,
};

describe('compiledCheck', () => {
  it.each([
    ['FirearmDescription', FirearmDescription, FIREARM_GOOD],
    ['MarkingFields', MarkingFields, MARKING_GOOD],
  ] as const)('agrees with validateSync on %s for thousands of good and bad rows', (_name, type, good) => {
    const check = compiledCheck(type);
    expect(check).not.toBeNull();
    let valid = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const instance = Object.assign(new type(), randomObject(good, seed));
      const expected = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).length === 0;
      expect([seed, check!(instance as never)]).toEqual([seed, expected]);
      if (expected) valid += 1;
    }
    // Both outcomes were exercised, not just one.
    expect(valid).toBeGreaterThan(20);
    expect(valid).toBeLessThan(3980);
  });

  it('declines DTOs it cannot run exactly (nested objects): validateSync decides those', () => {
    class Inner {
      @IsString() name: string;
    }
    class Outer {
      @ValidateNested() inner: Inner;
    }
    expect(compiledCheck(Outer)).toBeNull();
  });
});

describe('dtoProblems', () => {
  class Row {
    @IsOptional() @IsString() @MaxLength(5) code?: string;
    @IsOptional() @IsInt() @Min(1) @Max(9) level?: number;
  }

  it('passes a good row and names each bad field with the DTO message', () => {
    expect(dtoProblems(Row, { code: 'AB', level: 3 })).toEqual([]);
    expect(dtoProblems(Row, { code: 'ABCDEFG', level: 12 }, (p) => `file.${p}`)).toEqual([
      { field: 'file.code', message: 'code must be shorter than or equal to 5 characters' },
      { field: 'file.level', message: 'level must not be greater than 9' },
    ]);
  });
});

describe('codeOf and numberOf', () => {
  const SEXES = ['female', 'male', 'unknown'] as const;
  const names = { female: ['F', 'femme', 'mujer'], male: ['M', 'homme', 'hombre'] };

  it('reads codes and their names whatever the case and accents', () => {
    expect(codeOf('FEMALE', SEXES, names)).toBe('female');
    expect(codeOf('Femme', SEXES, names)).toBe('female');
    expect(codeOf('hombre', SEXES, names)).toBe('male');
    expect(codeOf('x', SEXES, names)).toBeNull();
    expect(codeOf('unknown', SEXES)).toBe('unknown');
  });

  it('reads numbers with a decimal comma, and refuses text', () => {
    expect(numberOf('415,5')).toBe(415.5);
    expect(numberOf(' 12 ')).toBe(12);
    expect(numberOf('twelve')).toBeNull();
  });
});
