import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChainProblem } from './hash-chain.js';

export type VerificationStatus = 'queued' | 'running' | 'completed' | 'failed';

/** A full-trail verification run by the worker, requested by an admin or auditor. */
@Entity('audit_verification')
export class AuditVerification {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  requestedBy: string | null;

  @Column('timestamptz')
  requestedAt: Date;

  @Column('text')
  status: VerificationStatus;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Column('bigint', { default: 0 })
  entriesChecked: string;

  @Column('bigint', { default: 0 })
  recordsChecked: string;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  problems: ChainProblem[];

  @Column('text', { nullable: true })
  error: string | null;
}
