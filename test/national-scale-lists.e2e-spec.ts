import pg from 'pg';
import { insertFirearmsSql } from '../bench/trace-data.js';
import { EXACT_TOTAL_LIMIT } from '../src/common/pagination/page.js';
import { vacuumAnalyze } from './support/databases.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * The register's lists at a size where counting and sorting everything would
 * show: 10,500 synthetic firearms, ten times what the lists count exactly.
 */
let registry: TestRegistry;
let token: string;
const ROWS = 10_500;
const auth = () => ({ Authorization: `Bearer ${token}` });

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

beforeAll(async () => {
  registry = await startRegistry();
  token = (await registry.as('registry_officer')).token;
  await registry.dataSource.query(insertFirearmsSql(), [1, ROWS, registry.agencyId]);
  await vacuumAnalyze(registry.superuserUrl, 'firearm');
}, 120_000);

afterAll(() => registry?.close());

describe('totals: exact while cheap, otherwise said to be estimated', () => {
  it('estimates the total of the whole register and says so', async () => {
    const response = await registry.http().get('/firearms?limit=5').set(auth());
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(5);
    expect(response.body.page).toMatchObject({ limit: 5, offset: 0, totalIsExact: false });
    expect(response.body.page.total).toBeGreaterThan(EXACT_TOTAL_LIMIT);
  });

  it('counts a filtered list exactly when it is small', async () => {
    const [{ n }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm WHERE status = 'stolen'`);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(EXACT_TOTAL_LIMIT);
    const response = await registry.http().get('/firearms?status=stolen&limit=10').set(auth());
    expect(response.body.page).toEqual({ limit: 10, offset: 0, total: n, totalIsExact: true });
  });

  it('counts the last page from itself', async () => {
    const [{ n }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm WHERE status = 'lost'`);
    const response = await registry.http().get(`/firearms?status=lost&limit=50&offset=${n - 3}`).set(auth());
    expect(response.body.items).toHaveLength(3);
    expect(response.body.page).toMatchObject({ total: n, totalIsExact: true });
  });
});

describe('a stable order', () => {
  it('pages through rows that share a registration time without repeating or skipping one', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 600; offset += 200) {
      const response = await registry.http().get(`/firearms?category=rifle&limit=200&offset=${offset}`).set(auth());
      for (const item of response.body.items) seen.add(item.id);
    }
    expect(seen.size).toBe(600);
  });

  it('refuses an offset deeper than the lists allow, naming the field', async () => {
    const response = await registry.http().get('/firearms?offset=100000000').set(auth());
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'offset' })]));
  });
});

describe('lists page on an index matching their order', () => {
  const planOf = async (where: string) => {
    const [row] = await registry.dataSource.query(
      `EXPLAIN (FORMAT JSON) SELECT id FROM firearm f WHERE f.item_kind = 'firearm' ${where} ORDER BY f.created_at DESC, f.id DESC LIMIT 50`,
    );
    return nodes(row['QUERY PLAN'][0].Plan as PlanNode);
  };

  // A common value (half the register is pistols) is rightly read off the default
  // order's index and filtered; a rare one (stolen: 2 %) through its own index.
  it.each([
    ['the default list', '', ['ix_firearm_list']],
    ['by a rare status', `AND f.status = 'stolen'`, ['ix_firearm_status']],
    ['by a common category', `AND f.category_code = 'pistol'`, ['ix_firearm_list', 'ix_firearm_category_list']],
    ['by make', `AND f.manufacturer_code = 'glock'`, ['ix_firearm_list', 'ix_firearm_manufacturer']],
    ['by agency', `AND f.registering_agency_id = '${'0'.repeat(8)}-0000-0000-0000-000000000000'`, ['ix_firearm_agency_created']],
  ])('%s: read in order from an index, no sort', async (_, where, candidates) => {
    const plan = await planOf(where);
    expect(plan.map((n) => n['Node Type'])).not.toContain('Sort');
    expect(plan.map((n) => n['Index Name']).filter((name) => name && candidates.includes(name))).not.toHaveLength(0);
  });

  // The list leaves out merged records; the index carries merged_into_id, so a deep
  // page's skipped entries are checked in the index, never read back from the table.
  // The planner picks an index-only scan only when the index holds every column the
  // query reads; heap fetches are not asserted, as they depend on how far vacuum has
  // marked pages all-visible while other tests' transactions run on the same server.
  it('a deep page skips its entries in the index alone, merged records left out', async () => {
    await vacuumAnalyze(registry.superuserUrl, 'firearm');
    const [{ definition }] = await registry.dataSource.query(`SELECT pg_get_indexdef('ix_firearm_list'::regclass) AS definition`);
    expect(definition).toMatch(/INCLUDE \(.*merged_into_id.*\)/);
    const [row] = await registry.dataSource.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT f.id FROM firearm f WHERE f.item_kind = 'firearm' AND f.merged_into_id IS NULL ORDER BY f.created_at DESC, f.id DESC LIMIT 50 OFFSET 2000`,
    );
    const plan = nodes(row['QUERY PLAN'][0].Plan as PlanNode);
    const scan = plan.find((n) => n['Index Name'] === 'ix_firearm_list');
    expect({ scan: scan?.['Node Type'], sorts: plan.filter((n) => n['Node Type'] === 'Sort').length }).toEqual({ scan: 'Index Only Scan', sorts: 0 });
  });
});

describe('overload is refused, not queued', () => {
  it('answers 503 with Retry-After when no connection frees up in time, and serves again after', async () => {
    const small = await startRegistry({ DATABASE_POOL_SIZE: '1', DATABASE_POOL_WAIT_MS: '200' });
    try {
      const officer = await small.as('registry_officer');
      // The pool's only connection is busy for a second.
      const busy = small.dataSource.query('SELECT pg_sleep(1.5)');
      await new Promise((r) => setTimeout(r, 100));
      const refused = await small.http().get('/firearms').set({ Authorization: `Bearer ${officer.token}` });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      await busy;
      const served = await small.http().get('/firearms').set({ Authorization: `Bearer ${officer.token}` });
      expect(served.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe("the audit trail's list pages on an index matching its order", () => {
  beforeAll(async () => {
    // Entries as a busy register leaves them: one every second over the past ~6 hours.
    // As the superuser: the application role may only append through the audit service.
    const superuser = new pg.Client({ connectionString: registry.superuserUrl });
    await superuser.connect();
    await superuser.query(
      `INSERT INTO audit_entry (id, record_type, record_id, action, actor_username, actor_roles, occurred_at, hash)
       SELECT gen_random_uuid(), 'firearm', gen_random_uuid()::text, 'created', 'bench.officer', '{registry_officer}', now() - (i || ' seconds')::interval, repeat('0', 64)
         FROM generate_series(1, 20000) AS i`,
    );
    await superuser.end();
    await vacuumAnalyze(registry.superuserUrl, 'audit_entry');
  }, 120_000);

  it.each([
    ['the newest entries', ''],
    ['a time window', `WHERE e.occurred_at >= now() - interval '3 hours' AND e.occurred_at < now() - interval '2 hours'`],
  ])('%s: read in order from ix_audit_entry_time, no sort', async (_, where) => {
    const [row] = await registry.dataSource.query(`EXPLAIN (FORMAT JSON) SELECT id FROM audit_entry e ${where} ORDER BY e.occurred_at DESC, e.written DESC LIMIT 50`);
    const plan = nodes(row['QUERY PLAN'][0].Plan as PlanNode);
    expect(plan.map((n) => n['Node Type'])).not.toContain('Sort');
    expect(plan.map((n) => n['Index Name'])).toContain('ix_audit_entry_time');
  });

  it('answers newest first, with an estimated total past the exact limit', async () => {
    const auditor = await registry.as('auditor');
    const response = await registry.http().get('/audit/entries?recordType=firearm&limit=20').set({ Authorization: `Bearer ${auditor.token}` });
    expect(response.status).toBe(200);
    const times = (response.body.items as { occurredAt: string }[]).map((e) => Date.parse(e.occurredAt));
    expect(times).toHaveLength(20);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(response.body.page.totalIsExact).toBe(false);
    expect(response.body.page.total).toBeGreaterThan(EXACT_TOTAL_LIMIT);
  });
});
