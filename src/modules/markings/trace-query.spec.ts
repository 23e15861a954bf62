import { parseSerialQuery } from './serial.js';
import { buildTraceQuery, CRITERION_POINTS, SERIAL_POINTS, type TraceCriteria } from './trace-query.js';

const none: TraceCriteria = { serial: null, make: null, model: null, calibre: null, category: null, countryOfManufacture: null, importCountry: null, importYear: null, yearFrom: null, yearTo: null };
const page = { limit: 20, offset: 0 };

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

describe('buildTraceQuery', () => {
  it('binds every value: what the officer typed never reaches the SQL text', () => {
    const { sql, parameters } = buildTraceQuery({ ...none, serial: parseSerialQuery('ZC-104 522'), make: { text: "O'Brien & Sons", code: null }, model: 'M57%' }, page);
    expect(sql).not.toContain('ZC104522');
    expect(sql).not.toContain('Brien');
    expect(parameters).toEqual(expect.arrayContaining(['ZC104522', '2C104522', '%2C104522%', "O'Brien & Sons", '%M57\\%%']));
    expect(sql.match(/\$\d+/g)!.map((p) => Number(p.slice(1))).sort((a, b) => a - b).at(-1)).toBe(parameters.length);
  });

  it('looks up exact and folded serials only when the pattern has no wildcards, and anchors wildcard patterns', () => {
    const plain = buildTraceQuery({ ...none, serial: parseSerialQuery('ZC104522') }, page);
    expect(plain.sql).toMatch(/WHERE serial_normalised = \$\d+/);
    expect(plain.sql).toMatch(/WHERE serial_folded = \$\d+/);
    const wild = buildTraceQuery({ ...none, serial: parseSerialQuery('ZC10?522') }, page);
    expect(wild.sql).not.toMatch(/serial_normalised = \$/);
    expect(wild.sql).not.toMatch(/serial_folded = \$/);
    expect(wild.parameters).toEqual(expect.arrayContaining(['2C10_522', 'ZC10_522', '%2C10_522%']));
  });

  it('filters the register by the criteria when there is no serial', () => {
    const { sql, parameters } = buildTraceQuery({ ...none, make: { text: 'Застава', code: 'zastava' }, importCountry: 'SN', yearFrom: 1980 }, page);
    expect(sql).toContain('FROM firearm f');
    expect(sql).toContain("im.type = 'import'");
    expect(parameters).toEqual(expect.arrayContaining(['Застава', 'zastava', 'SN', 1980]));
  });
});
