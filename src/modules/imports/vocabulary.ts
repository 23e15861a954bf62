import type { DataSource } from 'typeorm';
import { listOfField } from '../reference/value-lists.js';
import { foldHeader } from './columns.js';
import type { CellReader } from './import-kind.js';
import type { ImportKind } from './import.entities.js';

/** An officer's fix for one file's words: field → value as the file writes it → code (`{"category": {"lance-pierre": "other"}}`). */
export type ValueMapping = Record<string, Record<string, string>>;

/** Field → folded value → code: the import's mapping first, then the aliases of the field's list. */
export type Vocabulary = Map<string, Map<string, string>>;

export async function loadVocabulary(dataSource: DataSource, kind: ImportKind, fields: string[], mapping: ValueMapping = {}): Promise<Vocabulary> {
  const lists = new Map(fields.map((f) => [f, listOfField(kind, f)] as const).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== null));
  const rows = lists.size
    ? ((await dataSource.query(`SELECT list, alias_key, code FROM value_alias WHERE list = ANY($1::text[])`, [[...new Set(lists.values())]])) as { list: string; alias_key: string; code: string }[])
    : [];
  const byList = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!byList.has(row.list)) byList.set(row.list, new Map());
    byList.get(row.list)!.set(row.alias_key, row.code);
  }
  const vocabulary: Vocabulary = new Map();
  for (const field of fields) {
    const words = new Map(byList.get(lists.get(field) ?? '') ?? []);
    for (const [value, code] of Object.entries(mapping[field] ?? {})) words.set(foldHeader(value), code);
    if (words.size > 0) vocabulary.set(field, words);
  }
  return vocabulary;
}

/** A row's cells with the vocabulary applied: a value the file words its own way reads as its code. */
export function withVocabulary(cell: CellReader, vocabulary: Vocabulary): CellReader {
  if (vocabulary.size === 0) return cell;
  return (field) => {
    const value = cell(field);
    if (value === undefined) return value;
    return vocabulary.get(field)?.get(foldHeader(value)) ?? value;
  };
}

/** The mapping's problems, named by field: it must be field → { value: code } with fields the kind has. */
export function valueMappingProblems(mapping: unknown, fields: readonly string[]): string[] {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return ['must be a JSON object: field → { value in the file: code }'];
  const problems: string[] = [];
  for (const [field, values] of Object.entries(mapping)) {
    if (!fields.includes(field)) problems.push(`"${field}" is not a field of this kind of import`);
    else if (typeof values !== 'object' || values === null || Array.isArray(values) || !Object.values(values).every((v) => typeof v === 'string' && v.trim() !== '')) problems.push(`"${field}" must map each value to a code (text)`);
  }
  return problems;
}
