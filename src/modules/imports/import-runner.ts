import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { cellsOf, planColumns } from './columns.js';
import { openFile } from './file-rows.js';
import { ImportFileProblem, type ImportKindHandler, type RowCandidate } from './import-kind.js';
import { ImportJob } from './import.entities.js';
import { ImportKinds } from './import-kinds.js';
import { XLSX_LIMITS } from './xlsx-rows.js';
import { loadVocabulary, withVocabulary, type ValueMapping } from './vocabulary.js';

/** Rows per transaction: each chunk commits its records, events, audit entries, row errors and the resume point together. */
export const CHUNK_ROWS = 2000;

/**
 * Parsing gives way to I/O this often: without it a chunk's statement, answered
 * by the database, would wait for a whole block of the file to be parsed.
 */
const YIELD_EVERY_ROWS = 50;

const UNIQUE_VIOLATION = '23505';
const CHUNK_ATTEMPTS = 3;

export interface ImportProgress {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsDuplicate: number;
  percent: number;
  rowsPerSecond: number;
}

type Counters = Omit<ImportProgress, 'percent' | 'rowsPerSecond'>;

interface RowProblem {
  row: number;
  problems: FieldProblem[];
  duplicateOf?: string | null;
}

interface Chunk {
  candidates: RowCandidate[];
  problems: RowProblem[];
  lastRow: number;
}

class Cancelled extends Error {}

/** Another run holds the import now (this one was paused past its lease): this run stops and commits nothing. */
class LeaseLost extends Error {}

/** Connection-level failures (the database restarting, the network): the import resumes once it is back. */
const TRANSIENT_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

export function isTransient(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string }; message?: string };
  const code = failure?.code ?? failure?.driverError?.code;
  if (code && TRANSIENT_CODES.has(code)) return true;
  return /Connection terminated|connection (?:is )?(?:closed|terminated|ended)|timeout exceeded when trying to connect|terminating connection|the database system is (?:starting up|shutting down)|Client has encountered a connection error/i.test(String(failure?.message ?? ''));
}

/**
 * Runs one import of any kind: streams the file, has the kind parse each row
 * with the API's rules, decides duplicates (against the register and earlier
 * rows of the file) and writes accepted rows in set-based chunks. The resume
 * point is committed with each chunk, so a killed worker's job restarts after
 * the last committed chunk, with no duplicate and no lost row. While one chunk
 * is written, the next is read and parsed: the database and the parsing each
 * keep a core busy.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('ImportRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly kinds: ImportKinds,
    private readonly config: AppConfig,
  ) {}

  /** How long a lease lasts without renewal: as long as BullMQ's own lock, renewed three times as often. */
  private get leaseMs(): number {
    return this.config.JOB_LOCK_MS;
  }

  /**
   * Takes the import's lease, or waits while another live run holds it (BullMQ
   * handed the job over while that run went on): null once the import is
   * finished, by that run or anyone.
   */
  private async takeLease(importId: string, leaseId: string): Promise<ImportJob | null> {
    let waited = false;
    for (;;) {
      const taken = (await this.dataSource.query(
        `UPDATE import_job SET lease_id = $2, lease_expires_at = now() + $3 * interval '1 millisecond', status = 'running', started_at = coalesce(started_at, $4), updated_at = $4
         WHERE id = $1 AND status IN ('queued', 'running') AND (lease_id IS NULL OR lease_expires_at < now())
         RETURNING id`,
        [importId, leaseId, this.leaseMs, this.clock.now()],
      )) as [unknown[], number];
      if (taken[1] > 0) {
        if (waited) this.logger.log({ importId }, 'took over the import after the lease lapsed');
        return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: importId });
      }
      const job = await this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: importId });
      if (job.status !== 'queued' && job.status !== 'running') return null;
      if (!waited) this.logger.log({ importId }, 'another run holds the import lease: waiting until it finishes or lapses');
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, this.leaseMs / 4)));
    }
  }

  /** Keeps the lease while the run lives; chunk commits renew it too, and check it. */
  private heartbeat(importId: string, leaseId: string): () => void {
    const timer = setInterval(() => {
      this.dataSource
        .query(`UPDATE import_job SET lease_expires_at = now() + $3 * interval '1 millisecond' WHERE id = $1 AND lease_id = $2`, [importId, leaseId, this.leaseMs])
        .catch(() => undefined);
    }, Math.max(200, Math.floor(this.leaseMs / 3)));
    timer.unref();
    return () => clearInterval(timer);
  }

  async run(importId: string, onProgress: (progress: ImportProgress) => Promise<void> | void = () => undefined): Promise<ImportJob> {
    const found = await this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: importId });
    if (found.status !== 'queued' && found.status !== 'running') return found;
    const leaseId = randomUUID();
    const actor = { userId: found.requestedBy, username: found.requestedBy ? 'import' : 'system', agencyId: found.agencyId, roles: [] };
    return RequestContext.run({ requestId: `import-${found.id}`, clientAddress: null, actor }, async () => {
      const job = await this.takeLease(importId, leaseId);
      if (!job) return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: importId });
      const stopHeartbeat = this.heartbeat(job.id, leaseId);
      // Progress goes to Redis: a Redis outage must not stall the rows, which only need PostgreSQL.
      const report = (progress: ImportProgress) => {
        void Promise.resolve()
          .then(() => onProgress(progress))
          .catch(() => undefined);
      };
      try {
        if (job.allOrNothing && !job.dryRun && job.lastCommittedRow === 0) {
          // Duplicates are already on the register (a flat register repeats its owners, a file may be sent twice): only refused rows stop the file.
          const check = await this.pass(job, true, report, leaseId);
          if (check.rowsRejected > 0) return await this.finish(job.id, leaseId, 'failed', `${check.rowsRejected} row(s) refused: nothing was written (all-or-nothing).`);
          await this.dataSource.getRepository(ImportJob).update(job.id, { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsDuplicate: 0, bytesRead: '0' });
        }
        await this.pass(await this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id }), job.dryRun, report, leaseId);
        return await this.finish(job.id, leaseId, 'completed', null);
      } catch (error) {
        if (error instanceof Cancelled) return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
        if (error instanceof LeaseLost) {
          this.logger.warn({ importId: job.id }, 'the import lease passed to another run: this run stops, committing nothing');
          return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
        }
        if (error instanceof ImportFileProblem) return this.finish(job.id, leaseId, 'failed', error.message);
        if (!isTransient(error)) {
          // A fault no retry mends (a bug, a file the readers did not foresee): the import says so instead of staying "running".
          this.logger.error({ err: error, importId: job.id }, 'import failed');
          return this.finish(job.id, leaseId, 'failed', `The import stopped on an unexpected error: ${(error as Error)?.message ?? String(error)}`);
        }
        // The database went away: give the lease back if it can hear us; the sweep resumes the import after the last committed chunk.
        this.logger.warn({ err: error, importId: job.id }, 'import interrupted; it resumes when the database is back');
        await this.dataSource
          .query(`UPDATE import_job SET lease_id = NULL, lease_expires_at = NULL, error = $3 WHERE id = $1 AND lease_id = $2`, [job.id, leaseId, `interrupted (${(error as Error)?.message ?? error}); resuming automatically`])
          .catch(() => undefined);
        throw error;
      } finally {
        stopHeartbeat();
      }
    });
  }

  /** One reading of the file; `validateOnly` writes row errors and counts, no records. */
  private async pass(job: ImportJob, validateOnly: boolean, onProgress: (p: ImportProgress) => void, leaseId: string): Promise<ImportJob> {
    const kind = this.kinds.of(job.kind);
    const file = await openFile(job.filePath, { ...XLSX_LIMITS, unpackedBytes: this.config.IMPORT_XLSX_MAX_UNPACKED_BYTES });
    const plan = planColumns(file.headers, kind.fields, job.columnMapping as Record<string, string>);
    if ('error' in plan) throw new ImportFileProblem(`The columns cannot be read: ${plan.error}.`);
    for (const field of kind.requiredColumns) {
      if (plan.fields[field] === undefined) throw new ImportFileProblem(`The file has no ${field} column (${[...new Set([field, ...kind.fields[field]])].slice(0, 4).join(', ')}…).`);
    }
    await this.dataSource.getRepository(ImportJob).update(job.id, { fileFormat: file.format, fileEncoding: file.encoding, ignoredColumns: plan.ignored });

    const context = await kind.load(this.dataSource, job, isoDay(this.clock.now()));
    const vocabulary = await loadVocabulary(this.dataSource, job.kind, Object.keys(kind.fields), job.valueMapping as ValueMapping);
    const started = Date.now();
    // A validating pass has nothing committed to resume from: it reads the whole file and counts from zero.
    const resumeAfter = validateOnly ? 0 : job.lastCommittedRow;
    let counters: Counters = validateOnly
      ? { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsDuplicate: 0 }
      : { rowsRead: job.rowsRead, rowsAccepted: job.rowsAccepted, rowsRejected: job.rowsRejected, rowsDuplicate: job.rowsDuplicate };
    if (validateOnly) await this.forgetDryRunKeys(job.id);
    let chunk: Chunk = { candidates: [], problems: [], lastRow: resumeAfter };
    let readThisRun = 0;

    // One chunk is written while the next is parsed; a failed write stops the reading.
    let writing: Promise<void> = Promise.resolve();
    let failure: { error: unknown } | null = null;
    const write = async () => {
      await writing;
      if (failure) throw failure.error;
      const ready = chunk;
      chunk = { candidates: [], problems: [], lastRow: ready.lastRow };
      if (ready.candidates.length === 0 && ready.problems.length === 0 && ready.lastRow <= resumeAfter) return;
      writing = (async () => {
        counters = await this.commitChunkAgainOnRace(() => this.commitChunk(kind, context, job, leaseId, ready, counters, validateOnly, file.bytesRead()));
        const elapsed = Math.max((Date.now() - started) / 1000, 0.001);
        onProgress({ ...counters, percent: Math.min(99, Math.floor((file.bytesRead() / Math.max(file.size, 1)) * 100)), rowsPerSecond: Math.round(readThisRun / elapsed) });
      })().catch((error: unknown) => {
        failure = { error };
      });
    };

    for await (const row of file.rows) {
      if (row.row <= resumeAfter) continue;
      readThisRun += 1;
      chunk.lastRow = row.row;
      if ('error' in row) chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: row.error }] });
      else if (row.cells.every((c) => c.trim() === '')) chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: 'the row is empty' }] });
      else if (row.cells.slice(file.headers.length).some((c) => c.trim() !== '')) {
        chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: `the row has ${row.cells.length} values but the header has ${file.headers.length} columns` }] });
      } else if (row.cells.some((c) => c.includes('\u0000'))) {
        // PostgreSQL text cannot hold it, and a text file has none: the file is binary or in an encoding we did not detect.
        chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: 'the row contains a NUL character: is the file text (CSV) or XLSX?' }] });
      } else {
        const result = kind.parse(row.row, withVocabulary(cellsOf(plan, row.cells), vocabulary), context);
        if ('candidate' in result) chunk.candidates.push(result.candidate);
        else chunk.problems.push({ row: row.row, problems: result.problems });
      }
      if (chunk.candidates.length + chunk.problems.length >= CHUNK_ROWS) await write();
      // Rows of a buffered block come through microtasks only: let the chunk being written hear from the database.
      else if (readThisRun % YIELD_EVERY_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await write();
    await writing;
    if (failure) throw (failure as { error: unknown }).error;
    if (validateOnly) await this.forgetDryRunKeys(job.id);
    return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
  }

  private async forgetDryRunKeys(importId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM import_dry_run_key WHERE import_id = $1`, [importId]);
  }

  /**
   * A record the API committed between a chunk's check and its write (a licence
   * number, a record key) fails the write on its unique constraint. The chunk was
   * rolled back whole, so it is simply checked and written again: this time the
   * check sees the record and reports the row as a duplicate.
   */
  private async commitChunkAgainOnRace(commit: () => Promise<Counters>): Promise<Counters> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await commit();
      } catch (error) {
        const failure = error as { code?: string; driverError?: { code?: string } };
        const code = failure.code ?? failure.driverError?.code;
        if (code !== UNIQUE_VIOLATION || attempt >= CHUNK_ATTEMPTS) throw error;
        this.logger.warn({ err: error, attempt }, 'a chunk met a record written meanwhile; checking it again');
      }
    }
  }

  /**
   * Duplicates are decided against the register and earlier rows of the same
   * file (committed chunks are in the register, tagged with this import), then
   * the kind writes the accepted rows set-based.
   */
  private async commitChunk(
    kind: ImportKindHandler<RowCandidate, unknown>,
    context: unknown,
    job: ImportJob,
    leaseId: string,
    chunk: Chunk,
    counters: Counters,
    validateOnly: boolean,
    bytesRead: number,
  ): Promise<Counters> {
    return this.dataSource.transaction(async (manager) => {
      // The fence: the row lock orders this chunk against any other run's, and only the lease holder writes.
      const [state] = (await manager.query(`SELECT status, lease_id FROM import_job WHERE id = $1 FOR UPDATE`, [job.id])) as { status: string; lease_id: string | null }[];
      if (state.status === 'cancelled') throw new Cancelled();
      if (state.lease_id !== leaseId || state.status !== 'running') throw new LeaseLost();

      const problems = [...chunk.problems];
      const accepted: RowCandidate[] = [];
      const check = chunk.candidates.length > 0 ? await kind.check(manager, job, chunk.candidates, context) : { matches: new Map(), problems: new Map() };
      const inChunk = new Map<string, number>();
      // A dry run's accepted rows are not on the register: earlier chunks left their keys in import_dry_run_key.
      const keys = chunk.candidates.map((c) => kind.key(c));
      const earlierInDryRun = validateOnly && keys.length > 0 ? await this.dryRunRows(manager, job.id, keys) : new Map<string, number>();
      let duplicates = 0;
      for (const [index, candidate] of chunk.candidates.entries()) {
        const key = keys[index];
        const match = check.matches.get(key);
        const earlier = inChunk.get(key) ?? earlierInDryRun.get(key);
        if (match || earlier !== undefined) {
          duplicates += 1;
          const inFile = earlier !== undefined || match?.importId === job.id;
          const message = inFile ? `duplicate of row ${earlier ?? match?.importRow} in this file` : `already in the register as ${kind.recordLabel} ${match!.id}`;
          problems.push({ row: candidate.row, duplicateOf: match?.id ?? null, problems: [{ field: kind.duplicateField(candidate), message }] });
          continue;
        }
        const refused = check.problems.get(candidate.row);
        if (refused) {
          problems.push({ row: candidate.row, problems: refused });
          continue;
        }
        inChunk.set(key, candidate.row);
        accepted.push(candidate);
      }
      if (validateOnly && inChunk.size > 0) {
        await manager.query(`INSERT INTO import_dry_run_key (import_id, key, row_number) SELECT $1, k, r FROM unnest($2::text[], $3::int[]) AS t(k, r)`, [job.id, [...inChunk.keys()], [...inChunk.values()]]);
      }

      if (!validateOnly && accepted.length > 0) await kind.write(manager, job, accepted, context);
      const errorRows = [
        ...problems.flatMap((p) => p.problems.map((f) => ({ row: p.row, field: f.field, reason: f.message, duplicateOf: p.duplicateOf ?? null, warning: false }))),
        ...accepted.flatMap((c) => (c.warnings ?? []).map((f) => ({ row: c.row, field: f.field, reason: f.message, duplicateOf: null, warning: true }))),
      ];
      if (errorRows.length > 0) {
        await manager.query(
          `INSERT INTO import_row_error (import_id, row_number, field, reason, duplicate_of, warning)
           SELECT $1, r, f, m, d, w FROM unnest($2::int[], $3::text[], $4::text[], $5::uuid[], $6::boolean[]) AS t(r, f, m, d, w)
           ON CONFLICT DO NOTHING`,
          [job.id, errorRows.map((e) => e.row), errorRows.map((e) => e.field), errorRows.map((e) => e.reason), errorRows.map((e) => e.duplicateOf), errorRows.map((e) => e.warning)],
        );
      }
      const rejectedRows = new Set(problems.map((p) => p.row)).size - duplicates;
      const next = {
        rowsRead: counters.rowsRead + chunk.candidates.length + chunk.problems.length,
        rowsAccepted: counters.rowsAccepted + accepted.length,
        rowsRejected: counters.rowsRejected + rejectedRows,
        rowsDuplicate: counters.rowsDuplicate + duplicates,
      };
      await manager.update(ImportJob, job.id, { ...next, lastCommittedRow: validateOnly ? job.lastCommittedRow : chunk.lastRow, bytesRead: String(bytesRead), updatedAt: this.clock.now() });
      await manager.query(`UPDATE import_job SET lease_expires_at = now() + $2 * interval '1 millisecond' WHERE id = $1`, [job.id, this.leaseMs]);
      return next;
    });
  }

  private async dryRunRows(manager: EntityManager, importId: string, keys: string[]): Promise<Map<string, number>> {
    const rows = (await manager.query(`SELECT key, row_number FROM import_dry_run_key WHERE import_id = $1 AND key = ANY($2::text[])`, [importId, keys])) as { key: string; row_number: number }[];
    return new Map(rows.map((r) => [r.key, r.row_number]));
  }

  /** Ends the import, if this run still holds it (or nobody does: the sweep failing an abandoned import). */
  async finish(importId: string, leaseId: string | null, status: 'completed' | 'failed', error: string | null): Promise<ImportJob> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager.findOneOrFail(ImportJob, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (job.status !== 'queued' && job.status !== 'running') return job;
      const abandoned = leaseId === null && (job.leaseExpiresAt === null || job.leaseExpiresAt.getTime() < Date.now());
      if (job.leaseId !== leaseId && !abandoned) throw new LeaseLost();
      Object.assign(job, { status, error, leaseId: null, leaseExpiresAt: null, finishedAt: this.clock.now(), updatedAt: this.clock.now() });
      await manager.save(job);
      await this.audit.record(manager, {
        recordType: 'import',
        recordId: importId,
        action: status,
        after: { rowsRead: job.rowsRead, rowsAccepted: job.rowsAccepted, rowsRejected: job.rowsRejected, rowsDuplicate: job.rowsDuplicate, dryRun: job.dryRun, error },
      });
      return job;
    });
  }
}
