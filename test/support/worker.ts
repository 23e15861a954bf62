import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { AppConfig } from '../../src/config/app-config.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
  process: ChildProcess;
  log: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The real, built worker process, on a test registry's database and queue prefix. */
export function spawnWorker(config: AppConfig, env: Record<string, string> = {}): WorkerProcess {
  let log = '';
  const child = spawn(process.execPath, [path.join(root, 'dist/src/worker.js')], {
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      JWT_SECRET: config.JWT_SECRET,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      LOG_LEVEL: 'info',
      ...(config.IMPORT_DIR ? { IMPORT_DIR: config.IMPORT_DIR } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  // 'close', not 'exit': it comes once stdout is drained, so the log holds the last lines.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { process: child, log: () => log, exited };
}

/** Polls until the probe returns a value, or fails with the worker's log. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 60_000, worker?: WorkerProcess): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${worker ? `; worker log:\n${worker.log().slice(-4000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
