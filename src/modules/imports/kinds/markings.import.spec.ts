import type { MarkingCampaign } from '../../markings/marking.entities.js';
import { cellsOf, foldHeader, planColumns, type ColumnPlan } from '../columns.js';
import type { ImportReference } from '../reference-maps.js';
import { MARKING_IMPORT_FIELDS, markingIdentity, MarkingsImport, type MarkingCandidate, type MarkingRowContext } from './markings.import.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: folded([['pistol', 'pistol']]),
  actions: folded([]),
  countries: folded([['SN', 'SN'], ['Sénégal', 'SN'], ['Senegal', 'SN'], ['BO', 'BO'], ['Bolivia', 'BO'], ['Bolivie', 'BO']]),
  manufacturers: new Map([['glock', 'glock'], ['glockgmbh', 'glock']]),
  calibres: new Map(),
};
const campaign = { id: 'c-1', startsOn: '2026-03-01', endsOn: '2026-03-31', agencyId: 'a-1' } as MarkingCampaign;
const withCampaign: MarkingRowContext = { reference, today: '2026-11-23', campaign, national: true };
const noCampaign: MarkingRowContext = { reference, today: '2026-11-23', campaign: null, national: true };
// Parsing is pure: the kind's collaborators are only used when checking and writing.
const kind = new MarkingsImport(null as never, null as never);
const FIREARM = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

const planOf = (headers: string[]) => {
  const plan = planColumns(headers, MARKING_IMPORT_FIELDS);
  if ('error' in plan) throw new Error(plan.error);
  return plan;
};
const parse = (plan: ColumnPlan, cells: string[], context = withCampaign, row = 2) => kind.parse(row, cellsOf(plan, cells), context);
const candidate = (result: ReturnType<typeof parse>): MarkingCandidate => {
  if (!('candidate' in result)) throw new Error(JSON.stringify(result));
  return result.candidate;
};

describe('markings rows in three languages', () => {
  it('reads an English campaign log row naming the firearm by id', () => {
    const plan = planOf(['Firearm ID', 'Marking type', 'Text as read', 'Location', 'Method', 'Legibility', 'Applied on', 'Notes']);
    expect(plan.ignored).toEqual([]);
    const c = candidate(parse(plan, [FIREARM.toUpperCase(), 'state transfer', 'SN-PN 2026 0042', 'left side of frame', 'laser engraved', 'legible', '2026-03-05', 'campaign day 4']));
    expect(c.ref).toMatchObject({ firearmId: FIREARM, firearmKey: null, serialNormalised: null });
    expect(c.marking).toEqual({ firearmId: FIREARM, type: 'state_transfer', text: 'SN-PN 2026 0042', location: 'left side of frame', method: 'laser', legibility: 'intact', appliedOn: '2026-03-05', notes: 'campaign day 4', importRow: 2 });
    expect(c.identity).toBeNull();
  });

  it('reads a French row naming the firearm by serial and make, with an import marking', () => {
    const plan = planOf(['N° de série', 'Marque', 'Type de marquage', 'Marquage', 'Emplacement', 'Méthode', 'Lisibilité', "Pays d'importation", "Année d'importation", 'Date de marquage', 'Date de lecture', 'Observations']);
    expect(plan.ignored).toEqual([]);
    const c = candidate(parse(plan, ['gk-123 45', 'Glock GmbH', 'Importation', 'SN 24', 'canon', 'Frappé', 'partiellement lisible', 'Sénégal', '2024', '04/03/2026', '06/03/2026', 'relevé au poste']));
    expect(c.ref).toMatchObject({ firearmId: null, serialRaw: 'gk-123 45', serialNormalised: 'GK12345', makeText: 'Glock GmbH', manufacturerCode: 'glock' });
    expect(c.marking).toMatchObject({ type: 'import', text: 'SN 24', method: 'stamped', legibility: 'partial', importCountry: 'SN', importYear: 2024, appliedOn: '2026-03-04', readOn: '2026-03-06', location: 'canon' });
  });

  it('reads a Spanish row naming the firearm by the record key of an earlier import', () => {
    const plan = planOf(['Clave del arma', 'Tipo de marcaje', 'Texto del marcaje', 'Ubicación', 'Método', 'Legibilidad', 'Fecha de marcaje']);
    expect(plan.ignored).toEqual([]);
    const c = candidate(parse(plan, ['REG-BO-77', 'fabricación', 'TAURUS BRASIL', 'corredera', 'grabado', 'borrado', '10/03/2026']));
    expect(c.ref).toMatchObject({ firearmKey: 'REG-BO-77' });
    expect(c.marking).toMatchObject({ type: 'manufacture', method: 'engraved', legibility: 'obliterated', appliedOn: '2026-03-10' });
  });

  it('takes a mark as intact when the file does not say, as a campaign applies them', () => {
    const plan = planOf(['firearm id', 'type', 'text']);
    expect(candidate(parse(plan, [FIREARM, 'proof', 'PROOF 87'])).marking.legibility).toBe('intact');
  });
});

describe('markings rows: the API rules', () => {
  const plan = planOf(['firearm id', 'serial', 'make', 'type', 'text', 'legibility', 'method', 'import country', 'import year', 'applied on', 'read on']);
  const row = (values: Partial<Record<'id' | 'serial' | 'make' | 'type' | 'text' | 'legibility' | 'method' | 'country' | 'year' | 'applied' | 'read', string>>) =>
    parse(plan, [values.id ?? '', values.serial ?? '', values.make ?? '', values.type ?? '', values.text ?? '', values.legibility ?? '', values.method ?? '', values.country ?? '', values.year ?? '', values.applied ?? '', values.read ?? '']);
  const problems = (result: ReturnType<typeof parse>) => ('problems' in result ? result.problems : []);

  it('needs a firearm, a type and the text', () => {
    expect(problems(row({}))).toEqual([
      { field: 'firearmId', message: expect.stringContaining('name the firearm') },
      { field: 'type', message: expect.stringContaining('is required') },
      { field: 'text', message: expect.stringContaining('is required') },
    ]);
  });

  it('refuses a firearm id that is not a UUID, with the DTO rule', () => {
    expect(problems(row({ id: 'GUN-1', type: 'proof', text: 'P' }))).toEqual([{ field: 'firearmId', message: 'firearmId must be a UUID' }]);
  });

  it('refuses an import year or country on a mark that is not an import marking', () => {
    expect(problems(row({ id: FIREARM, type: 'state_transfer', text: 'SN 26', year: '2026' }))).toEqual([{ field: 'importYear', message: 'only an import marking carries an import year' }]);
    expect(problems(row({ id: FIREARM, type: 'proof', text: 'P', country: 'Bolivie' }))).toEqual([{ field: 'importCountry', message: 'only an import marking carries an importing country' }]);
  });

  it('keeps appliedOn within the campaign, and only with a campaign', () => {
    expect(problems(row({ id: FIREARM, type: 'state_transfer', text: 'SN 26', applied: '15/04/2026' }))).toEqual([{ field: 'appliedOn', message: 'must fall within the campaign (2026-03-01 to 2026-03-31)' }]);
    expect('candidate' in kind.parse(2, cellsOf(plan, [FIREARM, '', '', 'state_transfer', 'SN 26', '', '', '', '', '15/04/2026', '']), noCampaign)).toBe(true);
  });

  it('refuses unknown codes, bad dates, dates in the future and a reading before the marking', () => {
    expect(problems(row({ id: FIREARM, type: 'tattoo', text: 'X' }))).toEqual([{ field: 'type', message: expect.stringContaining('"tattoo" is not a marking type') }]);
    expect(problems(row({ id: FIREARM, type: 'proof', text: 'X', legibility: 'blurry', method: 'painted' })).map((p) => p.field)).toEqual(['method', 'legibility']);
    expect(problems(row({ id: FIREARM, type: 'import', text: 'X', country: 'Atlantis', year: 'soon' })).map((p) => p.field)).toEqual(['importCountry', 'importYear']);
    expect(problems(row({ id: FIREARM, type: 'proof', text: 'X', applied: '31/02/2026' }))).toEqual([{ field: 'appliedOn', message: '"31/02/2026" is not a date (use 2026-11-23 or 23/11/2026)' }]);
    expect(problems(row({ id: FIREARM, type: 'proof', text: 'X', read: '2027-01-01' }))).toEqual([{ field: 'readOn', message: 'must not be in the future' }]);
    expect(problems(row({ id: FIREARM, type: 'proof', text: 'X', applied: '2026-03-10', read: '2026-03-09' }))).toEqual([{ field: 'readOn', message: 'must not be before appliedOn' }]);
    expect(problems(row({ id: FIREARM, type: 'import', text: 'X', country: 'SN', year: '1700' }))).toEqual([{ field: 'importYear', message: 'importYear must not be less than 1800' }]);
    expect(problems(row({ id: FIREARM, type: 'import', text: 'X', country: 'SN', year: '2099' }))).toEqual([{ field: 'importYear', message: expect.stringContaining('must not be after the current year') }]);
    // Read as intact, an import marking needs both its country and year (art. 8.1(b)); a partial one may lack them.
    expect(problems(row({ id: FIREARM, type: 'import', text: 'X', legibility: 'intact' })).map((p) => p.field).sort()).toEqual(['importCountry', 'importYear']);
    expect(problems(row({ id: FIREARM, type: 'import', text: 'X', legibility: 'partial' }))).toEqual([]);
  });
});

describe('marking identity', () => {
  it('is the firearm, the type and the normalised text: layout and case aside', () => {
    expect(markingIdentity(FIREARM, 'import', 'SN 24')).toBe(markingIdentity(FIREARM, 'import', 'sn-24'));
    expect(markingIdentity(FIREARM, 'import', 'SN 24')).not.toBe(markingIdentity(FIREARM, 'proof', 'SN 24'));
    expect(markingIdentity(FIREARM, 'import', 'SN 24')).not.toBe(markingIdentity('00000000-0000-4000-8000-000000000001', 'import', 'SN 24'));
    expect(markingIdentity(FIREARM, 'import', 'SN 24')).not.toBe(markingIdentity(FIREARM, 'import', 'SN 25'));
  });

  it('compares symbol-only marks by their text, not as one empty key', () => {
    expect(markingIdentity(FIREARM, 'other', '★')).not.toBe(markingIdentity(FIREARM, 'other', '⚜'));
    expect(markingIdentity(FIREARM, 'other', '★', '')).toBe(markingIdentity(FIREARM, 'other', ' ★ '));
  });

  it('keys a row by its own number until its firearm is found', () => {
    const plan = planOf(['firearm id', 'type', 'text']);
    const c = candidate(parse(plan, [FIREARM, 'proof', 'P'], withCampaign, 9));
    expect(kind.key(c)).toBe('row:9');
    c.identity = markingIdentity(FIREARM, 'proof', 'P');
    expect(kind.key(c)).toBe(c.identity);
  });
});

describe('header names', () => {
  it('never give one header to two fields', () => {
    const owner = new Map<string, string>();
    for (const [field, names] of Object.entries(MARKING_IMPORT_FIELDS)) {
      for (const name of [field, ...names]) {
        const key = foldHeader(name);
        if (owner.has(key) && owner.get(key) !== field) throw new Error(`"${name}" means both ${owner.get(key)} and ${field}`);
        owner.set(key, field);
      }
    }
  });
});
