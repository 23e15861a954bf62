import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../../../common/auth/permissions.js';

@Entity('app_user')
export class User {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  username: string;

  @Column('text')
  displayName: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('uuid')
  agencyId: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text')
  passwordHash: string;

  @Column('boolean', { default: false })
  mustChangePassword: boolean;

  @Column('timestamptz', { nullable: true })
  disabledAt: Date | null;

  @Column('integer', { default: 0 })
  failedSignIns: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  /** Bumped by a password reset or disabling: every token issued before is refused. */
  @Column('integer', { default: 0 })
  tokenVersion: number;

  @Column('timestamptz', { nullable: true })
  lastSignInAt: Date | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
