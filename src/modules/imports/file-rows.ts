import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';
import { csvRecords } from './csv-records.js';
import { identifyFile } from './file-kind.js';
import { ImportFileProblem } from './import-kind.js';
import { xlsxRows, type XlsxLimits } from './xlsx-rows.js';

export type FileFormat = 'csv' | 'xlsx';
export type FileEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

export type FileRow = { row: number; cells: string[] } | { row: number; error: string };

export interface OpenedFile {
  format: FileFormat;
  encoding: FileEncoding | null;
  headers: string[];
  /** Data rows after the header, numbered as a spreadsheet shows them (header = 1). */
  rows: AsyncGenerator<FileRow>;
  /** Bytes of the file consumed so far: progress without counting rows first. */
  bytesRead: () => number;
  size: number;
  /** Stops reading before the end (a preview reads a few rows): the file is closed. */
  close: () => Promise<void>;
}

/** XLSX workbooks by their content; other text is read as delimited text; anything else is refused. */
async function sniff(path: string): Promise<{ format: FileFormat; encoding: FileEncoding | null; bomLength: number }> {
  const identity = await identifyFile(path);
  if ('refused' in identity) throw new ImportFileProblem(`The file is ${identity.refused}, not a CSV or XLSX file.`);
  if (identity.format === 'xlsx') return { format: 'xlsx', encoding: null, bomLength: 0 };
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    const head = sample.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { format: 'csv', encoding: 'utf-8', bomLength: 3 };
    if (head[0] === 0xff && head[1] === 0xfe) return { format: 'csv', encoding: 'utf-16le', bomLength: 2 };
    // Valid UTF-8 (allowing a sequence cut at the sample's end) is UTF-8; anything
    // else is taken as Windows-1252, the superset of Latin-1 that registers export.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytesRead === sample.length ? trimPartial(head) : head);
      return { format: 'csv', encoding: 'utf-8', bomLength: 0 };
    } catch {
      return { format: 'csv', encoding: 'windows-1252', bomLength: 0 };
    }
  } finally {
    await handle.close();
  }
}

function trimPartial(buffer: Buffer): Buffer {
  let end = buffer.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = buffer[end - back];
    if ((byte & 0xc0) === 0xc0) return buffer.subarray(0, end - back);
    if ((byte & 0x80) === 0) break;
  }
  return buffer;
}

function counting(counter: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      done(null, chunk);
    },
  });
}

/** Opens a CSV (any of the encodings above, `,` `;` or tab) or the first sheet of an XLSX file. */
export async function openFile(path: string, xlsxLimits?: XlsxLimits): Promise<OpenedFile> {
  const { size } = await stat(path);
  const { format, encoding, bomLength } = await sniff(path);

  if (format === 'xlsx') {
    // Read as a bounded stream of its own (see xlsx-rows.ts): a workbook's parts are not read in file order.
    const sheet = await xlsxRows(path, xlsxLimits);
    const first = await sheet.rows.next();
    const headers = first.done ? [] : first.value.cells;
    return { format, encoding, headers, size: sheet.size, bytesRead: sheet.bytesRead, rows: sheet.rows, close: async () => void (await sheet.rows.return(undefined)) };
  }

  const counter = { bytes: 0 };
  const stream = createReadStream(path, { start: bomLength });
  const source = stream.pipe(counting(counter));
  const decoded = source.pipe(iconv.decodeStream(encoding!));
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  const records = csvRecords(lines);
  const first = await records.next();
  const headers = first.done || 'error' in first.value ? [] : first.value.fields.map((h) => h.trim());
  async function* rows(): AsyncGenerator<FileRow> {
    for await (const record of records) yield 'error' in record ? { row: record.line, error: record.error } : { row: record.line, cells: record.fields };
  }
  const close = async () => {
    lines.close();
    stream.destroy();
  };
  return { format, encoding, headers, size, bytesRead: () => counter.bytes, rows: rows(), close };
}
