import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { Agency } from './entities/agency.entity.js';
import type { AgencyListQuery, CreateAgencyRequest, UpdateAgencyRequest } from './dto/agency.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

const auditView = (a: Agency) => ({ code: a.code, name: a.name, type: a.type, region: a.region, active: a.active });

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: AgencyListQuery): Promise<[Agency[], Total]> {
    const q = this.dataSource.getRepository(Agency).createQueryBuilder('a');
    if (query.type) q.andWhere('a.type = :type', { type: query.type });
    if (query.region) q.andWhere('a.region = :region', { region: query.region });
    if (query.active !== undefined) q.andWhere('a.active = :active', { active: query.active });
    return pageRows(q.orderBy('a.name').addOrderBy('a.id').take(query.limit).skip(query.offset));
  }

  async get(id: string): Promise<Agency> {
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id });
    if (!agency) throw new DomainError('AGENCY_NOT_FOUND', `No agency ${id}.`);
    return agency;
  }

  async create(input: CreateAgencyRequest): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Agency, { code: input.code })) {
        throw new DomainError('AGENCY_CODE_TAKEN', `An agency with code ${input.code} already exists.`, { errors: [{ field: 'code', message: 'is already used' }] });
      }
      const now = this.clock.now();
      const agency = manager.create(Agency, { id: randomUUID(), ...input, region: input.region ?? null, active: true, createdAt: now, updatedAt: now });
      await manager.insert(Agency, agency);
      await this.audit.record(manager, { recordType: 'agency', recordId: agency.id, action: 'created', after: auditView(agency) });
      return agency;
    });
  }

  async update(id: string, input: UpdateAgencyRequest): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOne(Agency, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw new DomainError('AGENCY_NOT_FOUND', `No agency ${id}.`);
      const before = auditView(agency);
      Object.assign(agency, input, { updatedAt: this.clock.now() });
      const diff = changedFields(before, auditView(agency));
      if (Object.keys(diff.after).length === 0) return agency;
      await manager.save(agency);
      await this.audit.record(manager, { recordType: 'agency', recordId: id, action: 'updated', ...diff });
      return agency;
    });
  }
}
