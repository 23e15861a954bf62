import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { queryPrepared, updateReturning } from '../../common/database/sql.js';
import { RequestContext, SYSTEM_ACTOR } from '../../common/context/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { CanonicalJson, canonicalJson, firstBrokenLink, hashedTextBeforeSeq, hashEntry, type ChainProblem, type HashedContent } from './hash-chain.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

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
  problems: ChainProblem[];
}

const VERIFY_BATCH = 5000;

// Each value is serialised once, canonically: the same text is hashed and stored.
const canonicalValue = (value: Record<string, unknown> | null | undefined) => (value == null ? null : new CanonicalJson(canonicalJson(value)));
const jsonText = (value: unknown) => (value instanceof CanonicalJson ? value.text : null);

/** What an entry's hash covers but its sequence number: the actor and request from the context, the values canonical. */
function contentOf(input: AuditInput, occurredAt: Date, prevHash: string | null): Omit<HashedContent, 'seq'> {
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
   * entry, no entry without its change. Taking the counter row lock serialises
   * appenders until commit, which keeps the sequence gapless and each record's
   * chain linear.
   */
  async record(manager: EntityManager, ...inputs: AuditInput[]): Promise<void> {
    if (inputs.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Audit entries must be written inside the transaction of the change');
    const [{ last_seq: last }] = await updateReturning<{ last_seq: string }>(manager, 'UPDATE audit_counter SET last_seq = last_seq + $1 WHERE id = 1 RETURNING last_seq', [inputs.length]);
    let seq = BigInt(last) - BigInt(inputs.length);

    const keyOf = (i: AuditInput) => `${i.recordType}\u0000${i.recordId}`;
    const fresh = new Set(inputs.filter((i) => i.newRecord).map(keyOf));
    const keys = [...new Set(inputs.map(keyOf))].filter((k) => !fresh.has(k));
    const heads = new Map<string, string>();
    // One index probe per record (LATERAL): a join here would scan the whole trail under the counter lock.
    const rows = keys.length === 0 ? [] : (await manager.query(
      `SELECT k.record_type, k.record_id, head.hash
         FROM unnest($1::text[], $2::text[]) AS k(record_type, record_id)
         CROSS JOIN LATERAL (
           SELECT e.hash FROM audit_entry e
            WHERE e.record_type = k.record_type AND e.record_id = k.record_id
            ORDER BY e.seq DESC LIMIT 1) AS head`,
      [keys.map((k) => k.split('\u0000')[0]), keys.map((k) => k.split('\u0000')[1])],
    )) as { record_type: string; record_id: string; hash: string }[];
    for (const row of rows) heads.set(`${row.record_type}\u0000${row.record_id}`, row.hash);

    const scope = RequestContext.current();
    const actor = scope?.actor ?? SYSTEM_ACTOR;
    const occurredAt = this.clock.now();
    const entries = inputs.map((input) => {
      seq += 1n;
      const key = keyOf(input);
      const content: HashedContent = { seq: seq.toString(), ...contentOf(input, occurredAt, heads.get(key) ?? null) };
      const hash = hashEntry(content);
      heads.set(key, hash);
      return { id: randomUUID(), hash, content };
    });
    // One statement whatever the count, its rows in one JSON document: no bind-parameter limit, none of the
    // query builder's per-row cost, and the canonical before/after texts are spliced in as they are, not
    // escaped again as array elements (bulk imports append thousands of entries at once).
    const rowsJson = entries.map(({ id, hash, content: c }) => {
      const scalars = JSON.stringify({ id, seq: c.seq, record_type: c.recordType, record_id: c.recordId, action: c.action, reason: c.reason, prev_hash: c.prevHash, hash });
      return `${scalars.slice(0, -1)},"before":${jsonText(c.before) ?? 'null'},"after":${jsonText(c.after) ?? 'null'}}`;
    });
    await manager.query(
      `INSERT INTO audit_entry (id, seq, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles,
                                occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
       SELECT id, seq, record_type, record_id, action, $2, $3, $4, $5::text[], $6, $7, $8, before, after, reason, prev_hash, hash
         FROM json_to_recordset($1::json)
           AS t(id uuid, seq bigint, record_type text, record_id text, action text, reason text, prev_hash text, hash text, before jsonb, after jsonb)`,
      [`[${rowsJson.join(',')}]`, actor.userId, actor.username, actor.agencyId, [...actor.roles], occurredAt, scope?.requestId ?? null, scope?.clientAddress ?? null],
    );
  }

  /**
   * For audited reads (trace queries, views of a person): committed on its own.
   *
   * The entry of a new record (a search's fresh id) has no previous hash, so the
   * database can take the sequence number, finish the hash and insert in one statement
   * (one implicit transaction, one round trip, prepared) instead of a transaction of
   * four round trips: the counter lock is held for that one statement only, and
   * the search waiting for its entry waits less. Same row, same hash as record().
   */
  async recordRead(input: AuditInput): Promise<void> {
    if (!input.newRecord) {
      await this.dataSource.transaction((manager) => this.record(manager, input));
      return;
    }
    const content = contentOf(input, this.clock.now(), null);
    await queryPrepared(
      this.dataSource,
      `WITH counter AS (UPDATE audit_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq)
       INSERT INTO audit_entry (id, seq, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles,
                                occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
       SELECT $1::uuid, last_seq, $2, $3, $4, $5::uuid, $6, $7::uuid, $8::text[], $9::timestamptz, $10, $11, $12::jsonb, $13::jsonb, $14, NULL,
              encode(sha256(convert_to($15::text || last_seq::text || '"}', 'UTF8')), 'hex')
         FROM counter`,
      [
        randomUUID(), content.recordType, content.recordId, content.action, content.actorUserId, content.actorUsername, content.actorAgencyId, content.actorRoles,
        content.occurredAt, content.requestId, content.clientAddress, jsonText(content.before), jsonText(content.after), content.reason, hashedTextBeforeSeq(content),
      ],
    );
  }

  async trailOf(recordType: string, recordId: string, limit: number, offset: number): Promise<[AuditEntry[], number]> {
    return this.dataSource.getRepository(AuditEntry).findAndCount({
      where: { recordType, recordId },
      order: { seq: 'DESC' },
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
    return pageRows(query.orderBy('e.seq', 'DESC').take(filter.limit).skip(filter.offset));
  }

  async verifyRecord(recordType: string, recordId: string): Promise<{ entriesChecked: number; problem: ChainProblem | null }> {
    const entries = await this.dataSource.getRepository(AuditEntry).find({ where: { recordType, recordId }, order: { seq: 'ASC' } });
    return { entriesChecked: entries.length, problem: firstBrokenLink(entries) };
  }

  /**
   * Walks every chain record by record in keyset-paged batches (constant memory
   * at any size), then finds holes in the global sequence in SQL.
   */
  async verifyAll(onProgress?: (entriesChecked: number) => Promise<void> | void): Promise<VerificationReport> {
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
        .addOrderBy('e.seq')
        .limit(VERIFY_BATCH);
      if (cursor) query.where('(e.record_type, e.record_id, e.seq) > (:t, :r, :s)', { t: cursor[0], r: cursor[1], s: cursor[2] });
      const batch = await query.getMany();
      for (const entry of batch) {
        const last = current[current.length - 1];
        if (last && (last.recordType !== entry.recordType || last.recordId !== entry.recordId)) finishRecord();
        current.push(entry);
      }
      entriesChecked += batch.length;
      if (batch.length < VERIFY_BATCH) break;
      const tail = batch[batch.length - 1];
      cursor = [tail.recordType, tail.recordId, tail.seq];
      await onProgress?.(entriesChecked);
    }
    finishRecord();
    problems.push(...(await this.missingSequenceNumbers()));
    return { entriesChecked, recordsChecked, problems };
  }

  /** Holes in 1..last_seq: entries removed from the table, the tail included. */
  private async missingSequenceNumbers(): Promise<ChainProblem[]> {
    const rows = (await this.dataSource.query(
      `WITH bounds AS (SELECT last_seq FROM audit_counter WHERE id = 1),
            present AS (SELECT seq, lag(seq, 1, 0::bigint) OVER (ORDER BY seq) AS previous FROM audit_entry)
       SELECT previous + 1 AS first_missing, seq - 1 AS last_missing FROM present WHERE seq > previous + 1
       UNION ALL
       SELECT coalesce(max(seq), 0) + 1, (SELECT last_seq FROM bounds) FROM audit_entry
       HAVING coalesce(max(seq), 0) < (SELECT last_seq FROM bounds)
       ORDER BY 1
       LIMIT 1000`,
    )) as { first_missing: string; last_missing: string }[];
    return rows.map((row) => ({
      recordType: null,
      recordId: null,
      seq: row.first_missing,
      entryId: null,
      problem: 'entry_missing' as const,
      detail:
        row.first_missing === row.last_missing
          ? `Audit entry number ${row.first_missing} is missing from the trail.`
          : `Audit entries ${row.first_missing} to ${row.last_missing} are missing from the trail.`,
    }));
  }
}
