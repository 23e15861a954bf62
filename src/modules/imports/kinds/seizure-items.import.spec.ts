import type { Seizure } from '../../seizures/seizure.entities.js';
import { cellsOf, foldHeader, planColumns, type ColumnPlan } from '../columns.js';
import type { ImportReference } from '../reference-maps.js';
import { ammunitionKey, SEIZURE_ITEM_FIELDS, SeizureItemsImport, serialIsLegible, type SeizureItemCandidate, type SeizureItemsContext } from './seizure-items.import.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: folded([['pistol', 'pistol'], ['Pistolet', 'pistol'], ['Pistola', 'pistol'], ['rifle', 'rifle'], ['Fusil', 'rifle'], ['Fusil d assaut', 'assault_rifle'], ['assault_rifle', 'assault_rifle']]),
  actions: folded([]),
  countries: folded([['RS', 'RS'], ['Serbie', 'RS'], ['Serbia', 'RS']]),
  manufacturers: new Map([['zastava', 'zastava'], ['crvenazastava', 'zastava'], ['glock', 'glock']]),
  calibres: new Map([['762x39', '7.62x39mm'], ['762x39mm', '7.62x39mm'], ['9mm', '9x19mm']]),
};
const context: SeizureItemsContext = { reference, today: '2026-11-23', seizure: { id: 's-1', type: 'seized' } as Seizure, claims: new Map() };
// Parsing is pure: the kind's collaborators are only used when checking and writing.
const kind = new SeizureItemsImport(null as never, null as never, null as never);

const planOf = (headers: string[]) => {
  const plan = planColumns(headers, SEIZURE_ITEM_FIELDS);
  if ('error' in plan) throw new Error(plan.error);
  return plan;
};
const parse = (plan: ColumnPlan, cells: string[], row = 2) => kind.parse(row, cellsOf(plan, cells), context);
const candidate = (result: ReturnType<typeof parse>): SeizureItemCandidate => {
  if (!('candidate' in result)) throw new Error(JSON.stringify(result));
  return result.candidate;
};
const problems = (result: ReturnType<typeof parse>) => ('problems' in result ? result.problems : []);

describe('seizure item rows in three languages', () => {
  it('reads a French list: seal number, kind, serial, make, category, markings and legibility', () => {
    const plan = planOf(['N° de scellé', "Nature de l'objet", 'N° de série', 'Marque', 'Modèle', "Type d'arme", 'Calibre', 'Marquages', 'Lisibilité', 'Observations']);
    expect(plan.ignored).toEqual([]);
    const c = candidate(parse(plan, ['SC-12', 'Arme à feu', 'zc 104-522', 'Crvena Zastava', 'M70', "Fusil d'assaut", '7,62x39', 'ZASTAVA KRAGUJEVAC', 'lisible', 'crosse pliante']));
    expect(c).toMatchObject({ kind: 'firearm', recordKey: 'SC-12', markingsText: 'ZASTAVA KRAGUJEVAC', serialLegibility: 'intact', description: 'crosse pliante', ammunition: null });
    expect(c.ref).toMatchObject({ serialRaw: 'zc 104-522', serialNormalised: 'ZC104522', makeText: 'Crvena Zastava', manufacturerCode: 'zastava' });
    expect(c.entry).toMatchObject({ categoryCode: 'assault_rifle', model: 'M70', calibreText: '7,62x39', calibreCode: '7.62x39mm', origin: 'industrial' });
  });

  it('reads Spanish ammunition: quantity, lot and headstamp', () => {
    const plan = planOf(['Número de evidencia', 'Tipo de objeto', 'Calibre', 'Marca', 'Cantidad', 'Lote', 'Culote']);
    expect(plan.ignored).toEqual([]);
    const c = candidate(parse(plan, ['EV-7', 'Munición', '7.62x39', 'Wolf', '120', 'L-1987-44', '711 79']));
    expect(c).toMatchObject({ kind: 'ammunition', recordKey: 'EV-7', ref: null, entry: null });
    expect(c.ammunition).toEqual({ calibreText: '7.62x39', calibreCode: '7.62x39mm', makeText: 'Wolf', quantity: 120, lotNumber: 'L-1987-44', headstamp: '711 79' });
  });

  it('reads an English row naming a registered firearm by id, and a part by its firearm record key', () => {
    const plan = planOf(['Item number', 'Item kind', 'Firearm ID', 'Firearm record key', 'Part type', 'Serial legibility']);
    const byId = candidate(parse(plan, ['1', 'firearm', '3F2504E0-4F89-41D3-9A0C-0305E82C3301', '', '', '']));
    expect(byId.ref).toMatchObject({ firearmId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
    const part = candidate(parse(plan, ['2', 'pièce', '', 'REG-9', 'culasse', 'partial']));
    expect(part).toMatchObject({ kind: 'part', ref: expect.objectContaining({ firearmKey: 'REG-9' }), entry: expect.objectContaining({ partType: 'slide_bolt' }), serialLegibility: 'partial' });
  });

  it('takes an item as a firearm when the list has no kind column', () => {
    const plan = planOf(['serial', 'make', 'category']);
    expect(candidate(parse(plan, ['A-1', 'Glock', 'pistol'])).kind).toBe('firearm');
  });
});

describe('seizure item rows: the API rules', () => {
  const plan = planOf(['record key', 'kind', 'firearm id', 'serial', 'make', 'category', 'part type', 'calibre', 'quantity', 'lot', 'headstamp', 'legibility', 'year']);
  const row = (v: Partial<Record<'key' | 'kind' | 'id' | 'serial' | 'make' | 'category' | 'part' | 'calibre' | 'qty' | 'lot' | 'headstamp' | 'legibility' | 'year', string>>) =>
    parse(plan, [v.key ?? '', v.kind ?? '', v.id ?? '', v.serial ?? '', v.make ?? '', v.category ?? '', v.part ?? '', v.calibre ?? '', v.qty ?? '', v.lot ?? '', v.headstamp ?? '', v.legibility ?? '', v.year ?? '']);

  it('describes ammunition by calibre and quantity, never as a firearm', () => {
    expect(problems(row({ kind: 'ammunition', lot: 'L1' }))).toEqual([
      { field: 'calibre', message: 'is required for ammunition' },
      { field: 'quantity', message: 'is required for ammunition' },
    ]);
    expect(problems(row({ kind: 'munitions', serial: 'X1', calibre: '9mm', qty: '50', lot: 'L1' }))).toEqual([{ field: 'serialNumber', message: 'ammunition is described by calibre and quantity, not as a firearm' }]);
    expect(problems(row({ kind: 'ammunition', calibre: '9mm', qty: '0', lot: 'L1' }))).toEqual([{ field: 'quantity', message: 'quantity must not be less than 1' }]);
    expect(problems(row({ kind: 'ammunition', calibre: '9mm', qty: 'a box', lot: 'L1' }))).toEqual([{ field: 'quantity', message: '"a box" is not a number' }]);
  });

  it('needs a record key or a lot number for ammunition, so a second run recognises it', () => {
    expect(problems(row({ kind: 'ammunition', calibre: '9mm', qty: '50' }))).toEqual([{ field: 'lotNumber', message: expect.stringContaining('needs its lot number') }]);
    expect('candidate' in row({ key: 'A-9', kind: 'ammunition', calibre: '9mm', qty: '50' })).toBe(true);
  });

  it('needs a record key for a firearm without a fully legible serial', () => {
    expect(problems(row({ category: 'rifle', make: 'Zastava' }))).toEqual([{ field: 'recordKey', message: expect.stringContaining('needs a record key') }]);
    expect(problems(row({ category: 'rifle', serial: '73?1?8' }))).toEqual([{ field: 'recordKey', message: expect.stringContaining('without a fully legible serial') }]);
    expect(problems(row({ category: 'rifle', serial: '731018', legibility: 'altered' }))).toEqual([{ field: 'recordKey', message: expect.any(String) }]);
    const partial = candidate(row({ key: 'S-3', category: 'rifle', serial: '73?1?8', legibility: 'partiel' }));
    expect(partial.ref).toMatchObject({ serialRaw: '73?1?8', serialNormalised: null });
    expect(candidate(row({ category: 'rifle', serial: '731018' })).ref).toMatchObject({ serialNormalised: '731018' });
  });

  it('keeps firearm rows to one item and ammunition fields to ammunition', () => {
    expect(problems(row({ serial: 'A1', category: 'pistol', qty: '3' }))).toEqual([{ field: 'quantity', message: 'a firearm is one item: list each on its own row' }]);
    expect('candidate' in row({ serial: 'A1', category: 'pistol', qty: '1' })).toBe(true);
    expect(problems(row({ serial: 'A1', category: 'pistol', lot: 'L1', headstamp: 'WCC' })).map((p) => p.field)).toEqual(['lotNumber', 'headstamp']);
    expect(problems(row({ serial: 'A1', category: 'pistol', part: 'barrel' }))).toEqual([{ field: 'partType', message: 'is only for a part' }]);
  });

  it('refuses unknown names and the description rules of the API', () => {
    expect(problems(row({ kind: 'grenade', serial: 'A1' }))).toEqual([{ field: 'kind', message: expect.stringContaining('"grenade" is not an item kind') }]);
    expect(problems(row({ serial: 'A1', category: 'laser gun' }))).toEqual([{ field: 'category', message: '"laser gun" is not a known firearm category' }]);
    expect(problems(row({ kind: 'part', serial: 'A1', part: 'stock' }))).toEqual([{ field: 'partType', message: expect.stringContaining('"stock" is not a part type') }]);
    expect(problems(row({ serial: 'A1', category: 'pistol', year: '1200' }))).toEqual([{ field: 'yearOfManufacture', message: 'yearOfManufacture must not be less than 1500' }]);
    expect(problems(row({ id: 'not-a-uuid' }))).toEqual([{ field: 'firearmId', message: 'firearmId must be a UUID' }]);
    expect(problems(row({ serial: 'A1', category: 'pistol', legibility: 'blurry' }))).toEqual([{ field: 'serialLegibility', message: expect.stringContaining('"blurry" is not a legibility') }]);
  });
});

describe('seizure item identity', () => {
  it('is the same lot of ammunition under any alias of the calibre, spelling of the make and layout of the lot', () => {
    const a = ammunitionKey({ code: '7.62x39mm', text: '7.62x39' }, 'Wolf', 'L-1987-44');
    expect(a).toBe(ammunitionKey({ code: '7.62x39mm', text: '7,62 x 39' }, 'WOLF', 'l 1987 44'));
    expect(a).not.toBe(ammunitionKey({ code: '7.62x39mm', text: '7.62x39' }, 'Wolf', 'L-1987-45'));
    expect(a).not.toBe(ammunitionKey({ code: '9x19mm', text: '9mm' }, 'Wolf', 'L-1987-44'));
    expect(ammunitionKey({ code: null, text: '5,45 x 39' }, null, 'B7')).toBe(ammunitionKey({ code: null, text: '5.45x39' }, null, 'b7'));
  });

  it('matches a serial against the register only when it was read in full', () => {
    expect(serialIsLegible('ZC104522', null)).toBe(true);
    expect(serialIsLegible('ZC104522', 'intact')).toBe(true);
    expect(serialIsLegible('ZC1?4522', null)).toBe(false);
    expect(serialIsLegible('ZC104522', 'partial')).toBe(false);
    expect(serialIsLegible('ZC104522', 'obliterated')).toBe(false);
  });

  it('keys a row by its own number until check() has decided what it is', () => {
    const c = candidate(parse(planOf(['serial', 'category']), ['A1', 'pistol'], 17));
    expect(kind.key(c)).toBe('row:17');
    expect(kind.duplicateField(c)).toBe('serialNumber');
    expect(kind.duplicateField({ ...c, recordKey: 'K' })).toBe('recordKey');
  });
});

describe('header names', () => {
  it('never give one header to two fields', () => {
    const owner = new Map<string, string>();
    for (const [field, names] of Object.entries(SEIZURE_ITEM_FIELDS)) {
      for (const name of [field, ...names]) {
        const key = foldHeader(name);
        if (owner.has(key) && owner.get(key) !== field) throw new Error(`"${name}" means both ${owner.get(key)} and ${field}`);
        owner.set(key, field);
      }
    }
  });
});
