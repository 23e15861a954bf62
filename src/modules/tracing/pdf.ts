/**
 * A minimal, valid PDF (PDF 1.4, text only, as many A4 pages as the lines need),
 * built by hand because no PDF library is installed. The base-14 Helvetica with
 * /WinAnsiEncoding prints Windows-1252, which covers French and Spanish (é, è,
 * ç, ñ, ü, « », €, œ, the typographic quotes and dashes): text is encoded to that
 * code page, and a character outside it prints as "?", visibly, never dropped.
 */
const PAGE = { width: 595, height: 842, margin: 50, fontSize: 10, leading: 13 };
const MAX_CHARS = 95;

/** Unicode → Windows-1252 for the 0x80–0x9F block, where it differs from Latin-1. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};
/** Spaces that Windows-1252 lacks but renders faithfully (French puts a narrow no-break space before « » : ; ? !). */
const SPACES: Record<number, number> = { 0x202f: 0xa0, 0x2007: 0xa0, 0x2009: 0x20, 0x200a: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x09: 0x20 };
const UNKNOWN = 0x3f; // "?"

/** Windows-1252 → Unicode, the inverse (for tests and for reading a PDF back). */
export const CP1252_TO_UNICODE: ReadonlyMap<number, number> = new Map(Object.entries(CP1252_HIGH).map(([u, b]) => [b, Number(u)]));

/** The text as Windows-1252 bytes: composed first (e + U+0301 is é), unmappable characters become "?". */
export function winAnsiBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (CP1252_HIGH[code] !== undefined) bytes.push(CP1252_HIGH[code]);
    else if (SPACES[code] !== undefined) bytes.push(SPACES[code]);
    else bytes.push(UNKNOWN);
  }
  return Buffer.from(bytes);
}

/**
 * A PDF literal string for the WinAnsi font: the delimiters \ ( ) escaped, and every
 * byte outside printable ASCII written as an octal escape, so the content stream
 * stays 7-bit and a line break inside the text cannot be rewritten in transit.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const byte of winAnsiBytes(text)) {
    if (byte === 0x5c || byte === 0x28 || byte === 0x29) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out;
}

/** A document-information string (the title a viewer shows): UTF-16BE with its byte-order mark, as a hex string. */
export function pdfInfoText(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** Long lines wrapped at word boundaries. */
export function wrap(line: string, width = MAX_CHARS): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width) > 0 ? rest.lastIndexOf(' ', width) : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** The body lines of each page (the title heads every page and the footer, title and page i of n, closes it). */
export function paginate(lines: readonly string[]): string[][] {
  const perPage = Math.floor((PAGE.height - 2 * PAGE.margin) / PAGE.leading) - 3;
  const body = lines.flatMap((l) => wrap(l));
  const pages: string[][] = [];
  for (let i = 0; i < body.length; i += perPage) pages.push(body.slice(i, i + perPage));
  return pages.length ? pages : [[]];
}

export function buildPdf(title: string, lines: readonly string[]): Buffer {
  const pages = paginate(lines);
  const top = PAGE.height - PAGE.margin;
  const contents = pages.map((pageLines, i) =>
    [
      'BT',
      `/F1 14 Tf ${PAGE.margin} ${top} Td (${pdfText(title)}) Tj`,
      `/F1 ${PAGE.fontSize} Tf ${PAGE.leading} TL`,
      `0 -${PAGE.leading * 2} Td`,
      ...pageLines.map((l) => `(${pdfText(l)}) Tj T*`),
      'ET',
      'BT',
      `/F1 8 Tf ${PAGE.margin} ${PAGE.margin - 20} Td (${pdfText(`${title} - page ${i + 1} of ${pages.length}`)}) Tj`,
      'ET',
    ].join('\n'),
  );

  // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content stream per page.
  const pageObject = (i: number) => 5 + 2 * i;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObject(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfInfoText(title)} /Producer (firearms-registry) >>`,
    ...contents.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject(i) + 1} 0 R >>`,
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ]),
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
