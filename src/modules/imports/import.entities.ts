import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JsonObject } from '../../common/database/sql.js';

export const IMPORT_KINDS = ['firearms', 'holders', 'licences', 'markings', 'seizure_items'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

@Entity('import_job')
export class ImportJob {
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: ImportKind;
  @Column('text') status: ImportStatus;
  @Column('boolean') dryRun: boolean;
  @Column('boolean') allOrNothing: boolean;
  @Column('text') fileName: string;
  @Column('text') filePath: string;
  @Column('bigint') fileSize: string;
  @Column('char', { length: 64 }) fileSha256: string;
  @Column('text', { nullable: true }) fileFormat: string | null;
  @Column('text', { nullable: true }) fileEncoding: string | null;
  @Column('jsonb') columnMapping: JsonObject;
  @Column('text', { array: true }) ignoredColumns: string[];
  @Column('integer') rowsRead: number;
  @Column('integer') rowsAccepted: number;
  @Column('integer') rowsRejected: number;
  @Column('integer') rowsDuplicate: number;
  /** Rows up to here are committed: a resumed job starts after it. */
  @Column('integer') lastCommittedRow: number;
  @Column('bigint') bytesRead: string;
  /** The run allowed to commit chunks, until the expiry (PostgreSQL's clock); other runs wait or take over once it lapses. */
  @Column('uuid', { nullable: true }) leaseId: string | null;
  @Column('timestamptz', { nullable: true }) leaseExpiresAt: Date | null;
  /** Times the sweep restarted the import after no worker held it (a worker lost, the database restarted). */
  @Column('integer') resumeCount: number;
  /** Field → file value → code: the officer's fix for a file's vocabulary, applied before the reference data. */
  @Column('jsonb') valueMapping: JsonObject;
  @Column('uuid') agencyId: string;
  /** Markings imports may enter a campaign's log; seizure items imports add to one seizure case. */
  @Column('uuid', { nullable: true }) campaignId: string | null;
  @Column('uuid', { nullable: true }) seizureId: string | null;
  @Column('uuid', { nullable: true }) requestedBy: string | null;
  @Column('text', { nullable: true }) error: string | null;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @Column('timestamptz') updatedAt: Date;
}

@Entity('import_row_error')
export class ImportRowError {
  @PrimaryColumn('uuid') importId: string;
  @PrimaryColumn('integer') rowNumber: number;
  @PrimaryColumn('text') field: string;
  @Column('text') reason: string;
  @Column('uuid', { nullable: true }) duplicateOf: string | null;
  /** The row was imported; the report notes something worth knowing (a firearm without a make). */
  @Column('boolean') warning: boolean;
}
