import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock/clock.js';
import { queryPrepared, updateReturning } from '../../common/database/sql.js';
import { RequestContext, type Actor } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { User } from './entities/user.entity.js';
import { RefreshToken, UserSession } from './entities/session.entity.js';
import { assertPasswordPolicy } from './identity.errors.js';
import { KNOWN_ADDRESS_DAYS, lockUntil } from './lockout.js';
import { PasswordHasher } from './password-hasher.js';
import { SignInRateLimit } from './sign-in-rate-limit.js';
import { hashRefreshToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens.js';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

export interface Principal extends Actor {
  userId: string;
  sessionId: string;
  mustChangePassword: boolean;
}

/** The one answer for an unknown username, a wrong password and a locked account. */
const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The username or password is wrong.');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimit: SignInRateLimit,
  ) {}

  async signIn(username: string, password: string): Promise<IssuedTokens> {
    const address = RequestContext.current()?.clientAddress ?? null;
    await this.rateLimit.hit(address);
    const now = this.clock.now();
    await this.rateLimit.assertMayTry(username, address, now);
    const user = await this.dataSource.getRepository(User).createQueryBuilder('u').where('lower(u.username) = lower(:username)', { username }).getOne();

    // One password hash whatever the account: unknown, locked and wrong take the same time.
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.rateLimit.recordFailure(username, address, now);
      await this.recordFailure(user, username, now);
      throw invalidCredentials();
    }
    // A soft-locked account still opens from an address it signed in from before; elsewhere
    // the right password gets the answer of a wrong one, so a lock is never revealed.
    if (user.lockedUntil && user.lockedUntil > now && !(await this.isKnownAddress(user.id, address, now))) {
      await this.rateLimit.recordFailure(username, address, now);
      await this.dataSource.transaction((m) => this.audit.record(m, { recordType: 'user', recordId: user.id, action: 'sign_in_refused', after: { reason: 'locked, unfamiliar address', lockedUntil: user.lockedUntil!.toISOString() } }));
      throw invalidCredentials();
    }
    if (user.disabledAt) {
      await this.dataSource.transaction((m) => this.audit.record(m, { recordType: 'user', recordId: user.id, action: 'sign_in_refused', after: { reason: 'disabled' } }));
      throw new DomainError('ACCOUNT_DISABLED', 'This account is disabled; ask an administrator.');
    }

    await this.rateLimit.clear(username, address);
    // From here on the user is known: the sign-in is theirs in the audit trail.
    RequestContext.setActor({ userId: user.id, username: user.username, agencyId: user.agencyId, roles: user.roles });
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { failedSignIns: 0, lockedUntil: null, lastSignInAt: now });
      const session = manager.create(UserSession, {
        id: randomUUID(),
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
        revokedAt: null,
        revokedReason: null,
        clientAddress: address,
      });
      await manager.insert(UserSession, session);
      await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'signed_in', after: { sessionId: session.id } });
      return this.issue(manager, user, session.id);
    });
  }

  /** Rotation: each refresh token works once; presenting a used one revokes the whole session. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashRefreshToken(refreshToken) })
        .getOne();
      if (!stored) return { error: 'unknown' as const };
      const session = await manager.findOneByOrFail(UserSession, { id: stored.sessionId });
      const user = await manager.findOneByOrFail(User, { id: session.userId });
      if (stored.usedAt) {
        await manager.update(UserSession, session.id, { revokedAt: now, revokedReason: 'refresh token reused' });
        await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'session_revoked', after: { sessionId: session.id }, reason: 'A refresh token was presented twice: possible theft.' });
        return { error: 'reused' as const };
      }
      if (session.revokedAt || session.expiresAt <= now || user.disabledAt) return { error: 'ended' as const };
      await manager.update(RefreshToken, stored.id, { usedAt: now });
      return { tokens: await this.issue(manager, user, session.id) };
    });
    if (outcome.tokens) return outcome.tokens;
    throw new DomainError('INVALID_REFRESH_TOKEN', outcome.error === 'reused' ? 'This refresh token was already used; the session has been revoked. Sign in again.' : 'The refresh token is not valid; sign in again.');
  }

  async signOut(principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserSession, principal.sessionId, { revokedAt: this.clock.now(), revokedReason: 'signed out' });
      await this.audit.record(manager, { recordType: 'user', recordId: principal.userId, action: 'signed_out', after: { sessionId: principal.sessionId } });
    });
  }

  /** Changing one's password ends every other session. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: principal.userId });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.', { errors: [{ field: 'currentPassword', message: 'is wrong' }] });
    }
    assertPasswordPolicy(newPassword, user.username, 'newPassword');
    if (await this.hasher.verify(user.passwordHash, newPassword)) {
      throw new DomainError('PASSWORD_POLICY_VIOLATION', 'The new password must differ from the current one.', { errors: [{ field: 'newPassword', message: 'must differ from the current password' }] });
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      await manager.update(User, user.id, { passwordHash, mustChangePassword: false, updatedAt: now });
      await manager
        .createQueryBuilder()
        .update(UserSession)
        .set({ revokedAt: now, revokedReason: 'password changed' })
        .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', { userId: user.id, sessionId: principal.sessionId })
        .execute();
      await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'password_changed', before: { mustChangePassword: user.mustChangePassword }, after: { mustChangePassword: false } });
    });
  }

  /**
   * Resolves an access token to the acting user on every request: a disabled
   * user, a reset password or an ended session stop working at once.
   */
  async authenticate(accessToken: string): Promise<Principal> {
    const claims = verifyAccessToken(accessToken, this.config.JWT_SECRET, this.config.ACCESS_TOKEN_TTL_SECONDS);
    // Prepared: it runs before every request, and two primary-key probes plan the same for any id.
    const rows = (await queryPrepared(
      this.dataSource,
      `SELECT u.id, u.username, u.agency_id, u.roles, u.must_change_password, u.disabled_at, u.token_version,
              s.revoked_at, s.expires_at
         FROM app_user u JOIN user_session s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2`,
      [claims.sub, claims.sid],
    )) as { id: string; username: string; agency_id: string; roles: Principal['roles']; must_change_password: boolean; disabled_at: Date | null; token_version: number; revoked_at: Date | null; expires_at: Date }[];
    const row = rows[0];
    if (!row || row.token_version !== claims.tv || row.revoked_at || row.expires_at <= this.clock.now()) {
      throw new DomainError('INVALID_TOKEN', 'The access token is no longer valid: sign in again.');
    }
    if (row.disabled_at) throw new DomainError('ACCOUNT_DISABLED', 'This account is disabled; ask an administrator.');
    return { userId: row.id, username: row.username, agencyId: row.agency_id, roles: row.roles, sessionId: claims.sid, mustChangePassword: row.must_change_password };
  }

  private async issue(manager: EntityManager, user: User, sessionId: string): Promise<IssuedTokens> {
    const refresh = newRefreshToken();
    await manager.insert(RefreshToken, { id: randomUUID(), sessionId, tokenHash: refresh.hash, issuedAt: this.clock.now(), usedAt: null });
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    return { accessToken: signAccessToken({ sub: user.id, sid: sessionId, tv: user.tokenVersion }, this.config.JWT_SECRET, ttl), refreshToken: refresh.token, expiresIn: ttl, user };
  }

  private async isKnownAddress(userId: string, address: string | null, now: Date): Promise<boolean> {
    if (!address) return false;
    const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 3600 * 1000);
    const rows = await this.dataSource.query('SELECT 1 FROM user_session WHERE user_id = $1 AND client_address = $2 AND created_at > $3 LIMIT 1', [userId, address, since]);
    return rows.length > 0;
  }

  private async recordFailure(user: User | null, username: string, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!user) {
        // Unknown usernames are audited under the name tried: brute-force attempts show up.
        await this.audit.record(manager, { recordType: 'sign_in_attempt', recordId: username.toLowerCase().slice(0, 200), action: 'sign_in_failed', after: { reason: 'unknown username' } });
        return;
      }
      const [{ failed_sign_ins: failures }] = await updateReturning<{ failed_sign_ins: number }>(manager, 'UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1 RETURNING failed_sign_ins', [user.id]);
      const lockedUntil = lockUntil(failures, now);
      await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'sign_in_failed', after: { failedSignIns: failures } });
      if (lockedUntil) {
        await manager.update(User, user.id, { lockedUntil });
        await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'locked_out', after: { lockedUntil: lockedUntil.toISOString(), failedSignIns: failures } });
      }
    });
  }
}
