import { renameSync, writeFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

export interface Heartbeat {
  at: string;
  pid: number;
}

/**
 * The worker's sign of life for its container's health check: every interval it asks
 * PostgreSQL and Redis to answer and its queue workers whether they run, and only then
 * writes the time to a file. A worker stuck on a lost database or a closed queue stops
 * writing, and `worker-health` (which reads the file) fails three intervals later.
 */
export class WorkerHeartbeat {
  private readonly logger = new Logger('WorkerHeartbeat');
  private timer: NodeJS.Timeout | null = null;
  private failing = false;

  constructor(
    private readonly file: string,
    private readonly seconds: number,
    private readonly probes: { dataSource: DataSource; redis: Redis; queuesRunning: () => boolean },
  ) {}

  start(): void {
    void this.beat();
    this.timer = setInterval(() => void this.beat(), this.seconds * 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async beat(): Promise<boolean> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${this.seconds} s`)), this.seconds * 1000).unref());
    try {
      if (!this.probes.queuesRunning()) throw new Error('the queue workers are not running');
      await Promise.race([Promise.all([this.probes.dataSource.query('SELECT 1'), this.probes.redis.ping()]), timeout]);
    } catch (error) {
      if (!this.failing) this.logger.warn(`no heartbeat: ${(error as Error).message}`);
      this.failing = true;
      return false;
    }
    if (this.failing) this.logger.log('heartbeat resumed');
    this.failing = false;
    // Written aside and renamed, so the health check never reads half a file.
    const beat: Heartbeat = { at: new Date().toISOString(), pid: process.pid };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(beat));
    renameSync(`${this.file}.tmp`, this.file);
    return true;
  }
}

/** Health-check verdict on a heartbeat file's content: fresh when younger than three intervals. */
export function heartbeatVerdict(content: string | null, seconds: number, now = Date.now()): { healthy: boolean; reason: string } {
  if (content === null) return { healthy: false, reason: 'no heartbeat written yet' };
  let at: number;
  try {
    at = Date.parse((JSON.parse(content) as Heartbeat).at);
  } catch {
    return { healthy: false, reason: 'the heartbeat file is not readable JSON' };
  }
  if (!Number.isFinite(at)) return { healthy: false, reason: 'the heartbeat has no time' };
  const age = (now - at) / 1000;
  return age <= seconds * 3 ? { healthy: true, reason: `last heartbeat ${age.toFixed(0)} s ago` } : { healthy: false, reason: `last heartbeat ${age.toFixed(0)} s ago (more than ${seconds * 3} s)` };
}
