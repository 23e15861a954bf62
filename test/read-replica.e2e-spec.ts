import pg from 'pg';
import { createTestDatabase } from './support/databases.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * DATABASE_READ_URL: lists and trace searches read the replica, everything else the
 * primary. The "replica" here is a second database that replication never fills, so
 * what each request read from shows in its answer.
 */
let registry: TestRegistry;
let replica: Awaited<ReturnType<typeof createTestDatabase>>;
let officer: string;
const auth = () => ({ Authorization: `Bearer ${officer}` });

beforeAll(async () => {
  replica = await createTestDatabase();
  registry = await startRegistry({ DATABASE_READ_URL: replica.url });
  // Signing in reads users and writes a session: both on the primary (the replica has neither).
  officer = (await registry.as('registry_officer')).token;
}, 60_000);

afterAll(async () => {
  await registry?.close();
  await replica?.drop();
});

describe('with a read replica', () => {
  let firearmId: string;

  it('writes, sessions and a record by id go to the primary', async () => {
    const created = await registry.http().post('/firearms').set(auth()).send({ category: 'pistol', make: 'Glock', serialNumber: 'RPL-40417', initialEvent: { type: 'registered', occurredOn: '2024-05-02' } });
    expect(created.status).toBe(201);
    firearmId = created.body.id;
    const record = await registry.http().get(`/firearms/${firearmId}`).set(auth());
    expect({ status: record.status, serial: record.body.serialNumber?.asWritten }).toEqual({ status: 200, serial: 'RPL-40417' });
    const [{ n }] = await registry.dataSource.query('SELECT count(*)::int AS n FROM firearm WHERE id = $1', [firearmId]);
    expect(n).toBe(1);
  });

  it('a list reads the replica, so a record it has not received yet is not listed', async () => {
    const listed = await registry.http().get('/firearms?limit=50').set(auth());
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ items: [], page: { total: 0, totalIsExact: true } });
  });

  it('a trace search reads the replica too, and is still audited on the primary', async () => {
    const searched = await registry.http().post('/trace/search').set(auth()).send({ serial: 'RPL40417' });
    expect(searched.status).toBe(200);
    expect(searched.body.items).toEqual([]);
    const [{ n }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trace_query' AND action = 'searched'`);
    expect(n).toBe(1);
  });

  it('once the replica has the record, the list shows it', async () => {
    // What replication does, row for row: the primary's rows applied on the replica with
    // its triggers and foreign-key checks off (session_replication_role = replica).
    const primary = new pg.Client({ connectionString: registry.superuserUrl });
    const copy = new pg.Client({ connectionString: replica.superuserUrl });
    await Promise.all([primary.connect(), copy.connect()]);
    try {
      await copy.query('SET session_replication_role = replica');
      const copyRow = async (table: string, where: string) => {
        const { rows } = await primary.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${where}`, [firearmId]);
        for (const { row } of rows) await copy.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_record(null::${table}, $1)`, [row]);
      };
      await copyRow('agency', 'id = (SELECT registering_agency_id FROM firearm WHERE id = $1)');
      await copyRow('firearm', 'id = $1');
    } finally {
      await Promise.all([primary.end(), copy.end()]);
    }
    const listed = await registry.http().get('/firearms?limit=50').set(auth());
    expect(listed.body.items.map((f: { id: string }) => f.id)).toEqual([firearmId]);
  });
});
