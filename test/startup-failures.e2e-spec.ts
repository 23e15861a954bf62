import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Runs a built entry point and collects how it ended. */
function runProcess(entry: string, env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/src', entry)], { env: { PATH: process.env.PATH, ...env } as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

/** A port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const good = () => ({
  DATABASE_URL: process.env.DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL,
  JWT_SECRET: 'a-test-secret-that-is-long-enough-1234567890',
  CONNECT_TIMEOUT_MS: '2000',
  PORT: '3999',
});

describe.each(['main.js', 'worker.js'])('%s fails fast with a clear message', (entry) => {
  it('on an invalid environment variable, naming it', async () => {
    const result = await runProcess(entry, { ...good(), PORT: 'not-a-port' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
  });

  it('on a missing required variable, naming it', async () => {
    const result = await runProcess(entry, { ...good(), JWT_SECRET: undefined });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/JWT_SECRET: is required/);
  });

  it('when PostgreSQL cannot be reached', async () => {
    const result = await runProcess(entry, { ...good(), DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${await closedPort()}/registry` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:\d+ \(DATABASE_URL\)/);
    expect(result.ms).toBeLessThan(20_000);
  });

  it('when the read replica cannot be reached, naming DATABASE_READ_URL', async () => {
    const result = await runProcess(entry, { ...good(), DATABASE_READ_URL: `postgres://postgres:postgres@127.0.0.1:${await closedPort()}/registry` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:\d+ \(DATABASE_READ_URL\)/);
  });

  it('when Redis cannot be reached', async () => {
    const result = await runProcess(entry, { ...good(), REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot reach Redis at 127\.0\.0\.1:\d+ \(REDIS_URL\)/);
    expect(result.ms).toBeLessThan(20_000);
  });
});
