/**
 * A CSV reader that survives real files: it splits physical lines into records
 * itself, so an unbalanced quote costs one row error instead of silently
 * swallowing the rows after it (as a permissive parser does).
 */

export type Delimiter = ',' | ';' | '\t';

/** A quoted field may span lines; past this many it is an unbalanced quote, not a note. */
export const MAX_LINES_PER_RECORD = 20;

export type ParsedRecord = { line: number; fields: string[] } | { line: number; error: string };

/** RFC 4180 fields of one logical record; null when its quotes do not balance or a quoted field does not end at its quote. */
export function splitRecord(text: string, delimiter: Delimiter): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (i + 1 < text.length && text[i + 1] !== delimiter) {
          // A closing quote must end the field: text after it means the quotes are wrong.
          return null;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** Quote characters that open a quoted field and are not yet closed, as a parity. */
function opensQuote(text: string, delimiter: Delimiter): boolean {
  return splitRecord(text, delimiter) === null;
}

/** The delimiter used by the header line: French and Spanish exports often use ";". */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = ([',', ';', '\t'] as Delimiter[]).map((d) => ({ d, n: (splitRecord(headerLine, d) ?? []).length }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 1 ? counts[0].d : ',';
}

/**
 * Turns physical lines into records. A record whose quotes are still open
 * after MAX_LINES_PER_RECORD lines (or at the end of the file) is reported as an
 * error on its first line, and reading resumes on the line after it.
 */
export async function* csvRecords(lines: AsyncIterable<string>, delimiter?: Delimiter): AsyncGenerator<ParsedRecord & { delimiter: Delimiter }> {
  let pending: { line: number; text: string[] } | null = null;
  let lineNumber = 0;
  let chosen = delimiter;
  const replay: { line: number; text: string }[] = [];
  const iterator = lines[Symbol.asyncIterator]();

  const next = async (): Promise<{ line: number; text: string } | null> => {
    if (replay.length > 0) return replay.shift()!;
    const result = await iterator.next();
    if (result.done) return null;
    lineNumber += 1;
    return { line: lineNumber, text: result.value.replace(/\r$/, '') };
  };

  for (;;) {
    const physical = await next();
    if (physical === null) {
      if (pending) {
        yield { line: pending.line, error: 'unbalanced quotes: a quoted field is never closed', delimiter: chosen! };
        for (const [i, text] of pending.text.slice(1).entries()) replay.push({ line: pending.line + 1 + i, text });
        pending = null;
        continue;
      }
      return;
    }
    chosen ??= detectDelimiter(physical.text);
    if (!pending) {
      if (physical.text.trim() === '') continue;
      pending = { line: physical.line, text: [physical.text] };
    } else pending.text.push(physical.text);

    const joined = pending.text.join('\n');
    if (!opensQuote(joined, chosen)) {
      yield { line: pending.line, fields: splitRecord(joined, chosen)!, delimiter: chosen };
      pending = null;
    } else if (pending.text.length >= MAX_LINES_PER_RECORD) {
      yield { line: pending.line, error: 'unbalanced quotes: a quoted field is never closed', delimiter: chosen };
      for (const [i, text] of pending.text.slice(1).entries()) replay.push({ line: pending.line + 1 + i, text });
      pending = null;
    }
  }
}
