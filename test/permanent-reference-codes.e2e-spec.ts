import pg from 'pg';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * Issue #19: the firearm table no longer pays a per-row foreign-key trigger for its
 * reference codes. The rule holds in the database all the same, for the database's
 * owner too: reference entries cannot be deleted, recoded or truncated, and a firearm
 * naming a code the reference data does not hold is refused, per statement.
 */
let registry: TestRegistry;
let db: pg.Client;

beforeAll(async () => {
  registry = await startRegistry();
  db = new pg.Client({ connectionString: registry.superuserUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await registry?.close();
});

/** A firearm row as the register writes one, with the codes given. */
async function insertFirearms(codes: { category?: string; manufacturer?: string; calibre?: string; country?: string; action?: string }[]): Promise<void> {
  const values = codes.map((_, i) => `(uuidv7(), 'firearm', $${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, 'SN' || md5(random()::text), 'SN', 'SN', 'industrial', 'registered', '${registry.agencyId}', now(), now())`);
  await db.query(
    `INSERT INTO firearm (id, item_kind, category_code, manufacturer_code, calibre_code, country_of_manufacture, action_code, serial_raw, serial_normalised, serial_folded, origin, status, registering_agency_id, created_at, updated_at)
     VALUES ${values.join(', ')}`,
    codes.flatMap((c) => [c.category ?? null, c.manufacturer ?? null, c.calibre ?? null, c.country ?? null, c.action ?? null]),
  );
}

async function someCode(table: string, key = 'code'): Promise<string> {
  const [row] = (await db.query(`SELECT ${key} AS code FROM ${table} ORDER BY ${key} LIMIT 1`)).rows as { code: string }[];
  return row.code;
}

describe('reference codes are permanent', () => {
  it.each([
    ['firearm_category', 'code'],
    ['firearm_action', 'code'],
    ['manufacturer', 'code'],
    ['calibre', 'code'],
    ['country', 'alpha2'],
  ])('%s: an entry cannot be deleted, recoded or truncated, even by the superuser; other columns still change', async (table, key) => {
    const code = await someCode(table, key);
    await expect(db.query(`DELETE FROM ${table} WHERE ${key} = $1`, [code])).rejects.toThrow(/reference entries of .* are permanent/);
    await expect(db.query(`UPDATE ${table} SET ${key} = ${key === 'alpha2' ? `'ZZ'` : `${key} || '_X'`} WHERE ${key} = $1`, [code])).rejects.toThrow(/are permanent/);
    await expect(db.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/are permanent/);
    // Withdrawing (and the seed's upserts) still work: only the key is fixed.
    await db.query(`UPDATE ${table} SET ${key} = ${key} WHERE ${key} = $1`, [code]);
    expect((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${key} = $1`, [code])).rows[0].n).toBe(1);
  });
});

describe('a firearm names only codes the reference data holds', () => {
  it('accepts a batch of firearms with known codes, or only the category', async () => {
    const category = await someCode('firearm_category');
    const manufacturer = await someCode('manufacturer');
    const calibre = await someCode('calibre');
    const action = await someCode('firearm_action');
    await insertFirearms([{ category, manufacturer, calibre, action, country: 'SN' }, { category }]);
  });

  it.each([
    ['category_code', { category: 'NO_SUCH_CATEGORY' }],
    ['manufacturer_code', { manufacturer: 'NO_SUCH_MAKER' }],
    ['calibre_code', { calibre: 'NO_SUCH_CALIBRE' }],
    ['country_of_manufacture', { country: 'QQ' }],
    ['action_code', { action: 'NO_SUCH_ACTION' }],
  ])('refuses a batch in which one row has an unknown %s, naming the column, and writes none of it', async (column, bad) => {
    const category = await someCode('firearm_category');
    const before = (await db.query(`SELECT count(*)::int AS n FROM firearm`)).rows[0].n as number;
    const refusal = await insertFirearms([{ category }, { category, ...bad }]).catch((error: unknown) => error as pg.DatabaseError);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as pg.DatabaseError).code).toBe('23503');
    expect((refusal as pg.DatabaseError).column).toBe(column);
    expect((await db.query(`SELECT count(*)::int AS n FROM firearm`)).rows[0].n).toBe(before);
  });

  it('refuses an update to an unknown code and keeps the firearm as it was', async () => {
    const manufacturer = await someCode('manufacturer');
    const [firearm] = (await db.query(`SELECT id FROM firearm LIMIT 1`)).rows as { id: string }[];
    await expect(db.query(`UPDATE firearm SET manufacturer_code = 'NO_SUCH_MAKER' WHERE id = $1`, [firearm.id])).rejects.toThrow(/firearm.manufacturer_code 'NO_SUCH_MAKER' is not in the reference data/);
    await db.query(`UPDATE firearm SET manufacturer_code = $2 WHERE id = $1`, [firearm.id, manufacturer]);
    expect((await db.query(`SELECT manufacturer_code FROM firearm WHERE id = $1`, [firearm.id])).rows[0].manufacturer_code).toBe(manufacturer);
  });
});
