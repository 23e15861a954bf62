import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import pg from 'pg';
import { AppConfig } from '../src/config/app-config.js';
import { AuditSealer } from '../src/modules/audit/audit-sealer.service.js';
import { hashEntry } from '../src/modules/audit/hash-chain.js';
import { verifyProofBundle } from '../src/modules/audit/proof-bundle.js';
import { WorkerModule } from '../src/worker.module.js';
import { startRegistry, type TestRegistry, type TestUser } from './support/registry.js';

/**
 * Issue #17: the trail holds against the people who run the database. An
 * intruder with the superuser's rights rewrites, removes, reorders or forges
 * entries; each is reported against the signed checkpoints kept outside the
 * database, by the CLI (exit 2) and by the API's full verification, with the
 * first entry affected.
 */

interface Problem {
  problem: string;
  seq: string | null;
  lastSeq?: string;
  entryId: string | null;
}
interface Report {
  problems: Problem[];
  firstAffectedSeq: string | null;
}

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'registry-audit-seal-'));
const keyFile = path.join(dir, 'signing-key.pem');
const publicKeyFile = path.join(dir, 'public-key.pem');
const checkpointFile = path.join(dir, 'checkpoints.jsonl');
const storage = path.join(dir, 'imports');
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
writeFileSync(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));

let registry: TestRegistry;
let worker: TestingModule;
let sealer: AuditSealer;
let admin: TestUser;
let auditor: TestUser;
let officer: TestUser;

beforeAll(async () => {
  registry = await startRegistry({
    AUDIT_SIGNING_KEY_FILE: keyFile,
    AUDIT_CHECKPOINT_FILE: checkpointFile,
    // Small checkpoints, so a rewrite is located within 4 entries; sealing is driven by the test.
    AUDIT_SEAL_BATCH: '4',
    AUDIT_SEAL_INTERVAL_SECONDS: '3600',
    IMPORT_DIR: storage,
  });
  worker = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(AppConfig).useValue(registry.config).compile();
  worker.useLogger(false);
  await worker.init();
  sealer = worker.get(AuditSealer);
  admin = await registry.as('admin');
  auditor = await registry.as('auditor');
  officer = await registry.as('registry_officer');
});

afterAll(async () => {
  await worker?.close();
  await registry?.close();
  rmSync(dir, { recursive: true, force: true });
});

const bearer = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

async function agencyWithEntries(): Promise<{ id: string; entryIds: string[] }> {
  const created = await registry.http().post('/agencies').set(bearer(admin)).send({ code: `SE-${randomBytes(3).toString('hex').toUpperCase()}`, name: 'Brigade mobile', type: 'gendarmerie', region: 'Thiès' });
  expect(created.status).toBe(201);
  for (const name of ['Brigade mobile de Thiès', 'Brigade mobile de Thiès-Est']) {
    expect((await registry.http().patch(`/agencies/${created.body.id}`).set(bearer(admin)).send({ name })).status).toBe(200);
  }
  const rows = (await registry.dataSource.query(`SELECT id FROM audit_entry WHERE record_type = 'agency' AND record_id = $1 ORDER BY written`, [created.body.id])) as { id: string }[];
  return { id: created.body.id, entryIds: rows.map((r) => r.id) };
}

async function sealed(): Promise<{ size: number }> {
  await sealer.seal();
  const latest = await registry.http().get('/audit/checkpoints/latest').set(bearer(auditor));
  expect(latest.status).toBe(200);
  return { size: latest.body.checkpoint.size };
}

async function superuser<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: registry.superuserUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // What a superuser may do: switch the append-only trigger off.
    await client.query('SET LOCAL session_replication_role = replica');
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } finally {
    await client.end();
  }
}

const entryAt = async (seq: number) => (await registry.dataSource.query('SELECT * FROM audit_entry WHERE seq = $1', [seq]))[0];

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/src/cli.js'), 'verify-audit', ...args], {
      env: { PATH: process.env.PATH, TZ: 'UTC', NODE_ENV: 'test', DATABASE_URL: registry.config.DATABASE_URL, REDIS_URL: registry.config.REDIS_URL, JWT_SECRET: registry.config.JWT_SECRET, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What a prosecutor was handed: a copy of the checkpoints, checked with the public key alone. */
async function cliAgainstHandedCheckpoints(file = checkpointFile): Promise<{ code: number | null; report: Report }> {
  const handed = path.join(dir, `handed-${randomBytes(3).toString('hex')}.jsonl`);
  copyFileSync(file, handed);
  const run = await cli(['--checkpoints', handed, '--public-key', publicKeyFile]);
  expect(run.stderr).not.toMatch(/Start-up failed/);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

async function apiVerification(): Promise<Report & { intact: boolean }> {
  const requested = await registry.http().post('/audit/verifications').set(bearer(auditor));
  expect(requested.status).toBe(202);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await registry.http().get(`/audit/verifications/${requested.body.id}`).set(bearer(auditor));
    if (response.body.status === 'completed') return response.body;
    if (response.body.status === 'failed' || Date.now() > deadline) throw new Error(`verification ${response.body.status}: ${response.body.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function expectIntact(): Promise<void> {
  const { code, report } = await cliAgainstHandedCheckpoints();
  expect(report.problems).toEqual([]);
  expect(code).toBe(0);
  expect(await apiVerification()).toMatchObject({ intact: true, problems: [], firstAffectedSeq: null });
}

/** Both verifiers report the drill, with the same first entry affected. */
async function expectDetected(check: (report: Report) => void): Promise<void> {
  const { code, report } = await cliAgainstHandedCheckpoints();
  expect(code).toBe(2);
  check(report);
  const api = await apiVerification();
  expect(api.intact).toBe(false);
  check(api);
  expect(api.firstAffectedSeq).toBe(report.firstAffectedSeq);
}

/** The located checkpoint interval holds the victim, and nothing earlier is blamed. */
const locatedAt = (seq: number) => (report: Report) => {
  const mismatch = report.problems.find((p) => p.problem === 'checkpoint_mismatch')!;
  expect(mismatch).toBeDefined();
  expect(Number(mismatch.seq)).toBeLessThanOrEqual(seq);
  expect(Number(mismatch.lastSeq)).toBeGreaterThanOrEqual(seq);
  expect(seq - Number(mismatch.seq)).toBeLessThan(4);
  expect(Number(report.firstAffectedSeq)).toBe(Number(mismatch.seq));
};

describe('the application role', () => {
  it('connects as a role that is no superuser and owns nothing', async () => {
    const [{ rolsuper, owned }] = await registry.dataSource.query(
      `SELECT rolsuper, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned FROM pg_roles r WHERE rolname = current_user`,
    );
    expect({ rolsuper, owned }).toEqual({ rolsuper: false, owned: 0 });
  });

  it('may set the log position of an unsealed entry once, and nothing else of it', async () => {
    const { entryIds } = await agencyWithEntries();
    const [{ seq }] = await registry.dataSource.query('SELECT seq FROM audit_entry WHERE id = $1', [entryIds[0]]);
    expect(seq).toBeNull();
    await expect(registry.dataSource.query(`UPDATE audit_entry SET action = 'nothing' WHERE id = $1`, [entryIds[0]])).rejects.toThrow(/permission denied/);
    await sealed();
    await expect(registry.dataSource.query(`UPDATE audit_entry SET seq = 999999 WHERE id = $1`, [entryIds[0]])).rejects.toThrow(/append-only: UPDATE refused/);
  });
});

describe('signed checkpoints', () => {
  it('seal every entry in order, each checkpoint consistent with the one before, signed with the served key', async () => {
    await agencyWithEntries();
    const { size } = await sealed();
    const [{ n }] = await registry.dataSource.query('SELECT count(*)::int AS n, count(seq)::int AS sealed FROM audit_entry');
    expect(size).toBe(n);
    const key = await registry.http().get('/audit/checkpoints/public-key').set(bearer(admin));
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(key.body.publicKeyPem).toBe(readFileSync(publicKeyFile, 'utf8'));
    const history = await registry.http().get('/audit/checkpoints?limit=200').set(bearer(auditor));
    expect(history.status).toBe(200);
    const sizes = (history.body.items as { checkpoint: { size: number } }[]).map((c) => c.checkpoint.size);
    expect(sizes[0]).toBe(size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(history.body.items[0].consistency).toMatchObject({ fromSize: sizes[1], proof: expect.any(Array) });
    const lines = readFileSync(checkpointFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(history.body.page.total);
    await expectIntact();
  });

  it('are made on demand through the API, by the worker', async () => {
    await agencyWithEntries();
    const before = (await registry.http().get('/audit/checkpoints/latest').set(bearer(auditor))).body.checkpoint.size;
    expect((await registry.http().post('/audit/checkpoints').set(bearer(auditor))).status).toBe(202);
    const deadline = Date.now() + 15_000;
    let size = before;
    while (size === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      size = (await registry.http().get('/audit/checkpoints/latest').set(bearer(auditor))).body.checkpoint.size;
    }
    expect(size).toBeGreaterThan(before);
    expect((await registry.http().post('/audit/checkpoints').set(bearer(officer))).status).toBe(403);
  });

  it('an untouched trail verifies intact during an import, sealed as it goes', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `person,Diop,Awa ${i},1980-01-01,F,SN,,9 000 ${String(i).padStart(4, '0')},,,,,`);
    const csv = ['Kind,Family name,Given names,Birth date,Sex,Nationality,Document type,Document number,Legal name,Organisation type,Registration number,Country,Holder key', ...rows].join('\n');
    const upload = await registry.http().post('/imports').set(bearer(officer)).field('kind', 'holders').attach('file', Buffer.from(csv), 'holders.csv');
    expect(upload.status).toBe(202);
    let status = 'queued';
    let rounds = 0;
    while (status !== 'completed') {
      await sealer.seal();
      expect((await apiVerification()).problems).toEqual([]);
      status = (await registry.http().get(`/imports/${upload.body.id}`).set(bearer(officer))).body.status;
      expect(['queued', 'running', 'completed']).toContain(status);
      rounds += 1;
    }
    expect(rounds).toBeGreaterThan(0);
    await sealed();
    await expectIntact();
  });
});

describe('tamper drills, as the superuser on the database, against the checkpoints', () => {
  let saved: string;
  let savedCheckpoints: string;
  let size: number;

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await agencyWithEntries();
    size = (await sealed()).size;
    // Entries after the last checkpoint: covered by their chains only.
    await agencyWithEntries();
    [{ saved }] = await registry.dataSource.query(`SELECT json_agg(e)::text AS saved FROM audit_entry e`);
    savedCheckpoints = readFileSync(checkpointFile, 'utf8');
  });

  afterEach(async () => {
    await superuser(async (c) => {
      await c.query('DELETE FROM audit_entry');
      await c.query(`INSERT INTO audit_entry OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::audit_entry, $1::json)`, [saved]);
    });
    writeFileSync(checkpointFile, savedCheckpoints);
  });

  it('an untouched trail verifies intact (no false alarm)', async () => {
    await expectIntact();
  });

  it('an edited payload is named', async () => {
    const victim = size - 6;
    const { id } = await entryAt(victim);
    await superuser((c) => c.query(`UPDATE audit_entry SET after = '{"name": "Nothing happened here"}'::jsonb WHERE id = $1`, [id]));
    await expectDetected((report) => {
      expect(report.problems).toContainEqual(expect.objectContaining({ problem: 'content_altered', entryId: id, seq: String(victim) }));
      expect(report.firstAffectedSeq).toBe(String(victim));
    });
  });

  it('an edited payload with its hash and the later links recomputed is located in its checkpoint interval', async () => {
    // The middle entry of an agency's chain: a new name, another actor; its hash and the next entry's link and hash redone.
    const victim = size - 7;
    const entry = await entryAt(victim);
    const later = (await registry.dataSource.query(`SELECT * FROM audit_entry WHERE record_type = $1 AND record_id = $2 AND written > $3 ORDER BY written`, [entry.record_type, entry.record_id, entry.written])) as Record<string, unknown>[];
    const content = (row: Record<string, any>) => ({
      hashVersion: row.hash_version, seq: row.seq, recordType: row.record_type, recordId: row.record_id, action: row.action, actorUserId: row.actor_user_id, actorUsername: row.actor_username,
      actorAgencyId: row.actor_agency_id, actorRoles: row.actor_roles, occurredAt: new Date(row.occurred_at), requestId: row.request_id, clientAddress: row.client_address,
      before: row.before, after: row.after, reason: row.reason, prevHash: row.prev_hash,
    });
    const forged = { ...entry, after: { name: 'Brigade fantôme' }, actor_username: 'someone.else' };
    let previous = hashEntry(content(forged));
    await superuser(async (c) => {
      await c.query(`UPDATE audit_entry SET after = $2::jsonb, actor_username = $3, hash = $4 WHERE id = $1`, [entry.id, JSON.stringify(forged.after), forged.actor_username, previous]);
      for (const row of later) {
        const relinked = { ...row, prev_hash: previous };
        previous = hashEntry(content(relinked));
        await c.query(`UPDATE audit_entry SET prev_hash = $2, hash = $3 WHERE id = $1`, [row.id, relinked.prev_hash, previous]);
      }
    });
    expect((await registry.http().get(`/audit/records/agency/${entry.record_id}/verification`).set(bearer(auditor))).body.intact).toBe(true);
    await expectDetected((report) => {
      expect(report.problems.map((p) => p.problem)).toEqual(['checkpoint_mismatch']);
      locatedAt(victim)(report);
    });
  });

  it('a deletion in the middle is named by its position', async () => {
    const victim = size - 5;
    await superuser((c) => c.query('DELETE FROM audit_entry WHERE seq = $1', [victim]));
    await expectDetected((report) => {
      expect(report.problems).toContainEqual(expect.objectContaining({ problem: 'entry_missing', seq: String(victim) }));
      expect(report.firstAffectedSeq).toBe(String(victim));
    });
  });

  it('a deletion in the middle with the later positions renumbered to close the gap is located', async () => {
    const victim = size - 9;
    await superuser(async (c) => {
      await c.query('DELETE FROM audit_entry WHERE seq = $1', [victim]);
      await c.query('UPDATE audit_entry SET seq = -(seq - 1) WHERE seq > $1', [victim]);
      await c.query('UPDATE audit_entry SET seq = -seq WHERE seq < 0');
    });
    await expectDetected(locatedAt(victim));
  });

  it('the last five entries deleted and the counter wound back are named', async () => {
    await superuser(async (c) => {
      await c.query('DELETE FROM audit_entry WHERE seq > $1', [size - 5]);
      await c.query('UPDATE audit_counter SET last_seq = last_seq - 5');
    });
    await expectDetected((report) => {
      expect(report.problems).toContainEqual(expect.objectContaining({ problem: 'entry_missing', seq: String(size - 4), lastSeq: String(size) }));
      expect(report.firstAffectedSeq).toBe(String(size - 4));
    });
  });

  it('the last entries deleted and later entries sealed after them are named', async () => {
    await superuser((c) => c.query('DELETE FROM audit_entry WHERE seq > $1', [size - 3]));
    await sealer.seal();
    await expectDetected((report) => {
      expect(report.problems).toContainEqual(expect.objectContaining({ problem: 'entry_missing', seq: String(size - 2) }));
      expect(report.firstAffectedSeq).toBe(String(size - 2));
    });
    // The checkpoints the sealer added meanwhile are dropped with the drill.
  });

  it('two entries swapped are located', async () => {
    const [a, b] = [size - 11, size - 10];
    await superuser(async (c) => {
      await c.query('UPDATE audit_entry SET seq = -1 WHERE seq = $1', [a]);
      await c.query('UPDATE audit_entry SET seq = $1 WHERE seq = $2', [a, b]);
      await c.query('UPDATE audit_entry SET seq = $1 WHERE seq = -1', [b]);
    });
    await expectDetected(locatedAt(a));
  });

  it('a forged entry inserted among the sealed ones is located', async () => {
    const at = size - 8;
    const model = await entryAt(at);
    await superuser(async (c) => {
      await c.query('UPDATE audit_entry SET seq = -(seq + 1) WHERE seq >= $1', [at]);
      await c.query('UPDATE audit_entry SET seq = -seq WHERE seq < 0');
      // A well-made forgery: a new record's first entry, its hash right.
      const forged = { ...model, id: '0f0f0f0f-0000-4000-8000-000000000000', record_id: '0f0f0f0f-0000-4000-8000-000000000001', action: 'created', prev_hash: null, seq: String(at), hash_version: 2 };
      forged.hash = hashEntry({
        hashVersion: 2, seq: null, recordType: forged.record_type, recordId: forged.record_id, action: forged.action, actorUserId: forged.actor_user_id, actorUsername: forged.actor_username,
        actorAgencyId: forged.actor_agency_id, actorRoles: forged.actor_roles, occurredAt: new Date(forged.occurred_at), requestId: forged.request_id, clientAddress: forged.client_address,
        before: forged.before, after: forged.after, reason: forged.reason, prevHash: null,
      });
      await c.query(`INSERT INTO audit_entry OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_record(NULL::audit_entry, $1::json)`, [JSON.stringify({ ...forged, written: Number(model.written) })]);
    });
    await expectDetected(locatedAt(at));
  });

  it('a checkpoint edited in the file, or its signature replaced, is refused', async () => {
    const lines = savedCheckpoints.trim().split('\n');
    const middle = Math.floor(lines.length / 2);
    const edited = JSON.parse(lines[middle]);
    edited.checkpoint.size -= 1;
    const resigned = JSON.parse(lines[middle + 1]);
    const other = generateKeyPairSync('ed25519').privateKey;
    resigned.signature = sign(null, Buffer.from(JSON.stringify(resigned.checkpoint)), other).toString('base64');
    for (const [i, line] of [[middle, edited], [middle + 1, resigned]] as const) {
      const copy = [...lines];
      copy[i] = JSON.stringify(line);
      writeFileSync(checkpointFile, `${copy.join('\n')}\n`);
      const { code, report } = await cliAgainstHandedCheckpoints();
      expect(code).toBe(2);
      expect(report.problems).toEqual([expect.objectContaining({ problem: 'checkpoint_invalid' })]);
      const api = await apiVerification();
      expect(api.intact).toBe(false);
      expect(api.problems).toEqual([expect.objectContaining({ problem: 'checkpoint_invalid' })]);
    }
  });
});

describe('proof for one record', () => {
  it('verifies offline with the public key alone, and fails once any byte of it changes', async () => {
    const { id } = await agencyWithEntries();
    await sealed();
    const response = await registry.http().get(`/audit/records/agency/${id}/proof`).set(bearer(auditor));
    expect(response.status).toBe(200);
    expect(response.body.entries).toHaveLength(3);
    const text = JSON.stringify(response.body);
    const file = path.join(dir, 'proof.json');
    writeFileSync(file, text);
    const ok = await cli(['--proof', file, '--public-key', publicKeyFile]);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, problems: [], entries: 3 });
    expect(ok.code).toBe(0);

    const pem = readFileSync(publicKeyFile, 'utf8');
    expect(verifyProofBundle(text, pem).valid).toBe(true);
    const survivors: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const changed = `${text.slice(0, i)}${text[i] === 'a' ? 'b' : 'a'}${text.slice(i + 1)}`;
      if (verifyProofBundle(changed, pem).valid) survivors.push(i);
    }
    expect(survivors).toEqual([]);
    writeFileSync(file, text.replace('"agency"', '"agencz"'));
    expect((await cli(['--proof', file, '--public-key', publicKeyFile])).code).toBe(2);
    writeFileSync(file, text);
    const otherKey = path.join(dir, 'other-public-key.pem');
    writeFileSync(otherKey, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    expect((await cli(['--proof', file, '--public-key', otherKey])).code).toBe(2);
  });
});

describe('personal data in the trail', () => {
  let holderId: string;

  beforeAll(async () => {
    const created = await registry.http().post('/holders').set(bearer(officer)).send({ kind: 'person', familyName: 'Sène', givenNames: 'Mariama', birthDate: '1988-04-12', idDocumentNumber: 'SN-PRIV-0042' });
    expect(created.status).toBe(201);
    holderId = created.body.id;
    expect((await registry.http().patch(`/holders/${holderId}`).set(bearer(officer)).send({ familyName: 'Sène-Diouf', reason: 'Marriage certificate 2026/118' })).status).toBe(200);
    expect((await registry.http().get('/holders?q=Mariama').set(bearer(officer))).status).toBe(200);
  });

  const auditReads = async () => (await registry.dataSource.query(`SELECT actor_username, action, after FROM audit_entry WHERE record_type = 'audit_read' ORDER BY written`)) as { actor_username: string; action: string; after: Record<string, unknown> }[];

  it('an administrator reads who did what to a person, not who the person is nor what was searched', async () => {
    const before = (await auditReads()).length;
    const trail = await registry.http().get(`/audit/records/holder/${holderId}`).set(bearer(admin));
    expect(trail.status).toBe(200);
    const [corrected, created] = trail.body.items;
    expect(created).toMatchObject({ action: 'created', after: { kind: 'person', familyName: '[redacted]', givenNames: '[redacted]', birthDate: '[redacted]', idDocumentNumber: '[redacted]' } });
    expect(created.redacted).toEqual(expect.arrayContaining(['after.familyName', 'after.givenNames', 'after.birthDate', 'after.idDocumentNumber']));
    expect(corrected).toMatchObject({ action: 'corrected', before: { familyName: '[redacted]' }, after: { familyName: '[redacted]' }, reason: 'Marriage certificate 2026/118', actor: { username: officer.username } });
    expect(JSON.stringify(trail.body)).not.toMatch(/Mariama|Sène|SN-PRIV-0042|1988-04-12/);

    const searched = await registry.http().get('/audit/entries?recordType=holder_list').set(bearer(admin));
    expect(searched.body.items[0]).toMatchObject({ action: 'listed', after: { criteria: '[redacted]', personIds: expect.any(Array) }, redacted: ['after.criteria'] });
    const listed = await registry.http().get('/audit/entries?recordType=holder').set(bearer(admin));
    expect(JSON.stringify(listed.body)).not.toMatch(/Mariama|Sène|SN-PRIV-0042/);

    const reads = (await auditReads()).slice(before);
    expect(reads.map((r) => [r.actor_username, r.after.route, r.after.redacted])).toEqual([[admin.username, 'trail', true], [admin.username, 'search', true], [admin.username, 'search', true]]);
    expect((await registry.http().get(`/audit/records/holder/${holderId}/proof`).set(bearer(admin))).body.code).toBe('AUDIT_PROOF_PERSONAL_DATA');
  });

  it('an auditor reads the full entries, and each such read is audited', async () => {
    const before = (await auditReads()).length;
    const trail = await registry.http().get(`/audit/records/holder/${holderId}`).set(bearer(auditor));
    expect(trail.body.items[1]).toMatchObject({ action: 'created', after: { familyName: 'Sène', givenNames: 'Mariama', idDocumentNumber: 'SN-PRIV-0042' }, redacted: [] });
    const searched = await registry.http().get('/audit/entries?recordType=holder_list').set(bearer(auditor));
    expect(searched.body.items[0]).toMatchObject({ after: { criteria: { q: 'Mariama' } }, redacted: [] });
    const reads = (await auditReads()).slice(before);
    expect(reads.map((r) => [r.actor_username, r.action, r.after.route, r.after.redacted])).toEqual([
      [auditor.username, 'entries_about_persons_read', 'trail', false],
      [auditor.username, 'entries_about_persons_read', 'search', false],
    ]);
    expect(reads[0].after.records).toEqual([`holder/${holderId}`]);
    await sealed();
    expect((await registry.http().get(`/audit/records/holder/${holderId}/proof`).set(bearer(auditor))).status).toBe(200);
  });

  it('entries about firearms and agencies are not redacted', async () => {
    const agencies = await registry.http().get('/audit/entries?recordType=agency&limit=1').set(bearer(admin));
    expect(agencies.body.items[0].redacted).toEqual([]);
  });
});
