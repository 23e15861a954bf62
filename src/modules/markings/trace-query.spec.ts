import { parseSerialQuery } from './serial.js';
import { buildTraceQuery, CRITERION_POINTS, runTraceSearch, SERIAL_POINTS, serialSearchStages, type TraceCriteria, type TraceRow } from './trace-query.js';

const none: TraceCriteria = { serial: null, make: null, model: null, calibre: null, category: null, countryOfManufacture: null, importCountry: null, importYear: null, yearFrom: null, yearTo: null };
const page = { limit: 20, offset: 0 };
const plain = { ...none, serial: parseSerialQuery('ZC104522') };

describe('trace ranking', () => {
  it('orders the serial tiers exact > folded > partial > partial folded > marking', () => {
    const tiers = Object.values(SERIAL_POINTS);
    expect(Object.keys(SERIAL_POINTS)).toEqual(['exact_serial', 'folded_serial', 'partial_serial', 'partial_folded_serial', 'marking_text', 'marking_text_folded']);
    expect([...tiers].sort((a, b) => b - a)).toEqual(tiers);
  });

  it('never lets the other criteria lift a candidate above the next serial tier', () => {
    const all = Object.values(CRITERION_POINTS).reduce((a, b) => a + b, 0);
    const tiers = Object.values(SERIAL_POINTS);
    const smallestGap = Math.min(...tiers.slice(1).map((t, i) => tiers[i] - t));
    expect(all).toBeLessThan(smallestGap);
  });
});

describe('serial search stages', () => {
  it('searches a plain serial exactly first, then widens to "contains"; "contains" runs at once; a pattern is a pattern', () => {
    expect(serialSearchStages(parseSerialQuery('ZC104522'), 'auto')).toEqual(['exact', 'contains']);
    expect(serialSearchStages(parseSerialQuery('ZC104522'), 'contains')).toEqual(['contains']);
    expect(serialSearchStages(parseSerialQuery('ZC10?522'), 'auto')).toEqual(['pattern']);
    expect(serialSearchStages(parseSerialQuery('*C1045*'), 'contains')).toEqual(['pattern']);
    // Fewer known characters than a pattern needs: never widened by itself to "contains".
    expect(serialSearchStages(parseSerialQuery('7'), 'auto')).toEqual(['exact']);
    expect(serialSearchStages(parseSerialQuery('7-A'), 'auto')).toEqual(['exact']);
    expect(serialSearchStages(parseSerialQuery('7A1'), 'auto')).toEqual(['exact', 'contains']);
  });
});

describe('buildTraceQuery', () => {
  it('binds every value: what the officer typed never reaches the SQL text', () => {
    const { sql, parameters } = buildTraceQuery({ ...none, serial: parseSerialQuery('ZC-104 522'), make: { text: "O'Brien & Sons", code: null }, model: 'M57%' }, page, 'contains');
    expect(sql).not.toContain('ZC104522');
    expect(sql).not.toContain('Brien');
    expect(parameters).toEqual(expect.arrayContaining(['ZC104522', '2C104522', '%2C104522%', "O'Brien & Sons", '%M57\\%%']));
    expect(sql.match(/\$\d+/g)!.map((p) => Number(p.slice(1))).sort((a, b) => a - b).at(-1)).toBe(parameters.length);
  });

  it('exact mode: only equality on the serial keys and the marking text, no LIKE; the only mode that may run prepared', () => {
    const { sql, parameters, stablePlan } = buildTraceQuery(plain, page, 'exact');
    expect(stablePlan).toBe(true);
    expect(buildTraceQuery(plain, page, 'contains').stablePlan).toBe(false);
    expect(buildTraceQuery({ ...none, serial: parseSerialQuery('ZC10?522') }, page, 'pattern').stablePlan).toBe(false);
    expect(buildTraceQuery({ ...none, category: 'pistol' }, page, null).stablePlan).toBe(false);
    expect(sql).toMatch(/WHERE serial_normalised = \$\d+/);
    expect(sql).toMatch(/WHERE serial_folded = \$\d+/);
    expect(sql).toMatch(/WHERE text_folded = \$\d+/);
    expect(sql).not.toMatch(/LIKE/);
    expect(parameters.filter((p) => typeof p === 'string' && p.includes('%'))).toEqual([]);
  });

  it('contains mode: the exact branches plus substring matches on serials and marking texts', () => {
    const { sql, parameters } = buildTraceQuery(plain, page, 'contains');
    expect(sql).toMatch(/WHERE serial_normalised = \$\d+/);
    expect(sql).toMatch(/WHERE serial_folded = \$\d+/);
    expect(sql).toMatch(/serial_folded LIKE \$\d+ AND serial_folded <> \$\d+/);
    expect(sql).toMatch(/text_folded LIKE \$\d+/);
    expect(parameters).toEqual(expect.arrayContaining(['%2C104522%', '%ZC104522%']));
  });

  it('pattern mode: anchored over the whole serial, any part of a marking; no equality lookups', () => {
    const wild = buildTraceQuery({ ...none, serial: parseSerialQuery('ZC10?522') }, page, 'pattern');
    expect(wild.sql).not.toMatch(/serial_normalised = \$/);
    expect(wild.sql).not.toMatch(/serial_folded = \$/);
    expect(wild.parameters).toEqual(expect.arrayContaining(['2C10_522', 'ZC10_522', '%2C10_522%']));
  });

  it('refuses a mode that does not fit the serial', () => {
    expect(() => buildTraceQuery(plain, page, 'pattern')).toThrow(/plain serial/);
    expect(() => buildTraceQuery({ ...none, serial: parseSerialQuery('ZC10?522') }, page, 'exact')).toThrow(/wildcard pattern/);
    expect(() => buildTraceQuery(plain, page, null)).toThrow(/needs its mode/);
    expect(() => buildTraceQuery({ ...none, category: 'pistol' }, page, 'exact')).toThrow(/no serial search mode/);
  });

  it('filters the register by the criteria when there is no serial', () => {
    const { sql, parameters } = buildTraceQuery({ ...none, make: { text: 'Застава', code: 'zastava' }, importCountry: 'SN', yearFrom: 1980 }, page, null);
    expect(sql).toContain('FROM firearm f');
    expect(sql).toContain("im.type = 'import'");
    expect(parameters).toEqual(expect.arrayContaining(['Застава', 'zastava', 'SN', 1980]));
  });
});

describe('runTraceSearch', () => {
  const candidate = { id: 'f1', total: 1, flagged: 0 } as TraceRow;
  const totalsOnly = (total: number) => ({ id: null, total, flagged: 0 }) as TraceRow;

  /** A fake database that answers each statement by whether it searches by substring. */
  function database(answers: { exact: TraceRow[]; contains: TraceRow[] }) {
    const statements: string[] = [];
    const query = async ({ sql }: { sql: string }) => {
      const widened = /LIKE/.test(sql);
      statements.push(widened ? 'contains' : 'exact');
      return widened ? answers.contains : answers.exact;
    };
    return { query, statements };
  }

  it('auto: an exact hit means no contains search, and says so', async () => {
    const db = database({ exact: [candidate], contains: [candidate] });
    const outcome = await runTraceSearch(db.query, plain, 'auto', page);
    expect(db.statements).toEqual(['exact']);
    expect(outcome).toMatchObject({ total: 1, rows: [candidate], serialSearch: { mode: 'exact', widened: false } });
  });

  it('auto: no exact hit widens to contains', async () => {
    const db = database({ exact: [totalsOnly(0)], contains: [candidate] });
    const outcome = await runTraceSearch(db.query, plain, 'auto', page);
    expect(db.statements).toEqual(['exact', 'contains']);
    expect(outcome).toMatchObject({ total: 1, rows: [candidate], serialSearch: { mode: 'contains', widened: true } });
  });

  it('auto: past the last page of exact hits does not widen (the totals tell "no more" from "nothing")', async () => {
    const db = database({ exact: [totalsOnly(3)], contains: [candidate] });
    const outcome = await runTraceSearch(db.query, plain, 'auto', { limit: 20, offset: 40 });
    expect(db.statements).toEqual(['exact']);
    expect(outcome).toMatchObject({ total: 3, rows: [], serialSearch: { mode: 'exact', widened: false } });
  });

  it('contains runs one statement; nothing found is an empty answer, not widened', async () => {
    const db = database({ exact: [candidate], contains: [totalsOnly(0)] });
    const outcome = await runTraceSearch(db.query, plain, 'contains', page);
    expect(db.statements).toEqual(['contains']);
    expect(outcome).toMatchObject({ total: 0, rows: [], serialSearch: { mode: 'contains', widened: false } });
  });

  it('without a serial: one statement and no serial search', async () => {
    const db = database({ exact: [candidate], contains: [] });
    const outcome = await runTraceSearch(db.query, { ...none, category: 'pistol' }, 'auto', page);
    expect(db.statements).toEqual(['exact']);
    expect(outcome.serialSearch).toBeNull();
  });
});
