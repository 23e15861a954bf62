import { Logger } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { RequestContext, SYSTEM_ACTOR } from '../context/request-context.js';
import { QUEUE_NAMES, QUEUE_OF, type JobName, type JobPayloads, type QueueName } from './queues.js';

export type JobHandlers = { [N in JobName]: (job: Job<JobPayloads[N]>) => Promise<unknown> };

/** Raised by a handler for a failure that retrying cannot fix (bad payload, missing record). */
export class PermanentJobFailure extends UnrecoverableError {}

/**
 * One BullMQ worker per queue, dispatching on job.name. Closing waits for the
 * jobs in flight, so SIGTERM finishes (or, past BullMQ's lock, releases) them.
 */
export class QueueWorkers {
  private readonly logger = new Logger('QueueWorkers');
  private readonly workers: Worker[] = [];
  /** BullMQ closes only the connections it creates; the ones handed to it are ours to close. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly handlers: JobHandlers,
    private readonly connection: () => Redis,
    private readonly prefix: string,
    private readonly lockDuration = 30_000,
  ) {
    const missing = (Object.keys(QUEUE_OF) as JobName[]).filter((name) => typeof handlers[name] !== 'function');
    if (missing.length > 0) throw new Error(`No job handler for: ${missing.join(', ')}`);
  }

  start(concurrency = 2): void {
    for (const queue of QUEUE_NAMES) {
      const connection = this.connection();
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.dispatch(queue, job), {
        connection,
        prefix: this.prefix,
        concurrency,
        autorun: true,
        // A killed worker's job is taken over once its lock lapses; long imports may stall more than once.
        lockDuration: this.lockDuration,
        stalledInterval: this.lockDuration,
        maxStalledCount: 10,
      });
      worker.on('failed', (job, error) => this.logger.warn({ jobId: job?.id, job: job?.name, err: error }, 'job failed'));
      worker.on('error', (error) => this.logger.error({ err: error }, 'worker error'));
      this.workers.push(worker);
    }
    this.logger.log(`processing queues: ${QUEUE_NAMES.join(', ')}`);
  }

  /** Every queue has a worker taking jobs (for the heartbeat). */
  running(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private dispatch(queue: QueueName, job: Job): Promise<unknown> {
    const name = job.name as JobName;
    if (QUEUE_OF[name] !== queue) throw new PermanentJobFailure(`Job "${job.name}" does not belong on queue "${queue}"`);
    const handler = this.handlers[name] as (job: Job) => Promise<unknown>;
    return RequestContext.run({ requestId: `job-${job.id}`, clientAddress: null, actor: SYSTEM_ACTOR }, () => handler(job));
  }
}
