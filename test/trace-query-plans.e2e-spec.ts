import { insertFirearmsSql, insertImportMarkingsSql } from '../bench/trace-data.js';
import { foldSerial, normaliseSerial, parseSerialQuery } from '../src/modules/markings/serial.js';
import { buildTraceQuery, type SerialSearchMode, type TraceCriteria } from '../src/modules/markings/trace-query.js';
import { vacuumAnalyze } from './support/databases.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * The trace search must not read the whole register for an ordinary serial query.
 * With 20,000 synthetic firearms (and import markings on a third of them) loaded
 * and vacuumed, the planner must choose the serial and marking indexes by itself:
 * enable_seqscan stays on.
 */
let registry: TestRegistry;
const ROWS = 20000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

const none: TraceCriteria = { serial: null, make: null, model: null, calibre: null, category: null, countryOfManufacture: null, importCountry: null, importYear: null, yearFrom: null, yearTo: null };

async function planOf(criteria: Partial<TraceCriteria>, mode: SerialSearchMode | null): Promise<PlanNode[]> {
  const { sql, parameters } = buildTraceQuery({ ...none, ...criteria }, { limit: 20, offset: 0 }, mode);
  const [row] = await registry.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
}

/** The plan PostgreSQL may keep for any values once a prepared statement has run five times. */
async function genericPlanOf(criteria: Partial<TraceCriteria>, mode: SerialSearchMode): Promise<PlanNode[]> {
  const { sql, stablePlan } = buildTraceQuery({ ...none, ...criteria }, { limit: 20, offset: 0 }, mode);
  expect(stablePlan).toBe(true);
  const [row] = await registry.dataSource.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${sql}`);
  return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
}

const seqScans = (plan: PlanNode[]) => plan.filter((n) => n['Node Type'] === 'Seq Scan' && ['firearm', 'marking'].includes(n['Relation Name'] ?? '')).map((n) => n['Relation Name']);
const indexes = (plan: PlanNode[]) => [...new Set(plan.map((n) => n['Index Name']).filter(Boolean))].sort();

let sample: { serial_raw: string; serial_normalised: string }[];

beforeAll(async () => {
  registry = await startRegistry();
  const started = new Date(Date.now() - 60_000);
  await registry.dataSource.query(insertFirearmsSql(), [1, ROWS, registry.agencyId]);
  await registry.dataSource.query(insertImportMarkingsSql(), [started]);
  // VACUUM, not only ANALYZE: a bulk load leaves rows in the GIN pending lists, which the
  // planner rightly costs as a scan; autovacuum merges them on a live register, and a bulk
  // import should end the same way. enable_seqscan stays on.
  await vacuumAnalyze(registry.superuserUrl, 'firearm', 'marking');
  sample = await registry.dataSource.query(`SELECT serial_raw, serial_normalised FROM firearm WHERE manufacturer_code IN ('glock', 'zastava', 'beretta') ORDER BY id LIMIT 3`);
}, 120_000);

afterAll(() => registry?.close());

describe('trace search query plans at 20,000 firearms', () => {
  it('loaded the synthetic register', async () => {
    const [{ firearms, markings }] = await registry.dataSource.query(`SELECT (SELECT count(*)::int FROM firearm) AS firearms, (SELECT count(*)::int FROM marking) AS markings`);
    expect(firearms).toBe(ROWS);
    expect(markings).toBeGreaterThan(ROWS / 4);
    const [{ setting }] = await registry.dataSource.query(`SELECT setting FROM pg_settings WHERE name = 'enable_seqscan'`);
    expect(setting).toBe('on');
  });

  it('derived the same serial keys in SQL as normaliseSerial and foldSerial do', async () => {
    const rows: { serial_raw: string; serial_normalised: string; serial_folded: string }[] = await registry.dataSource.query(`SELECT serial_raw, serial_normalised, serial_folded FROM firearm ORDER BY id LIMIT 500`);
    expect(rows.filter((r) => normaliseSerial(r.serial_raw) !== r.serial_normalised || foldSerial(r.serial_raw) !== r.serial_folded)).toEqual([]);
  });

  it('exact mode: btree lookups only (serial, folded serial, marking text), no trigram index, no sequential scan', async () => {
    const plan = await planOf({ serial: parseSerialQuery(sample[0].serial_raw) }, 'exact');
    expect(seqScans(plan)).toEqual([]);
    expect(indexes(plan)).toEqual(expect.arrayContaining(['firearm_pkey', 'ix_firearm_serial_folded', 'ix_firearm_serial_make', 'ix_marking_text_folded']));
    expect(indexes(plan).filter((name) => name?.endsWith('_trgm'))).toEqual([]);
  });

  it('exact mode runs prepared: its generic plan (any values) uses the same btree lookups, no sequential scan', async () => {
    for (const criteria of [{ serial: parseSerialQuery(sample[0].serial_raw) }, { serial: parseSerialQuery(sample[1].serial_raw), make: { text: 'Zastava', code: 'zastava' }, model: 'M70', importCountry: 'SN', yearFrom: 1980 }]) {
      const plan = await genericPlanOf(criteria, 'exact');
      expect(seqScans(plan)).toEqual([]);
      expect(indexes(plan)).toEqual(expect.arrayContaining(['firearm_pkey', 'ix_firearm_serial_folded', 'ix_firearm_serial_make', 'ix_marking_text_folded']));
    }
  });

  it('exact mode with a make alias and an import marking: still no sequential scan', async () => {
    const plan = await planOf({ serial: parseSerialQuery(sample[1].serial_raw), make: { text: 'Zastava', code: 'zastava' }, importCountry: 'SN' }, 'exact');
    expect(seqScans(plan)).toEqual([]);
  });

  it('exact mode, folded serial (typed with O for 0 and I for 1): no sequential scan', async () => {
    const typed = sample[2].serial_normalised.replaceAll('0', 'O').replaceAll('1', 'I');
    const plan = await planOf({ serial: parseSerialQuery(typed) }, 'exact');
    expect(seqScans(plan)).toEqual([]);
    expect(indexes(plan)).toEqual(expect.arrayContaining(['ix_firearm_serial_folded', 'ix_marking_text_folded']));
  });

  it('contains mode (asked for, or auto widened): btree and trigram indexes, no sequential scan', async () => {
    const plan = await planOf({ serial: parseSerialQuery(sample[0].serial_raw) }, 'contains');
    expect(seqScans(plan)).toEqual([]);
    expect(indexes(plan)).toEqual(expect.arrayContaining(['ix_firearm_serial_make', 'ix_firearm_serial_folded', 'ix_firearm_serial_trgm', 'ix_marking_text_trgm']));
    const fragment = await planOf({ serial: parseSerialQuery(sample[1].serial_normalised.slice(1, 7)) }, 'contains');
    expect(seqScans(fragment)).toEqual([]);
    expect(seqScans(await planOf({ serial: parseSerialQuery(sample[1].serial_raw), make: { text: 'Zastava', code: 'zastava' }, importCountry: 'SN' }, 'contains'))).toEqual([]);
  });

  it('partial serial with one ground-off character: trigram indexes, no sequential scan', async () => {
    const s = sample[0].serial_normalised;
    const plan = await planOf({ serial: parseSerialQuery(`${s.slice(0, 3)}?${s.slice(4)}`) }, 'pattern');
    expect(seqScans(plan)).toEqual([]);
    expect(indexes(plan)).toEqual(['ix_firearm_serial_trgm', 'ix_marking_text_trgm', 'firearm_pkey'].sort());
  });

  it('partial serial with * and a fragment: no sequential scan', async () => {
    const s = sample[1].serial_normalised;
    expect(seqScans(await planOf({ serial: parseSerialQuery(`*${s.slice(2, 8)}*`) }, 'pattern'))).toEqual([]);
  });
});
