import type { DataSource } from 'typeorm';
import { calibreKey, manufacturerKey } from '../reference/alias-keys.js';
import { foldHeader } from './columns.js';

/**
 * Reference data held in memory for a whole import: one load, no query per
 * row. Categories, actions and countries are found by code or by their name
 * in any of the three languages (countries also by alpha-3); makes and
 * calibres by any alias.
 */
export interface ImportReference {
  categories: Map<string, string>;
  actions: Map<string, string>;
  countries: Map<string, string>;
  manufacturers: Map<string, string>;
  calibres: Map<string, string>;
}

export async function loadImportReference(dataSource: DataSource): Promise<ImportReference> {
  const named = async (table: string, key: string) => {
    const rows = (await dataSource.query(`SELECT ${key} AS code, name_en, name_fr, name_es${table === 'country' ? ', alpha3' : ''} FROM ${table} WHERE active`)) as Record<string, string>[];
    const map = new Map<string, string>();
    for (const row of rows) for (const name of Object.values(row)) if (name) map.set(foldHeader(name), row.code);
    // "Bolivia (Plurinational State of)" is written "Bolivia" in files: the short form too, unless another code claims it
    // ("Congo" is the Congo, and "Virgin Islands" is either of two).
    const short = new Map<string, Set<string>>();
    for (const row of rows) {
      for (const name of Object.values(row)) {
        const bare = name?.replace(/\s*\([^)]*\)\s*$/, '');
        if (bare && bare !== name) short.set(foldHeader(bare), (short.get(foldHeader(bare)) ?? new Set()).add(row.code));
      }
    }
    for (const [name, codes] of short) if (codes.size === 1 && !map.has(name)) map.set(name, [...codes][0]);
    return map;
  };
  const aliases = async (table: string, column: string) => new Map(((await dataSource.query(`SELECT alias_key, ${column} AS code FROM ${table}`)) as { alias_key: string; code: string }[]).map((r) => [r.alias_key, r.code]));
  return {
    categories: await named('firearm_category', 'code'),
    actions: await named('firearm_action', 'code'),
    countries: await named('country', 'alpha2'),
    manufacturers: await aliases('manufacturer_alias', 'manufacturer_code'),
    calibres: await aliases('calibre_alias', 'calibre_code'),
  };
}

/** A category, action or country code from its code or name; null when unknown. */
export function codeByName(map: Map<string, string>, text: string): string | null {
  return map.get(foldHeader(text)) ?? null;
}

export function manufacturerCode(reference: ImportReference, make: string | null | undefined): string | null {
  return make ? (reference.manufacturers.get(manufacturerKey(make)) ?? null) : null;
}

export function calibreCode(reference: ImportReference, calibre: string | null | undefined): string | null {
  return calibre ? (reference.calibres.get(calibreKey(calibre)) ?? null) : null;
}
