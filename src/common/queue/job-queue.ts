import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { QUEUE_NAMES, QUEUE_OF, type JobName, type JobPayloads, type QueueName } from './queues.js';

export const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** Enqueues jobs. Ids are deterministic so a double submit is a no-op. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @Inject(QUEUE_CONNECTION) readonly connection: Redis,
    config: AppConfig,
  ) {
    this.queues = Object.fromEntries(
      QUEUE_NAMES.map((name) => [
        name,
        new Queue(name, {
          connection,
          prefix: config.QUEUE_PREFIX,
          defaultJobOptions: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 2000 },
            removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
            removeOnFail: { age: 30 * 24 * 3600, count: 5000 },
          },
        }),
      ]),
    ) as Record<QueueName, Queue>;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId: string, options: JobsOptions = {}): Promise<void> {
    await this.queues[QUEUE_OF[name]].add(name, payload, { ...options, jobId });
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
