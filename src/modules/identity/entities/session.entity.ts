import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in session: the family of refresh tokens issued by one sign-in. */
@Entity('user_session')
export class UserSession {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('text', { nullable: true })
  revokedReason: string | null;

  @Column('text', { nullable: true })
  clientAddress: string | null;
}

/** Stored as a SHA-256 of the random token: a leaked table grants nothing. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  sessionId: string;

  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz')
  issuedAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;
}
