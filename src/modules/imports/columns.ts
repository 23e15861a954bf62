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

/**
 * Maps a file's headers to a kind's fields: an explicit mapping (header → field)
 * wins, then the built-in names. Two columns for one field is an error, so is a
 * mapping to a field the kind does not have.
 */
export function planColumns(headers: string[], names: FieldNames, explicit: Record<string, string> = {}): ColumnPlan | { error: string } {
  const plan: ColumnPlan = { fields: {}, ignored: [] };
  const given = new Map(Object.entries(explicit).map(([header, field]) => [foldHeader(header), field]));
  const builtIn = synonyms(names);
  for (const [index, header] of headers.entries()) {
    const folded = foldHeader(header);
    const field = given.get(folded) ?? builtIn.get(folded);
    if (!field || !Object.hasOwn(names, field)) {
      if (given.has(folded)) return { error: `the mapping names an unknown field "${given.get(folded)}" for column "${header}"` };
      plan.ignored.push(header);
      continue;
    }
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
