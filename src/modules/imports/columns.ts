import { isoDay } from '../../common/clock/clock.js';

/** Header names are compared folded: lower case, no accents, letters and digits only. */
export function foldHeader(header: string): string {
  return header.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
}

export type FieldNames = Readonly<Record<string, readonly string[]>>;

export interface ColumnPlan {
  /** Column index for each recognised field. */
  fields: Partial<Record<string, number>>;
  /** Headers that mean nothing to this kind of import: reported, then ignored. */
  ignored: string[];
}

const synonymsOf = new WeakMap<FieldNames, Map<string, string>>();

function synonyms(names: FieldNames): Map<string, string> {
  let map = synonymsOf.get(names);
  if (!map) {
    map = new Map();
    for (const [field, headers] of Object.entries(names)) for (const name of [field, ...headers]) if (!map.has(foldHeader(name))) map.set(foldHeader(name), field);
    synonymsOf.set(names, map);
  }
  return map;
}

/** How one column of a file is read: by a built-in name, by the officer's mapping, left out on purpose, or not recognised. */
export type ColumnSource = 'recognised' | 'mapped' | 'ignored' | 'unknown';

export interface ColumnReading {
  header: string;
  field: string | null;
  source: ColumnSource;
}

/** A column mapping's problems: it must be header → field of this kind, or "" to leave the column out. */
export function columnMappingProblems(mapping: Record<string, unknown>, names: FieldNames): string[] {
  const problems: string[] = [];
  for (const [header, field] of Object.entries(mapping)) {
    if (typeof field !== 'string') problems.push(`"${header}" must map to a field name (text), or "" to leave the column out`);
    else if (field !== '' && !Object.hasOwn(names, field)) problems.push(`"${field}" is not a field of this kind of import (column "${header}")`);
  }
  return problems;
}

/**
 * Each header read as a field: an explicit mapping (header → field, "" to leave the
 * column out) wins, then the built-in names in English, French and Spanish.
 */
export function readColumns(headers: string[], names: FieldNames, explicit: Record<string, string> = {}): ColumnReading[] {
  const given = new Map(Object.entries(explicit).map(([header, field]) => [foldHeader(header), field]));
  const builtIn = synonyms(names);
  return headers.map((header) => {
    const folded = foldHeader(header);
    const mapped = given.get(folded);
    if (mapped === '') return { header, field: null, source: 'ignored' };
    if (mapped !== undefined) return { header, field: mapped, source: 'mapped' };
    const field = builtIn.get(folded);
    return field ? { header, field, source: 'recognised' } : { header, field: null, source: 'unknown' };
  });
}

/**
 * Maps a file's headers to a kind's fields (see readColumns). Two columns for one
 * field is an error, so is a mapping to a field the kind does not have.
 */
export function planColumns(headers: string[], names: FieldNames, explicit: Record<string, string> = {}): ColumnPlan | { error: string } {
  const plan: ColumnPlan = { fields: {}, ignored: [] };
  for (const [index, { header, field }] of readColumns(headers, names, explicit).entries()) {
    if (field === null) {
      plan.ignored.push(header);
      continue;
    }
    if (!Object.hasOwn(names, field)) return { error: `the mapping names an unknown field "${field}" for column "${header}"` };
    if (plan.fields[field] !== undefined) return { error: `two columns mean "${field}": "${headers[plan.fields[field]!]}" and "${header}"` };
    plan.fields[field] = index;
  }
  return plan;
}

/** One row's cells read by field name: trimmed, undefined when empty or when the file has no such column. */
export function cellsOf(plan: ColumnPlan, cells: string[]): (field: string) => string | undefined {
  return (field) => {
    const index = plan.fields[field];
    if (index === undefined) return undefined;
    const value = (cells[index] ?? '').trim();
    return value === '' ? undefined : value;
  };
}

/** ISO (2026-11-23) or day first (23/11/2026, 23.11.2026, 23-11-26): the forms registers use. */
export function parseDay(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3].length === 2) year += year > (new Date().getUTCFullYear() % 100) ? 1900 : 2000;
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDay(date);
}
