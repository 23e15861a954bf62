import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { JobQueue } from '../../common/queue/job-queue.js';
import type { JobPayloads } from '../../common/queue/queues.js';
import { PermanentJobFailure } from '../../common/queue/queue-workers.js';
import { AuditVerification } from './audit-verification.entity.js';
import { AuditService, type VerificationReport } from './audit.service.js';
import { readCheckpoints } from './checkpoints.js';
import { CheckpointStore } from './checkpoint-store.js';

/** Full-trail verification runs in the worker: at national scale it takes minutes. */
@Injectable()
export class AuditVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly store: CheckpointStore,
  ) {}

  /** Every chain, and the sealed log against the registry's own checkpoints (when it seals). */
  async verifyAgainstOwnCheckpoints(onProgress?: (entriesChecked: number) => Promise<void> | void): Promise<VerificationReport> {
    const keys = this.store.auditKeys();
    const given = keys && this.store.file ? readCheckpoints(this.store.readText(), keys.public) : { checkpoints: [], problems: [] };
    const report = await this.audit.verifyAll(onProgress, given.checkpoints);
    return { ...report, problems: [...given.problems, ...report.problems] };
  }

  async request(): Promise<AuditVerification> {
    const verification = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(AuditVerification, {
        id: randomUUID(),
        requestedBy: RequestContext.current()?.actor?.userId ?? null,
        requestedAt: this.clock.now(),
        status: 'queued',
        startedAt: null,
        finishedAt: null,
        problems: [],
        error: null,
      });
      await manager.insert(AuditVerification, created);
      await this.audit.record(manager, { recordType: 'audit_verification', recordId: created.id, action: 'requested', after: { status: 'queued' } });
      return created;
    });
    await this.jobs.enqueue('audit.verify', { verificationId: verification.id }, `audit-verify-${verification.id}`, { attempts: 1 });
    return verification;
  }

  async get(id: string): Promise<AuditVerification> {
    const found = await this.dataSource.getRepository(AuditVerification).findOneBy({ id });
    if (!found) throw new DomainError('AUDIT_VERIFICATION_NOT_FOUND', `No audit verification ${id}.`);
    return found;
  }

  /** Job handler for `audit.verify`. */
  async run(job: Job<JobPayloads['audit.verify']>): Promise<void> {
    const repository = this.dataSource.getRepository(AuditVerification);
    const { verificationId } = job.data;
    if (!(await repository.existsBy({ id: verificationId }))) throw new PermanentJobFailure(`No audit verification ${verificationId}`);
    await repository.update(verificationId, { status: 'running', startedAt: this.clock.now() });
    try {
      const report = await this.verifyAgainstOwnCheckpoints(async (entriesChecked) => {
        await job.updateProgress({ entriesChecked });
      });
      await repository.update(verificationId, {
        status: 'completed',
        finishedAt: this.clock.now(),
        entriesChecked: String(report.entriesChecked),
        recordsChecked: String(report.recordsChecked),
        problems: report.problems,
      });
    } catch (error) {
      await repository.update(verificationId, { status: 'failed', finishedAt: this.clock.now(), error: (error as Error).message });
      throw error;
    }
  }
}
