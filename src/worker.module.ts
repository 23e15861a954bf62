import { Inject, Logger, Module, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ClockModule } from './common/clock/clock.module.js';
import { DatabaseModule } from './common/database/database.module.js';
import { loggerParams } from './common/http/logging.js';
import { QUEUE_CONNECTION } from './common/queue/job-queue.js';
import { QueueModule } from './common/queue/queue.module.js';
import { QueueWorkers } from './common/queue/queue-workers.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuditVerificationService } from './modules/audit/audit-verification.service.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { ImportRunner } from './modules/imports/import-runner.js';
import { ImportSweep } from './modules/imports/import-sweep.js';

/** The worker process: BullMQ processors over the same domain modules as the API. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => loggerParams(config.LOG_LEVEL) }),
    DatabaseModule,
    QueueModule,
    ClockModule,
    AuditModule,
    ImportsModule,
  ],
})
export class WorkerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerModule');
  private readonly workers: QueueWorkers;

  constructor(
    @Inject(QUEUE_CONNECTION) connection: Redis,
    config: AppConfig,
    auditVerifications: AuditVerificationService,
    imports: ImportRunner,
    private readonly sweep: ImportSweep,
  ) {
    this.workers = new QueueWorkers(
      {
        'audit.verify': (job) => auditVerifications.run(job),
        'import.run': (job) => imports.run(job.data.importId, (progress) => job.updateProgress({ ...progress })),
      },
      () => connection.duplicate({ maxRetriesPerRequest: null }),
      config.QUEUE_PREFIX,
      config.JOB_LOCK_MS,
    );
  }

  onApplicationBootstrap(): void {
    this.workers.start();
    this.sweep.start();
  }

  /** SIGTERM: stop taking jobs and finish the ones in flight while the database is still open. */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    await this.sweep.stop();
    await this.workers.close();
    this.logger.log(`queues closed on ${signal ?? 'shutdown'}: no job in flight`);
  }
}
