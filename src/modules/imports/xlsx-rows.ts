import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { isoDay } from '../../common/clock/clock.js';
import { ImportFileProblem } from './import-kind.js';

/**
 * An XLSX workbook read as a bounded stream. A workbook is a zip of XML parts;
 * a hostile one is small on disk and huge unpacked (a zip bomb), or keeps
 * hundreds of megabytes in its shared strings, which every cell may point to
 * and so must be held in memory. Nothing here grows with the file: parts are
 * inflated as they are read, counted against a limit (the inflated bytes, not
 * what the zip claims), and the XML is tokenised without building a tree, each
 * token and each cell's text bounded. What exceeds a limit refuses the file
 * with a sentence that says which limit.
 */
export interface XlsxLimits {
  /** Inflated bytes of all the parts read (sheet, shared strings, styles, workbook). */
  unpackedBytes: number;
  /** Characters of all shared strings together: they are held in memory for the whole file. */
  sharedStringChars: number;
  /** Highest column a cell may be in (A = 1). */
  columns: number;
  /** Cells in one row. */
  cellsPerRow: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  cellChars: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  unpackedBytes: 2 * 1024 ** 3,
  sharedStringChars: 32 * 1024 ** 2,
  columns: 500,
  cellsPerRow: 500,
  cellChars: 32_767,
};

/** Small parts (workbook, relationships, styles) are read whole; they are never large in a real workbook. */
const SMALL_PART_BYTES = 8 * 1024 ** 2;
/** Longest tag or run of text kept while tokenising: a tag with its attributes, a cell's text. */
const TOKEN_CHARS = 64 * 1024;

/** The file cannot be read as a workbook, or exceeds a limit: the import fails with this message. */
export class XlsxProblem extends ImportFileProblem {}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  headerOffset: number;
}

/** The zip's central directory: where each part is, without reading the parts. */
export async function zipEntries(path: string): Promise<Map<string, ZipEntry>> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new XlsxProblem('The XLSX file is damaged: its zip directory is missing (the file may be truncated).');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (directoryOffset === 0xffffffff || count === 0xffff) throw new XlsxProblem('The XLSX file is a ZIP64 archive, which a workbook within the upload limit never is.');
    if (directoryOffset + directorySize > size || directorySize > 16 * 1024 ** 2) throw new XlsxProblem('The XLSX file is damaged: its zip directory points outside the file.');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) throw new XlsxProblem('The XLSX file is damaged: its zip directory is not readable.');
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      entries.set(name, { name, method: directory.readUInt16LE(at + 10), compressedSize: directory.readUInt32LE(at + 20), declaredSize: directory.readUInt32LE(at + 24), headerOffset: directory.readUInt32LE(at + 42) });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** The bytes a part occupies in the file (after its local header). */
async function dataRange(path: string, entry: ZipEntry): Promise<{ start: number; end: number }> {
  const handle = await open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.headerOffset);
    if (header.readUInt32LE(0) !== 0x04034b50) throw new XlsxProblem(`The XLSX file is damaged: part ${entry.name} is not where the zip directory says.`);
    const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    return { start, end: start + entry.compressedSize };
  } finally {
    await handle.close();
  }
}

interface Budget {
  unpacked: number;
  limits: XlsxLimits;
}

/** A part's XML as decoded text chunks, inflated on the fly and counted against the budget. */
async function* partText(path: string, entry: ZipEntry, budget: Budget, onCompressed: (bytes: number) => void = () => undefined, maxBytes = Infinity): AsyncGenerator<string> {
  if (entry.method !== 0 && entry.method !== 8) throw new XlsxProblem(`The XLSX file uses a zip compression (method ${entry.method}) that workbooks do not use.`);
  const { start, end } = await dataRange(path, entry);
  const raw = createReadStream(path, { start, end: Math.max(start, end - 1), highWaterMark: 64 * 1024 });
  const inflated = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
  if (inflated !== raw) {
    raw.on('data', (chunk) => onCompressed(chunk.length));
    raw.on('error', (error) => inflated.destroy(error));
  }
  const decoder = new TextDecoder('utf-8');
  let partBytes = 0;
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      if (inflated === raw) onCompressed(chunk.length);
      partBytes += chunk.length;
      budget.unpacked += chunk.length;
      if (budget.unpacked > budget.limits.unpackedBytes) {
        throw new XlsxProblem(`The XLSX file unpacks to more than ${budget.limits.unpackedBytes} bytes (a "zip bomb", or a workbook far larger than any register): refused.`);
      }
      if (partBytes > maxBytes) throw new XlsxProblem(`The XLSX part ${entry.name} unpacks to more than ${maxBytes} bytes, which no real workbook's ${entry.name} does: refused.`);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (error instanceof XlsxProblem) throw error;
    throw new XlsxProblem(`The XLSX file is damaged: part ${entry.name} cannot be unpacked (${(error as Error).message}).`);
  } finally {
    raw.destroy();
    inflated.destroy();
  }
  yield decoder.decode();
}

export type XmlToken = { type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean } | { type: 'close'; name: string } | { type: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Local name of an element or attribute: workbooks may prefix their namespace (`x:row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseTag(tag: string): XmlToken | null {
  if (tag[0] === '?' || tag[0] === '!') return null;
  if (tag[0] === '/') return { type: 'close', name: local(tag.slice(1).trim()) };
  const selfClosing = tag.endsWith('/');
  const body = selfClosing ? tag.slice(0, -1) : tag;
  const nameEnd = body.search(/[\s]/);
  const name = local(nameEnd < 0 ? body : body.slice(0, nameEnd));
  const attributes: Record<string, string> = {};
  if (nameEnd >= 0) {
    const pattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(body.slice(nameEnd)))) attributes[local(m[1])] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  return { type: 'open', name, attributes, selfClosing };
}

/**
 * XML tokens from text chunks, never holding more than one token: a tag or a
 * run of text longer than `maxText` characters refuses the file rather than
 * being buffered. Comments, processing instructions and CDATA are handled;
 * DTDs (never in a workbook) are skipped without expanding anything.
 */
export async function* xmlTokens(chunks: AsyncIterable<string>, maxText: number, part: string): AsyncGenerator<XmlToken> {
  let buffer = '';
  let text = '';
  let inComment = false;
  const tooLong = () => new XlsxProblem(`The XLSX part ${part} holds a value or tag longer than ${maxText} characters: refused.`);
  // Whitespace between elements means nothing: however much of it there is, one space is kept.
  const keepText = () => {
    if (text.length > maxText) {
      if (/^\s*$/.test(text)) text = ' ';
      else throw tooLong();
    }
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let at = 0;
    for (;;) {
      if (inComment) {
        const end = buffer.indexOf('-->', at);
        if (end < 0) {
          buffer = buffer.slice(Math.max(at, buffer.length - 2));
          break;
        }
        inComment = false;
        at = end + 3;
        continue;
      }
      const lt = buffer.indexOf('<', at);
      if (lt < 0) {
        text += buffer.slice(at);
        buffer = '';
        keepText();
        break;
      }
      if (lt > at) {
        text += buffer.slice(at, lt);
        keepText();
      }
      if (buffer.startsWith('<!--', lt)) {
        inComment = true;
        at = lt + 4;
        continue;
      }
      let end: number;
      let skip = 1;
      if (buffer.startsWith('<![CDATA[', lt)) {
        end = buffer.indexOf(']]>', lt + 9);
        skip = 3;
      } else end = buffer.indexOf('>', lt + 1);
      if (end < 0) {
        if (buffer.length - lt > TOKEN_CHARS + maxText) throw tooLong();
        buffer = buffer.slice(lt);
        break;
      }
      if (text) {
        yield { type: 'text', text: decodeEntities(text) };
        text = '';
      }
      const raw = buffer.slice(lt + 1, end);
      if (raw.startsWith('![CDATA[')) {
        if (raw.length - 8 > maxText) throw tooLong();
        yield { type: 'text', text: raw.slice(8) };
      } else {
        if (raw.length > TOKEN_CHARS) throw tooLong();
        const token = parseTag(raw);
        if (token) yield token;
      }
      at = end + skip;
    }
  }
  if (text.trim()) yield { type: 'text', text: decodeEntities(text) };
}

async function smallPart(path: string, entries: Map<string, ZipEntry>, name: string, budget: Budget): Promise<XmlToken[] | null> {
  const entry = entries.get(name);
  if (!entry) return null;
  const tokens: XmlToken[] = [];
  for await (const token of xmlTokens(partText(path, entry, budget, undefined, SMALL_PART_BYTES), TOKEN_CHARS, name)) tokens.push(token);
  return tokens;
}

/** Zip paths in relationships are relative to xl/ (or absolute from the root). */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
  return out.join('/');
}

const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Which cell styles (the `s` attribute) show a number as a date. */
function dateStyles(tokens: XmlToken[] | null): Set<number> {
  const custom = new Map<number, string>();
  const dates = new Set<number>();
  if (!tokens) return dates;
  let inCellXfs = false;
  let index = 0;
  for (const t of tokens) {
    if (t.type === 'open' && t.name === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
    else if (t.type === 'open' && t.name === 'cellXfs') inCellXfs = !t.selfClosing;
    else if (t.type === 'close' && t.name === 'cellXfs') inCellXfs = false;
    else if (inCellXfs && t.type === 'open' && t.name === 'xf') {
      const id = Number(t.attributes.numFmtId ?? 0);
      if (DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) dates.add(index);
      index += 1;
    }
  }
  return dates;
}

/** An Excel serial day as an ISO day (the 1900 system counts a 29 February 1900 that never was). */
function serialDay(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const base = Date.UTC(1899, 11, 30);
  return isoDay(new Date(base + (days < 61 && !date1904 ? days + 1 : days) * 86_400_000));
}

/** "B12" → 2; null when the reference is not a cell reference. */
function columnOf(reference: string): number | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return i === 0 ? null : column;
}

export interface XlsxRows {
  /** Rows as cells, numbered as the spreadsheet shows them; blank rows are not given. */
  rows: AsyncGenerator<{ row: number; cells: string[] }>;
  /** Compressed bytes of the sheet read so far, and the sheet's compressed size: progress. */
  bytesRead: () => number;
  size: number;
}

/** The first sheet of a workbook, read as rows of text within the limits. */
export async function xlsxRows(path: string, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxRows> {
  const entries = await zipEntries(path);
  const budget: Budget = { unpacked: 0, limits };
  const workbook = await smallPart(path, entries, 'xl/workbook.xml', budget);
  if (!workbook) throw new XlsxProblem('The file is a zip archive but not an XLSX workbook (it has no xl/workbook.xml).');
  const firstSheet = workbook.find((t) => t.type === 'open' && t.name === 'sheet') as Extract<XmlToken, { type: 'open' }> | undefined;
  const date1904 = workbook.some((t) => t.type === 'open' && t.name === 'workbookPr' && /^(1|true)$/.test(t.attributes.date1904 ?? ''));
  const relations = (await smallPart(path, entries, 'xl/_rels/workbook.xml.rels', budget)) ?? [];
  const targets = new Map<string, { type: string; target: string }>();
  for (const t of relations) if (t.type === 'open' && t.name === 'Relationship') targets.set(t.attributes.Id, { type: t.attributes.Type ?? '', target: partPath(t.attributes.Target ?? '') });
  const sheetPath = (firstSheet && targets.get(firstSheet.attributes.id)?.target) ?? 'xl/worksheets/sheet1.xml';
  const sheet = entries.get(sheetPath);
  if (!sheet) throw new XlsxProblem(`The XLSX workbook has no first sheet (${sheetPath} is missing).`);
  const sharedPath = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const stylesPath = [...targets.values()].find((t) => t.type.endsWith('/styles'))?.target ?? 'xl/styles.xml';
  const dates = dateStyles(await smallPart(path, entries, stylesPath, budget));
  const shared = entries.has(sharedPath) ? await sharedStrings(path, entries.get(sharedPath)!, budget) : [];
  let compressed = 0;
  return { rows: sheetRows(path, sheet, budget, shared, dates, date1904, (n) => (compressed += n)), bytesRead: () => compressed, size: sheet.compressedSize };
}

/** Every shared string, their characters counted against the limit as they are read. */
async function sharedStrings(path: string, entry: ZipEntry, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  let chars = 0;
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  for await (const token of xmlTokens(partText(path, entry, budget), budget.limits.cellChars, entry.name)) {
    if (token.type === 'open') {
      if (token.name === 'si') current = token.selfClosing ? (strings.push(''), null) : [];
      else if (token.name === 'rPh') inPhonetic = !token.selfClosing;
      else if (token.name === 't') inText = !token.selfClosing && !inPhonetic;
    } else if (token.type === 'close') {
      if (token.name === 'si' && current) {
        const value = current.join('');
        if (value.length > budget.limits.cellChars) throw new XlsxProblem(`A shared string of the XLSX file is longer than ${budget.limits.cellChars} characters (Excel's own limit for a cell): refused.`);
        strings.push(value);
        current = null;
      } else if (token.name === 'rPh') inPhonetic = false;
      else if (token.name === 't') inText = false;
    } else if (inText && current) {
      chars += token.text.length;
      if (chars > budget.limits.sharedStringChars) {
        throw new XlsxProblem(`The XLSX file's shared strings exceed ${budget.limits.sharedStringChars} characters, more than a workbook within the upload limit needs: refused.`);
      }
      current.push(token.text);
    }
  }
  return strings;
}

async function* sheetRows(path: string, entry: ZipEntry, budget: Budget, shared: string[], dates: Set<number>, date1904: boolean, onCompressed: (n: number) => void): AsyncGenerator<{ row: number; cells: string[] }> {
  const { limits } = budget;
  let rowNumber = 0;
  let cells: string[] | null = null;
  let cellCount = 0;
  let column = 0;
  let cell: { type: string; style: number; column: number } | null = null;
  let value = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  for await (const token of xmlTokens(partText(path, entry, budget, onCompressed), limits.cellChars, entry.name)) {
    if (token.type === 'open') {
      switch (token.name) {
        case 'row': {
          const declared = Number(token.attributes.r);
          rowNumber = Number.isInteger(declared) && declared > rowNumber ? declared : rowNumber + 1;
          if (rowNumber > 1_048_576) throw new XlsxProblem('The XLSX sheet has more rows than Excel allows (1,048,576): refused.');
          cells = [];
          cellCount = 0;
          column = 0;
          if (token.selfClosing) cells = null;
          break;
        }
        case 'c': {
          if (!cells) break;
          // A cell's position is its `r` reference, or the one after the previous cell when the writer left it out.
          const at = token.attributes.r ? columnOf(token.attributes.r) : null;
          column = at ?? column + 1;
          cellCount += 1;
          if (column > limits.columns) throw new XlsxProblem(`Row ${rowNumber} of the XLSX sheet has a cell in column ${column}, beyond the ${limits.columns} columns an import reads: refused.`);
          if (cellCount > limits.cellsPerRow) throw new XlsxProblem(`Row ${rowNumber} of the XLSX sheet has more than ${limits.cellsPerRow} cells: refused.`);
          cell = { type: token.attributes.t ?? 'n', style: Number(token.attributes.s ?? 0), column };
          value = '';
          if (token.selfClosing) cell = null;
          break;
        }
        case 'v':
          inValue = !!cell && !token.selfClosing;
          break;
        case 'is':
          inInline = !!cell && !token.selfClosing;
          break;
        case 'rPh':
          inPhonetic = !token.selfClosing;
          break;
        case 't':
          inValue = inInline && !inPhonetic && !token.selfClosing;
          break;
      }
    } else if (token.type === 'close') {
      switch (token.name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          if (cells && cell) {
            const text = cellValue(cell, value, shared, dates, date1904);
            if (text.length > limits.cellChars) throw new XlsxProblem(`Row ${rowNumber} of the XLSX sheet has a cell longer than ${limits.cellChars} characters: refused.`);
            while (cells.length < cell.column - 1) cells.push('');
            cells[cell.column - 1] = text;
          }
          cell = null;
          break;
        case 'row':
          if (cells && cells.some((c) => c !== '')) yield { row: rowNumber, cells };
          cells = null;
          break;
        case 'sheetData':
          return;
      }
    } else if (inValue && cell) {
      value += token.text;
      if (value.length > limits.cellChars) throw new XlsxProblem(`Row ${rowNumber} of the XLSX sheet has a cell longer than ${limits.cellChars} characters: refused.`);
    }
  }
}

function cellValue(cell: { type: string; style: number }, value: string, shared: string[], dates: Set<number>, date1904: boolean): string {
  switch (cell.type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index) && index >= 0 && index < shared.length ? shared[index].trim() : '';
    }
    case 'inlineStr':
    case 'str':
      return value.trim();
    case 'b':
      return value.trim() === '1' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return value.trim().slice(0, 10);
    default: {
      const text = value.trim();
      if (text === '') return '';
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return dates.has(cell.style) ? serialDay(number, date1904) : String(number);
    }
  }
}
