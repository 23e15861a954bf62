/**
 * Serial numbers: normalisation, confusable folding and search patterns.
 *
 * Real serials arrive as "ab-12 345", "AB12345", "AB.12.345" or "ＡＢ１２３４５", with O/0
 * and I/1 mixed up and characters ground off. The registry always keeps the original
 * text; these pure functions derive the keys it indexes and compares on:
 *   - normalised: the identity of the mark (what was stamped, without layout);
 *   - folded: the normalised key with look-alike letters turned into digits, so a
 *     misread "O" still meets a stamped "0".
 */

/**
 * Characters that only lay a serial out: whitespace, dashes (any Unicode dash and the
 * minus sign, which NFKC does not turn into "-"), dots, slashes, backslashes, underscores
 * and invisible format characters (zero-width space, soft hyphen, BOM, direction marks)
 * that copy-paste from documents and spreadsheets brings along.
 */
const SEPARATOR = /^[\s\p{Pd}\u2212.\u00B7\u2044\u2215\u29F5/\\\p{Pc}\p{Cf}]$/u;

/** What identifies a mark: letters of any script (plus their combining marks) and digits. */
const SERIAL_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Letters that are misread for digits on worn stamps and in handwritten registers.
 * Exactly this list: widening it (e.g. G→6) would merge serials that really differ.
 */
const CONFUSABLES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };
const CONFUSABLE = /[OILSBZ]/g;

const ONE_UNKNOWN = '?';
const ANY_RUN = '*';

/** A longer pattern is not a serial but a mistake or an abuse of the search. */
export const SERIAL_QUERY_MAX_LENGTH = 64;

/**
 * With fewer known characters a wildcard search would return a large share of the
 * national register: too broad to be a trace, and a needless exposure of records.
 */
export const SERIAL_QUERY_MIN_KNOWN_CHARACTERS = 3;

/**
 * NFKC first so full-width and compatibility forms ("ＡＢ１", "①", "﹖") become plain
 * characters; upper-casing is locale-independent; NFKC again because a few letters
 * upper-case into decomposed sequences.
 */
function canonicalise(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().normalize('NFKC');
}

/**
 * Normalised serial: NFKC, upper case, and nothing but letters (any script) and digits.
 * Separators are stripped, and so is any other symbol ("#", "(", "+"): a legacy register's
 * "No. 1234 (A)" must meet a search for "NO1234A", and the identity of a mark is in its
 * letters and digits.
 */
export function normaliseSerial(raw: string): string {
  let out = '';
  for (const ch of canonicalise(raw)) {
    if (SERIAL_CHARACTER.test(ch)) out += ch;
  }
  return out;
}

/** Applies the confusable folding to text that is already normalised (wildcards pass through). */
function foldNormalised(normalised: string): string {
  return normalised.replace(CONFUSABLE, (ch) => CONFUSABLES[ch] ?? ch);
}

/**
 * Folded serial: the normalised serial with O→0, I→1, L→1, S→5, B→8, Z→2, so that
 * "SN-OI2" and "5N0125" share a key. Used as a second, looser match, never as identity.
 */
export function foldSerial(raw: string): string {
  return foldNormalised(normaliseSerial(raw));
}

export type SerialQueryErrorReason = 'empty' | 'only_wildcards' | 'too_broad' | 'too_long' | 'invalid_character';

/** A serial search the registry refuses to run; `reason` is stable, the message is for the officer. */
export class SerialQueryError extends Error {
  override readonly name = 'SerialQueryError';

  constructor(
    readonly reason: SerialQueryErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export interface SerialQuery {
  /** The input as typed, kept for display and the audit trail. */
  readonly raw: string;
  /** Normalised text with the wildcards `?` and `*` kept (runs of `*` collapsed). */
  readonly normalised: string;
  /** `normalised` with confusables folded; wildcards unchanged. */
  readonly folded: string;
  readonly hasWildcards: boolean;
  /**
   * SQL LIKE pattern for the normalised key: `\`, `%` and `_` escaped with a backslash,
   * then `?`→`_` and `*`→`%`. Use with PostgreSQL's default escape (`LIKE $1` or
   * `LIKE $1 ESCAPE '\'`), always as a bound parameter.
   */
  readonly likeNormalised: string;
  /** Same, for the folded key. */
  readonly likeFolded: string;
  /** Characters of the pattern that are not wildcards. */
  readonly knownCharacters: number;
}

function describeCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) ? `"${ch}" (${code})` : code;
}

/**
 * Backslash first, so the escapes added for `%` and `_` are not escaped again.
 * Normalised text holds neither of these today; escaping anyway keeps the pattern safe
 * if the accepted alphabet ever grows.
 */
function toLikePattern(pattern: string): string {
  return pattern
    .replace(/[\\%_]/g, (ch) => `\\${ch}`)
    .replaceAll(ONE_UNKNOWN, '_')
    .replaceAll(ANY_RUN, '%');
}

/**
 * Parses what an investigator types to search by serial: letters, digits, separators,
 * `?` for exactly one unreadable character and `*` for any run (including none) of
 * characters, e.g. "AB-?23*" for a partly ground-off mark.
 *
 * Unlike normaliseSerial, anything else is refused rather than dropped: "%", "_", "[",
 * quotes or ";" in a search signal SQL habits or a paste error, and the officer should
 * know the search did not run as typed. ("_" is refused although it is a separator in
 * stored serials, because in a search it is most likely meant as SQL's one-character
 * wildcard; "?" is ours.)
 */
/**
 * Why a serial may not be searched as a substring ("contains": serials and marking
 * texts holding it), or null when it may. The same floor as a wildcard pattern: "7" as
 * a substring is "*7*", a large share of the register.
 */
export function containsRefusal(serial: Pick<SerialQuery, 'knownCharacters'>): string | null {
  return serial.knownCharacters < SERIAL_QUERY_MIN_KNOWN_CHARACTERS
    ? `A "contains" serial search needs at least ${SERIAL_QUERY_MIN_KNOWN_CHARACTERS} known letters or digits, like a pattern; this one has ${serial.knownCharacters}. Search the exact serial (serialMatch=auto), or add the characters you can read.`
    : null;
}

export function parseSerialQuery(input: string): SerialQuery {
  let normalised = '';
  for (const ch of canonicalise(input)) {
    if (ch === ONE_UNKNOWN || ch === ANY_RUN) {
      if (ch === ANY_RUN && normalised.endsWith(ANY_RUN)) continue;
      normalised += ch;
    } else if (SERIAL_CHARACTER.test(ch)) {
      normalised += ch;
    } else if (ch !== '_' && SEPARATOR.test(ch)) {
      continue;
    } else {
      throw new SerialQueryError(
        'invalid_character',
        `The serial search contains ${describeCharacter(ch)}, which is not allowed: use letters and digits, ` +
          `"?" for one unreadable character and "*" for any number of characters.`,
      );
    }
  }

  const length = [...normalised].length;
  const knownCharacters = [...normalised].filter((ch) => ch !== ONE_UNKNOWN && ch !== ANY_RUN).length;
  const hasWildcards = knownCharacters < length;

  if (length === 0) {
    throw new SerialQueryError('empty', 'The serial search is empty: enter the letters and digits of the serial.');
  }
  if (knownCharacters === 0) {
    throw new SerialQueryError('only_wildcards', 'The serial search has only wildcards: enter the letters and digits you can read.');
  }
  if (length > SERIAL_QUERY_MAX_LENGTH) {
    throw new SerialQueryError(
      'too_long',
      `The serial search is ${length} characters long once separators are removed; the limit is ${SERIAL_QUERY_MAX_LENGTH}.`,
    );
  }
  if (hasWildcards && knownCharacters < SERIAL_QUERY_MIN_KNOWN_CHARACTERS) {
    throw new SerialQueryError(
      'too_broad',
      `A serial search with wildcards needs at least ${SERIAL_QUERY_MIN_KNOWN_CHARACTERS} known letters or digits; ` +
        `this one has ${knownCharacters}.`,
    );
  }

  const folded = foldNormalised(normalised);
  return {
    raw: input,
    normalised,
    folded,
    hasWildcards,
    likeNormalised: toLikePattern(normalised),
    likeFolded: toLikePattern(folded),
    knownCharacters,
  };
}
