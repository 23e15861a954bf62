import { assertMayChange } from '../../common/auth/agency-access.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Agency } from '../identity/entities/agency.entity.js';
import { Holder, Licence, LicenceFirearm } from './holder.entities.js';
import { covers, licenceDateProblems, licenceStatusOn } from './licence-validity.js';
import type { CreateLicenceRequest, LicenceListQuery } from './dto/licence.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

@Injectable()
export class LicencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDay(this.clock.now());
  }

  async create(input: CreateLicenceRequest): Promise<Licence> {
    const dates = licenceDateProblems(input);
    if (dates.length > 0) throw new DomainError('VALIDATION_FAILED', 'The licence expires before it is issued.', { errors: dates });
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Holder, { id: input.holderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: 'holderId', message: 'does not exist' }] });
      const issuingAgencyId = input.issuingAgencyId ?? RequestContext.current()?.actor?.agencyId;
      if (!issuingAgencyId || !(await manager.existsBy(Agency, { id: issuingAgencyId }))) throw new DomainError('AGENCY_NOT_FOUND', 'The issuing agency does not exist.', { errors: [{ field: 'issuingAgencyId', message: 'does not exist' }] });
      await assertMayChange(manager, { ownerAgencyId: issuingAgencyId }, 'The issuing agency', { field: 'issuingAgencyId', detail: 'A licence is issued by the user’s own agency, or recorded for another agency by the national firearms authority.' });
      if (await manager.existsBy(Licence, { number: input.number })) throw new DomainError('LICENCE_NUMBER_TAKEN', `Licence number ${input.number} is already registered.`, { errors: [{ field: 'number', message: 'is already used' }] });
      const categories = [...new Set(input.categories ?? [])];
      await this.reference.assertKnown(manager, categories.map((value) => ({ field: 'categories', table: 'firearm_category' as const, value })));
      const now = this.clock.now();
      const licence = manager.create(Licence, { id: randomUUID(), number: input.number, kind: input.kind, holderId: input.holderId, issuingAgencyId, issuedOn: input.issuedOn, expiresOn: input.expiresOn, state: 'active', stateReason: null, categories, conditions: input.conditions ?? null, importId: null, importRow: null, createdAt: now, updatedAt: now });
      await this.insertIn(manager, [licence]);
      return licence;
    });
  }

  /**
   * New licences in one set-based statement, each with the audit entry a licence
   * issued through the API gets; `auditExtras` adds to that entry (an import's id
   * and row). The API and bulk imports both issue licences through here, after
   * their own checks (holder, agency, number, categories, dates).
   */
  async insertIn(manager: EntityManager, licences: Licence[], auditExtras: (licence: Licence) => Record<string, unknown> = () => ({})): Promise<void> {
    if (licences.length === 0) return;
    const column = <T>(pick: (l: Licence) => T) => licences.map(pick);
    // Categories travel as one JSON array per licence: unnest would flatten a two-dimensional text[].
    await manager.query(
      `INSERT INTO licence (id, number, kind, holder_id, issuing_agency_id, issued_on, expires_on, state, state_reason, categories, conditions, import_id, import_row, created_at, updated_at)
       SELECT id, number, kind, holder_id, agency_id, issued_on, expires_on, state, state_reason, ARRAY(SELECT jsonb_array_elements_text(categories)), conditions, import_id, import_row, created_at, updated_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::date[], $7::date[], $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::uuid[], $13::int[], $14::timestamptz[], $15::timestamptz[])
           AS t(id, number, kind, holder_id, agency_id, issued_on, expires_on, state, state_reason, categories, conditions, import_id, import_row, created_at, updated_at)`,
      [
        column((l) => l.id), column((l) => l.number), column((l) => l.kind), column((l) => l.holderId), column((l) => l.issuingAgencyId), column((l) => l.issuedOn),
        column((l) => l.expiresOn), column((l) => l.state), column((l) => l.stateReason ?? null), column((l) => JSON.stringify(l.categories)), column((l) => l.conditions ?? null),
        column((l) => l.importId ?? null), column((l) => l.importRow ?? null), column((l) => l.createdAt), column((l) => l.updatedAt),
      ],
    );
    await this.audit.record(
      manager,
      ...licences.map((l) => ({
        recordType: 'licence',
        recordId: l.id,
        action: 'issued',
        after: { number: l.number, kind: l.kind, holderId: l.holderId, issuedOn: l.issuedOn, expiresOn: l.expiresOn, categories: l.categories, ...auditExtras(l) },
      })),
    );
  }

  async get(id: string): Promise<{ licence: Licence; firearmIds: string[] }> {
    const licence = await this.dataSource.getRepository(Licence).findOneBy({ id });
    if (!licence) throw new DomainError('LICENCE_NOT_FOUND', `No licence ${id}.`);
    const covered = await this.dataSource.getRepository(LicenceFirearm).find({ where: { licenceId: id }, order: { addedAt: 'ASC' } });
    return { licence, firearmIds: covered.map((c) => c.firearmId) };
  }

  async list(query: LicenceListQuery): Promise<[Licence[], Total]> {
    const q = this.dataSource.getRepository(Licence).createQueryBuilder('l');
    if (query.holderId) q.andWhere('l.holder_id = :holderId', { holderId: query.holderId });
    if (query.kind) q.andWhere('l.kind = :kind', { kind: query.kind });
    const today = this.today();
    if (query.status === 'expired') q.andWhere(`l.state = 'active' AND l.expires_on < :today`, { today });
    else if (query.status === 'active') q.andWhere(`l.state = 'active' AND l.expires_on >= :today AND l.issued_on <= :today`, { today });
    else if (query.status) q.andWhere('l.state = :state', { state: query.status });
    return pageRows(q.orderBy('l.issued_on', 'DESC').addOrderBy('l.id', 'DESC').take(query.limit).skip(query.offset));
  }

  async setState(id: string, state: Licence['state'], reason: string): Promise<Licence> {
    return this.dataSource.transaction(async (manager) => {
      const licence = await manager.findOne(Licence, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!licence) throw new DomainError('LICENCE_NOT_FOUND', `No licence ${id}.`);
      await this.assertMayChange(manager, licence);
      if (licence.state === state) return licence;
      if (licence.state === 'revoked') throw new DomainError('LICENCE_NOT_VALID', 'A revoked licence cannot be reinstated or suspended; issue a new one.');
      const before = licence.state;
      Object.assign(licence, { state, stateReason: reason, updatedAt: this.clock.now() });
      await manager.save(licence);
      await this.audit.record(manager, { recordType: 'licence', recordId: id, action: state === 'active' ? 'reinstated' : state, before: { state: before }, after: { state }, reason });
      return licence;
    });
  }

  /**
   * The licence a holder may receive a firearm of this category under, on this
   * day: refused with the reason an officer can act on.
   */
  async assertValidFor(manager: EntityManager, licenceId: string, holderId: string, category: string | null, day: string): Promise<Licence> {
    const licence = await manager.findOneBy(Licence, { id: licenceId });
    if (!licence) throw new DomainError('LICENCE_NOT_FOUND', `No licence ${licenceId}.`, { errors: [{ field: 'licenceId', message: 'does not exist' }] });
    if (licence.holderId !== holderId) throw new DomainError('LICENCE_NOT_VALID', `Licence ${licence.number} belongs to another holder.`);
    const status = licenceStatusOn(licence, day);
    if (status === 'expired') throw new DomainError('LICENCE_EXPIRED', `Licence ${licence.number} expired on ${licence.expiresOn}.`);
    if (status !== 'active') throw new DomainError('LICENCE_NOT_VALID', `Licence ${licence.number} is ${status.replaceAll('_', ' ')} on ${day}.`);
    if (!covers(licence, category)) throw new DomainError('LICENCE_DOES_NOT_COVER', `Licence ${licence.number} does not cover the category "${category}".`);
    return licence;
  }

  async coverFirearm(licenceId: string, firearmId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const licence = await manager.findOneBy(Licence, { id: licenceId });
      if (!licence) throw new DomainError('LICENCE_NOT_FOUND', `No licence ${licenceId}.`);
      await this.assertMayChange(manager, licence);
      const exists = await manager.query(`SELECT 1 FROM firearm WHERE id = $1`, [firearmId]);
      if (exists.length === 0) throw new DomainError('FIREARM_NOT_FOUND', `No firearm ${firearmId}.`, { errors: [{ field: 'firearmId', message: 'does not exist' }] });
      await this.cover(manager, licenceId, firearmId);
    });
  }

  /** A licence is suspended, revoked or extended to a firearm by the agency that issued it, or the national authority. */
  private assertMayChange(manager: EntityManager, licence: Licence): Promise<void> {
    return assertMayChange(manager, { ownerAgencyId: licence.issuingAgencyId }, `Licence ${licence.number}`);
  }

  async cover(manager: EntityManager, licenceId: string, firearmId: string): Promise<void> {
    const inserted = await manager.query(`INSERT INTO licence_firearm (licence_id, firearm_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [licenceId, firearmId, this.clock.now()]);
    if (inserted.length > 0) await this.audit.record(manager, { recordType: 'licence', recordId: licenceId, action: 'firearm_covered', after: { firearmId } });
  }
}
