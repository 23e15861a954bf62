import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock/clock.js';
import { leafData, LOG_ORIGIN, signCheckpoint, usableLast, type CheckpointBody, type CheckpointLine } from './checkpoints.js';
import { CheckpointStore } from './checkpoint-store.js';
import { append, consistencyProof, EMPTY_FRONTIER, frontierRoot, leafHash, sealingRanges, type Frontier } from './merkle.js';

/** Subtrees of this many levels and more are kept in audit_tree_node for proofs. */
export const STORED_NODE_LEVEL = 10;
const SEAL_LOCK = 1795440;

/**
 * Seals the trail: gives unsealed entries their log positions in the order they
 * were written, extends the Merkle tree over them and appends a signed
 * checkpoint to the file. One sealer at a time (an advisory lock), each
 * checkpoint adding at most AUDIT_SEAL_BATCH entries; a seal runs until nothing
 * is left unsealed, so it keeps up with bulk imports.
 */
@Injectable()
export class AuditSealer {
  private readonly logger = new Logger('AuditSealer');
  private running: Promise<CheckpointLine | null> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CheckpointStore,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.AUDIT_SIGNING_KEY_FILE && this.config.AUDIT_CHECKPOINT_FILE);
  }

  /** The newest checkpoint made by this call, or null when there was nothing to seal (or another sealer was at it). */
  seal(): Promise<CheckpointLine | null> {
    // Calls overlapping in one process share the run.
    this.running ??= this.sealAll().finally(() => (this.running = null));
    return this.running;
  }

  private async sealAll(): Promise<CheckpointLine | null> {
    const keys = this.store.requireKeys();
    if (!keys.signing) throw new Error('AUDIT_SIGNING_KEY_FILE is not readable: the worker cannot sign checkpoints');
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1, 0) AS locked', [SEAL_LOCK])) as { locked: boolean }[];
      if (!locked) return null;
      try {
        let last = this.store.last();
        if (last && !usableLast(last, keys)) throw new Error(`the last line of ${this.store.file} is not a checkpoint signed by key ${keys.keyId}: refusing to extend it`);
        let made: CheckpointLine | null = null;
        for (;;) {
          const next = await this.sealBatch(runner, last);
          if (!next) return made;
          last = made = next;
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1, 0)', [SEAL_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  private async sealBatch(runner: QueryRunner, last: CheckpointLine | null): Promise<CheckpointLine | null> {
    const batch = this.config.AUDIT_SEAL_BATCH;
    const frontier: Frontier = last ? { size: last.checkpoint.size, nodes: last.frontier } : EMPTY_FRONTIER;
    const [{ top }] = (await runner.query('SELECT coalesce(max(seq), 0)::bigint AS top FROM audit_entry')) as { top: string }[];
    // Positions already given but not yet in a checkpoint (a seal that stopped half-way) are sealed first;
    // a database whose positions were rewound below the checkpoint gets new ones after it.
    const base = Math.max(frontier.size, Number(top));
    if (base - frontier.size < batch) {
      await runner.query(
        `UPDATE audit_entry e SET seq = n.seq
           FROM (SELECT id, $1::bigint + row_number() OVER (ORDER BY written) AS seq
                   FROM (SELECT id, written FROM audit_entry WHERE seq IS NULL ORDER BY written LIMIT $2) u) n
          WHERE e.id = n.id`,
        [base, batch - (base - frontier.size)],
      );
    }
    const rows = (await runner.query(`SELECT id, seq, hash FROM audit_entry WHERE seq > $1 ORDER BY seq LIMIT $2`, [frontier.size, batch])) as { id: string; seq: string; hash: string }[];
    const contiguous = rows.findIndex((row, i) => Number(row.seq) !== frontier.size + 1 + i);
    const sealed = contiguous === -1 ? rows : rows.slice(0, contiguous);
    if (sealed.length === 0) {
      if (rows.length > 0) this.logger.error(`audit entries ${frontier.size + 1}..${Number(rows[0].seq) - 1} are missing after the last checkpoint: the trail is not sealed until this is looked into`);
      return null;
    }
    const leaves = sealed.map((row) => leafHash(leafData(row.id, row.hash)));
    const nodes: { level: number; index: number; hash: string }[] = [];
    const extended = append(frontier, leaves, (level, index, hash) => level >= STORED_NODE_LEVEL && nodes.push({ level, index, hash }));
    const body: CheckpointBody = { origin: LOG_ORIGIN, size: extended.size, rootHash: frontierRoot(extended), sealedAt: this.clock.now().toISOString(), keyId: this.store.requireKeys().keyId };
    const line: CheckpointLine = {
      checkpoint: body,
      signature: signCheckpoint(body, this.store.requireKeys().signing!),
      consistency: frontier.size === 0 ? null : { fromSize: frontier.size, proof: await consistencyProof(frontier.size, extended.size, sealingRanges(frontier, leaves)) },
      frontier: extended.nodes,
    };
    if (nodes.length > 0) {
      await runner.query(
        `INSERT INTO audit_tree_node (level, index, hash) SELECT * FROM unnest($1::int[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index), nodes.map((n) => n.hash)],
      );
    }
    this.store.append(line);
    return line;
  }
}
