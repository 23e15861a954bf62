import { randomUUID } from 'node:crypto';
import { type Total } from '../../common/pagination/page.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { JobQueue } from '../../common/queue/job-queue.js';
import type { Page } from '../../common/pagination/page.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditService, type TrailFilter } from './audit.service.js';
import { STORED_NODE_LEVEL } from './audit-sealer.service.js';
import { leafData, type CheckpointLine } from './checkpoints.js';
import { CheckpointStore } from './checkpoint-store.js';
import { toAuditEntryResponse, type AuditEntryResponse } from './dto/audit.dto.js';
import { inclusionProof, leafHash, nodeHash, rootOf } from './merkle.js';
import { canonicalBundle, PROOF_FORMAT, type ProofBundle } from './proof-bundle.js';
import { concernsPerson, redact } from './redaction.js';

/** A checkpoint as served: what is signed, its signature, and its consistency proof from the one before. */
const served = (line: CheckpointLine) => ({ checkpoint: line.checkpoint, signature: line.signature, consistency: line.consistency });

/** Reading the trail (redacted per reader, reads about persons audited), its checkpoints and its proofs. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly store: CheckpointStore,
    private readonly jobs: JobQueue,
  ) {}

  async search(filter: TrailFilter, personalData: boolean): Promise<[AuditEntryResponse[], Total]> {
    const [entries, total] = await this.audit.search(filter);
    return [await this.readable(entries, personalData, { route: 'search', filter: { ...filter, from: filter.from?.toISOString(), to: filter.to?.toISOString() } }), total];
  }

  async trail(recordType: string, recordId: string, limit: number, offset: number, personalData: boolean): Promise<[AuditEntryResponse[], number]> {
    const [entries, total] = await this.audit.trailOf(recordType, recordId, limit, offset);
    return [await this.readable(entries, personalData, { route: 'trail', recordType, recordId }), total];
  }

  /** Person fields redacted without holder.personal_data; a read that returned entries about persons leaves an entry itself. */
  private async readable(entries: AuditEntry[], personalData: boolean, request: Record<string, unknown>): Promise<AuditEntryResponse[]> {
    const persons = await this.personHolders(entries);
    const about = entries.filter((e) => concernsPerson(e, persons.has(e.recordId)));
    if (about.length > 0) {
      await this.audit.recordRead({
        recordType: 'audit_read',
        recordId: randomUUID(),
        newRecord: true,
        action: 'entries_about_persons_read',
        after: { ...request, redacted: !personalData, entries: about.map((e) => e.id), records: [...new Set(about.map((e) => `${e.recordType}/${e.recordId}`))] },
      });
    }
    return entries.map((e) => {
      const response = toAuditEntryResponse(e);
      return personalData ? response : redact(response, persons.has(e.recordId));
    });
  }

  private async personHolders(entries: AuditEntry[]): Promise<Set<string>> {
    const ids = [...new Set(entries.filter((e) => e.recordType === 'holder').map((e) => e.recordId))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length === 0) return new Set();
    const rows = (await this.dataSource.query(`SELECT id FROM holder WHERE id = ANY($1::uuid[]) AND kind = 'person'`, [ids])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Nulls before the first seal. */
  latestCheckpoint() {
    this.store.requireKeys();
    const last = this.store.last();
    return last ? served(last) : { checkpoint: null, signature: null, consistency: null };
  }

  checkpoints(limit: number, offset: number): Page<ReturnType<typeof served>> {
    this.store.requireKeys();
    const all = this.store.all();
    const newestFirst = all.reverse();
    return { items: newestFirst.slice(offset, offset + limit).map(served), page: { limit, offset, total: all.length, totalIsExact: true } };
  }

  publicKey() {
    const keys = this.store.requireKeys();
    return { algorithm: 'Ed25519', keyId: keys.keyId, publicKeyPem: keys.public.export({ type: 'spki', format: 'pem' }).toString() };
  }

  /** The worker seals (it alone holds the signing key); the checkpoint appears in GET /audit/checkpoints/latest. */
  async requestSeal(): Promise<{ queued: true }> {
    this.store.requireKeys();
    await this.jobs.enqueue('audit.seal', {}, `audit-seal-${Date.now()}-${randomUUID().slice(0, 8)}`, { attempts: 1 });
    return { queued: true };
  }

  /**
   * The record's sealed entries with their inclusion proofs in the latest
   * checkpoint. Unredacted by nature (the hashes are of the full entries): about
   * a person, only for holder.personal_data; and audited.
   */
  async proof(recordType: string, recordId: string, personalData: boolean): Promise<ProofBundle> {
    this.store.requireKeys();
    const last = this.store.last();
    if (!last) throw new DomainError('AUDIT_NOT_SEALED', 'The trail has not been sealed yet.');
    const size = last.checkpoint.size;
    const entries = await this.dataSource.getRepository(AuditEntry).find({ where: { recordType, recordId }, order: { written: 'ASC' } });
    const persons = await this.personHolders(entries);
    if (!personalData && entries.some((e) => concernsPerson(e, persons.has(e.recordId)))) {
      throw new DomainError('AUDIT_PROOF_PERSONAL_DATA', 'This record concerns a person: its proof carries personal data, which your roles may not see.');
    }
    const sealed = entries.filter((e) => e.seq !== null && Number(e.seq) <= size).sort((a, b) => Number(a.seq) - Number(b.seq));
    if (sealed.length === 0) throw new DomainError('AUDIT_NOT_SEALED', `No entry of ${recordType} ${recordId} is in a signed checkpoint yet.`);
    const about = sealed.filter((e) => concernsPerson(e, persons.has(e.recordId)));
    if (about.length > 0) {
      await this.audit.recordRead({ recordType: 'audit_read', recordId: randomUUID(), newRecord: true, action: 'proof_about_person_read', after: { route: 'proof', recordType, recordId, entries: about.map((e) => e.id) } });
    }
    const range = this.rangeHash(size);
    const items = [];
    for (const e of sealed) {
      items.push({
        entry: {
          id: e.id, hash: e.hash.trim(), hashVersion: e.hashVersion, seq: String(e.seq), recordType: e.recordType, recordId: e.recordId, action: e.action,
          actorUserId: e.actorUserId, actorUsername: e.actorUsername, actorAgencyId: e.actorAgencyId, actorRoles: e.actorRoles, occurredAt: e.occurredAt.toISOString(),
          requestId: e.requestId, clientAddress: e.clientAddress, before: e.before, after: e.after, reason: e.reason, prevHash: e.prevHash?.trim() ?? null,
        },
        inclusionProof: await inclusionProof(Number(e.seq) - 1, size, range),
      });
    }
    return canonicalBundle({ format: PROOF_FORMAT, recordType, recordId, checkpoint: { checkpoint: last.checkpoint, signature: last.signature }, entries: items, unsealedEntries: entries.length - sealed.length });
  }

  /**
   * MTH of leaves [start, end) of the sealed log: complete subtrees of 2^10
   * leaves and more from audit_tree_node when the sealer stored them, the rest
   * from the entries. The database is not trusted here: a wrong node only makes
   * the proof fail its verification.
   */
  private rangeHash(size: number) {
    const compute = async (start: number, end: number): Promise<string> => {
      const width = end - start;
      const aligned = (width & (width - 1)) === 0 && start % width === 0;
      if (aligned && width >= 2 ** STORED_NODE_LEVEL) {
        const [node] = (await this.dataSource.query(`SELECT hash FROM audit_tree_node WHERE level = $1 AND index = $2`, [Math.log2(width), start / width])) as { hash: string }[];
        if (node) return node.hash;
      }
      if (width > 2 ** STORED_NODE_LEVEL) {
        let k = 1;
        while (k * 2 < width) k *= 2;
        return nodeHash(await compute(start, start + k), await compute(start + k, end));
      }
      const rows = (await this.dataSource.query(`SELECT id, hash FROM audit_entry WHERE seq > $1 AND seq <= $2 ORDER BY seq`, [start, end])) as { id: string; hash: string }[];
      return rootOf(rows.map((r) => leafHash(leafData(r.id, r.hash))));
    };
    return (start: number, end: number) => {
      if (end > size) throw new Error('range beyond the checkpoint');
      return compute(start, end);
    };
  }
}
