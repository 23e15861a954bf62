import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One line of the trail. Append-only: a database trigger refuses UPDATE and
 * DELETE, bar setting `seq` once when the entry is sealed.
 */
@Entity('audit_entry')
export class AuditEntry {
  @PrimaryColumn('uuid')
  id: string;

  /** Position in the sealed log (1-based, gapless), covered by the signed checkpoints; null until sealed. */
  @Column('bigint', { nullable: true })
  seq: string | null;

  /** The order entries were appended in (gaps allowed): a record's chain follows it. */
  @Column('bigint')
  written: string;

  /** 1: the hash covers seq (entries of the counter era); 2: it does not. */
  @Column('integer')
  hashVersion: number;

  @Column('text')
  recordType: string;

  @Column('text')
  recordId: string;

  @Column('text')
  action: string;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text')
  actorUsername: string;

  @Column('uuid', { nullable: true })
  actorAgencyId: string | null;

  @Column('text', { array: true })
  actorRoles: string[];

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text', { nullable: true })
  requestId: string | null;

  @Column('text', { nullable: true })
  clientAddress: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('char', { length: 64, nullable: true })
  prevHash: string | null;

  @Column('char', { length: 64 })
  hash: string;
}
