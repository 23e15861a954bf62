import { insertFirearmsSql } from '../bench/trace-data.js';
import { vacuumAnalyze } from './support/databases.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * The register's list in the order an officer asks for (issue 15: "server paging and
 * sorting"), at a size where a sort of every matching row would show in the plan.
 */
let registry: TestRegistry;
let token: string;
const ROWS = 5_000;
const auth = () => ({ Authorization: `Bearer ${token}` });

interface PlanNode {
  'Node Type': string;
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

type Item = { id: string; serialNumber: { normalised: string | null }; make: { manufacturerCode: string | null }; createdAt: string };
const page = async (query: string) => {
  const response = await registry.http().get(`/firearms?${query}`).set(auth());
  expect(response.status).toBe(200);
  return response.body.items as Item[];
};
const sorted = <T>(values: T[], compare: (a: T, b: T) => number) => [...values].sort(compare);
const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

describe('the firearms list in the order asked for', () => {
  it('sorts by serial, both ways, and pages on without repeating a record', async () => {
    const first = await page('sort=serial&limit=100');
    const serials = first.map((f) => f.serialNumber.normalised);
    expect(serials).toEqual(sorted(serials, text));
    const second = await page('sort=serial&limit=100&offset=100');
    expect(text(first.at(-1)!.serialNumber.normalised, second[0].serialNumber.normalised)).toBeLessThanOrEqual(0);
    expect(new Set([...first, ...second].map((f) => f.id)).size).toBe(200);

    const reversed = (await page('sort=-serial&limit=100')).map((f) => f.serialNumber.normalised).filter((s) => s !== null);
    expect(reversed).toEqual(sorted(reversed, text).reverse());
  });

  it('sorts by make, and by registration oldest first', async () => {
    const makes = (await page('sort=make&limit=200')).map((f) => f.make.manufacturerCode);
    expect(makes).toEqual(sorted(makes, text));
    expect(new Set(makes).size).toBeGreaterThan(0);
    const oldest = (await page('sort=registered&limit=50')).map((f) => f.createdAt);
    expect(oldest).toEqual(sorted(oldest, (a, b) => Date.parse(a) - Date.parse(b)));
    const newest = (await page('limit=50')).map((f) => f.createdAt);
    expect(newest).toEqual(sorted(newest, (a, b) => Date.parse(b) - Date.parse(a)));
  });

  it('refuses an order it does not offer, naming the field', async () => {
    const response = await registry.http().get('/firearms?sort=owner_name').set(auth());
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'sort' })]));
  });

  it.each([
    ['serial', 'ORDER BY f.serial_normalised, f.id'],
    ['make', 'ORDER BY f.manufacturer_code, f.created_at, f.id'],
    ['make, newest first', 'ORDER BY f.manufacturer_code DESC, f.created_at DESC, f.id DESC'],
  ])('reads a page sorted by %s without sorting the whole register', async (_, tail) => {
    const [row] = await registry.dataSource.query(`EXPLAIN (FORMAT JSON) SELECT id FROM firearm f WHERE f.item_kind = 'firearm' AND f.merged_into_id IS NULL ${tail} LIMIT 50`);
    const types = nodes(row['QUERY PLAN'][0].Plan as PlanNode).map((n) => n['Node Type']);
    expect(types).not.toContain('Sort');
    expect(types.some((t) => t.includes('Index'))).toBe(true);
  });
});
