import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startRegistry, type TestRegistry } from './support/registry.js';

const root = path.resolve(import.meta.dirname, '..');
let registry: TestRegistry;
let worker: ChildProcess;
let workerLog = '';

beforeAll(async () => {
  registry = await startRegistry();
  const { config } = registry;
  // The real worker process, on this test's database and queue prefix.
  worker = spawn(process.execPath, [path.join(root, 'dist/src/worker.js')], {
    env: { PATH: process.env.PATH, TZ: 'UTC', DATABASE_URL: config.DATABASE_URL, REDIS_URL: config.REDIS_URL, JWT_SECRET: config.JWT_SECRET, QUEUE_PREFIX: config.QUEUE_PREFIX, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout!.on('data', (chunk) => (workerLog += chunk));
  worker.stderr!.on('data', (chunk) => (workerLog += chunk));
});

afterAll(async () => {
  if (worker?.exitCode === null) worker.kill('SIGKILL');
  await registry?.close();
});

async function until<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out; worker log:\n${workerLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the worker process', () => {
  it('processes a job the API queued: a full audit verification', async () => {
    const { token } = await registry.as('auditor');
    const queued = await registry.http().post('/audit/verifications').set('Authorization', `Bearer ${token}`);
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe('queued');
    const done = await until(async () => {
      const response = await registry.http().get(`/audit/verifications/${queued.body.id}`).set('Authorization', `Bearer ${token}`);
      return response.body.status === 'completed' ? response.body : undefined;
    });
    expect(done).toMatchObject({ intact: true, problems: [] });
    expect(done.entriesChecked).toBeGreaterThan(0);
  });

  it('stops on SIGTERM after closing its queues', async () => {
    const exited = new Promise<string | null>((resolve) => worker.once('exit', (_code, signal) => resolve(signal)));
    const started = Date.now();
    worker.kill('SIGTERM');
    // Nest closes the application, then re-raises the signal to end the process.
    expect(await exited).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(workerLog).toContain('queues closed on SIGTERM');
  });
});
