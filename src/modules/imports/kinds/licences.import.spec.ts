import { cellsOf, foldHeader, planColumns, type ColumnPlan } from '../columns.js';
import type { ImportReference } from '../reference-maps.js';
import { LICENCE_FIELDS, licenceKey, LicencesImport, type LicenceCandidate, type LicenceRowContext } from './licences.import.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: folded([['pistol', 'pistol'], ['Pistolet', 'pistol'], ['Pistola', 'pistol'], ['rifle', 'rifle'], ['Fusil', 'rifle'], ['shotgun', 'shotgun'], ['Escopeta', 'shotgun'], ['Fusil de chasse', 'shotgun']]),
  actions: new Map(),
  countries: new Map(),
  manufacturers: new Map(),
  calibres: new Map(),
};
const IMPORTING = '11111111-1111-4111-8111-111111111111';
const PREFECTURE = '22222222-2222-4222-8222-222222222222';
const context: LicenceRowContext = { reference, agencies: folded([['PREF-THIES', PREFECTURE], ['Préfecture de Thiès', PREFECTURE]]), importingAgencyId: IMPORTING, national: true };
// Parsing is pure: the kind's collaborators are only used when writing.
const kind = new LicencesImport(null as never, null as never);
const plan = (headers: string[]) => planColumns(headers, LICENCE_FIELDS) as ColumnPlan;
const parse = (row: number, headers: string[], cells: string[]) => kind.parse(row, cellsOf(plan(headers), cells), context);
const candidate = (result: ReturnType<typeof parse>): LicenceCandidate => {
  if (!('candidate' in result)) throw new Error(`expected a candidate, got ${JSON.stringify(result)}`);
  return result.candidate;
};
const problems = (result: ReturnType<typeof parse>) => ('problems' in result ? result.problems : []);

const FRENCH = ['N° de licence', 'Type de permis', 'N° CNI', 'Délivré le', "Date d'expiration", 'Catégories', 'Conditions particulières', 'Autorité de délivrance'];
const SPANISH = ['N° de licencia', 'Tipo de licencia', 'Cédula de identidad', 'Fecha de emisión', 'Fecha de vencimiento', 'Categorías', 'Observaciones'];
const ENGLISH = ['Licence number', 'Licence type', 'Holder key', 'Issue date', 'Expiry date', 'Categories covered', 'Issuing agency'];

describe('licence headers', () => {
  it('are recognised in English, French and Spanish', () => {
    expect(plan(FRENCH)).toEqual({ fields: { number: 0, kind: 1, holderDocument: 2, issuedOn: 3, expiresOn: 4, categories: 5, conditions: 6, issuingAgency: 7 }, ignored: [] });
    expect(plan(SPANISH)).toEqual({ fields: { number: 0, kind: 1, holderDocument: 2, issuedOn: 3, expiresOn: 4, categories: 5, conditions: 6 }, ignored: [] });
    expect(plan(ENGLISH)).toEqual({ fields: { number: 0, kind: 1, holderKey: 2, issuedOn: 3, expiresOn: 4, categories: 5, issuingAgency: 6 }, ignored: [] });
    expect(plan(['Licencia', 'Tipo', 'Referencia del titular', 'Emitida el', 'Vigente hasta'])).toEqual({ fields: { number: 0, kind: 1, holderKey: 2, issuedOn: 3, expiresOn: 4 }, ignored: [] });
  });

  it('name each field once: no header means two fields', () => {
    const owners = new Map<string, string>();
    for (const [field, names] of Object.entries(LICENCE_FIELDS)) {
      for (const name of [field, ...names]) {
        const owner = owners.get(foldHeader(name));
        if (owner && owner !== field) throw new Error(`"${name}" is a header of ${owner} and ${field}`);
        owners.set(foldHeader(name), field);
      }
    }
  });
});

describe('licence rows', () => {
  it('reads a French row: kind in French, day-first dates, categories by name, the agency by code', () => {
    const c = candidate(parse(2, FRENCH, ['PD-2024-0001', 'Détention', '1 984 0302 00417', '02/03/2024', '01.03.2029', 'Pistolet; Fusil de chasse', 'Domicile uniquement', 'pref-thies']));
    expect(c).toEqual({
      row: 2,
      id: expect.any(String),
      licence: { number: 'PD-2024-0001', kind: 'possession', issuingAgencyId: PREFECTURE, issuedOn: '2024-03-02', expiresOn: '2029-03-01', categories: ['pistol', 'shotgun'], conditions: 'Domicile uniquement' },
      holderDocument: '1 984 0302 00417',
      holderDocumentKey: '1984030200417',
      holderKey: null,
      holderId: null,
    });
    expect(kind.key(c)).toBe('number:PD-2024-0001');
  });

  it('refuses a licence in another agency’s name unless the importing agency is the national authority (issue 16, item 11)', () => {
    const row = ['PD-2024-0002', 'Détention', '1 984 0302 00418', '02/03/2024', '01.03.2029', 'Pistolet', '', 'pref-thies'];
    const local = kind.parse(2, cellsOf(plan(FRENCH), row), { ...context, national: false });
    expect(local).toEqual({ problems: [{ field: 'issuingAgency', message: '"pref-thies" is another agency: only the national firearms authority records licences in another agency’s name' }] });
    const own = kind.parse(2, cellsOf(plan(FRENCH), row.with(7, '')), { ...context, national: false });
    expect(candidate(own).licence.issuingAgencyId).toBe(IMPORTING);
  });

  it('reads a Spanish row: several categories split on "|" or ",", repeated ones once, the importing agency by default', () => {
    const c = candidate(parse(3, SPANISH, ['LT-000123', 'Tenencia y portación', '4821937 LP', '2025-01-15', '14/01/2030', 'pistola | escopeta, Pistola', '']));
    expect(c.licence).toEqual({ number: 'LT-000123', kind: 'possession', issuingAgencyId: IMPORTING, issuedOn: '2025-01-15', expiresOn: '2030-01-14', categories: ['pistol', 'shotgun'], conditions: undefined });
  });

  it('reads dealer and manufacturer licences in the three languages, and an empty categories cell as "every category"', () => {
    const kindOf = (text: string) => {
      const result = parse(2, ENGLISH, ['L-1', text, 'K1', '2025-01-01', '2026-01-01', '', '']);
      return 'candidate' in result ? [result.candidate.licence.kind, result.candidate.licence.categories] : result.problems;
    };
    expect(['dealer', 'Commerce', 'armurier', 'Comercio'].map(kindOf)).toEqual(Array(4).fill(['dealer', []]));
    expect(['Manufacturer', 'fabrication', 'Fabricación'].map(kindOf)).toEqual(Array(3).fill(['manufacturer', []]));
    expect(kindOf('import')).toEqual([{ field: 'kind', message: '"import" is not a licence kind (possession, dealer, manufacturer)' }]);
  });

  it('refuses an expiry before the issue, as the API does', () => {
    expect(problems(parse(2, FRENCH, ['PD-1', 'Détention', 'A1', '02/03/2024', '01/03/2024', '', '', '']))).toEqual([{ field: 'expiresOn', message: 'must not be before issuedOn' }]);
  });

  it('names unknown categories, one or several', () => {
    expect(problems(parse(2, FRENCH, ['PD-1', 'Détention', 'A1', '02/03/2024', '01/03/2029', 'Pistolet; Laser', '', '']))).toEqual([{ field: 'categories', message: '"Laser" is not a known firearm category' }]);
    expect(problems(parse(3, FRENCH, ['PD-1', 'Détention', 'A1', '02/03/2024', '01/03/2029', 'Laser, Bazooka', '', '']))).toEqual([{ field: 'categories', message: '"Laser", "Bazooka" are not known firearm categories' }]);
  });

  it('names every other bad field', () => {
    expect(problems(parse(2, FRENCH, ['P', 'Permis de chasse', '', '31/02/2024', 'jamais', '', '', 'Mairie']))).toEqual([
      { field: 'kind', message: '"Permis de chasse" is not a licence kind (possession, dealer, manufacturer)' },
      { field: 'issuedOn', message: '"31/02/2024" is not a date (use 2026-11-23 or 23/11/2026)' },
      { field: 'expiresOn', message: '"jamais" is not a date (use 2026-11-23 or 23/11/2026)' },
      { field: 'issuingAgency', message: '"Mairie" is not a known agency (give its code or name)' },
      { field: 'holderDocument', message: expect.stringContaining('a licence needs its holder') },
      { field: 'number', message: 'number must be longer than or equal to 2 characters' },
    ]);
    expect(problems(parse(3, FRENCH, ['', '', 'A1', '', '', '', '', '']))).toEqual([
      { field: 'number', message: 'is required for a licence' },
      { field: 'kind', message: 'is required for a licence (possession, dealer, manufacturer)' },
      { field: 'issuedOn', message: 'is required for a licence' },
      { field: 'expiresOn', message: 'is required for a licence' },
    ]);
  });

  it('is the same licence as another by its number exactly as written', () => {
    const a = candidate(parse(2, ENGLISH, ['PL-1', 'possession', 'K1', '2025-01-01', '2026-01-01', '', '']));
    expect(licenceKey(a)).toBe('number:PL-1');
    expect(kind.duplicateField()).toBe('number');
  });
});

describe('licences against the register', () => {
  const headers = ['Licence number', 'Licence type', 'Holder document', 'Holder key', 'Issue date', 'Expiry date'];
  const row = (n: number, document: string, key: string) => candidate(parse(n, headers, [`L-${n}`, 'possession', document, key, '2025-01-01', '2030-01-01']));

  it('finds the one holder a row names, and refuses none, several, or two that disagree', async () => {
    const manager = {
      query: async (sql: string) => {
        if (sql.includes('FROM licence')) return [{ id: 'lic-1', number: 'L-2', import_id: null, import_row: null }];
        if (sql.includes('import_key = ANY')) return [{ id: 'h-key', import_key: 'K1' }];
        return [
          { id: 'h-doc', document: 'A1', registration: null },
          { id: 'h-twin-1', document: 'TWIN', registration: null },
          { id: 'h-twin-2', document: null, registration: 'TWIN' },
        ];
      },
    };
    const rows = [row(2, 'a-1', ''), row(3, '', 'K1'), row(4, 'NOBODY', ''), row(5, 'TWIN', ''), row(6, 'A1', 'K1'), row(7, '', 'K404')];
    const check = await kind.check(manager as never, null as never, rows);
    expect(check.matches.get('number:L-2')).toEqual({ id: 'lic-1', importId: null, importRow: null });
    expect([rows[0].holderId, rows[1].holderId]).toEqual(['h-doc', 'h-key']);
    expect(Object.fromEntries(check.problems)).toEqual({
      4: [{ field: 'holderDocument', message: 'no holder with identity document or registration number "NOBODY"' }],
      5: [{ field: 'holderDocument', message: '2 holders have identity document or registration number "TWIN": name the holder by its record key (holderKey), or issue the licence through the API' }],
      6: [{ field: 'holderKey', message: 'names another holder than holderDocument "A1"' }],
      7: [{ field: 'holderKey', message: 'no holder with record key "K404"' }],
    });
  });
});
