import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { FirearmsService } from '../firearms/firearms.service.js';
import type { RecordEventRequest } from '../firearms/dto/firearm.dto.js';
import { Holder } from '../holders/holder.entities.js';
import { disposalEvent, disposalProblems, handoverRefusal } from './disposal-rules.js';
import type { CustodyStepRequest, DisposalRequest, InventoryQuery, StorageFacilityListQuery, StorageFacilityRequest } from './dto/seizure.dto.js';
import { assertMayChangeSeizure } from './seizure-access.js';
import { CustodyStep, Disposal, Seizure, SeizureItem, StorageFacility } from './seizure.entities.js';
import { readsOn } from '../../common/database/in-turn.js';

const invalidStep = (field: string, message: string) => new DomainError('CUSTODY_STEP_INVALID', `${field}: ${message}`, { errors: [{ field, message }] });

export interface ItemDetail {
  item: SeizureItem;
  steps: CustodyStep[];
  disposal: Disposal | null;
}

/**
 * Storage facilities, the chain of custody of each seized item, and its disposal.
 * The database holds the chain too (one open step per item; a step can only follow
 * the step of the person handing over): the service checks first to explain.
 */
@Injectable()
export class CustodyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly firearms: FirearmsService,
    private readonly clock: Clock,
  ) {}

  // ---- Facilities ---------------------------------------------------------------

  async createFacility(input: StorageFacilityRequest): Promise<StorageFacility> {
    const agencyId = input.agencyId ?? RequestContext.current()?.actor?.agencyId;
    if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'agencyId: is required', { errors: [{ field: 'agencyId', message: 'is required' }] });
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.query(`SELECT 1 FROM agency WHERE id = $1`, [agencyId])).length) throw new DomainError('AGENCY_NOT_FOUND', `No agency ${agencyId}.`, { errors: [{ field: 'agencyId', message: 'does not exist' }] });
      await assertMayChange(manager, { ownerAgencyId: agencyId }, 'The agency', { field: 'agencyId', detail: 'A storage facility is recorded by its own agency, or by the national firearms authority.' });
      if (await manager.existsBy(StorageFacility, { code: input.code })) throw new DomainError('STORAGE_FACILITY_CODE_TAKEN', `A storage facility with code ${input.code} exists.`);
      const now = this.clock.now();
      const facility = manager.create(StorageFacility, { id: randomUUID(), code: input.code, name: input.name, agencyId, region: input.region ?? null, locality: input.locality ?? null, address: input.address ?? null, active: true, createdAt: now, updatedAt: now });
      await manager.insert(StorageFacility, facility);
      const { id: _i, createdAt: _c, updatedAt: _u, ...view } = facility;
      await this.audit.record(manager, { recordType: 'storage_facility', recordId: facility.id, action: 'created', after: view });
      return facility;
    });
  }

  async facility(id: string, manager: EntityManager = this.dataSource.manager): Promise<StorageFacility> {
    const facility = await manager.findOneBy(StorageFacility, { id });
    if (!facility) throw new DomainError('STORAGE_FACILITY_NOT_FOUND', `No storage facility ${id}.`);
    return facility;
  }

  async listFacilities(query: StorageFacilityListQuery): Promise<[StorageFacility[], number]> {
    return this.dataSource.getRepository(StorageFacility).findAndCount({ where: query.agencyId ? { agencyId: query.agencyId } : {}, order: { code: 'ASC' }, take: query.limit, skip: query.offset });
  }

  /** What a facility holds now: the items whose open custody step is there. */
  async inventory(facilityId: string, query: InventoryQuery): Promise<[{ item: SeizureItem; step: CustodyStep; seizureReference: string }[], number]> {
    await this.facility(facilityId);
    const params: unknown[] = [facilityId];
    let filter = '';
    if (query.kind) {
      params.push(query.kind);
      filter = ` AND i.kind = $${params.length}`;
    }
    const from = `FROM custody_step s JOIN seizure_item i ON i.id = s.item_id JOIN seizure z ON z.id = i.seizure_id WHERE s.facility_id = $1 AND s.released_at IS NULL${filter}`;
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params)) as { total: number }[];
    const rows = (await this.dataSource.query(`SELECT s.id AS step_id, i.id AS item_id, z.reference ${from} ORDER BY s.received_at, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, query.limit, query.offset])) as { step_id: string; item_id: string; reference: string }[];
    if (rows.length === 0) return [[], total];
    const [steps, items] = await readsOn(this.dataSource.manager, [
      () => this.dataSource.getRepository(CustodyStep).createQueryBuilder('s').whereInIds(rows.map((r) => r.step_id)).getMany(),
      () => this.dataSource.getRepository(SeizureItem).createQueryBuilder('i').whereInIds(rows.map((r) => r.item_id)).getMany(),
    ] as const);
    const stepById = new Map(steps.map((s) => [s.id, s]));
    const itemById = new Map(items.map((i) => [i.id, i]));
    return [rows.map((r) => ({ item: itemById.get(r.item_id)!, step: stepById.get(r.step_id)!, seizureReference: r.reference })), total];
  }

  // ---- Items and their chain ------------------------------------------------------

  async item(id: string): Promise<ItemDetail> {
    const item = await this.dataSource.manager.findOneBy(SeizureItem, { id });
    if (!item) throw new DomainError('SEIZURE_ITEM_NOT_FOUND', `No seized item ${id}.`);
    const [steps, disposal] = await readsOn(this.dataSource.manager, [
      () => this.dataSource.manager.find(CustodyStep, { where: { itemId: id }, order: { ordinal: 'ASC' } }),
      () => this.dataSource.manager.findOneBy(Disposal, { itemId: id }),
    ] as const);
    return { item, steps, disposal };
  }

  /**
   * Hands the item over to a custodian at a facility. The first step takes a
   * firearm into custody (lifecycle event); later steps must be handed over by the
   * current custodian, and close the step they follow.
   */
  async addCustodyStep(itemId: string, input: CustodyStepRequest): Promise<{ item: SeizureItem; step: CustodyStep }> {
    const actorId = RequestContext.current()?.actor?.userId ?? null;
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      if (item.state === 'disposed') throw new DomainError('ITEM_ALREADY_DISPOSED', 'The item has been disposed of; its chain of custody is closed.');
      const facility = await this.facility(input.facilityId, manager);
      if (!facility.active) throw invalidStep('facilityId', 'the facility is closed');
      const custodianId = input.custodianId ?? actorId;
      if (!custodianId) throw invalidStep('custodianId', 'is required');
      const [custodian] = (await manager.query(`SELECT disabled_at FROM app_user WHERE id = $1`, [custodianId])) as { disabled_at: Date | null }[];
      if (!custodian || custodian.disabled_at) throw invalidStep('custodianId', 'must be an active user');
      const now = this.clock.now();
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
      if (receivedAt > now) throw invalidStep('receivedAt', 'must not be in the future');

      const open = await manager.findOneBy(CustodyStep, { itemId, releasedAt: IsNull() });
      const handedOverBy = input.handedOverBy ?? actorId;
      if (input.handedOverBy && !open && !(await manager.query(`SELECT 1 FROM app_user WHERE id = $1`, [input.handedOverBy])).length) throw invalidStep('handedOverBy', 'must be a user');
      const refusal = handoverRefusal(open?.custodianId ?? null, handedOverBy);
      if (refusal) throw new DomainError('CUSTODY_NOT_HELD', refusal, { currentCustodianId: open!.custodianId, currentFacilityId: open!.facilityId, handedOverBy });
      if (open) {
        if (receivedAt < open.receivedAt) throw invalidStep('receivedAt', 'is before the item was received by its current custodian');
        if (open.facilityId === facility.id && open.custodianId === custodianId) throw invalidStep('custodianId', 'the item is already held by this custodian at this facility');
        await manager.update(CustodyStep, open.id, { releasedAt: receivedAt, closedBy: 'handover' });
      } else if (item.firearmId) {
        await this.firearms.applyEventIn(manager, item.firearmId, {
          type: 'taken_into_custody',
          occurredOn: isoDay(receivedAt),
          place: facility.name,
          agencyId: facility.agencyId,
          details: { seizureItemId: item.id, facilityId: facility.id, custodianId },
        });
      }

      const step = manager.create(CustodyStep, {
        id: randomUUID(),
        itemId,
        ordinal: open ? open.ordinal + 1 : 1,
        previousStepId: open?.id ?? null,
        facilityId: facility.id,
        handedOverBy,
        custodianId,
        receivedAt,
        releasedAt: null,
        closedBy: null,
        sealNumbers: input.sealNumbers ?? [],
        condition: input.condition ?? null,
        notes: input.notes ?? null,
        recordedBy: actorId,
        recordedAt: now,
      });
      await manager.insert(CustodyStep, step);
      const stateBefore = item.state;
      item.state = 'in_custody';
      item.updatedAt = now;
      await manager.update(SeizureItem, item.id, { state: item.state, updatedAt: now });
      await this.audit.record(manager, {
        recordType: 'seizure_item',
        recordId: item.id,
        action: 'custody_step',
        before: open ? { state: stateBefore, facilityId: open.facilityId, custodianId: open.custodianId } : { state: stateBefore },
        after: { state: item.state, stepId: step.id, facilityId: facility.id, custodianId, handedOverBy, receivedAt: receivedAt.toISOString(), sealNumbers: step.sealNumbers, condition: step.condition },
      });
      return { item, step };
    });
  }

  /**
   * Disposes of an item in custody: closes its chain and, for a firearm or part,
   * records the destroyed / deactivated / released event through the lifecycle.
   * A second disposal, or one of an item not in custody, is refused and changes nothing.
   */
  async dispose(itemId: string, input: DisposalRequest): Promise<{ item: SeizureItem; disposal: Disposal }> {
    const actorId = RequestContext.current()?.actor?.userId ?? null;
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      if (item.state === 'disposed') {
        const previous = await manager.findOneBy(Disposal, { itemId });
        throw new DomainError('ITEM_ALREADY_DISPOSED', `The item was already disposed of (${previous?.type ?? 'disposed'} on ${previous?.occurredOn ?? 'record'}); a disposal is final.`, { disposalId: previous?.id ?? null });
      }
      const open = await manager.findOneBy(CustodyStep, { itemId, releasedAt: IsNull() });
      if (!open) throw new DomainError('ITEM_NOT_IN_CUSTODY', 'The item is not in custody: record the custody step that takes it into a storage facility before disposing of it.', { itemState: item.state });
      const problems = disposalProblems(input.type, input);
      if (problems.length) throw new DomainError('DISPOSAL_DETAILS_MISSING', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
      const now = this.clock.now();
      const occurredOn = input.occurredOn ?? isoDay(now);
      if (occurredOn > isoDay(now)) throw new DomainError('VALIDATION_FAILED', 'occurredOn: must not be in the future', { errors: [{ field: 'occurredOn', message: 'must not be in the future' }] });
      if (input.holderId && !(await manager.existsBy(Holder, { id: input.holderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: 'holderId', message: 'does not exist' }] });
      if (input.receivingAgencyId && !(await manager.query(`SELECT 1 FROM agency WHERE id = $1`, [input.receivingAgencyId])).length) throw new DomainError('AGENCY_NOT_FOUND', `No agency ${input.receivingAgencyId}.`, { errors: [{ field: 'receivingAgencyId', message: 'does not exist' }] });

      const disposal = manager.create(Disposal, {
        id: randomUUID(),
        itemId,
        type: input.type,
        occurredOn,
        place: input.place ?? null,
        method: input.method ?? null,
        witnesses: input.witnesses ?? [],
        certificateNumber: input.certificateNumber ?? null,
        verifyingAuthority: input.verifyingAuthority ?? null,
        holderId: input.type === 'returned_to_owner' || input.type === 'retained_for_official_use' ? (input.holderId ?? null) : null,
        receivingAgencyId: input.type === 'retained_for_official_use' ? (input.receivingAgencyId ?? null) : null,
        stateMarking: input.stateMarking ?? null,
        authorisation: input.authorisation ?? null,
        notes: input.notes ?? null,
        recordedBy: actorId,
        recordedAt: now,
      });
      if (item.firearmId) await this.firearms.applyEventIn(manager, item.firearmId, this.lifecycleEventOf(disposal));
      await manager.update(CustodyStep, open.id, { releasedAt: now < open.receivedAt ? open.receivedAt : now, closedBy: 'disposal' });
      await manager.insert(Disposal, disposal);
      await manager.update(SeizureItem, item.id, { state: 'disposed', updatedAt: now });
      const { id: _i, itemId: _it, recordedAt: _r, ...view } = disposal;
      await this.audit.record(manager, { recordType: 'seizure_item', recordId: item.id, action: 'disposed', before: { state: item.state, facilityId: open.facilityId, custodianId: open.custodianId }, after: { state: 'disposed', disposalId: disposal.id, ...view } });
      return { item: { ...item, state: 'disposed', updatedAt: now }, disposal };
    });
  }

  private lifecycleEventOf(d: Disposal): RecordEventRequest {
    const common = { occurredOn: d.occurredOn, place: d.place ?? undefined, referenceDocuments: [d.certificateNumber, d.authorisation].filter((x): x is string => !!x), notes: d.notes ?? undefined };
    const type = disposalEvent(d.type);
    switch (d.type) {
      case 'destroyed':
        return { ...common, type, details: { method: d.method, witnesses: d.witnesses, certificateNumber: d.certificateNumber, disposalId: d.id } };
      case 'deactivated':
        return { ...common, type, details: { certificateNumber: d.certificateNumber, verifyingAuthority: d.verifyingAuthority, disposalId: d.id } };
      case 'returned_to_owner':
        return { ...common, type, holderId: d.holderId!, details: { disposal: d.type, disposalId: d.id } };
      case 'retained_for_official_use':
        return { ...common, type, agencyId: d.receivingAgencyId!, ...(d.holderId ? { holderId: d.holderId } : {}), details: { disposal: d.type, stateMarking: d.stateMarking, disposalId: d.id } };
    }
  }

  private async lockItem(manager: EntityManager, id: string): Promise<SeizureItem> {
    const item = await manager.findOne(SeizureItem, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new DomainError('SEIZURE_ITEM_NOT_FOUND', `No seized item ${id}.`);
    await assertMayChangeSeizure(manager, await manager.findOneByOrFail(Seizure, { id: item.seizureId }));
    return item;
  }
}
