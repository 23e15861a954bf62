import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { JobQueue, QUEUE_CONNECTION } from './job-queue.js';
import { createRedis } from './redis.js';

@Global()
@Module({
  providers: [
    {
      provide: QUEUE_CONNECTION,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedis(config.REDIS_URL, config.CONNECT_TIMEOUT_MS, 'queue'),
    },
    JobQueue,
  ],
  exports: [JobQueue, QUEUE_CONNECTION],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_CONNECTION) private readonly connection: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
