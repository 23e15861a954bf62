import { readFileSync } from 'node:fs';
import { heartbeatVerdict } from './modules/health/worker-heartbeat.js';

/**
 * The worker container's health check: `node dist/src/worker-health.js`. Reads the
 * heartbeat the worker writes only after PostgreSQL, Redis and its queues answered
 * (WORKER_HEARTBEAT_FILE); exits 1 when it is missing or three intervals old. Kept
 * free of Nest so that it costs a few milliseconds every interval.
 */
const file = process.env.WORKER_HEARTBEAT_FILE;
if (!file) {
  process.stderr.write('WORKER_HEARTBEAT_FILE is not set: the worker writes no heartbeat to check\n');
  process.exit(1);
}
let content: string | null = null;
try {
  content = readFileSync(file, 'utf8');
} catch {
  content = null;
}
const verdict = heartbeatVerdict(content, Number(process.env.WORKER_HEARTBEAT_SECONDS || 10));
process.stdout.write(`${verdict.reason}\n`);
process.exit(verdict.healthy ? 0 : 1);
