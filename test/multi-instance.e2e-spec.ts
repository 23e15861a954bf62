import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, TEST_PASSWORD, type TestRegistry } from './support/registry.js';
import { freePort, ready, spawnApi, type ApiProcess } from './support/api-process.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

/**
 * More than one machine: two API processes and two workers on one PostgreSQL and one
 * Redis, as behind a load balancer. Sessions live in PostgreSQL, sign-in limits in
 * Redis, jobs in BullMQ: nothing may depend on which process a request reaches.
 */
let registry: TestRegistry;
let apis: ApiProcess[] = [];
let workers: WorkerProcess[] = [];
const storage = mkdtempSync(path.join(tmpdir(), 'registry-multi-'));
const LIMIT = 4;

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  const env = { IMPORT_DIR: storage, SIGN_IN_ATTEMPTS_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'loopback', LOG_LEVEL: 'warn' };
  apis = [spawnApi(registry.config, await freePort(), env), spawnApi(registry.config, await freePort(), env)];
  workers = [spawnWorker(registry.config, { IMPORT_DIR: storage, LOG_LEVEL: 'info' }), spawnWorker(registry.config, { IMPORT_DIR: storage, LOG_LEVEL: 'info' })];
  await Promise.all(apis.map((api) => ready(api)));
}, 120_000);

afterAll(async () => {
  await Promise.all(apis.map((api) => api.stop()));
  for (const worker of workers) if (worker.process.exitCode === null) worker.process.kill('SIGTERM');
  await Promise.all(workers.map((worker) => worker.exited));
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

const call = (api: ApiProcess, route: string, init: RequestInit & { token?: string; from?: string } = {}) => {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.from) headers.set('X-Forwarded-For', init.from);
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  return fetch(`${api.url}/api${route}`, { ...init, headers });
};
const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, any> });
const signIn = (api: ApiProcess, username: string, password: string, from: string) => call(api, '/auth/sign-in', { method: 'POST', body: JSON.stringify({ username, password }), from }).then(json);

describe('two APIs and two workers on one PostgreSQL and one Redis', () => {
  it('a session opened on one API works on the other: refresh there, sign out there, refused everywhere', async () => {
    const user = await registry.createUser(['investigator']);
    const session = await signIn(apis[0], user.username, TEST_PASSWORD, '198.51.100.10');
    expect(session.status).toBe(200);
    expect((await call(apis[1], '/auth/me', { token: session.body.accessToken })).status).toBe(200);

    const rotated = await json(await call(apis[1], '/auth/refresh', { method: 'POST', body: JSON.stringify({ refreshToken: session.body.refreshToken }) }));
    expect(rotated.status).toBe(200);
    expect((await call(apis[0], '/auth/me', { token: rotated.body.accessToken })).status).toBe(200);
    // The spent refresh token, replayed on the other API, ends the session on both.
    expect((await call(apis[0], '/auth/refresh', { method: 'POST', body: JSON.stringify({ refreshToken: session.body.refreshToken }) })).status).toBe(401);
    for (const api of apis) expect((await call(api, '/auth/me', { token: rotated.body.accessToken })).status).toBe(401);
  });

  it('sign-in limits are shared: attempts spread over both APIs count once', async () => {
    const from = '198.51.100.20';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT; attempt++) statuses.push((await signIn(apis[attempt % 2], `nobody.${attempt}`, 'Wrong-Password-123', from)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(401));
    for (const api of apis) {
      const refused = await signIn(api, 'nobody.more', 'Wrong-Password-123', from);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('an import uploaded to one API is processed once, by one of the two workers, and read on the other API', async () => {
    const officer = await registry.as('registry_officer');
    const rows = 400;
    const lines = ['serial,make,model,calibre,category'];
    for (let i = 0; i < rows; i++) lines.push(`MI-${String(i).padStart(5, '0')},Glock,G17,9mm,pistol`);
    const form = new FormData();
    form.set('kind', 'firearms');
    form.set('file', new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }), 'two-workers.csv');
    const queued = await json(await call(apis[0], '/imports', { method: 'POST', body: form, token: officer.token }));
    expect(queued.status).toBe(202);

    const done = await until(async () => {
      const job = await json(await call(apis[1], `/imports/${queued.body.id}`, { token: officer.token }));
      return ['completed', 'failed', 'cancelled'].includes(job.body.status) ? job.body : undefined;
    }, 'the import', 90_000);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: rows, rowsAccepted: rows, rowsRejected: 0 } });

    const [{ n: firearms }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm WHERE serial_raw LIKE 'MI-%'`);
    expect(firearms).toBe(rows);
    // Each firearm written once, with its own audit entries once: no second run of the same rows.
    const [trail] = await registry.dataSource.query(
      `SELECT count(*)::int AS audited, count(*) FILTER (WHERE entries > 1)::int AS twice FROM (
         SELECT f.id, (SELECT count(*) FROM audit_entry a WHERE a.record_type = 'firearm' AND a.record_id = f.id::text) AS entries
         FROM firearm f WHERE f.serial_raw LIKE 'MI-%') per_firearm WHERE entries > 0`,
    );
    expect(trail).toEqual({ audited: rows, twice: 0 });
  });

  it('the audit trail stays intact: one chain, verified by a worker, read on either API', async () => {
    const auditor = await registry.as('auditor');
    const queued = await json(await call(apis[1], '/audit/verifications', { method: 'POST', token: auditor.token }));
    expect(queued.status).toBe(202);
    const done = await until(async () => {
      const run = await json(await call(apis[0], `/audit/verifications/${queued.body.id}`, { token: auditor.token }));
      return run.body.status === 'completed' ? run.body : undefined;
    }, 'the verification', 60_000);
    expect(done).toMatchObject({ intact: true, problems: [] });
    expect(done.entriesChecked).toBeGreaterThan(400);
  });
});
