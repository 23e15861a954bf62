import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import pg from 'pg';
import { AppConfig } from '../src/config/app-config.js';
import { WorkerModule } from '../src/worker.module.js';
import { startRegistry, type TestRegistry, type TestUser } from './support/registry.js';

/** Issue #4: every change leaves one attributable entry; the trail cannot be rewritten unnoticed. */

interface Entry {
  id: string;
  seq: string | null;
  recordType: string;
  recordId: string;
  action: string;
  actor: { userId: string | null; username: string; agencyId: string | null; roles: string[] };
  occurredAt: string;
  requestId: string | null;
  clientAddress: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  hash: string;
  prevHash: string | null;
}

const root = path.resolve(import.meta.dirname, '..');
let registry: TestRegistry;
let admin: TestUser;
let auditor: TestUser;

beforeAll(async () => {
  registry = await startRegistry();
  admin = await registry.as('admin');
  auditor = await registry.as('auditor');
});

afterAll(() => registry?.close());

const bearer = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });
const code = () => `AU-${randomBytes(3).toString('hex').toUpperCase()}`;
const requestId = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;

async function createAgency(name = 'Brigade de recherches'): Promise<string> {
  const response = await registry.http().post('/agencies').set(bearer(admin)).send({ code: code(), name, type: 'gendarmerie', region: 'Kaolack' });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** An agency whose trail holds three entries: created, renamed, renamed again. */
async function agencyWithThreeEntries(): Promise<{ id: string; entries: Entry[] }> {
  const id = await createAgency();
  for (const name of ['Brigade de recherches de Kaolack', 'Brigade de recherches de Kaolack-Nord']) {
    expect((await registry.http().patch(`/agencies/${id}`).set(bearer(admin)).send({ name })).status).toBe(200);
  }
  const trail = await registry.http().get(`/audit/records/agency/${id}`).set(bearer(auditor));
  const entries = (trail.body.items as Entry[]).reverse();
  expect(entries.map((e) => e.action)).toEqual(['created', 'updated', 'updated']);
  return { id, entries };
}

async function counters(): Promise<{ entries: number; lastSeq: string }> {
  const [{ entries }] = await registry.dataSource.query('SELECT count(*)::int AS entries FROM audit_entry');
  const [{ last_seq: lastSeq }] = await registry.dataSource.query('SELECT last_seq FROM audit_counter WHERE id = 1');
  return { entries, lastSeq };
}

/** What an intruder with superuser rights could do: bypass the append-only trigger. */
async function asSuperuser(sql: string, parameters: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: registry.superuserUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const result = await client.query(sql, parameters);
    expect(result.rowCount).toBe(1);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

function verifyRecord(recordType: string, recordId: string) {
  return registry.http().get(`/audit/records/${recordType}/${recordId}/verification`).set(bearer(auditor));
}

/** The CLI as an operator runs it, against this test's database. */
function verifyAuditCli(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/src/cli.js'), 'verify-audit'], {
      env: { PATH: process.env.PATH, TZ: 'UTC', NODE_ENV: 'test', DATABASE_URL: registry.config.DATABASE_URL, REDIS_URL: registry.config.REDIS_URL, JWT_SECRET: registry.config.JWT_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve({ code: exitCode, stdout, stderr });
    });
  });
}

describe('what a change leaves behind', () => {
  it('a refused change leaves no entry', async () => {
    const agencyCode = code();
    expect((await registry.http().post('/agencies').set(bearer(admin)).send({ code: agencyCode, name: 'Douane du port', type: 'customs' })).status).toBe(201);
    const before = await counters();
    const ids = [requestId('taken-code'), requestId('taken-username'), requestId('no-agency'), requestId('last-admin'), requestId('last-admin-disable')];

    const refused = [
      await registry.http().post('/agencies').set(bearer(admin)).set('X-Request-Id', ids[0]).send({ code: agencyCode, name: 'Duplicate', type: 'customs' }),
      await registry.http().post('/users').set(bearer(admin)).set('X-Request-Id', ids[1]).send({ username: admin.username.toUpperCase(), displayName: 'Twin', agencyId: registry.agencyId, roles: ['auditor'], initialPassword: 'Twin-Account-Pass-2026' }),
      await registry.http().post('/users').set(bearer(admin)).set('X-Request-Id', ids[2]).send({ username: `nobody-${randomBytes(3).toString('hex')}`, displayName: 'Nobody', agencyId: '7d3f9a52-2f0e-4b8a-9c7d-1e2f3a4b5c6d', roles: ['auditor'], initialPassword: 'Nobody-Account-Pass-26' }),
      // Refused after the row was locked and read, deep inside the transaction.
      await registry.http().patch(`/users/${admin.id}`).set(bearer(admin)).set('X-Request-Id', ids[3]).send({ displayName: 'Renamed', roles: ['auditor'] }),
      await registry.http().post(`/users/${admin.id}/disable`).set(bearer(admin)).set('X-Request-Id', ids[4]).send({ reason: 'Trying' }),
    ];
    expect(refused.map((r) => r.body.code)).toEqual(['AGENCY_CODE_TAKEN', 'USERNAME_TAKEN', 'AGENCY_NOT_FOUND', 'LAST_ADMIN', 'LAST_ADMIN']);

    expect(await counters()).toEqual(before);
    const [{ count }] = await registry.dataSource.query('SELECT count(*)::int AS count FROM audit_entry WHERE request_id = ANY($1)', [ids]);
    expect(count).toBe(0);
    expect((await registry.http().get(`/users/${admin.id}`).set(bearer(admin))).body.displayName).not.toBe('Renamed');
  });

  it('a successful change leaves exactly one entry: only what changed, who, under which request and from where', async () => {
    const id = await createAgency('Commissariat central');
    const trace = requestId('rename-agency');
    const renamed = await registry.http().patch(`/agencies/${id}`).set(bearer(admin)).set('X-Request-Id', trace).send({ name: 'Commissariat central de Dakar', region: 'Kaolack', type: 'gendarmerie' });
    expect(renamed.status).toBe(200);

    const rows = await registry.dataSource.query('SELECT id FROM audit_entry WHERE request_id = $1', [trace]);
    expect(rows).toHaveLength(1);
    const trail = await registry.http().get(`/audit/records/agency/${id}`).set(bearer(auditor));
    const [updated, created] = trail.body.items as Entry[];
    expect(updated).toMatchObject({
      id: rows[0].id,
      recordType: 'agency',
      recordId: id,
      action: 'updated',
      actor: { userId: admin.id, username: admin.username, agencyId: registry.agencyId, roles: ['admin'] },
      requestId: trace,
      // Region and type were sent unchanged: they are not in the entry.
      before: { name: 'Commissariat central' },
      after: { name: 'Commissariat central de Dakar' },
      prevHash: created.hash,
    });
    expect(updated.clientAddress).toMatch(/127\.0\.0\.1$/);
    expect(updated.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(created).toMatchObject({ action: 'created', after: { code: expect.any(String), name: 'Commissariat central', type: 'gendarmerie', region: 'Kaolack', active: true }, prevHash: null });

    // Without a caller's request id, the entry carries the one the response announced.
    const untraced = await registry.http().patch(`/agencies/${id}`).set(bearer(admin)).send({ active: false });
    const [latest] = (await registry.http().get(`/audit/records/agency/${id}?limit=1`).set(bearer(auditor))).body.items as Entry[];
    expect(latest).toMatchObject({ requestId: untraced.headers['x-request-id'], before: { active: true }, after: { active: false } });

    // A change that changes nothing leaves nothing.
    const before = await counters();
    expect((await registry.http().patch(`/agencies/${id}`).set(bearer(admin)).send({ name: 'Commissariat central de Dakar' })).status).toBe(200);
    expect(await counters()).toEqual(before);
  });

  it('a change of roles is recorded as such, with the roles before and after', async () => {
    const officer = await registry.createUser(['investigator']);
    const response = await registry.http().patch(`/users/${officer.id}`).set(bearer(admin)).send({ roles: ['registry_officer', 'investigator'] });
    expect(response.status).toBe(200);
    const [entry] = (await registry.http().get(`/audit/records/user/${officer.id}?limit=1`).set(bearer(auditor))).body.items as Entry[];
    expect(entry).toMatchObject({ action: 'roles_changed', before: { roles: ['investigator'] }, after: { roles: ['investigator', 'registry_officer'] }, actor: { userId: admin.id } });
  });
});

describe('reading the trail', () => {
  it("a record's trail is newest first and paged", async () => {
    const { id, entries } = await agencyWithThreeEntries();
    const first = await registry.http().get(`/audit/records/agency/${id}?limit=2`).set(bearer(auditor));
    expect(first.status).toBe(200);
    expect(first.body.page).toEqual({ limit: 2, offset: 0, total: 3, totalIsExact: true });
    expect(first.body.items.map((e: Entry) => e.id)).toEqual([entries[2].id, entries[1].id]);
    const second = await registry.http().get(`/audit/records/agency/${id}?limit=2&offset=2`).set(bearer(auditor));
    expect(second.body.items.map((e: Entry) => e.id)).toEqual([entries[0].id]);
    // Not sealed yet (no worker seals this registry): no log position.
    expect([...first.body.items, ...second.body.items].map((e: Entry) => e.seq)).toEqual([null, null, null]);
  });

  it('the search filters by actor, record type, action and time range, newest first', async () => {
    const deputy = await registry.createUser(['admin']);
    const from = new Date();
    const mine = [await createAgency('Police de Ziguinchor'), await createAgency('Police de Kolda')];
    const theirs = (await registry.http().post('/agencies').set(bearer(deputy)).send({ code: code(), name: 'Police de Sédhiou', type: 'police' })).body.id as string;
    expect((await registry.http().patch(`/agencies/${mine[0]}`).set(bearer(admin)).send({ region: 'Casamance' })).status).toBe(200);
    const to = new Date(Date.now() + 1);
    const search = async (query: string) => {
      const response = await registry.http().get(`/audit/entries?${query}`).set(bearer(auditor));
      expect(response.status).toBe(200);
      return response.body as { items: Entry[]; page: { total: number } };
    };
    const window = `from=${from.toISOString()}&to=${to.toISOString()}`;

    const inWindow = await search(window);
    expect(inWindow.items.map((e) => `${e.action} ${e.recordId}`)).toEqual([`updated ${mine[0]}`, `created ${theirs}`, `created ${mine[1]}`, `created ${mine[0]}`]);

    expect((await search(`${window}&actor=${deputy.id}`)).items.map((e) => e.recordId)).toEqual([theirs]);
    expect((await search(`${window}&actor=${admin.id}&action=created`)).items.map((e) => e.recordId)).toEqual([mine[1], mine[0]]);
    expect((await search(`${window}&recordType=agency&action=updated`)).items.map((e) => e.recordId)).toEqual([mine[0]]);
    expect((await search(`${window}&recordType=user`)).page.total).toBe(0);
    expect((await search(`from=${to.toISOString()}&actor=${deputy.id}`)).page.total).toBe(0);
    expect((await search(`to=${from.toISOString()}&actor=${deputy.id}&recordType=agency`)).page.total).toBe(0);
    const paged = await search(`${window}&limit=1&offset=1`);
    expect(paged.page).toEqual({ limit: 1, offset: 1, total: 4, totalIsExact: true });
    expect(paged.items.map((e) => e.recordId)).toEqual([theirs]);

    expect((await registry.http().get('/audit/entries?actor=someone').set(bearer(auditor))).status).toBe(400);
    expect((await registry.http().get('/audit/entries?from=yesterday').set(bearer(auditor))).status).toBe(400);
  });
});

describe('an append-only trail', () => {
  it("refuses the application's own role every way of rewriting the trail: it owns nothing", async () => {
    const [entry] = await registry.dataSource.query('SELECT id FROM audit_entry ORDER BY written DESC LIMIT 1');
    const before = await counters();
    const [{ superuser, owns }] = await registry.dataSource.query(
      `SELECT rolsuper AS superuser, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS owns
         FROM pg_roles r WHERE rolname = current_user`,
    );
    expect({ superuser, owns }).toEqual({ superuser: false, owns: 0 });
    const attempts: [string, RegExp][] = [
      [`UPDATE audit_entry SET reason = 'tidied up' WHERE id = '${entry.id}'`, /permission denied for table audit_entry/],
      [`DELETE FROM audit_entry WHERE id = '${entry.id}'`, /permission denied for table audit_entry/],
      ['TRUNCATE audit_entry', /permission denied for table audit_entry/],
      ['ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete', /must be owner of table audit_entry/],
      ['ALTER TABLE audit_entry DISABLE TRIGGER ALL', /must be owner of table audit_entry/],
      ['DROP TRIGGER tr_audit_entry_no_update_delete ON audit_entry', /must be owner of (table|relation) audit_entry/],
      ['ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL', /must be owner of table audit_entry/],
      ['DROP TABLE audit_entry', /must be owner of table audit_entry/],
      [`CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`, /must be owner of function audit_entry_is_append_only|permission denied for schema public/],
      ['SET session_replication_role = replica', /permission denied to set parameter "session_replication_role"/],
      ['CREATE TABLE audit_copy (id uuid)', /permission denied for schema public/],
    ];
    for (const [sql, refusal] of attempts) await expect(registry.dataSource.query(sql)).rejects.toThrow(refusal);
    expect(await counters()).toEqual(before);
    const [{ reason }] = await registry.dataSource.query('SELECT reason FROM audit_entry WHERE id = $1', [entry.id]);
    expect(reason).not.toBe('tidied up');
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the owner too (the trigger), bar sealing an unsealed entry once', async () => {
    const client = new pg.Client({ connectionString: registry.superuserUrl });
    await client.connect();
    try {
      const [entry] = (await client.query('SELECT id FROM audit_entry ORDER BY written DESC LIMIT 1')).rows;
      await expect(client.query(`UPDATE audit_entry SET reason = 'tidied up' WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(client.query('DELETE FROM audit_entry WHERE id = $1', [entry.id])).rejects.toThrow(/append-only: DELETE refused/);
      await expect(client.query('TRUNCATE audit_entry')).rejects.toThrow(/append-only: TRUNCATE refused/);
    } finally {
      await client.end();
    }
  });
});

describe('tampering by someone who gets past the database', () => {
  let worker: TestingModule;
  let altered: { id: string; entries: Entry[] };
  let removed: { id: string; entries: Entry[] };

  beforeAll(async () => {
    // The real worker process's module, on this test's database and queue prefix.
    worker = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(AppConfig).useValue(registry.config).compile();
    worker.useLogger(false);
    await worker.init();
    altered = await agencyWithThreeEntries();
    removed = await agencyWithThreeEntries();
  });

  afterAll(() => worker?.close());

  async function fullVerification(): Promise<{ status: string; intact: boolean | null; entriesChecked: number; problems: { problem: string; seq: string; entryId: string | null; recordId: string | null }[] }> {
    const requested = await registry.http().post('/audit/verifications').set(bearer(auditor));
    expect(requested.status).toBe(202);
    expect(requested.body).toMatchObject({ status: 'queued', intact: null });
    const deadline = Date.now() + 15_000;
    for (;;) {
      const response = await registry.http().get(`/audit/verifications/${requested.body.id}`).set(bearer(auditor));
      expect(response.status).toBe(200);
      if (response.body.status === 'completed' || response.body.status === 'failed') return response.body;
      if (Date.now() > deadline) throw new Error(`verification still ${response.body.status} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('an untouched trail verifies intact: per record, in the worker and from the CLI', async () => {
    expect((await verifyRecord('agency', altered.id)).body).toEqual({ recordType: 'agency', recordId: altered.id, entriesChecked: 3, intact: true, problem: null });
    const report = await fullVerification();
    expect(report).toMatchObject({ status: 'completed', intact: true, problems: [] });
    expect(report.entriesChecked).toBeGreaterThanOrEqual((await counters()).entries - 1);
    const cli = await verifyAuditCli();
    expect(cli.stderr).not.toMatch(/Start-up failed/);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ problems: [] });
  });

  it('a record that never existed is not verified intact: 404 AUDIT_TRAIL_NOT_FOUND', async () => {
    const response = await verifyRecord('firearm', '00000000-0000-4000-8000-00000000dead');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'AUDIT_TRAIL_NOT_FOUND' });
    expect(response.body.intact).toBeUndefined();
  });

  it('an entry whose content was altered is named (content_altered)', async () => {
    const victim = altered.entries[1];
    await asSuperuser(`UPDATE audit_entry SET after = '{"name": "Nothing happened here"}'::jsonb WHERE id = $1`, [victim.id]);
    const response = await verifyRecord('agency', altered.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ intact: false, entriesChecked: 3, problem: { problem: 'content_altered', entryId: victim.id, seq: victim.seq, recordId: altered.id } });
  });

  it('a removed entry breaks the chain at the next one (an unsealed trail has only its chains)', async () => {
    const [, victim, next] = removed.entries;
    await asSuperuser('DELETE FROM audit_entry WHERE id = $1', [victim.id]);
    const response = await verifyRecord('agency', removed.id);
    expect(response.body).toMatchObject({ intact: false, entriesChecked: 2, problem: { problem: 'chain_broken', entryId: next.id, seq: next.seq } });

    const report = await fullVerification();
    expect(report).toMatchObject({ status: 'completed', intact: false });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ problem: 'chain_broken', entryId: next.id }),
        expect.objectContaining({ problem: 'content_altered', entryId: altered.entries[1].id }),
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('the CLI exits 2 on a tampered trail, with the problems in its report', async () => {
    const cli = await verifyAuditCli();
    expect(cli.code).toBe(2);
    const report = JSON.parse(cli.stdout) as { problems: { problem: string }[] };
    expect(report.problems.map((p) => p.problem).sort()).toEqual(['chain_broken', 'content_altered']);
  });
});
