import { getMetadataStorage, validateSync, ValidationTypes, type ValidationArguments } from 'class-validator';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import { foldHeader, parseDay } from './columns.js';

type Check = (object: Record<string, unknown>) => boolean;
const checks = new WeakMap<Function, Check | null>();

/**
 * A DTO's class-validator rules as one yes/no function: the same constraint
 * objects, run the way class-validator runs them for a flat DTO (conditions
 * such as IsOptional first, `each` over arrays, unknown properties refused),
 * without building a ValidationError per property. class-validator filters its
 * whole metadata store on every call, which a million-row import feels; rows
 * that pass this check are valid, the others go through validateSync for its
 * exact messages. Null (always validateSync) for a DTO using anything else:
 * nested objects, groups, asynchronous constraints.
 */
export function compiledCheck(type: Function): Check | null {
  if (checks.has(type)) return checks.get(type)!;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(type, '', false, false, undefined);
  const supported = [ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.IS_DEFINED];
  let check: Check | null = null;
  if (metadatas.every((m) => supported.includes(m.type) && !m.always && !m.groups?.length)) {
    const properties = Object.entries(storage.groupByPropertyName(metadatas)).map(([property, all]) => ({
      property,
      conditions: all.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.constraints[0] as (o: object, v: unknown) => boolean),
      // IsDefined runs before the others, as in class-validator.
      rules: [...all.filter((m) => m.type === ValidationTypes.IS_DEFINED), ...all.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION)].map((m) => ({
        metadata: m,
        constraints: storage.getTargetValidatorConstraints(m.constraintCls),
      })),
    }));
    const known = new Set(properties.map((p) => p.property));
    if (properties.every((p) => p.rules.every((r) => r.constraints.every((c) => !c.async)))) {
      check = (object) => {
        for (const key of Object.keys(object)) if (!known.has(key)) return false;
        for (const { property, conditions, rules } of properties) {
          const value = object[property];
          if (!conditions.every((condition) => condition(object, value))) continue;
          for (const { metadata, constraints } of rules) {
            if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
            const args: ValidationArguments = { targetName: type.name, property, object, value, constraints: metadata.constraints };
            const values = metadata.each && (Array.isArray(value) || value instanceof Set || value instanceof Map) ? [...(value instanceof Map ? value.values() : value)] : [value];
            for (const constraint of constraints) for (const v of values) if (constraint.instance.validate(v, args) !== true) return false;
          }
        }
        return true;
      };
    }
  }
  checks.set(type, check);
  return check;
}

/**
 * A row's values checked with a DTO's own class-validator rules, so a file is
 * held to exactly what the API accepts. `fieldOf` names a property the way the
 * file's column is named when they differ.
 */
export function dtoProblems<T extends object>(type: new () => T, values: Partial<T>, fieldOf: (property: string) => string = (p) => p): FieldProblem[] {
  const instance = Object.assign(new type(), values);
  if (compiledCheck(type)?.(instance as Record<string, unknown>)) return [];
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
  const code = lookupOf(codes, names).get(foldHeader(text));
  return code !== undefined && (codes as readonly string[]).includes(code) ? (code as T) : null;
}

function lookupOf<T extends string>(codes: readonly T[], names: ValueNames<T>): Map<string, string> {
  let byNames = lookups.get(codes);
  if (!byNames) lookups.set(codes, (byNames = new WeakMap()));
  let lookup = byNames.get(names);
  if (!lookup) {
    lookup = new Map();
    for (const code of codes) lookup.set(foldHeader(code), code);
    for (const [code, words] of Object.entries(names) as [T, readonly string[]][]) for (const word of words) lookup.set(foldHeader(word), code);
    byNames.set(names, lookup);
  }
  return lookup;
}

/** Edit distance, bounded: past `limit` the exact figure does not matter. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

const suggestionsOf = new WeakMap<object, Map<string, string[]>>();

/**
 * The codes whose names come closest to an unknown value ("did you mean"):
 * by edit distance on the folded names, or a name that contains the value or
 * is contained in it. Remembered per list, since a file repeats its unknown words.
 */
export function closestCodes(text: string, names: Map<string, string>, max = 3): string[] {
  let cache = suggestionsOf.get(names);
  if (!cache) suggestionsOf.set(names, (cache = new Map()));
  const folded = foldHeader(text);
  const known = cache.get(folded);
  if (known) return known;
  // One or two letters are near every short code: no suggestion is better than a random one.
  if (folded.length < 3) return [];
  const limit = Math.max(1, Math.min(3, Math.floor(folded.length / 3)));
  const scored: { code: string; score: number }[] = [];
  for (const [name, code] of names) {
    let score = distance(folded, name, limit);
    if (score > limit && folded.length >= 4 && name.length >= 4 && (name.includes(folded) || folded.includes(name))) score = limit;
    if (score <= limit) scored.push({ code, score });
  }
  scored.sort((a, b) => a.score - b.score);
  const codes = [...new Set(scored.map((s) => s.code))].slice(0, max);
  if (cache.size < 10_000) cache.set(folded, codes);
  return codes;
}

const didYouMean = (codes: string[]) => (codes.length > 0 ? `; did you mean ${codes.join(' or ')}?` : '');

/** A number as files write it: "415", "415,5" (decimal comma), " 12 ". */
export function numberOf(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * A row's cells read as values, each problem noted under the file's field:
 * the same readings (numbers with a decimal comma, ISO or day-first dates,
 * coded values and reference names in the three languages) and the same
 * messages in every kind of import. Empty cells read as null, silently.
 */
export class RowReader {
  readonly problems: FieldProblem[] = [];

  constructor(readonly cell: (field: string) => string | undefined) {}

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  number(field: string): number | null {
    const text = this.cell(field);
    if (text === undefined) return null;
    const value = numberOf(text);
    if (value === null) this.problem(field, `"${text}" is not a number`);
    return value;
  }

  day(field: string, example = '2026-11-23 or 23/11/2026'): string | null {
    const text = this.cell(field);
    if (text === undefined) return null;
    const value = parseDay(text);
    if (!value) this.problem(field, `"${text}" is not a date (use ${example})`);
    return value;
  }

  /** A coded value; `what` names it with its article ("a marking type"), and the codes are listed when it is unknown. */
  coded<T extends string>(field: string, codes: readonly T[], names: ValueNames<T>, what: string): T | null {
    const text = this.cell(field);
    if (text === undefined) return null;
    const code = codeOf(text, codes, names);
    if (!code) this.problem(field, `"${text}" is not ${what} (${codes.join(', ')})${didYouMean(closestCodes(text, lookupOf(codes, names)))}`);
    return code;
  }

  /** A reference code (category, action, country) from its code or name. */
  named(field: string, map: Map<string, string>, what: string): string | null {
    const text = this.cell(field);
    if (text === undefined) return null;
    const code = map.get(foldHeader(text)) ?? null;
    if (!code) this.problem(field, `"${text}" is not a known ${what}${didYouMean(closestCodes(text, map))}`);
    return code;
  }

  /**
   * Serials are what markings carry: letters, digits, spaces and the few signs
   * stamped between them. Quotes, semicolons, backslashes and control
   * characters never are; a cell holding them is not a serial (SQL-like text
   * sent in a file, a shifted column).
   */
  serial(field: string, text: string): void {
    const bad = [...new Set(text.match(/['"`;\\\p{Cc}]/gu) ?? [])];
    if (bad.length > 0) this.problem(field, `contains ${bad.map((c) => (/\p{Cc}/u.test(c) ? `control character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`)).join(', ')}, which no marking has (quotes, semicolons, backslashes and control characters are refused)`);
  }

  /** The API DTO's problems with the values, for the fields the reading has not already reported. */
  checkWith<T extends object>(type: new () => T, values: Partial<T>, fieldOf?: (property: string) => string): void {
    const reported = new Set(this.problems.map((p) => p.field));
    for (const problem of dtoProblems(type, values, fieldOf)) if (!reported.has(problem.field)) this.problems.push(problem);
  }
}
