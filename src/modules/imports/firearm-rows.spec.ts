import { planColumns, foldHeader, type ColumnPlan } from './columns.js';
import { firearmFromRow, identityKey, type ImportReference } from './firearm-rows.js';

const folded = (pairs: [string, string][]) => new Map(pairs.map(([k, v]) => [foldHeader(k), v]));
const reference: ImportReference = {
  categories: folded([['pistol', 'pistol'], ['Pistolet', 'pistol'], ['Pistola', 'pistol'], ['rifle', 'rifle'], ['Fusil', 'rifle']]),
  actions: folded([['semi_automatic', 'semi_automatic']]),
  countries: folded([['AT', 'AT'], ['AUT', 'AT'], ['Autriche', 'AT'], ['Austria', 'AT']]),
  manufacturers: new Map([['glock', 'glock'], ['glockgmbh', 'glock']]),
  calibres: new Map([['9mm', '9x19mm'], ['9x19', '9x19mm']]),
};
const plan = planColumns(['N° de série', 'Marque', 'Catégorie', 'Calibre', 'Pays de fabrication', 'Année', "Date d'enregistrement", 'Référence']) as ColumnPlan;

describe('firearmFromRow', () => {
  it('reads a French row: names resolved, serial normalised, day-first date', () => {
    const result = firearmFromRow(2, ['gk-123 45', 'Glock GmbH', 'Pistolet', '9 mm', 'Autriche', '2011', '03/02/2024', ''], plan, reference, '2026-11-23');
    expect(result).toEqual({
      candidate: expect.objectContaining({ row: 2, categoryCode: 'pistol', manufacturerCode: 'glock', makeText: 'Glock GmbH', calibreCode: '9x19mm', serialRaw: 'gk-123 45', serialNormalised: 'GK12345', countryOfManufacture: 'AT', yearOfManufacture: 2011, registeredOn: '2024-02-03', importKey: null }),
    });
  });

  it('keeps an unknown make as written', () => {
    const result = firearmFromRow(3, ['X1', 'Atelier Inconnu', 'Pistolet', '', '', '', '', ''], plan, reference, '2026-11-23');
    expect(result).toEqual({ candidate: expect.objectContaining({ makeText: 'Atelier Inconnu', manufacturerCode: null }) });
  });

  it('names every bad field', () => {
    const result = firearmFromRow(4, ['X2', 'Glock', 'Laser', '', 'Atlantis', 'old', '31/02/2024', ''], plan, reference, '2026-11-23');
    expect('problems' in result && result.problems.map((p) => p.field).sort()).toEqual(['category', 'countryOfManufacture', 'registeredOn', 'yearOfManufacture']);
  });

  it('applies the API rules (year range)', () => {
    const result = firearmFromRow(5, ['X3', 'Glock', 'Pistolet', '', '', '1200', '', ''], plan, reference, '2026-11-23');
    expect('problems' in result && result.problems[0].field).toBe('yearOfManufacture');
  });

  it('needs a serial or a record key', () => {
    expect(firearmFromRow(6, ['', 'Glock', 'Pistolet', '', '', '', '', ''], plan, reference, '2026-11-23')).toEqual({ problems: [expect.objectContaining({ field: 'serialNumber' })] });
    expect(firearmFromRow(7, ['', 'Glock', 'Pistolet', '', '', '', '', 'REG-77'], plan, reference, '2026-11-23')).toEqual({ candidate: expect.objectContaining({ importKey: 'REG-77' }) });
  });
});

describe('identityKey', () => {
  it('matches the same serial under any alias of the maker, and not under another maker', () => {
    const a = identityKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'glock', makeText: 'Glock GmbH' });
    expect(a).toBe(identityKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'glock', makeText: 'GLOCK' }));
    expect(a).not.toBe(identityKey({ importKey: null, serialNormalised: 'AB1', manufacturerCode: 'beretta', makeText: 'Beretta' }));
  });
});
