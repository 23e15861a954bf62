import { buildPdf, CP1252_TO_UNICODE, pdfInfoText, pdfText, winAnsiBytes, wrap } from './pdf.js';

/** Reads the PDF back the way a viewer does: each content stream's literal strings, unescaped, decoded from Windows-1252. */
function readBack(pdf: Buffer): { streams: string[]; pages: string[][] } {
  const text = pdf.toString('latin1');
  const streams = [...text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)].map((m) => {
    expect(Buffer.byteLength(m[2], 'latin1')).toBe(Number(m[1]));
    return m[2];
  });
  const pages = streams.map((stream) => [...stream.matchAll(/\(((?:\\[\s\S]|[^\\)])*)\) Tj/g)].map((m) => decodeLiteral(m[1])));
  return { streams, pages };
}

function decodeLiteral(literal: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    if (literal[i] !== '\\') {
      bytes.push(literal.charCodeAt(i));
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(literal.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += octal[0].length;
    } else {
      bytes.push(literal.charCodeAt(++i));
    }
  }
  return String.fromCodePoint(...bytes.map((b) => CP1252_TO_UNICODE.get(b) ?? b));
}

describe('the hand-built PDF', () => {
  const pdf = buildPdf('Tracing request TR-1 (urgent)', ['Requested state: RS', 'Serial: ZC-104 522 (partial)', 'Café à Dakar \\ back']);
  const text = pdf.toString('latin1');

  it('has a header, a cross-reference table whose offsets point at every object, and a trailer', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const count = Number(/xref\n0 (\d+)\n/.exec(text.slice(startxref))![1]) - 1;
    expect(count).toBe(6);
    const entries = text.slice(startxref).split('\n').slice(3, 3 + count);
    entries.forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(text).toContain(`trailer\n<< /Size ${count + 1} /Root 1 0 R /Info 4 0 R >>`);
  });

  it('uses Helvetica in WinAnsiEncoding and declares the exact length of its content', () => {
    expect(text).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(text).toContain('/Count 1');
    const { pages } = readBack(pdf);
    expect(pages[0]).toEqual(['Tracing request TR-1 (urgent)', 'Requested state: RS', 'Serial: ZC-104 522 (partial)', 'Café à Dakar \\ back', 'Tracing request TR-1 (urgent) - page 1 of 1']);
  });

  it('prints French and Spanish names, places and signs as they are written', () => {
    const lines = [
      'Gendarmerie de Thiès, Sénégal : « arme saisie » près de la gare',
      'Ça coûte 12 € ; l’œuvre du maître armurier — naïve, Noël',
      'Señor Muñoz Núñez, pingüino, ¿dónde? ¡Ya! Cádiz, Peñón',
      'Œ Ÿ š ž ƒ † ‰ ™ “quoted” ‘single’ … • –',
    ];
    const { streams, pages } = readBack(buildPdf('Réponse de traçage RS/2026/771 — Belgrade', lines));
    expect(pages[0]).toEqual(['Réponse de traçage RS/2026/771 — Belgrade', ...lines, 'Réponse de traçage RS/2026/771 — Belgrade - page 1 of 1']);
    // The content is 7-bit: every byte above 0x7e travels as an octal escape.
    for (const stream of streams) expect(/^[\x0a\x20-\x7e]*$/.test(stream)).toBe(true);
    expect(pdfText('é')).toBe('\\351');
    expect(pdfText('€')).toBe('\\200');
  });

  it('composes decomposed accents, keeps French narrow no-break spaces, and degrades the rest visibly to "?"', () => {
    expect([...winAnsiBytes('Se\u0301ne\u0301gal')]).toEqual([...Buffer.from('Sénégal', 'latin1')]);
    expect([...winAnsiBytes('«\u202farme\u202f»')]).toEqual([0xab, 0xa0, 0x61, 0x72, 0x6d, 0x65, 0xa0, 0xbb]);
    expect(winAnsiBytes('Жуков Ş → 中').toString('latin1')).toBe('????? ? ? ?');
    expect(winAnsiBytes('line\nbreak').toString('latin1')).toBe('line?break');
  });

  it('escapes the string delimiters', () => {
    expect(pdfText('Café (à) \\ x')).toBe('Caf\\351 \\(\\340\\) \\\\ x');
    expect(decodeLiteral(pdfText('a) Tj (b'))).toBe('a) Tj (b');
  });

  it('writes the document title in UTF-16 so any script shows in the viewer', () => {
    expect(pdfInfoText('Ré')).toBe('<FEFF005200E9>');
    expect(text).toContain('/Title <FEFF');
  });

  it('flows long content onto further pages, each with the title and "page i of n"', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `Line ${i + 1} — Société Générale d’Armement`);
    const many = buildPdf('Tracing answer RS/2026/771', lines);
    const { pages } = readBack(many);
    expect(pages.length).toBeGreaterThan(2);
    expect(many.toString('latin1')).toContain(`/Count ${pages.length}`);
    pages.forEach((page, i) => {
      expect(page[0]).toBe('Tracing answer RS/2026/771');
      expect(page.at(-1)).toBe(`Tracing answer RS/2026/771 - page ${i + 1} of ${pages.length}`);
    });
    expect(pages.flatMap((p) => p.slice(1, -1))).toEqual(lines);
  });

  it('wraps long lines at word boundaries', () => {
    const lines = wrap('word '.repeat(40).trim(), 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('word '.repeat(40).trim());
  });
});
