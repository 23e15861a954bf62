import { buildPdf, pdfText, wrap } from './pdf.js';

describe('the hand-built PDF', () => {
  const pdf = buildPdf('Tracing request TR-1 (urgent)', ['Requested state: RS', 'Serial: ZC-104 522 (partial)', 'Café à Dakar \\ back']);
  const text = pdf.toString('latin1');

  it('has a header, six objects, a cross-reference table whose offsets point at them, and a trailer', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = text.slice(startxref).split('\n').slice(3, 9);
    expect(entries).toHaveLength(6);
    entries.forEach((entry, i) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(text).toContain('trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>');
  });

  it('declares the exact length of its content stream and uses Helvetica', () => {
    const match = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(text)!;
    expect(Buffer.byteLength(match[2], 'latin1')).toBe(Number(match[1]));
    expect(match[2]).toContain('(Serial: ZC-104 522 \\(partial\\)) Tj T*');
    expect(text).toContain('/BaseFont /Helvetica');
    expect(text).toContain('/Count 1');
  });

  it('escapes delimiters, strips accents and wraps long lines', () => {
    expect(pdfText('Café (à) \\ Ж')).toBe('Cafe \\(a\\) \\\\ ?');
    const lines = wrap('word '.repeat(40).trim(), 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('word '.repeat(40).trim());
  });
});
