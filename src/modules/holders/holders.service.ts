import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Holder } from './holder.entities.js';
import type { CreateHolderRequest, HolderFields, HolderListQuery, UpdateHolderRequest } from './dto/holder.dto.js';

const FIELDS: (keyof HolderFields)[] = ['familyName', 'givenNames', 'birthDate', 'sex', 'nationality', 'idDocumentType', 'idDocumentNumber', 'idDocumentCountry', 'organisationType', 'legalName', 'registrationNumber', 'country', 'address', 'phone'];

const auditView = (h: Holder) => Object.fromEntries([['kind', h.kind], ...FIELDS.map((f) => [f, h[f] ?? null])]);

@Injectable()
export class HoldersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateHolderRequest): Promise<Holder> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkCountries(manager, input);
      const now = this.clock.now();
      const holder = manager.create(Holder, {
        id: randomUUID(),
        kind: input.kind,
        ...Object.fromEntries(FIELDS.map((f) => [f, input[f] ?? null])),
        registeringAgencyId: RequestContext.current()?.actor?.agencyId ?? undefined,
        createdAt: now,
        updatedAt: now,
      } as Holder);
      if (!holder.registeringAgencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown: sign in as a user of an agency.');
      await manager.insert(Holder, holder);
      await this.audit.record(manager, { recordType: 'holder', recordId: holder.id, action: 'created', after: auditView(holder) });
      return holder;
    });
  }

  async update(id: string, input: UpdateHolderRequest): Promise<Holder> {
    return this.dataSource.transaction(async (manager) => {
      const holder = await manager.findOne(Holder, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!holder) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${id}.`);
      await this.checkCountries(manager, input);
      const before = auditView(holder);
      for (const field of FIELDS) if (input[field] !== undefined) Object.assign(holder, { [field]: input[field] });
      const diff = changedFields(before, auditView(holder));
      if (Object.keys(diff.after).length === 0) return holder;
      holder.updatedAt = this.clock.now();
      await manager.save(holder);
      await this.audit.record(manager, { recordType: 'holder', recordId: id, action: 'corrected', ...diff, reason: input.reason });
      return holder;
    });
  }

  /** Viewing a person's record is itself audited: who looked at whom, when. */
  async view(id: string, personalData: boolean): Promise<Holder> {
    const holder = await this.get(this.dataSource.manager, id);
    if (holder.kind === 'person' && personalData) await this.audit.recordRead({ recordType: 'holder', recordId: id, action: 'viewed' });
    return holder;
  }

  async get(manager: EntityManager, id: string): Promise<Holder> {
    const holder = await manager.findOneBy(Holder, { id });
    if (!holder) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${id}.`);
    return holder;
  }

  async list(query: HolderListQuery, personalData: boolean): Promise<[Holder[], number]> {
    const q = this.dataSource.getRepository(Holder).createQueryBuilder('h');
    if (query.kind) q.andWhere('h.kind = :kind', { kind: query.kind });
    if (query.agencyId) q.andWhere('h.registering_agency_id = :agencyId', { agencyId: query.agencyId });
    // Without personal-data rights, searching by a person's name or document would leak it.
    if (!personalData && (query.q || query.documentNumber)) q.andWhere(`h.kind = 'organisation'`);
    if (query.documentNumber) q.andWhere('(h.id_document_number = :doc OR h.registration_number = :doc)', { doc: query.documentNumber });
    if (query.q) {
      q.andWhere(`(coalesce(h.family_name, '') || ' ' || coalesce(h.given_names, '') || ' ' || coalesce(h.legal_name, '')) % :q OR (coalesce(h.family_name, '') || ' ' || coalesce(h.given_names, '') || ' ' || coalesce(h.legal_name, '')) ILIKE :like`, {
        q: query.q,
        like: `%${query.q.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const result = await q.orderBy('h.created_at', 'DESC').take(query.limit).skip(query.offset).getManyAndCount();
    if (personalData && (query.q || query.documentNumber)) {
      await this.audit.recordRead({ recordType: 'holder_search', recordId: randomUUID(), action: 'searched', after: { q: query.q ?? null, documentNumber: query.documentNumber ?? null, results: result[1] } });
    }
    return result;
  }

  private async checkCountries(manager: EntityManager, input: HolderFields): Promise<void> {
    await this.reference.assertKnown(manager, [
      { field: 'nationality', table: 'country', value: input.nationality },
      { field: 'idDocumentCountry', table: 'country', value: input.idDocumentCountry },
      { field: 'country', table: 'country', value: input.country },
    ]);
  }
}
