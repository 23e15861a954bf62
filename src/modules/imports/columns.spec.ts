import { columnMappingProblems, foldHeader, parseDay, planColumns, readColumns } from './columns.js';
import { FIREARM_FIELDS } from './kinds/firearms.import.js';

describe('planColumns', () => {
  it('recognises English, French and Spanish headers', () => {
    const en = planColumns(['Serial Number', 'Make', 'Model', 'Calibre', 'Category'], FIREARM_FIELDS);
    const fr = planColumns(['N° de série', 'Marque', 'Modèle', 'Calibre', 'Catégorie'], FIREARM_FIELDS);
    const es = planColumns(['Número de serie', 'Marca', 'Modelo', 'Calibre', 'Tipo de arma'], FIREARM_FIELDS);
    for (const plan of [en, fr, es]) expect(plan).toEqual({ fields: { serialNumber: 0, make: 1, model: 2, calibre: 3, category: 4 }, ignored: [] });
  });

  it('lets an explicit mapping name columns the built-in names do not know', () => {
    expect(planColumns(['NUM_ARME', 'FAB'], FIREARM_FIELDS, { NUM_ARME: 'serialNumber', FAB: 'make' })).toEqual({ fields: { serialNumber: 0, make: 1 }, ignored: [] });
  });

  it('reports unknown columns as ignored', () => {
    expect(planColumns(['serial', 'colour'], FIREARM_FIELDS)).toEqual({ fields: { serialNumber: 0 }, ignored: ['colour'] });
  });

  it('refuses two columns for one field and a mapping to an unknown field', () => {
    expect(planColumns(['serial', 'numéro de série'], FIREARM_FIELDS)).toEqual({ error: expect.stringContaining('two columns mean "serialNumber"') });
    expect(planColumns(['x'], FIREARM_FIELDS, { x: 'colour' })).toEqual({ error: expect.stringContaining('unknown field "colour"') });
  });

  it('leaves out a column the mapping maps to "", even one whose header is a field\'s', () => {
    expect(planColumns(['serial', 'N° de série', 'colour'], FIREARM_FIELDS, { serial: '' })).toEqual({ fields: { serialNumber: 1 }, ignored: ['serial', 'colour'] });
    expect(readColumns(['serial', 'NUM', 'colour'], FIREARM_FIELDS, { SERIAL: '', num: 'recordKey' })).toEqual([
      { header: 'serial', field: null, source: 'ignored' },
      { header: 'NUM', field: 'recordKey', source: 'mapped' },
      { header: 'colour', field: null, source: 'unknown' },
    ]);
  });

  it('names what a column mapping gets wrong', () => {
    expect(columnMappingProblems({ a: 'serialNumber', b: '' }, FIREARM_FIELDS)).toEqual([]);
    expect(columnMappingProblems({ a: 'colour', b: 7 }, FIREARM_FIELDS)).toEqual(['"colour" is not a field of this kind of import (column "a")', '"b" must map to a field name (text), or "" to leave the column out']);
  });

  it('folds accents, case and punctuation', () => {
    expect(foldHeader('Año de Fabricación')).toBe('anodefabricacion');
  });
});

describe('parseDay', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['23/11/2026', '2026-11-23'],
    ['3.2.2024', '2024-02-03'],
    ['23-11-99', '1999-11-23'],
    ['01/02/05', '2005-02-01'],
    ['2026-02-03T10:00:00Z', '2026-02-03'],
  ])('%s → %s', (text, day) => expect(parseDay(text)).toBe(day));

  it.each(['31/02/2026', '2026-13-01', '11/23/2026', 'yesterday', ''])('refuses %s', (text) => expect(parseDay(text)).toBeNull());
});
