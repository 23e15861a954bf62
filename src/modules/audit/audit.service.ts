import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { queryPrepared } from '../../common/database/sql.js';
import { uuidV7 } from '../../common/database/uuid-v7.js';
import { RequestContext, SYSTEM_ACTOR } from '../../common/context/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { leafData, type CheckpointLine } from './checkpoints.js';
import { append, EMPTY_FRONTIER, frontierRoot, leafHash, type Frontier } from './merkle.js';
import { CanonicalJson, canonicalJson, CURRENT_HASH_VERSION, firstAffectedSeq, firstBrokenLink, hashedTextAroundPrevHash, hashEntry, type ChainProblem, type HashedContent } from './hash-chain.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import { DomainError } from '../../common/errors/domain-error.js';

export interface AuditInput {
  recordType: string;
  recordId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
  /**
   * The caller has just made recordId (a fresh random UUID, e.g. a search's id): the
   * record has no chain yet, so its head is not looked up (and recordRead writes the
   * entry in one statement). Never set it for an id that may already have entries:
   * the chain would fork, and the verifier would say so.
   */
  newRecord?: true;
}

export interface TrailFilter {
  actorUserId?: string;
  recordType?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export interface VerificationReport {
  entriesChecked: number;
  recordsChecked: number;
  /** Valid checkpoints the sealed log was compared with. */
  checkpointsChecked: number;
  sealedEntries: number;
  /** Entries up to this position are covered by a signed checkpoint; later ones by their chains only. */
  checkpointedEntries: number;
  /** The earliest sealed position a problem lies at (or, for a checkpoint mismatch, the first it may lie at). */
  firstAffectedSeq: string | null;
  problems: ChainProblem[];
}

const VERIFY_BATCH = 5000;
/** Up to this many entries (each of another record) go through audit_append in one round trip. */
const APPEND_IN_ONE_CALL = 20;

// Each value is serialised once, canonically: the same text is hashed and stored.
const canonicalValue = (value: Record<string, unknown> | null | undefined) => (value == null ? null : new CanonicalJson(canonicalJson(value)));
const jsonText = (value: unknown) => (value instanceof CanonicalJson ? value.text : null);

/** What an entry's hash covers but its sequence number: the actor and request from the context, the values canonical. */
function contentOf(input: AuditInput, occurredAt: Date, prevHash: string | null): Omit<HashedContent, 'seq' | 'hashVersion'> {
  const scope = RequestContext.current();
  const actor = scope?.actor ?? SYSTEM_ACTOR;
  return {
    recordType: input.recordType,
    recordId: input.recordId,
    action: input.action,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorAgencyId: actor.agencyId,
    actorRoles: [...actor.roles],
    occurredAt,
    requestId: scope?.requestId ?? null,
    clientAddress: scope?.clientAddress ?? null,
    before: canonicalValue(input.before),
    after: canonicalValue(input.after),
    reason: input.reason ?? null,
    prevHash,
  };
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends entries inside the caller's transaction: no change without its
   * entry, no entry without its change. No global row is taken: a lock per
   * record (transaction-scoped advisory lock, taken in one order) keeps each
   * record's chain linear, and the global order is given when the worker seals
   * the trail (AuditSealer).
   */
  async record(manager: EntityManager, ...inputs: AuditInput[]): Promise<void> {
    if (inputs.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Audit entries must be written inside the transaction of the change');

    const keyOf = (i: AuditInput) => `${i.recordType}\u0000${i.recordId}`;
    const fresh = new Set(inputs.filter((i) => i.newRecord).map(keyOf));
    const keys = [...new Set(inputs.map(keyOf))].filter((k) => !fresh.has(k));
    // The usual API write: a few entries, one per record, on records that may have a chain: one round trip.
    if (keys.length === inputs.length && inputs.length <= APPEND_IN_ONE_CALL) {
      await this.appendInOneCall(manager, inputs);
      return;
    }
    const heads = new Map<string, string>();
    if (keys.length > 0) {
      const types = keys.map((k) => k.split('\u0000')[0]);
      const ids = keys.map((k) => k.split('\u0000')[1]);
      // Locks each record's chain until commit (sorted, so two transactions cannot take them in opposite
      // orders), then reads its head: one round trip (migration AuditSealing).
      const rows = (await manager.query(`SELECT chain_type AS record_type, chain_id AS record_id, head_hash AS hash FROM audit_chain_heads($1::text[], $2::text[])`, [types, ids])) as {
        record_type: string;
        record_id: string;
        hash: string;
      }[];
      for (const row of rows) heads.set(`${row.record_type}\u0000${row.record_id}`, row.hash);
    }

    const scope = RequestContext.current();
    const actor = scope?.actor ?? SYSTEM_ACTOR;
    const occurredAt = this.clock.now();
    const entries = inputs.map((input) => {
      const key = keyOf(input);
      const content: HashedContent = { hashVersion: CURRENT_HASH_VERSION, seq: null, ...contentOf(input, occurredAt, heads.get(key) ?? null) };
      const hash = hashEntry(content);
      heads.set(key, hash);
      return { id: uuidV7(), hash, content };
    });
    // One statement whatever the count, its rows in one JSON document: no bind-parameter limit, none of the
    // query builder's per-row cost, and the canonical before/after texts are spliced in as they are, not
    // escaped again as array elements (bulk imports append thousands of entries at once). Rows are inserted
    // in the order given (n), so `written` follows each record's chain.
    const rowsJson = entries.map(({ id, hash, content: c }, n) => {
      const scalars = JSON.stringify({ n, id, record_type: c.recordType, record_id: c.recordId, action: c.action, reason: c.reason, prev_hash: c.prevHash, hash });
      return `${scalars.slice(0, -1)},"before":${jsonText(c.before) ?? 'null'},"after":${jsonText(c.after) ?? 'null'}}`;
    });
    await manager.query(
      `INSERT INTO audit_entry (id, hash_version, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles,
                                occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
       SELECT id, ${CURRENT_HASH_VERSION}, record_type, record_id, action, $2, $3, $4, $5::text[], $6, $7, $8, before, after, reason, prev_hash, hash
         FROM json_to_recordset($1::json)
           AS t(n int, id uuid, record_type text, record_id text, action text, reason text, prev_hash text, hash text, before jsonb, after jsonb)
        ORDER BY n`,
      [`[${rowsJson.join(',')}]`, actor.userId, actor.username, actor.agencyId, [...actor.roles], occurredAt, scope?.requestId ?? null, scope?.clientAddress ?? null],
    );
  }

  /** The database locks the chains, reads their heads and finishes the hashes (function audit_append). */
  private async appendInOneCall(manager: EntityManager, inputs: AuditInput[]): Promise<void> {
    const scope = RequestContext.current();
    const actor = scope?.actor ?? SYSTEM_ACTOR;
    const occurredAt = this.clock.now();
    const rows = inputs.map((input, n) => {
      const content = contentOf(input, occurredAt, null);
      const [textBefore, textAfter] = hashedTextAroundPrevHash({ hashVersion: CURRENT_HASH_VERSION, seq: null, ...content });
      const scalars = JSON.stringify({ n, id: uuidV7(), record_type: content.recordType, record_id: content.recordId, action: content.action, reason: content.reason, text_before: textBefore, text_after: textAfter });
      return `${scalars.slice(0, -1)},"before":${jsonText(content.before) ?? 'null'},"after":${jsonText(content.after) ?? 'null'}}`;
    });
    await manager.query(`SELECT audit_append($1::json, $2, $3, $4, $5::text[], $6, $7, $8)`, [
      `[${rows.join(',')}]`, actor.userId, actor.username, actor.agencyId, [...actor.roles], occurredAt, scope?.requestId ?? null, scope?.clientAddress ?? null,
    ]);
  }

  /**
   * For audited reads (trace queries, views of a person): committed on its own.
   * The entry of a new record (a search's fresh id) has no chain to lock or
   * look up: one prepared statement, no transaction.
   */
  async recordRead(input: AuditInput): Promise<void> {
    if (!input.newRecord) {
      await this.dataSource.transaction((manager) => this.record(manager, input));
      return;
    }
    const content: HashedContent = { hashVersion: CURRENT_HASH_VERSION, seq: null, ...contentOf(input, this.clock.now(), null) };
    await queryPrepared(
      this.dataSource,
      `INSERT INTO audit_entry (id, hash_version, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles,
                                occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
       VALUES ($1::uuid, ${CURRENT_HASH_VERSION}, $2, $3, $4, $5::uuid, $6, $7::uuid, $8::text[], $9::timestamptz, $10, $11, $12::jsonb, $13::jsonb, $14, NULL, $15)`,
      [
        uuidV7(), content.recordType, content.recordId, content.action, content.actorUserId, content.actorUsername, content.actorAgencyId, content.actorRoles,
        content.occurredAt, content.requestId, content.clientAddress, jsonText(content.before), jsonText(content.after), content.reason, hashEntry(content),
      ],
    );
  }

  async trailOf(recordType: string, recordId: string, limit: number, offset: number): Promise<[AuditEntry[], number]> {
    return this.dataSource.getRepository(AuditEntry).findAndCount({
      where: { recordType, recordId },
      order: { written: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  async search(filter: TrailFilter): Promise<[AuditEntry[], Total]> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e');
    if (filter.actorUserId) query.andWhere('e.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.recordType) query.andWhere('e.record_type = :recordType', { recordType: filter.recordType });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    // Newest first by time, written order between entries of the same instant: ix_audit_entry_time serves
    // the first page and the time filters without sorting the trail.
    return pageRows(query.orderBy('e.occurred_at', 'DESC').addOrderBy('e.written', 'DESC').take(filter.limit).skip(filter.offset));
  }

  async verifyRecord(recordType: string, recordId: string): Promise<{ entriesChecked: number; problem: ChainProblem | null }> {
    const entries = await this.dataSource.getRepository(AuditEntry).find({ where: { recordType, recordId }, order: { written: 'ASC' } });
    // No entry is no evidence: never "intact" for a record that never existed (or whose whole trail is gone; the full verification finds the hole).
    if (entries.length === 0) throw new DomainError('AUDIT_TRAIL_NOT_FOUND', `No audit entry for ${recordType} ${recordId}: there is no trail to verify. Every record of the registry has at least its creation entry; if this record exists, run a full verification.`);
    return { entriesChecked: entries.length, problem: firstBrokenLink(entries) };
  }

  /**
   * Walks every chain record by record in keyset-paged batches (constant memory
   * at any size), then the sealed log in order against the checkpoints given
   * (already checked by readCheckpoints): a hole in the positions, or a Merkle
   * root that is not the signed one, is a removed, rewritten, reordered or
   * forged entry before the last checkpoint.
   */
  async verifyAll(onProgress?: (entriesChecked: number) => Promise<void> | void, checkpoints: CheckpointLine[] = []): Promise<VerificationReport> {
    const problems: ChainProblem[] = [];
    let entriesChecked = 0;
    let recordsChecked = 0;
    let cursor: [string, string, string] | null = null;
    let current: AuditEntry[] = [];
    const finishRecord = () => {
      if (current.length === 0) return;
      recordsChecked += 1;
      const problem = firstBrokenLink(current);
      if (problem) problems.push(problem);
      current = [];
    };

    for (;;) {
      const query = this.dataSource
        .getRepository(AuditEntry)
        .createQueryBuilder('e')
        .orderBy('e.record_type')
        .addOrderBy('e.record_id')
        .addOrderBy('e.written')
        .limit(VERIFY_BATCH);
      if (cursor) query.where('(e.record_type, e.record_id, e.written) > (:t, :r, :s)', { t: cursor[0], r: cursor[1], s: cursor[2] });
      const batch = await query.getMany();
      for (const entry of batch) {
        const last = current[current.length - 1];
        if (last && (last.recordType !== entry.recordType || last.recordId !== entry.recordId)) finishRecord();
        current.push(entry);
      }
      entriesChecked += batch.length;
      if (batch.length < VERIFY_BATCH) break;
      const tail = batch[batch.length - 1];
      cursor = [tail.recordType, tail.recordId, tail.written];
      await onProgress?.(entriesChecked);
    }
    finishRecord();
    const log = await this.verifySealedLog(checkpoints);
    problems.push(...log.problems);
    return {
      entriesChecked,
      recordsChecked,
      checkpointsChecked: checkpoints.length,
      sealedEntries: log.sealed,
      checkpointedEntries: checkpoints.length ? checkpoints[checkpoints.length - 1].checkpoint.size : 0,
      firstAffectedSeq: firstAffectedSeq(problems),
      problems,
    };
  }

  private async verifySealedLog(checkpoints: CheckpointLine[]): Promise<{ sealed: number; problems: ChainProblem[] }> {
    const problems: ChainProblem[] = [];
    const gap = (from: number, to: number, tail: boolean): ChainProblem => ({
      recordType: null,
      recordId: null,
      seq: String(from),
      entryId: null,
      problem: 'entry_missing',
      detail: `${from === to ? `Audit entry number ${from} is` : `Audit entries ${from} to ${to} are`} missing from the ${tail ? 'end of the sealed trail (a checkpoint counts them)' : 'sealed trail'}.`,
      lastSeq: String(to),
    });
    let frontier: Frontier = EMPTY_FRONTIER;
    let expected = 1;
    let next = 0;
    let matched = 0;
    let mismatch = false;
    let after = 0;
    const compare = () => {
      while (next < checkpoints.length && checkpoints[next].checkpoint.size <= frontier.size) {
        const { size, rootHash, sealedAt } = checkpoints[next].checkpoint;
        if (size === frontier.size && !mismatch) {
          if (frontierRoot(frontier) === rootHash) matched = size;
          else {
            mismatch = true;
            problems.push({
              recordType: null,
              recordId: null,
              seq: String(matched + 1),
              entryId: null,
              problem: 'checkpoint_mismatch',
              detail: `The sealed entries ${matched + 1} to ${size} are not those of the checkpoint of ${sealedAt} (size ${size}): one of them at least was rewritten, removed, reordered or inserted since.`,
              lastSeq: String(size),
            });
          }
        }
        next += 1;
      }
    };
    compare();
    for (;;) {
      const rows = (await this.dataSource.query(`SELECT id, seq, hash FROM audit_entry WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, VERIFY_BATCH * 4])) as { id: string; seq: string; hash: string }[];
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq > expected) problems.push(gap(expected, seq - 1, false));
        expected = seq + 1;
        frontier = append(frontier, [leafHash(leafData(row.id, row.hash))]);
        compare();
      }
      if (rows.length < VERIFY_BATCH * 4) break;
      after = Number(rows[rows.length - 1].seq);
    }
    const signed = checkpoints.length ? checkpoints[checkpoints.length - 1].checkpoint.size : 0;
    if (expected - 1 < signed) problems.push(gap(expected, signed, true));
    else if (frontier.size < signed && !mismatch) {
      // Positions renumbered to hide a removal: fewer entries than the checkpoint counts.
      problems.push({ recordType: null, recordId: null, seq: String(matched + 1), entryId: null, problem: 'checkpoint_mismatch', detail: `The trail holds ${frontier.size} sealed entries where the checkpoint of size ${signed} counts ${signed}.`, lastSeq: String(signed) });
    }
    return { sealed: frontier.size, problems };
  }
}
