import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError, type FieldProblem } from '../../common/errors/domain-error.js';
import { projectRoot } from '../../common/project-root.js';
import { JobQueue } from '../../common/queue/job-queue.js';
import { AuditService } from '../audit/audit.service.js';
import { assertMayChangeSeizure } from '../seizures/seizure-access.js';
import type { Seizure } from '../seizures/seizure.entities.js';
import { ImportJob, ImportRowError, type ImportKind, type ImportStatus } from './import.entities.js';
import { ImportKinds } from './import-kinds.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import { identifyFile } from './file-kind.js';
import { valueMappingProblems } from './vocabulary.js';
import { importJobId } from './import-sweep.js';
import { columnMappingProblems, type FieldNames } from './columns.js';
import { openFile } from './file-rows.js';
import { ImportFileProblem } from './import-kind.js';
import { PREVIEW_ROWS, previewFile, type ImportPreview } from './import-preview.js';
import { XLSX_LIMITS } from './xlsx-rows.js';

/** A file the readers give up on (a damaged workbook): refused with the preview, as the worker would fail it. */
function unreadable(error: unknown): never {
  if (error instanceof ImportFileProblem) throw new DomainError('IMPORT_FILE_UNREADABLE', error.message, { errors: [{ field: 'file', message: error.message }] });
  throw error;
}

/** How long a request waits for Redis to take the job before answering (the sweep queues it otherwise). */
const ENQUEUE_WAIT_MS = 2000;

export interface NewImport {
  kind: ImportKind;
  dryRun: boolean;
  allOrNothing: boolean;
  columnMapping: Record<string, string>;
  /** Field → file value → code (`{"category": {"lance-pierre": "other"}}`), applied before the reference data. */
  valueMapping?: Record<string, Record<string, string>>;
  /** The marking campaign (kind markings) or seizure (kind seizure_items) the rows belong to. */
  campaignId?: string;
  seizureId?: string;
  fileName: string;
  /** A file already on disk (upload temp file or the CLI's path): moved or copied into storage. */
  tempPath: string;
}

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex'))).on('error', reject);
  });
}

/** An import is cancelled, and its error report read, by the importing agency or the national firearms authority. */
const assertMayChangeImport = (manager: EntityManager, job: ImportJob) => assertMayChange(manager, { ownerAgencyId: job.agencyId }, `Import ${job.id}`);

@Injectable()
export class ImportsService {
  private readonly logger = new Logger('ImportsService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly kinds: ImportKinds,
  ) {}

  storageDir(): string {
    return this.config.IMPORT_DIR ?? path.join(projectRoot(), '.data', 'imports');
  }

  /**
   * Stores the file under its import id and records the job; `enqueue: false` lets the CLI run it in-process.
   * A refused upload leaves nothing behind: no import, no file.
   */
  async create(input: NewImport, options: { enqueue: boolean; agencyId?: string } = { enqueue: true }): Promise<ImportJob> {
    try {
      return await this.store(input, options);
    } finally {
      await rm(input.tempPath, { force: true });
    }
  }

  /**
   * Reads the header and the first rows of a file the officer is about to import, with
   * the mapping so far: how each column would be read. Nothing is stored.
   */
  async preview(input: { kind: ImportKind; columnMapping: Record<string, string>; tempPath: string }): Promise<ImportPreview> {
    try {
      await this.checkFile(input.tempPath);
      const kind = this.kinds.of(input.kind);
      this.checkColumnMapping(input.columnMapping, kind.fields);
      const file = await openFile(input.tempPath, { ...XLSX_LIMITS, unpackedBytes: this.config.IMPORT_XLSX_MAX_UNPACKED_BYTES }).catch(unreadable);
      const rows: string[][] = [];
      try {
        while (rows.length < PREVIEW_ROWS) {
          const next = await file.rows.next().catch(unreadable);
          if (next.done) break;
          if ('cells' in next.value) rows.push(next.value.cells);
        }
      } finally {
        await file.close();
      }
      return previewFile({ kind: input.kind, format: file.format, encoding: file.encoding, headers: file.headers, rows }, kind, input.columnMapping);
    } finally {
      await rm(input.tempPath, { force: true });
    }
  }

  /** An upload worth storing: not empty, within the limit, and a CSV or XLSX file by its content. */
  private async checkFile(tempPath: string): Promise<number> {
    const { size } = await stat(tempPath);
    if (size === 0) throw new DomainError('IMPORT_FILE_EMPTY', 'The file is empty.', { errors: [{ field: 'file', message: 'is empty' }] });
    if (size > this.config.IMPORT_MAX_BYTES) {
      throw new DomainError('PAYLOAD_TOO_LARGE', `The file exceeds the import limit of ${this.config.IMPORT_MAX_BYTES} bytes.`, { errors: [{ field: 'file', message: 'is too large' }] });
    }
    // By content, not by name: an image or a PDF renamed .csv is refused here, not after queueing.
    const identity = await identifyFile(tempPath);
    if ('refused' in identity) {
      throw new DomainError('IMPORT_FILE_UNSUPPORTED', `The file is ${identity.refused}, not a CSV or XLSX file.`, { errors: [{ field: 'file', message: `is ${identity.refused}, not CSV or XLSX` }] });
    }
    return size;
  }

  /** A mapping to a field the kind does not have is refused with the request, not found by the worker. */
  private checkColumnMapping(mapping: Record<string, unknown>, fields: FieldNames): void {
    const problems = columnMappingProblems(mapping, fields);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', `columnMapping: ${problems.join('; ')}`, { errors: problems.map((message) => ({ field: 'columnMapping', message })) });
  }

  private async store(input: NewImport, options: { enqueue: boolean; agencyId?: string }): Promise<ImportJob> {
    const size = await this.checkFile(input.tempPath);
    const actor = RequestContext.current()?.actor;
    const agencyId = options.agencyId ?? actor?.agencyId;
    if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'The importing agency is unknown.', { errors: [{ field: 'agency', message: 'is required' }] });
    this.checkColumnMapping(input.columnMapping, this.kinds.of(input.kind).fields);
    const mappingProblems = valueMappingProblems(input.valueMapping ?? {}, Object.keys(this.kinds.of(input.kind).fields));
    if (mappingProblems.length > 0) {
      throw new DomainError('VALIDATION_FAILED', `valueMapping: ${mappingProblems.join('; ')}`, { errors: mappingProblems.map((message) => ({ field: 'valueMapping', message })) });
    }
    const target = await this.target(input);
    // A job the queue cannot take would leave an import nobody runs: refuse while Redis is away, before anything is written.
    if (options.enqueue && this.jobs.connection.status !== 'ready') {
      throw new DomainError('IMPORT_QUEUE_UNAVAILABLE', 'The import queue (Redis) is unavailable: nothing was recorded; send the file again in a moment.');
    }
    const id = randomUUID();
    await mkdir(this.storageDir(), { recursive: true });
    const filePath = path.join(this.storageDir(), `${id}${path.extname(input.fileName).toLowerCase().replace(/[^.a-z0-9]/g, '')}`);
    await rename(input.tempPath, filePath);
    const now = this.clock.now();
    const job = await this.record(input, { id, filePath, size, agencyId, target, now, requestedBy: actor?.userId ?? null }).catch(async (error: unknown) => {
      await rm(filePath, { force: true });
      throw error;
    });
    if (options.enqueue) {
      // Recorded: if Redis fails now, the sweep queues the import later rather than this request failing after the commit.
      const queued = this.jobs.enqueue('import.run', { importId: id }, importJobId(id, 0), { attempts: 1 });
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ENQUEUE_WAIT_MS).unref());
      const outcome = await Promise.race([queued.then(() => 'queued' as const), timeout]).catch(() => 'failed' as const);
      if (outcome !== 'queued') this.logger.warn({ importId: id, outcome }, 'the import could not be queued now; the sweep queues it');
    }
    return job;
  }

  private async record(
    input: NewImport,
    { id, filePath, size, agencyId, target, now, requestedBy }: { id: string; filePath: string; size: number; agencyId: string; target: { campaignId: string | null; seizureId: string | null }; now: Date; requestedBy: string | null },
  ): Promise<ImportJob> {
    return this.dataSource.transaction(async (manager) => {
      const created = manager.create(ImportJob, {
        id,
        kind: input.kind,
        status: 'queued',
        dryRun: input.dryRun,
        allOrNothing: input.allOrNothing,
        fileName: input.fileName,
        filePath,
        fileSize: String(size),
        fileSha256: await sha256(filePath),
        fileFormat: null,
        fileEncoding: null,
        columnMapping: input.columnMapping,
        ignoredColumns: [],
        rowsRead: 0,
        rowsAccepted: 0,
        rowsRejected: 0,
        rowsDuplicate: 0,
        lastCommittedRow: 0,
        bytesRead: '0',
        leaseId: null,
        leaseExpiresAt: null,
        resumeCount: 0,
        valueMapping: input.valueMapping ?? {},
        agencyId,
        campaignId: target.campaignId,
        seizureId: target.seizureId,
        requestedBy,
        error: null,
        createdAt: now,
        startedAt: null,
        finishedAt: null,
        updatedAt: now,
      });
      await manager.insert(ImportJob, created);
      await this.audit.record(manager, { recordType: 'import', recordId: id, action: 'requested', after: { kind: input.kind, fileName: input.fileName, fileSha256: created.fileSha256, size, dryRun: input.dryRun, allOrNothing: input.allOrNothing, ...(Object.keys(input.valueMapping ?? {}).length > 0 ? { valueMapping: input.valueMapping } : {}), ...target } });
      return created;
    });
  }

  /** The campaign or seizure an import names, as its kind allows or requires. */
  private async target(input: NewImport): Promise<{ campaignId: string | null; seizureId: string | null }> {
    const rule = this.kinds.of(input.kind).target;
    const problems: FieldProblem[] = [];
    for (const field of ['campaignId', 'seizureId'] as const) {
      if (input[field] && rule?.field !== field) problems.push({ field, message: `is not used by an import of kind ${input.kind}` });
    }
    if (rule?.required && !input[rule.field]) problems.push({ field: rule.field, message: `is required for an import of kind ${input.kind}` });
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    const [campaign] = input.campaignId ? ((await this.dataSource.query(`SELECT name, agency_id AS "agencyId" FROM marking_campaign WHERE id = $1`, [input.campaignId])) as { name: string; agencyId: string }[]) : [];
    if (input.campaignId && !campaign) throw new DomainError('MARKING_CAMPAIGN_NOT_FOUND', `No marking campaign ${input.campaignId}.`, { errors: [{ field: 'campaignId', message: 'does not exist' }] });
    const [seizure] = input.seizureId ? ((await this.dataSource.query(`SELECT reference, seizing_agency_id AS "seizingAgencyId" FROM seizure WHERE id = $1`, [input.seizureId])) as Pick<Seizure, 'reference' | 'seizingAgencyId'>[]) : [];
    if (input.seizureId && !seizure) throw new DomainError('SEIZURE_NOT_FOUND', `No seizure ${input.seizureId}.`, { errors: [{ field: 'seizureId', message: 'does not exist' }] });
    // The worker writes as the uploader: whether the uploader may add to the case is decided here.
    if (seizure) await assertMayChangeSeizure(this.dataSource.manager, seizure);
    if (campaign) await assertMayChange(this.dataSource.manager, { ownerAgencyId: campaign.agencyId }, `Marking campaign ${campaign.name}`, { field: 'campaignId' });
    return { campaignId: input.campaignId ?? null, seizureId: input.seizureId ?? null };
  }

  async get(id: string): Promise<ImportJob> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw new DomainError('IMPORT_NOT_FOUND', `No import ${id}.`);
    return job;
  }

  async list(filter: { status?: ImportStatus; kind?: ImportKind; limit: number; offset: number }): Promise<[ImportJob[], Total]> {
    const q = this.dataSource.getRepository(ImportJob).createQueryBuilder('i');
    if (filter.status) q.andWhere('i.status = :status', { status: filter.status });
    if (filter.kind) q.andWhere('i.kind = :kind', { kind: filter.kind });
    return pageRows(q.orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').take(filter.limit).skip(filter.offset));
  }

  /** Stops at the next chunk boundary; chunks already committed stay (and are listed). */
  async cancel(id: string, reason: string): Promise<ImportJob> {
    const job = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(ImportJob, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw new DomainError('IMPORT_NOT_FOUND', `No import ${id}.`);
      await assertMayChangeImport(manager, found);
      if (found.status !== 'queued' && found.status !== 'running') throw new DomainError('IMPORT_NOT_CANCELLABLE', `The import is already ${found.status}.`);
      const before = found.status;
      Object.assign(found, { status: 'cancelled', finishedAt: this.clock.now(), updatedAt: this.clock.now() });
      await manager.save(found);
      await this.audit.record(manager, { recordType: 'import', recordId: id, action: 'cancelled', before: { status: before }, after: { status: 'cancelled', rowsAccepted: found.rowsAccepted }, reason });
      return found;
    });
    await this.jobs.queue('imports').remove(`import-${id}`).catch(() => undefined);
    return job;
  }

  /**
   * The error report quotes the file's rows (names, documents): like a change, it is
   * the importing agency's, or the national authority's. Progress (get) stays national.
   */
  async errorReport(id: string): Promise<ImportJob> {
    const job = await this.get(id);
    await assertMayChangeImport(this.dataSource.manager, job);
    return job;
  }

  async rowErrors(id: string, limit: number, offset: number): Promise<[ImportRowError[], number]> {
    await this.errorReport(id);
    return this.dataSource.getRepository(ImportRowError).findAndCount({ where: { importId: id }, order: { rowNumber: 'ASC', field: 'ASC' }, take: limit, skip: offset });
  }

  /** Every rejected row as CSV, streamed in pages so a large report does not sit in memory. */
  async *rowErrorsCsv(id: string): AsyncGenerator<string> {
    await this.errorReport(id);
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    yield 'row,field,reason,duplicate_of,warning\n';
    for (let offset = 0; ; offset += 5000) {
      const page = await this.dataSource.getRepository(ImportRowError).find({ where: { importId: id }, order: { rowNumber: 'ASC', field: 'ASC' }, take: 5000, skip: offset });
      if (page.length === 0) return;
      yield page.map((e) => `${e.rowNumber},${quote(e.field)},${quote(e.reason)},${e.duplicateOf ?? ''},${e.warning ? 'yes' : ''}\n`).join('');
    }
  }
}
