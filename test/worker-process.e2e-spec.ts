import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

let registry: TestRegistry;
let worker: WorkerProcess;

beforeAll(async () => {
  registry = await startRegistry();
  worker = spawnWorker(registry.config);
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
});

describe('the worker process', () => {
  it('processes a job the API queued: a full audit verification', async () => {
    const { token } = await registry.as('auditor');
    const queued = await registry.http().post('/audit/verifications').set('Authorization', `Bearer ${token}`);
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe('queued');
    const done = await until(
      async () => {
        const response = await registry.http().get(`/audit/verifications/${queued.body.id}`).set('Authorization', `Bearer ${token}`);
        return response.body.status === 'completed' ? response.body : undefined;
      },
      'the verification',
      20_000,
      worker,
    );
    expect(done).toMatchObject({ intact: true, problems: [] });
    expect(done.entriesChecked).toBeGreaterThan(0);
  });

  it('stops on SIGTERM after closing its queues', async () => {
    const started = Date.now();
    worker.process.kill('SIGTERM');
    // Nest closes the application, then re-raises the signal to end the process.
    expect((await worker.exited).signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(worker.log()).toContain('queues closed on SIGTERM');
  });
});
