import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { Agency } from './entities/agency.entity.js';
import { UserSession } from './entities/session.entity.js';
import { User } from './entities/user.entity.js';
import { assertPasswordPolicy } from './identity.errors.js';
import { PasswordHasher } from './password-hasher.js';
import type { CreateUserRequest, UpdateUserRequest, UserListQuery } from './dto/user.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

const auditView = (u: User) => ({
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  agencyId: u.agencyId,
  roles: [...u.roles].sort(),
  disabled: u.disabledAt !== null,
  mustChangePassword: u.mustChangePassword,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
  ) {}

  async list(query: UserListQuery): Promise<[User[], Total]> {
    const q = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (query.agencyId) q.andWhere('u.agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.role) q.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.disabled !== undefined) q.andWhere(query.disabled ? 'u.disabled_at IS NOT NULL' : 'u.disabled_at IS NULL');
    if (query.q) q.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    return pageRows(q.orderBy('u.username').take(query.limit).skip(query.offset));
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new DomainError('USER_NOT_FOUND', `No user ${id}.`);
    return user;
  }

  /** Administrators give an initial password; the user must change it at first sign-in. */
  async create(input: CreateUserRequest, options: { mustChangePassword?: boolean } = {}): Promise<User> {
    assertPasswordPolicy(input.initialPassword, input.username, 'initialPassword');
    const passwordHash = await this.hasher.hash(input.initialPassword);
    return this.dataSource.transaction(async (manager) => {
      await this.assertAgencyExists(manager, input.agencyId);
      const taken = await manager.getRepository(User).createQueryBuilder('u').where('lower(u.username) = lower(:username)', { username: input.username }).getExists();
      if (taken) throw new DomainError('USERNAME_TAKEN', `The username ${input.username} is already used.`, { errors: [{ field: 'username', message: 'is already used' }] });
      const now = this.clock.now();
      const user = manager.create(User, {
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        agencyId: input.agencyId,
        roles: input.roles,
        passwordHash,
        mustChangePassword: options.mustChangePassword ?? true,
        disabledAt: null,
        failedSignIns: 0,
        lockedUntil: null,
        tokenVersion: 0,
        lastSignInAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(User, user);
      await this.audit.record(manager, { recordType: 'user', recordId: user.id, action: 'created', after: auditView(user) });
      return user;
    });
  }

  async update(id: string, input: UpdateUserRequest): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (input.agencyId) await this.assertAgencyExists(manager, input.agencyId);
      if (input.roles && user.roles.includes('admin') && !input.roles.includes('admin')) await this.assertNotLastAdmin(manager, user);
      const before = auditView(user);
      Object.assign(user, input, { updatedAt: this.clock.now() });
      const diff = changedFields(before, auditView(user));
      if (Object.keys(diff.after).length === 0) return user;
      await manager.save(user);
      await this.audit.record(manager, { recordType: 'user', recordId: id, action: 'roles' in diff.after ? 'roles_changed' : 'updated', ...diff });
      return user;
    });
  }

  /** Disabling ends every session and token at once. */
  async disable(id: string, reason: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (user.disabledAt) return user;
      if (user.roles.includes('admin')) await this.assertNotLastAdmin(manager, user);
      const now = this.clock.now();
      Object.assign(user, { disabledAt: now, tokenVersion: user.tokenVersion + 1, updatedAt: now });
      await manager.save(user);
      await this.revokeSessions(manager, id, 'user disabled');
      await this.audit.record(manager, { recordType: 'user', recordId: id, action: 'disabled', before: { disabled: false }, after: { disabled: true }, reason });
      return user;
    });
  }

  async enable(id: string, reason: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (!user.disabledAt) return user;
      Object.assign(user, { disabledAt: null, failedSignIns: 0, lockedUntil: null, updatedAt: this.clock.now() });
      await manager.save(user);
      await this.audit.record(manager, { recordType: 'user', recordId: id, action: 'enabled', before: { disabled: true }, after: { disabled: false }, reason });
      return user;
    });
  }

  /** Sets a temporary password, unlocks the account, ends its sessions and forces a change. */
  async resetPassword(id: string, temporaryPassword: string): Promise<User> {
    const existing = await this.get(id);
    assertPasswordPolicy(temporaryPassword, existing.username, 'temporaryPassword');
    const passwordHash = await this.hasher.hash(temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      Object.assign(user, { passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null, tokenVersion: user.tokenVersion + 1, updatedAt: this.clock.now() });
      await manager.save(user);
      await this.revokeSessions(manager, id, 'password reset');
      await this.audit.record(manager, { recordType: 'user', recordId: id, action: 'password_reset', after: { mustChangePassword: true } });
      return user;
    });
  }

  private async lockUser(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new DomainError('USER_NOT_FOUND', `No user ${id}.`);
    return user;
  }

  private async assertAgencyExists(manager: EntityManager, agencyId: string): Promise<void> {
    if (!(await manager.existsBy(Agency, { id: agencyId }))) {
      throw new DomainError('AGENCY_NOT_FOUND', `No agency ${agencyId}.`, { errors: [{ field: 'agencyId', message: 'does not exist' }] });
    }
  }

  /** The registry must always keep one active administrator. */
  private async assertNotLastAdmin(manager: EntityManager, user: User): Promise<void> {
    // Two administrators disabling each other at once would each still count the
    // other: the checks take turns, so each sees the change committed before it.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('registry:last-admin'))`);
    const others = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'admin' = ANY(u.roles) AND u.disabled_at IS NULL AND u.id <> :id`, { id: user.id })
      .getCount();
    if (others === 0) throw new DomainError('LAST_ADMIN', 'This is the last active administrator; appoint another one first.');
  }

  private async revokeSessions(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager.createQueryBuilder().update(UserSession).set({ revokedAt: this.clock.now(), revokedReason: reason }).where('user_id = :userId AND revoked_at IS NULL', { userId }).execute();
  }
}

