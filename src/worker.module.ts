import { Inject, Logger, Module, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ClockModule } from './common/clock/clock.module.js';
import { DatabaseModule } from './common/database/database.module.js';
import { LoggingModule } from './common/logging/logging.module.js';
import { QUEUE_CONNECTION } from './common/queue/job-queue.js';
import { QueueModule } from './common/queue/queue.module.js';
import { QueueWorkers } from './common/queue/queue-workers.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuditVerificationService } from './modules/audit/audit-verification.service.js';
import { AuditSealer } from './modules/audit/audit-sealer.service.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { ImportRunner } from './modules/imports/import-runner.js';
import { ImportSweep } from './modules/imports/import-sweep.js';
import { WorkerHeartbeat } from './modules/health/worker-heartbeat.js';
import { DataSource } from 'typeorm';

/** The worker process: BullMQ processors over the same domain modules as the API. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
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
  private sealing: NodeJS.Timeout | null = null;
  private readonly heartbeat: WorkerHeartbeat | null;

  constructor(
    @Inject(QUEUE_CONNECTION) connection: Redis,
    private readonly config: AppConfig,
    auditVerifications: AuditVerificationService,
    imports: ImportRunner,
    private readonly sweep: ImportSweep,
    private readonly sealer: AuditSealer,
    dataSource: DataSource,
  ) {
    this.workers = new QueueWorkers(
      {
        'audit.verify': (job) => auditVerifications.run(job),
        'audit.seal': async () => void (await sealer.seal()),
        'import.run': (job) => imports.run(job.data.importId, (progress) => job.updateProgress({ ...progress })),
      },
      () => connection.duplicate({ maxRetriesPerRequest: null }),
      config.QUEUE_PREFIX,
      config.JOB_LOCK_MS,
    );
    this.heartbeat = config.WORKER_HEARTBEAT_FILE
      ? new WorkerHeartbeat(config.WORKER_HEARTBEAT_FILE, config.WORKER_HEARTBEAT_SECONDS, { dataSource, redis: connection, queuesRunning: () => this.workers.running() })
      : null;
  }

  onApplicationBootstrap(): void {
    this.workers.start();
    this.sweep.start();
    this.heartbeat?.start();
    // New entries are sealed at most AUDIT_SEAL_INTERVAL_SECONDS after they are written.
    if (this.sealer.enabled) {
      this.sealing = setInterval(() => {
        this.sealer.seal().catch((error: Error) => this.logger.error(`sealing the audit trail failed: ${error.message}`));
      }, this.config.AUDIT_SEAL_INTERVAL_SECONDS * 1000);
    } else {
      this.logger.warn('AUDIT_SIGNING_KEY_FILE or AUDIT_CHECKPOINT_FILE is not set: the audit trail is not sealed into signed checkpoints');
    }
  }

  /** SIGTERM: stop taking jobs and finish the ones in flight while the database is still open. */
  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.heartbeat?.stop();
    await this.sweep.stop();
    if (this.sealing) clearInterval(this.sealing);
    await this.workers.close();
    if (this.sealer.enabled) await this.sealer.seal().catch(() => null);
    this.logger.log(`queues closed on ${signal ?? 'shutdown'}: no job in flight`);
  }
}
