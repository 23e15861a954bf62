import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import type { FieldProblem } from '../../common/errors/domain-error.js';
import { AuditService, type AuditInput } from '../audit/audit.service.js';
import { foldHeader, planColumns } from './columns.js';
import { openFile } from './file-rows.js';
import { firearmFromRow, identityKey, type FirearmCandidate, type ImportReference } from './firearm-rows.js';
import { ImportJob } from './import.entities.js';

/** Rows per transaction: each chunk commits its records, events, audit entries, row errors and the resume point together. */
export const CHUNK_ROWS = 2000;

export interface ImportProgress {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsDuplicate: number;
  percent: number;
  rowsPerSecond: number;
}

interface RowProblem {
  row: number;
  problems: FieldProblem[];
  duplicateOf?: string | null;
}

interface Existing {
  id: string;
  import_key: string | null;
  serial_normalised: string | null;
  manufacturer_code: string | null;
  make_text: string | null;
  import_id: string | null;
  import_row: number | null;
}

class Cancelled extends Error {}

/**
 * Runs one import: streams the file, validates each row with the API's rules,
 * and writes accepted rows in set-based chunks. The resume point is committed
 * with each chunk, so a killed worker's job restarts after the last committed
 * chunk, with no duplicate and no lost row.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('ImportRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async run(importId: string, onProgress: (progress: ImportProgress) => Promise<void> | void = () => undefined): Promise<ImportJob> {
    const job = await this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: importId });
    if (job.status !== 'queued' && job.status !== 'running') return job;
    const actor = { userId: job.requestedBy, username: job.requestedBy ? 'import' : 'system', agencyId: job.agencyId, roles: [] };
    return RequestContext.run({ requestId: `import-${job.id}`, clientAddress: null, actor }, async () => {
      try {
        await this.dataSource.getRepository(ImportJob).update(job.id, { status: 'running', startedAt: job.startedAt ?? this.clock.now(), updatedAt: this.clock.now() });
        if (job.allOrNothing && !job.dryRun && job.lastCommittedRow === 0) {
          const check = await this.pass(job, true, onProgress);
          if (check.rowsRejected + check.rowsDuplicate > 0) {
            return this.finish(job.id, 'failed', `${check.rowsRejected + check.rowsDuplicate} row(s) refused: nothing was written (all-or-nothing).`);
          }
          await this.dataSource.getRepository(ImportJob).update(job.id, { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsDuplicate: 0, bytesRead: '0' });
        }
        await this.pass(await this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id }), job.dryRun, onProgress);
        return this.finish(job.id, 'completed', null);
      } catch (error) {
        if (error instanceof Cancelled) return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
        if (error instanceof FileProblem) return this.finish(job.id, 'failed', error.message);
        this.logger.error({ err: error, importId: job.id }, 'import failed');
        throw error;
      }
    });
  }

  /** One reading of the file; `validateOnly` writes row errors and counts, no records. */
  private async pass(job: ImportJob, validateOnly: boolean, onProgress: (p: ImportProgress) => Promise<void> | void): Promise<ImportJob> {
    const file = await openFile(job.filePath);
    const plan = planColumns(file.headers, job.columnMapping as Record<string, string>);
    if ('error' in plan) throw new FileProblem(`The columns cannot be read: ${plan.error}.`);
    if (plan.fields.category === undefined) throw new FileProblem('The file has no category column (category, catégorie, categoría, type…).');
    await this.dataSource.getRepository(ImportJob).update(job.id, { fileFormat: file.format, fileEncoding: file.encoding, ignoredColumns: plan.ignored });

    const reference = await this.loadReference();
    const today = isoDay(this.clock.now());
    const started = Date.now();
    const resumeAfter = validateOnly ? 0 : job.lastCommittedRow;
    const seen = new Map<string, number>();
    let counters = { rowsRead: job.rowsRead, rowsAccepted: job.rowsAccepted, rowsRejected: job.rowsRejected, rowsDuplicate: job.rowsDuplicate };
    let chunk: { candidates: FirearmCandidate[]; problems: RowProblem[]; lastRow: number } = { candidates: [], problems: [], lastRow: resumeAfter };
    let readThisRun = 0;

    const flush = async () => {
      if (chunk.candidates.length === 0 && chunk.problems.length === 0 && chunk.lastRow <= resumeAfter) return;
      counters = await this.commitChunk(job, chunk, counters, validateOnly, seen, file.bytesRead());
      const elapsed = Math.max((Date.now() - started) / 1000, 0.001);
      await onProgress({ ...counters, percent: Math.min(99, Math.floor((file.bytesRead() / Math.max(file.size, 1)) * 100)), rowsPerSecond: Math.round(readThisRun / elapsed) });
      chunk = { candidates: [], problems: [], lastRow: chunk.lastRow };
    };

    for await (const row of file.rows) {
      if (row.row <= resumeAfter) continue;
      readThisRun += 1;
      chunk.lastRow = row.row;
      if ('error' in row) chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: row.error }] });
      else if (row.cells.every((c) => c.trim() === '')) chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: 'the row is empty' }] });
      else if (row.cells.slice(file.headers.length).some((c) => c.trim() !== '')) {
        chunk.problems.push({ row: row.row, problems: [{ field: 'row', message: `the row has ${row.cells.length} values but the header has ${file.headers.length} columns` }] });
      }
      else {
        const result = firearmFromRow(row.row, row.cells, plan, reference, today);
        if ('candidate' in result) chunk.candidates.push(result.candidate);
        else chunk.problems.push({ row: row.row, problems: result.problems });
      }
      if (chunk.candidates.length + chunk.problems.length >= CHUNK_ROWS) await flush();
    }
    await flush();
    return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
  }

  /**
   * Duplicates are decided against the register and earlier rows of the same
   * file (committed chunks are in the register, tagged with this import), then
   * accepted rows are written with one statement per table.
   */
  private async commitChunk(
    job: ImportJob,
    chunk: { candidates: FirearmCandidate[]; problems: RowProblem[]; lastRow: number },
    counters: Omit<ImportProgress, 'percent' | 'rowsPerSecond'>,
    validateOnly: boolean,
    seenInDryRun: Map<string, number>,
    bytesRead: number,
  ): Promise<Omit<ImportProgress, 'percent' | 'rowsPerSecond'>> {
    return this.dataSource.transaction(async (manager) => {
      const [state] = (await manager.query(`SELECT status FROM import_job WHERE id = $1 FOR UPDATE`, [job.id])) as { status: string }[];
      if (state.status === 'cancelled') throw new Cancelled();

      const problems = [...chunk.problems];
      const accepted: FirearmCandidate[] = [];
      const existing = await this.existingMatches(manager, chunk.candidates);
      const holders = await this.holdersByDocument(manager, chunk.candidates);
      const inChunk = new Map<string, number>();
      let duplicates = 0;
      for (const candidate of chunk.candidates) {
        const key = identityKey(candidate)!;
        const match = existing.get(key);
        const earlier = inChunk.get(key) ?? (validateOnly ? seenInDryRun.get(key) : undefined);
        if (match || earlier !== undefined) {
          duplicates += 1;
          const inFile = earlier !== undefined || match?.import_id === job.id;
          const row = earlier ?? match?.import_row;
          problems.push({
            row: candidate.row,
            duplicateOf: match?.id ?? null,
            problems: [{ field: candidate.importKey ? 'recordKey' : 'serialNumber', message: inFile ? `duplicate of row ${row} in this file` : `already in the register as firearm ${match!.id}` }],
          });
          continue;
        }
        if (candidate.holderDocument && !holders.has(candidate.holderDocument)) {
          problems.push({ row: candidate.row, problems: [{ field: 'holderDocument', message: `no holder with document or registration number "${candidate.holderDocument}"` }] });
          continue;
        }
        inChunk.set(key, candidate.row);
        if (validateOnly) seenInDryRun.set(key, candidate.row);
        accepted.push(candidate);
      }

      if (!validateOnly && accepted.length > 0) await this.insertFirearms(manager, job, accepted, holders);
      const errorRows = problems.flatMap((p) => p.problems.map((f) => ({ row: p.row, field: f.field, reason: f.message, duplicateOf: p.duplicateOf ?? null })));
      if (errorRows.length > 0) {
        await manager.query(
          `INSERT INTO import_row_error (import_id, row_number, field, reason, duplicate_of)
           SELECT $1, r, f, m, d FROM unnest($2::int[], $3::text[], $4::text[], $5::uuid[]) AS t(r, f, m, d)
           ON CONFLICT DO NOTHING`,
          [job.id, errorRows.map((e) => e.row), errorRows.map((e) => e.field), errorRows.map((e) => e.reason), errorRows.map((e) => e.duplicateOf)],
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
      return next;
    });
  }

  private async existingMatches(manager: EntityManager, candidates: FirearmCandidate[]): Promise<Map<string, Existing>> {
    const keys = candidates.map((c) => c.importKey).filter((k): k is string => !!k);
    const serials = candidates.map((c) => c.serialNormalised).filter((s): s is string => !!s);
    if (keys.length === 0 && serials.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT id, import_key, serial_normalised, manufacturer_code, make_text, import_id, import_row FROM firearm
        WHERE merged_into_id IS NULL AND item_kind = 'firearm' AND (import_key = ANY($1::text[]) OR serial_normalised = ANY($2::text[]))`,
      [keys, serials],
    )) as Existing[];
    const byKey = new Map<string, Existing>();
    for (const row of rows) {
      if (row.import_key) byKey.set(`key:${row.import_key}`, row);
      const serialKey = identityKey({ importKey: null, serialNormalised: row.serial_normalised, manufacturerCode: row.manufacturer_code, makeText: row.make_text });
      if (serialKey && !byKey.has(serialKey)) byKey.set(serialKey, row);
    }
    return byKey;
  }

  private async holdersByDocument(manager: EntityManager, candidates: FirearmCandidate[]): Promise<Map<string, string>> {
    const documents = [...new Set(candidates.map((c) => c.holderDocument).filter((d): d is string => !!d))];
    if (documents.length === 0) return new Map();
    const rows = (await manager.query(`SELECT id, coalesce(id_document_number, registration_number) AS document FROM holder WHERE id_document_number = ANY($1::text[]) OR registration_number = ANY($1::text[])`, [documents])) as { id: string; document: string }[];
    return new Map(rows.map((r) => [r.document, r.id]));
  }

  /** Records, their "registered" events and their audit entries: three set-based statements, any chunk size. */
  private async insertFirearms(manager: EntityManager, job: ImportJob, rows: FirearmCandidate[], holders: Map<string, string>): Promise<void> {
    const now = this.clock.now();
    const ids = rows.map(() => randomUUID());
    const holderIds = rows.map((r) => (r.holderDocument ? holders.get(r.holderDocument)! : null));
    const column = <T>(pick: (r: FirearmCandidate) => T) => rows.map(pick);
    await manager.query(
      `INSERT INTO firearm (id, item_kind, category_code, action_code, make_text, manufacturer_code, model, calibre_text, calibre_code,
                            serial_raw, serial_normalised, serial_folded, country_of_manufacture, year_of_manufacture, barrel_length_mm,
                            origin, description, status, holder_id, registering_agency_id, unregistered_before_seizure,
                            import_key, import_id, import_row, version, created_at, updated_at)
       SELECT id, 'firearm', category, action, make, manufacturer, model, calibre, calibre_code, serial, normalised, folded, country, year, barrel,
              origin, description, 'registered', holder, $17, false, import_key, $18, row, 1, $19, $19
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                     $11::text[], $12::text[], $13::int[], $14::numeric[], $15::text[], $16::text[], $20::uuid[], $21::text[], $22::int[])
           AS t(id, category, action, make, manufacturer, model, calibre, calibre_code, serial, normalised, folded, country, year, barrel,
                origin, description, holder, import_key, row)`,
      [
        ids, column((r) => r.categoryCode), column((r) => r.actionCode), column((r) => r.makeText), column((r) => r.manufacturerCode), column((r) => r.model),
        column((r) => r.calibreText), column((r) => r.calibreCode), column((r) => r.serialRaw), column((r) => r.serialNormalised), column((r) => r.serialFolded),
        column((r) => r.countryOfManufacture), column((r) => r.yearOfManufacture), column((r) => r.barrelLengthMm), column((r) => r.origin), column((r) => r.description),
        job.agencyId, job.id, now, holderIds, column((r) => r.importKey), column((r) => r.row),
      ],
    );
    await manager.query(
      `INSERT INTO firearm_event (id, firearm_id, ordinal, type, occurred_on, recorded_at, recorded_by, agency_id, holder_id, status_after, reference_documents, details)
       SELECT gen_random_uuid(), firearm_id, 1, 'registered', day, $3, $4, $5, holder, 'registered', ARRAY[$6::text], jsonb_build_object('importId', $7::text, 'row', row)
         FROM unnest($1::uuid[], $2::date[], $8::uuid[], $9::int[]) AS t(firearm_id, day, holder, row)`,
      [ids, column((r) => r.registeredOn), now, job.requestedBy, job.agencyId, `Import ${job.fileName}`, job.id, holderIds, column((r) => r.row)],
    );
    const entries: AuditInput[] = rows.map((r, i) => ({
      recordType: 'firearm',
      recordId: ids[i],
      action: 'created',
      after: {
        categoryCode: r.categoryCode, makeText: r.makeText, manufacturerCode: r.manufacturerCode, model: r.model, calibreText: r.calibreText, calibreCode: r.calibreCode,
        serialRaw: r.serialRaw, countryOfManufacture: r.countryOfManufacture, yearOfManufacture: r.yearOfManufacture, status: 'registered', holderId: holderIds[i],
        initialEvent: 'registered', importId: job.id, importRow: r.row, importKey: r.importKey,
      },
    }));
    await this.audit.record(manager, ...entries);
  }

  private async loadReference(): Promise<ImportReference> {
    const named = async (table: string, key: string) => {
      const rows = (await this.dataSource.query(`SELECT ${key} AS code, name_en, name_fr, name_es${table === 'country' ? ', alpha3' : ''} FROM ${table} WHERE active`)) as Record<string, string>[];
      const map = new Map<string, string>();
      for (const row of rows) for (const name of Object.values(row)) if (name) map.set(foldHeader(name), row.code);
      return map;
    };
    const aliases = async (table: string, column: string) => new Map(((await this.dataSource.query(`SELECT alias_key, ${column} AS code FROM ${table}`)) as { alias_key: string; code: string }[]).map((r) => [r.alias_key, r.code]));
    return {
      categories: await named('firearm_category', 'code'),
      actions: await named('firearm_action', 'code'),
      countries: await named('country', 'alpha2'),
      manufacturers: await aliases('manufacturer_alias', 'manufacturer_code'),
      calibres: await aliases('calibre_alias', 'calibre_code'),
    };
  }

  private async finish(importId: string, status: 'completed' | 'failed', error: string | null): Promise<ImportJob> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager.findOneOrFail(ImportJob, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (job.status === 'cancelled') return job;
      Object.assign(job, { status, error, finishedAt: this.clock.now(), updatedAt: this.clock.now() });
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

/** The file as a whole cannot be imported (no usable header): the job fails, no retry. */
export class FileProblem extends Error {}
