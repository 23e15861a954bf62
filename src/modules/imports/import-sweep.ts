import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext, SYSTEM_ACTOR } from '../../common/context/request-context.js';
import { JobQueue } from '../../common/queue/job-queue.js';
import { AuditService } from '../audit/audit.service.js';
import { ImportRunner } from './import-runner.js';

/** An import the sweep restarted this often without finishing is failed: something keeps stopping it. */
export const MAX_RESUMES = 5;

/** The queue job of an import's n-th run: a new id per resume, since BullMQ ignores an id it already holds (even a failed one). */
export const importJobId = (importId: string, resumeCount: number) => (resumeCount === 0 ? `import-${importId}` : `import-${importId}-resume-${resumeCount}`);

const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Finds imports that no run holds and nothing will run: queued or running,
 * lease lapsed, and their queue job gone, failed or finished (the database
 * restarted under the run, Redis lost the job, the API could not enqueue it).
 * Each is queued again to resume after its last committed chunk, or failed
 * with its reason after MAX_RESUMES. Runs in every worker; SKIP LOCKED keeps
 * two sweeps off the same import.
 */
@Injectable()
export class ImportSweep {
  private readonly logger = new Logger('ImportSweep');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly runner: ImportRunner,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  start(): void {
    const tick = () => {
      this.running ??= this.sweep()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'import sweep skipped'))
        .finally(() => (this.running = null));
    };
    this.timer = setInterval(tick, this.config.IMPORT_SWEEP_MS);
    this.timer.unref();
    setTimeout(tick, 0).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; returns the ids it resumed and failed. */
  async sweep(): Promise<{ resumed: string[]; failed: string[] }> {
    const resumed: string[] = [];
    const failed: string[] = [];
    // Untouched for a lease's length: a just-created import's job is still on its way to the queue.
    const candidates = (await this.dataSource.query(
      `SELECT id, resume_count, error FROM import_job
       WHERE status IN ('queued', 'running') AND (lease_expires_at IS NULL OR lease_expires_at < now()) AND updated_at < $1
       ORDER BY created_at LIMIT 100`,
      [new Date(this.clock.now().getTime() - this.config.JOB_LOCK_MS)],
    )) as { id: string; resume_count: number; error: string | null }[];
    for (const candidate of candidates) {
      const job = await this.jobs.queue('imports').getJob(importJobId(candidate.id, candidate.resume_count));
      if (job && LIVE_STATES.has(await job.getState())) continue;
      const outcome = await RequestContext.run({ requestId: `import-sweep-${candidate.id}`, clientAddress: null, actor: SYSTEM_ACTOR }, () => this.resumeOrFail(candidate.id, candidate.resume_count, candidate.error));
      if (outcome === 'resumed') resumed.push(candidate.id);
      if (outcome === 'failed') failed.push(candidate.id);
    }
    if (resumed.length + failed.length > 0) this.logger.log({ resumed, failed }, 'imports no worker held: resumed or failed');
    return { resumed, failed };
  }

  private async resumeOrFail(importId: string, resumeCount: number, reason: string | null): Promise<'resumed' | 'failed' | null> {
    if (resumeCount >= MAX_RESUMES) {
      await this.runner.finish(importId, null, 'failed', `The import was resumed ${MAX_RESUMES} times and stopped again each time; last reason: ${reason ?? 'its worker stopped'}.`);
      return 'failed';
    }
    // Queued first: when Redis refuses, nothing changes and the next sweep tries again, without counting a resume.
    await this.jobs.enqueue('import.run', { importId }, importJobId(importId, resumeCount + 1), { attempts: 1 });
    return this.dataSource.transaction(async (manager) => {
      const changed = (await manager.query(
        `UPDATE import_job SET resume_count = $2 + 1, status = 'queued', lease_id = NULL, lease_expires_at = NULL, updated_at = $3
         WHERE id = $1 AND resume_count = $2 AND status IN ('queued', 'running') AND (lease_expires_at IS NULL OR lease_expires_at < now())
         RETURNING last_committed_row`,
        [importId, resumeCount, this.clock.now()],
      )) as [{ last_committed_row: number }[], number];
      // Another sweep or a run got there first: the extra job finds the import held or finished, and stops.
      if (changed[1] === 0) return null;
      await this.audit.record(manager, { recordType: 'import', recordId: importId, action: 'resumed', after: { resumeCount: resumeCount + 1, afterRow: changed[0][0].last_committed_row, reason: reason ?? 'no worker held the import' } });
      return 'resumed' as const;
    });
  }
}
