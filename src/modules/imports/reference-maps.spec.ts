import type { DataSource } from 'typeorm';
import { codeByName, loadImportReference } from './reference-maps.js';

const countries = [
  { code: 'BO', name_en: 'Bolivia (Plurinational State of)', name_fr: 'Bolivie (État plurinational de)', name_es: 'Bolivia (Estado Plurinacional de)', alpha3: 'BOL' },
  { code: 'CG', name_en: 'Congo', name_fr: 'Congo', name_es: 'Congo', alpha3: 'COG' },
  { code: 'CD', name_en: 'Congo (Democratic Republic of the)', name_fr: 'Congo (République démocratique du)', name_es: 'Congo (República Democrática del)', alpha3: 'COD' },
  { code: 'VG', name_en: 'Virgin Islands (British)', name_fr: 'Îles Vierges (britanniques)', name_es: 'Islas Vírgenes (Británicas)', alpha3: 'VGB' },
  { code: 'VI', name_en: 'Virgin Islands (U.S.)', name_fr: 'Îles Vierges (des États-Unis)', name_es: 'Islas Vírgenes (EE.UU.)', alpha3: 'VIR' },
];
const dataSource = { query: async (sql: string) => (sql.includes('FROM country') ? countries : []) } as unknown as DataSource;

describe('loadImportReference', () => {
  it('finds a country by code, alpha-3, any of its names, and the short form of a qualified name', async () => {
    const { countries: map } = await loadImportReference(dataSource);
    expect(['BO', 'BOL', 'Bolivia (Plurinational State of)', 'Bolivia', 'bolivie', 'BOLIVIA'].map((t) => codeByName(map, t))).toEqual(Array(6).fill('BO'));
  });

  it('leaves a short form to the country that has it as its name, and to nobody when two countries share it', async () => {
    const { countries: map } = await loadImportReference(dataSource);
    expect(codeByName(map, 'Congo')).toBe('CG');
    expect(codeByName(map, 'Congo (Democratic Republic of the)')).toBe('CD');
    expect(codeByName(map, 'Virgin Islands')).toBeNull();
    expect(codeByName(map, 'Virgin Islands (British)')).toBe('VG');
  });
});
