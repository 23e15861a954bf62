/**
 * A minimal, valid single-page PDF (PDF 1.4, Helvetica, text only), built by hand
 * because no PDF library is installed. Enough for a printable request or answer;
 * lines past the page are cut with a note.
 */
const PAGE = { width: 595, height: 842, margin: 50, fontSize: 10, leading: 13 };
const MAX_CHARS = 95;

/** Helvetica with the standard encoding: keep printable ASCII, strip accents, escape the PDF string delimiters. */
export function pdfText(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
  return ascii.replace(/[\\()]/g, (c) => `\\${c}`);
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

export function buildPdf(title: string, lines: readonly string[]): Buffer {
  const capacity = Math.floor((PAGE.height - 2 * PAGE.margin) / PAGE.leading) - 2;
  let body = lines.flatMap((l) => wrap(l));
  if (body.length > capacity) body = [...body.slice(0, capacity - 1), '[... truncated: see the registry for the full record]'];
  const top = PAGE.height - PAGE.margin;
  const content = [
    'BT',
    `/F1 14 Tf ${PAGE.margin} ${top} Td (${pdfText(title)}) Tj`,
    `/F1 ${PAGE.fontSize} Tf ${PAGE.leading} TL`,
    `0 -${PAGE.leading * 2} Td`,
    ...body.map((l) => `(${pdfText(l)}) Tj T*`),
    'ET',
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title (${pdfText(title)}) /Producer (firearms-registry) >>`,
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
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
