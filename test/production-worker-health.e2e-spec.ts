import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

const root = path.resolve(import.meta.dirname, '..');
let registry: TestRegistry;
let worker: WorkerProcess;
const heartbeatFile = path.join(mkdtempSync(path.join(tmpdir(), 'registry-heartbeat-')), 'worker.heartbeat');
const env = { WORKER_HEARTBEAT_FILE: heartbeatFile, WORKER_HEARTBEAT_SECONDS: '1' };

/** The container's health check, exactly as docker-compose.yml runs it. */
const healthCheck = () => spawnSync(process.execPath, [path.join(root, 'dist/src/worker-health.js')], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(async () => {
  if (worker?.process.exitCode === null) {
    worker.process.kill('SIGCONT');
    worker.process.kill('SIGKILL');
  }
  await registry?.close();
});

describe("the worker's health check", () => {
  it('fails before the worker has written a heartbeat', () => {
    const check = healthCheck();
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('no heartbeat written yet');
  });

  it('passes while the worker beats, fails when it stops beating, passes again when it resumes', async () => {
    worker = spawnWorker(registry.config, env);
    await until(async () => (healthCheck().status === 0 ? true : undefined), 'a healthy worker', 30_000, worker);
    expect(healthCheck().stdout).toMatch(/last heartbeat \d+ s ago/);

    // A frozen process (stuck event loop, paused container) writes nothing: three intervals later it is unhealthy.
    worker.process.kill('SIGSTOP');
    const stale = await until(async () => {
      const check = healthCheck();
      return check.status === 1 ? check.stdout : undefined;
    }, 'the health check to fail', 10_000);
    expect(stale).toMatch(/more than 3 s/);

    worker.process.kill('SIGCONT');
    await until(async () => (healthCheck().status === 0 ? true : undefined), 'the worker to beat again', 10_000, worker);
  });

  it('names what is missing when WORKER_HEARTBEAT_FILE is not set', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'dist/src/worker-health.js')], { env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('WORKER_HEARTBEAT_FILE is not set');
  });
});
