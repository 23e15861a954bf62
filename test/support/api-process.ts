import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { AppConfig } from '../../src/config/app-config.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface ApiProcess {
  process: ChildProcess;
  url: string;
  log: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real, built API process (dist/src/main.js) on a test registry's database, Redis and queue prefix. */
export function spawnApi(config: AppConfig, port: number, env: Record<string, string> = {}): ApiProcess {
  let log = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], {
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      JWT_SECRET: config.JWT_SECRET,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...(config.IMPORT_DIR ? { IMPORT_DIR: config.IMPORT_DIR } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Waits until the process answers /api/ready, or fails with its log. */
export async function ready(api: ApiProcess, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (api.process.exitCode !== null) throw new Error(`the API exited with ${api.process.exitCode}:\n${api.log().slice(-3000)}`);
    const ok = await fetch(`${api.url}/api/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the API was not ready within ${ms} ms:\n${api.log().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
