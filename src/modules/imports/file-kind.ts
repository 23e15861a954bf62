import { open } from 'node:fs/promises';
import { XlsxProblem, zipEntries } from './xlsx-rows.js';

/**
 * Signatures of the files people send instead of a register: what each is called in the refusal.
 * Two-byte ones (BMP "BM", executables "MZ") are left out: a CSV header may begin so, and those
 * files hold NUL bytes, which text never does.
 */
const SIGNATURES: { bytes: number[]; offset?: number; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'a WebP image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Excel 97-2003 workbook (.xls) or another old Office file: save it as XLSX or CSV' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard archive' },
  { bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257, what: 'a tar archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74], what: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a video or image (ISO media)' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg media file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document: save it as CSV' },
];

export type FileIdentity = { format: 'csv' | 'xlsx' } | { refused: string };

/**
 * What a file is, from its content rather than its name: an XLSX workbook, a
 * text file taken as CSV, or something else named in the refusal (an image, a
 * PDF, another zip, an old .xls…).
 */
export async function identifyFile(path: string): Promise<FileIdentity> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    head = sample.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05)) return identifyZip(path);
  for (const { bytes, offset = 0, what } of SIGNATURES) {
    if (head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b)) return { refused: what };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { format: 'csv' }; // UTF-16 LE text, with its BOM
  // Text may hold a stray control character (a NUL in one row is a row error); binary data is full of them.
  let control = 0;
  for (const byte of head) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  if (control > Math.max(4, head.length / 50)) return { refused: 'a binary file, neither text (CSV) nor an XLSX workbook' };
  if (/^\s*<(\?xml|!doctype html|html)/i.test(head.subarray(0, 512).toString('latin1'))) return { refused: 'an XML or HTML document: save the sheet as CSV or XLSX' };
  return { format: 'csv' };
}

async function identifyZip(path: string): Promise<FileIdentity> {
  try {
    const entries = await zipEntries(path);
    if (entries.has('xl/workbook.xml')) return { format: 'xlsx' };
    if (entries.has('word/document.xml')) return { refused: 'a Word document (.docx)' };
    if (entries.has('ppt/presentation.xml')) return { refused: 'a PowerPoint presentation (.pptx)' };
    if (entries.has('mimetype') && entries.has('content.xml')) return { refused: 'an OpenDocument file (.ods, .odt): save it as XLSX or CSV' };
    return { refused: 'a ZIP archive that is not an XLSX workbook: send the CSV or XLSX file itself' };
  } catch (error) {
    if (error instanceof XlsxProblem) return { refused: `a damaged ZIP archive (${error.message})` };
    throw error;
  }
}
