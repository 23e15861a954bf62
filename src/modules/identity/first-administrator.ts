import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { Agency } from './entities/agency.entity.js';
import { User } from './entities/user.entity.js';
import { UsersService } from './users.service.js';

export const NATIONAL_AUTHORITY_CODE = 'NFA';

/**
 * Creates the first administrator (CLI `create-admin`, or BOOTSTRAP_ADMIN_* on
 * first start). Does nothing once any administrator exists.
 */
@Injectable()
export class FirstAdministrator {
  private readonly logger = new Logger('FirstAdministrator');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async ensure(username: string, password: string): Promise<User | null> {
    const existing = await this.dataSource.getRepository(User).createQueryBuilder('u').where(`'admin' = ANY(u.roles)`).getCount();
    if (existing > 0) {
      this.logger.log('an administrator already exists; nothing created');
      return null;
    }
    const agency = await this.nationalAuthority();
    const user = await this.users.create({ username, displayName: 'Registry administrator', agencyId: agency.id, roles: ['admin'], initialPassword: password }, { mustChangePassword: false });
    this.logger.log(`administrator "${username}" created`);
    return user;
  }

  private async nationalAuthority(): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Agency, { code: NATIONAL_AUTHORITY_CODE });
      if (found) return found;
      const now = this.clock.now();
      const agency = manager.create(Agency, { id: randomUUID(), code: NATIONAL_AUTHORITY_CODE, name: 'National Firearms Authority', type: 'national_firearms_authority', region: null, active: true, createdAt: now, updatedAt: now });
      await manager.insert(Agency, agency);
      await this.audit.record(manager, { recordType: 'agency', recordId: agency.id, action: 'created', after: { code: agency.code, name: agency.name, type: agency.type } });
      return agency;
    });
  }
}
