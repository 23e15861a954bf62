import { cellsOf, foldHeader, planColumns, type ColumnPlan } from '../columns.js';
import type { ImportReference } from '../reference-maps.js';
import { firearmKey, FIREARM_FIELDS, FirearmsImport, type FirearmRowContext } from './firearms.import.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: folded([['pistol', 'pistol'], ['Pistolet', 'pistol'], ['Pistola', 'pistol'], ['rifle', 'rifle'], ['Fusil', 'rifle']]),
  actions: folded([['semi_automatic', 'semi_automatic']]),
  countries: folded([['AT', 'AT'], ['AUT', 'AT'], ['Autriche', 'AT'], ['Austria', 'AT'], ['SN', 'SN'], ['Sénégal', 'SN']]),
  manufacturers: new Map([['glock', 'glock'], ['glockgmbh', 'glock']]),
  calibres: new Map([['9mm', '9x19mm'], ['9x19', '9x19mm']]),
};
const context: FirearmRowContext = { reference, today: '2026-11-23' };
// Parsing is pure: the kind's collaborators are only used when writing.
const kind = new FirearmsImport(null as never, null as never, null as never, null as never);
const french = planColumns(['N° de série', 'Marque', 'Catégorie', 'Calibre', 'Pays de fabrication', 'Année', "Date d'enregistrement", 'Référence'], FIREARM_FIELDS) as ColumnPlan;
const parse = (row: number, cells: string[], plan = french) => kind.parse(row, cellsOf(plan, cells), context);

describe('firearm rows', () => {
  it('reads a French row: names resolved, serial normalised, day-first date', () => {
    expect(parse(2, ['gk-123 45', 'Glock GmbH', 'Pistolet', '9 mm', 'Autriche', '2011', '03/02/2024', ''])).toEqual({
      candidate: expect.objectContaining({ row: 2, categoryCode: 'pistol', manufacturerCode: 'glock', makeText: 'Glock GmbH', calibreCode: '9x19mm', serialRaw: 'gk-123 45', serialNormalised: 'GK12345', countryOfManufacture: 'AT', yearOfManufacture: 2011, registeredOn: '2024-02-03', importKey: null, markings: [] }),
    });
  });

  it('keeps an unknown make as written', () => {
    expect(parse(3, ['X1', 'Atelier Inconnu', 'Pistolet', '', '', '', '', ''])).toEqual({ candidate: expect.objectContaining({ makeText: 'Atelier Inconnu', manufacturerCode: null }) });
  });

  it('names every bad field', () => {
    const result = parse(4, ['X2', 'Glock', 'Laser', '', 'Atlantis', 'old', '31/02/2024', '']);
    expect('problems' in result && result.problems.map((p) => p.field).sort()).toEqual(['category', 'countryOfManufacture', 'registeredOn', 'yearOfManufacture']);
  });

  it('applies the API rules (year range)', () => {
    const result = parse(5, ['X3', 'Glock', 'Pistolet', '', '', '1200', '', '']);
    expect('problems' in result && result.problems[0]).toEqual({ field: 'yearOfManufacture', message: 'yearOfManufacture must not be less than 1500' });
  });

  it('needs a serial or a record key', () => {
    expect(parse(6, ['', 'Glock', 'Pistolet', '', '', '', '', ''])).toEqual({ problems: [expect.objectContaining({ field: 'serialNumber' })] });
    expect(parse(7, ['', 'Glock', 'Pistolet', '', '', '', '', 'REG-77'])).toEqual({ candidate: expect.objectContaining({ importKey: 'REG-77' }) });
  });

  it('reads origins named in French or Spanish', () => {
    const plan = planColumns(['serial', 'category', 'origine'], FIREARM_FIELDS) as ColumnPlan;
    expect(parse(8, ['A1', 'pistol', 'Artisanal'], plan)).toEqual({ candidate: expect.objectContaining({ origin: 'craft_made' }) });
    expect(parse(9, ['A2', 'pistol', 'impresa en 3D'], plan)).toEqual({ candidate: expect.objectContaining({ origin: '3d_printed' }) });
    expect(parse(10, ['A3', 'pistol', 'laser'], plan)).toEqual({ problems: [{ field: 'origin', message: expect.stringContaining('"laser" is not an origin') }] });
  });
});

describe('markings carried by firearm rows', () => {
  const plan = planColumns(['serial', 'category', "Marquage d'importation", "Pays d'importation", "Année d'importation", 'Marquage', 'Type de marquage', 'Lisibilité'], FIREARM_FIELDS) as ColumnPlan;

  it('reads an import marking with its country and year, and a marking of another type', () => {
    const result = parse(2, ['A1', 'pistol', 'SN 24', 'Sénégal', '2024', 'GLOCK AUSTRIA', 'Fabrication', 'partiellement lisible'], plan);
    if (!('candidate' in result)) throw new Error(JSON.stringify(result));
    expect(result.candidate.markings).toEqual([
      { firearmId: result.candidate.id, type: 'import', text: 'SN 24', legibility: 'partial', importCountry: 'SN', importYear: 2024, importRow: 2 },
      { firearmId: result.candidate.id, type: 'manufacture', text: 'GLOCK AUSTRIA', legibility: 'partial', importRow: 2 },
    ]);
  });

  it('takes a marking as legible and of type "other" when the file does not say', () => {
    const result = parse(3, ['A2', 'pistol', '', '', '', 'PROOF 1987', '', ''], plan);
    expect('candidate' in result && result.candidate.markings).toEqual([expect.objectContaining({ type: 'other', legibility: 'intact', text: 'PROOF 1987' })]);
  });

  it('refuses an import country without the marking text, an unknown legibility and a bad import year', () => {
    expect(parse(4, ['A3', 'pistol', '', 'SN', '', '', '', ''], plan)).toEqual({ problems: [{ field: 'importCountry', message: expect.stringContaining('give its text') }] });
    expect(parse(5, ['A4', 'pistol', 'SN 24', '', '', '', '', 'blurry'], plan)).toEqual({ problems: [{ field: 'markingLegibility', message: expect.stringContaining('"blurry" is not a legibility') }] });
    expect(parse(6, ['A5', 'pistol', 'SN 24', 'SN', '1700', '', '', ''], plan)).toEqual({ problems: [{ field: 'importYear', message: 'importYear must not be less than 1800' }] });
  });

  it('refuses import details on a marking that is not an import marking', () => {
    const plain = planColumns(['serial', 'category', 'marking', 'marking type', 'import year'], FIREARM_FIELDS) as ColumnPlan;
    expect(parse(7, ['A6', 'pistol', 'ABC', 'proof', '2020'], plain)).toEqual({ problems: [{ field: 'importYear', message: expect.stringContaining('give its text') }] });
    // Taken as intact, an import marking needs its country as well as its year (art. 8.1(b)).
    expect(parse(8, ['A7', 'pistol', 'SN 20', 'import', '2020'], plain)).toEqual({ problems: [{ field: 'importCountry', message: expect.stringContaining('art. 8.1(b)') }] });
    const withCountry = planColumns(['serial', 'category', 'marking', 'marking type', 'import country', 'import year'], FIREARM_FIELDS) as ColumnPlan;
    expect(parse(9, ['A8', 'pistol', 'SN 20', 'import', 'SN', '2020'], withCountry)).toEqual({ candidate: expect.objectContaining({ markings: [expect.objectContaining({ type: 'import', importYear: 2020, importCountry: 'SN', text: 'SN 20' })] }) });
  });
});

describe('firearmKey', () => {
  it('matches the same serial under any alias of the maker, and not under another maker', () => {
    const a = firearmKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'glock', makeText: 'Glock GmbH' });
    expect(a).toBe(firearmKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'glock', makeText: 'GLOCK' }));
    expect(a).not.toBe(firearmKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'beretta', makeText: 'Beretta' }));
  });
});

describe('holders named on firearm rows (issue 18)', () => {
  const flat = planColumns(['N° de série', 'Marque', 'Catégorie', 'Propriétaire', 'Adresse', 'Téléphone', 'Type de détenteur', 'N° CNI'], FIREARM_FIELDS) as ColumnPlan;
  const split = planColumns(['Número de serie', 'Marca', 'Categoría', 'Apellidos', 'Nombres', 'Domicilio', 'Teléfono'], FIREARM_FIELDS) as ColumnPlan;
  const holderOf = (result: ReturnType<typeof parse>) => ('candidate' in result ? result.candidate.namedHolder : result);

  it('every header names one field only: the owner columns take none of the firearm’s', () => {
    const seen = new Map<string, string>();
    for (const [field, names] of Object.entries(FIREARM_FIELDS)) {
      for (const name of new Set([field, ...names].map(foldHeader))) {
        expect({ name, field: seen.get(name) ?? field }).toEqual({ name, field });
        seen.set(name, field);
      }
    }
    expect(flat.fields).toMatchObject({ holderName: 3, holderAddress: 4, holderPhone: 5, holderKind: 6, holderDocument: 7 });
    expect(split.fields).toMatchObject({ holderFamilyName: 3, holderGivenNames: 4, holderAddress: 5, holderPhone: 6 });
  });

  it('reads the owner’s whole name, address and phone; the same person written otherwise is the same identity', () => {
    const whole = holderOf(parse(2, ['GK-1', 'Glock', 'Pistolet', 'DIALLO Mamadou', '12 rue Carnot, Dakar', '+221 77 123 45 67', '', ''], flat));
    expect(whole).toEqual({ kind: 'person', familyName: 'DIALLO Mamadou', givenNames: null, legalName: null, address: '12 rue Carnot, Dakar', phone: '+221 77 123 45 67', nameKey: 'DIALLO MAMADOU', identity: 'person|DIALLO MAMADOU|12 CARNOT DAKAR RUE|221771234567' });
    const again = holderOf(parse(3, ['GK-2', 'Glock', 'Pistolet', 'Mamadou  Dialló', '12, rue Carnot - Dakar', '221 77 123 45 67', 'particulier', ''], flat));
    expect(again).toMatchObject({ nameKey: 'DIALLO MAMADOU', identity: (whole as { identity: string }).identity });
    // Another address is another holder, though of the same name.
    expect(holderOf(parse(4, ['GK-3', 'Glock', 'Pistolet', 'Diallo Mamadou', 'Thiès', '', '', ''], flat))).toMatchObject({ nameKey: 'DIALLO MAMADOU', identity: 'person|DIALLO MAMADOU|THIES|' });
  });

  it('reads family and given names apart, and an organisation by its legal name', () => {
    const plan = split;
    const person = holderOf(kind.parse(2, cellsOf(plan, ['CMP-1', 'Glock', 'Pistola', 'Quispe Mamani', 'Juan Carlos', '', '']), { ...context, reference: { ...reference, categories: folded([['Pistola', 'pistol']]) } }));
    expect(person).toMatchObject({ kind: 'person', familyName: 'Quispe Mamani', givenNames: 'Juan Carlos', nameKey: 'CARLOS JUAN MAMANI QUISPE' });
    const shop = holderOf(parse(3, ['GK-4', 'Glock', 'Pistolet', 'Armurerie du Port SARL', 'Port autonome, Dakar', '', 'société', ''], flat));
    expect(shop).toMatchObject({ kind: 'organisation', legalName: 'Armurerie du Port SARL', familyName: null, nameKey: 'ARMURERIE DU PORT SARL' });
  });

  it('matches by document when the row has one: the name is not used', () => {
    const row = parse(2, ['GK-5', 'Glock', 'Pistolet', 'Diallo Mamadou', 'Dakar', '', '', '1 984 0302 00417'], flat);
    expect(row).toEqual({ candidate: expect.objectContaining({ holderDocument: '1 984 0302 00417', namedHolder: null }) });
  });

  it('refuses an owner’s details without a name, given names without the family name, and a name with nothing to recognise it by', () => {
    expect(parse(2, ['GK-6', 'Glock', 'Pistolet', '', 'Dakar', '', '', ''], flat)).toEqual({ problems: [{ field: 'holderName', message: 'is required when the holder’s kind, address or phone is given: name the holder, or give holderDocument' }] });
    expect(parse(2, ['CMP-2', 'Glock', 'Pistolet', '', 'Juan', '', ''], split)).toEqual({ problems: [{ field: 'holderFamilyName', message: 'is required with the holder’s given names' }] });
    expect(parse(2, ['GK-7', 'Glock', 'Pistolet', 'Иванов', '', '', '', ''], flat)).toEqual({ problems: [{ field: 'holderName', message: '"Иванов" has no Latin letter or digit to recognise the holder by: give the holder’s document (holderDocument)' }] });
    expect(parse(2, ['GK-8', 'Glock', 'Pistolet', 'Fall Awa', '', '', 'robot', ''], flat)).toEqual({ problems: [expect.objectContaining({ field: 'holderKind' })] });
  });

  it('holds the name to the API’s own rules', () => {
    expect(parse(2, ['GK-9', 'Glock', 'Pistolet', 'x'.repeat(300), '', '', '', ''], flat)).toEqual({ problems: [expect.objectContaining({ field: 'holderName' })] });
  });
});
