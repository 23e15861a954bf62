import { startRegistry, type TestRegistry } from './support/registry.js';

// Issue 16, item 18: the reference tables are lists like every other: paged, with their
// total, and searchable the way a form completes a field.
let registry: TestRegistry;
let officer: string;

const list = (path: string, query: Record<string, string | number | boolean> = {}) => registry.http().get(path).query(query).set({ Authorization: `Bearer ${officer}` });

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
});

afterAll(() => registry?.close());

describe('reference lists', () => {
  it.each(['/reference/countries', '/reference/categories', '/reference/actions', '/reference/calibres'])('%s pages with limit and offset and counts the whole table', async (path) => {
    const [{ count }] = await registry.dataSource.query(`SELECT count(*)::int AS count FROM ${{ '/reference/countries': 'country', '/reference/categories': 'firearm_category', '/reference/actions': 'firearm_action', '/reference/calibres': 'calibre' }[path]}`);
    const first = await list(path, { limit: 2 });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.page).toEqual({ limit: 2, offset: 0, total: count, totalIsExact: true });
    const second = await list(path, { limit: 2, offset: 2 });
    expect(second.body.items).toHaveLength(Math.min(2, count - 2));
    expect(second.body.items[0]).not.toEqual(first.body.items[0]);
  });

  it('loads all the countries in one page of 500 for a form, in a stable order', async () => {
    const all = await list('/reference/countries', { limit: 500 });
    expect(all.body.items.length).toBe(all.body.page.total);
    expect(all.body.items.length).toBeGreaterThan(200);
  });

  it('finds a country by a name in any language, whatever the accents and case', async () => {
    const ivory = await list('/reference/countries', { q: "cote d'ivoire" });
    expect(ivory.body.items.map((c: { alpha2: string }) => c.alpha2)).toEqual(['CI']);
    const bolivia = await list('/reference/countries', { q: 'BOLIVIE' });
    expect(bolivia.body.items.map((c: { alpha2: string }) => c.alpha2)).toContain('BO');
    expect((await list('/reference/countries', { q: 'SEN' })).body.items.map((c: { alpha2: string }) => c.alpha2)).toContain('SN');
  });

  it('finds a category by an alias a register writes ("pistolet semi-automatique")', async () => {
    const found = await list('/reference/categories', { q: 'pistolet semi-automatique' });
    expect(found.body.items.map((c: { code: string }) => c.code)).toEqual(['pistol']);
  });

  it('finds a calibre by an alias in any spelling, and the alias search stays inside the active filter', async () => {
    const found = await list('/reference/calibres', { q: '9mm Kurz' });
    const codes = found.body.items.map((c: { code: string }) => c.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(found.body.items.every((c: { aliases: string[] }) => c.aliases.length > 0)).toBe(true);
    const withdrawn = await list('/reference/calibres', { q: '9mm Kurz', active: false });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.items).toEqual([]);
  });

  it('treats LIKE wildcards in q as text, not as "everything"', async () => {
    expect((await list('/reference/countries', { q: '%' })).body.items).toEqual([]);
    expect((await list('/reference/calibres', { q: '_' })).body.items).toEqual([]);
    expect((await list('/reference/manufacturers', { q: '%' })).body.items).toEqual([]);
    expect((await list('/reference/manufacturers', { q: 'izhmash' })).body.items.length).toBeGreaterThan(0);
  });

  it('refuses a page larger than 500 and a bad active filter, naming the field', async () => {
    const big = await list('/reference/countries', { limit: 501 });
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.body.errors)).toContain('limit');
    const bad = await list('/reference/categories', { active: 'maybe' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('active');
  });
});
