import { validateSync } from 'class-validator';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import { foldHeader } from './columns.js';

/**
 * A row's values checked with a DTO's own class-validator rules, so a file is
 * held to exactly what the API accepts. `fieldOf` names a property the way the
 * file's column is named when they differ.
 */
export function dtoProblems<T extends object>(type: new () => T, values: Partial<T>, fieldOf: (property: string) => string = (p) => p): FieldProblem[] {
  const instance = Object.assign(new type(), values);
  return validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).map((error) => ({
    field: fieldOf(error.property),
    message: Object.values(error.constraints ?? {}).join('; '),
  }));
}

/** Names of coded values in the three languages, keyed by code; the codes themselves are always accepted. */
export type ValueNames<T extends string> = Partial<Record<T, readonly string[]>>;

const lookups = new WeakMap<readonly string[], WeakMap<object, Map<string, string>>>();
const NO_NAMES = {};

/**
 * A coded value (an origin, a marking type, a sex…) from what a file says:
 * the code, or one of its names in English, French or Spanish, whatever the
 * case, accents and punctuation. Null when it means none of them.
 */
export function codeOf<T extends string>(text: string, codes: readonly T[], names: ValueNames<T> = NO_NAMES): T | null {
  let byNames = lookups.get(codes);
  if (!byNames) lookups.set(codes, (byNames = new WeakMap()));
  let lookup = byNames.get(names);
  if (!lookup) {
    lookup = new Map();
    for (const code of codes) lookup.set(foldHeader(code), code);
    for (const [code, words] of Object.entries(names) as [T, readonly string[]][]) for (const word of words) lookup.set(foldHeader(word), code);
    byNames.set(names, lookup);
  }
  const code = lookup.get(foldHeader(text));
  return code !== undefined && (codes as readonly string[]).includes(code) ? (code as T) : null;
}

/** A number as files write it: "415", "415,5" (decimal comma), " 12 ". */
export function numberOf(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
