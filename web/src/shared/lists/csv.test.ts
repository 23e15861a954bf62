import { describe, expect, it } from 'vitest';
import { csvCell, fetchBounded, toCsv } from './csv';

describe('CSV of a list', () => {
  it('quotes what needs quoting and never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('Ndiaye, Fatou')).toBe('"Ndiaye, Fatou"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(toCsv([{ a: 'Thiès', b: 2 }], [{ header: 'A', value: (r) => r.a }, { header: 'B', value: (r) => r.b }])).toBe('\uFEFFA,B\r\nThiès,2\r\n');
  });

  it('reads pages until the list ends, and stops at the bound saying the export was cut', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => i);
    const asked: [number, number][] = [];
    const page = async (limit: number, offset: number) => {
      asked.push([limit, offset]);
      return { items: rows.slice(offset, offset + limit), page: { total: rows.length } };
    };
    expect(await fetchBounded(page)).toMatchObject({ total: 450, truncated: false });
    expect(asked).toEqual([[200, 0], [200, 200], [200, 400]]);
    const cut = await fetchBounded(page, 300);
    expect(cut.rows).toHaveLength(300);
    expect(cut).toMatchObject({ total: 450, truncated: true });
  });
});
