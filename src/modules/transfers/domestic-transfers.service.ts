import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { assertMayChangeFirearm } from '../firearms/firearm-access.js';
import { Firearm } from '../firearms/firearm.entities.js';
import { FirearmsService } from '../firearms/firearms.service.js';
import { allowedEvents, decideTransition } from '../firearms/lifecycle.js';
import { Holder } from '../holders/holder.entities.js';
import { LicencesService } from '../holders/licences.service.js';
import { domesticTransferProblems } from './domestic-rules.js';
import type { CreateDomesticTransferRequest, DomesticTransferListQuery } from './dto/domestic.dto.js';
import { DomesticTransfer } from './transfer.entities.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

function transferView(t: DomesticTransfer) {
  return { kind: t.kind, firearmId: t.firearmId, fromHolderId: t.fromHolderId, toHolderId: t.toHolderId, toLicenceId: t.toLicenceId, stateTransferMarking: t.stateTransferMarking, status: t.status, agreedOn: t.agreedOn, completedOn: t.completedOn };
}

/**
 * Sale, gift, inheritance, transfer between agencies, or from state stocks to
 * civilian use. A transfer is created pending and completed later (or in the same
 * call with complete=true); the firearm's holder changes only on completion, when
 * every check is made again against the register as it is then.
 */
@Injectable()
export class DomesticTransfersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly firearms: FirearmsService,
    private readonly licences: LicencesService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateDomesticTransferRequest): Promise<DomesticTransfer> {
    const today = isoDay(this.clock.now());
    const agreedOn = input.agreedOn ?? today;
    if (agreedOn > today) throw new DomainError('VALIDATION_FAILED', 'agreedOn: a transfer cannot be agreed in the future.', { errors: [{ field: 'agreedOn', message: 'must not be in the future' }] });
    return this.dataSource.transaction(async (manager) => {
      const agencyId = RequestContext.current()?.actor?.agencyId;
      if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown.');
      const now = this.clock.now();
      const transfer = manager.create(DomesticTransfer, {
        id: randomUUID(),
        kind: input.kind,
        firearmId: input.firearmId,
        fromHolderId: input.fromHolderId,
        toHolderId: input.toHolderId,
        toLicenceId: input.toLicenceId,
        stateTransferMarking: input.stateTransferMarking?.trim() || null,
        status: 'pending',
        agreedOn,
        completedOn: null,
        firearmEventId: null,
        referenceDocuments: input.referenceDocuments ?? [],
        notes: input.notes ?? null,
        cancelReason: null,
        registeringAgencyId: agencyId,
        createdAt: now,
        updatedAt: now,
      });
      await this.check(manager, transfer, agreedOn);
      if (await manager.existsBy(DomesticTransfer, { firearmId: input.firearmId, status: 'pending' })) {
        throw new DomainError('TRANSFER_ALREADY_PENDING', 'This firearm already has a pending transfer; complete or cancel it first.');
      }
      await manager.insert(DomesticTransfer, transfer);
      await this.audit.record(manager, { recordType: 'domestic_transfer', recordId: transfer.id, action: 'created', after: transferView(transfer) });
      if (input.complete) return this.completeIn(manager, transfer, agreedOn);
      return transfer;
    });
  }

  async complete(id: string, completedOn: string | undefined): Promise<DomesticTransfer> {
    const day = completedOn ?? isoDay(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const transfer = await this.lock(manager, id);
      if (transfer.status !== 'pending') throw new DomainError('TRANSFER_NOT_PENDING', `This transfer is ${transfer.status}; only a pending transfer can be completed.`);
      if (day < transfer.agreedOn) throw new DomainError('VALIDATION_FAILED', `completedOn: the transfer was agreed on ${transfer.agreedOn}.`, { errors: [{ field: 'completedOn', message: 'must not be before agreedOn' }] });
      return this.completeIn(manager, transfer, day);
    });
  }

  async cancel(id: string, reason: string): Promise<DomesticTransfer> {
    return this.dataSource.transaction(async (manager) => {
      const transfer = await this.lock(manager, id);
      if (transfer.status !== 'pending') throw new DomainError('TRANSFER_NOT_PENDING', `This transfer is ${transfer.status}; only a pending transfer can be cancelled.`);
      Object.assign(transfer, { status: 'cancelled', cancelReason: reason, updatedAt: this.clock.now() });
      await manager.save(transfer);
      await this.audit.record(manager, { recordType: 'domestic_transfer', recordId: id, action: 'cancelled', before: { status: 'pending' }, after: { status: 'cancelled' }, reason });
      return transfer;
    });
  }

  async get(id: string): Promise<DomesticTransfer> {
    const transfer = await this.dataSource.getRepository(DomesticTransfer).findOneBy({ id });
    if (!transfer) throw new DomainError('DOMESTIC_TRANSFER_NOT_FOUND', `No domestic transfer ${id}.`);
    return transfer;
  }

  async list(query: DomesticTransferListQuery): Promise<[DomesticTransfer[], Total]> {
    const q = this.dataSource.getRepository(DomesticTransfer).createQueryBuilder('t');
    if (query.firearmId) q.andWhere('t.firearm_id = :firearmId', { firearmId: query.firearmId });
    if (query.holderId) q.andWhere('(t.from_holder_id = :holderId OR t.to_holder_id = :holderId)', { holderId: query.holderId });
    if (query.status) q.andWhere('t.status = :status', { status: query.status });
    if (query.kind) q.andWhere('t.kind = :kind', { kind: query.kind });
    return pageRows(q.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').take(query.limit).skip(query.offset));
  }

  /** The holder changes here and only here: the transferred event, in the caller's transaction. */
  private async completeIn(manager: EntityManager, transfer: DomesticTransfer, day: string): Promise<DomesticTransfer> {
    await this.check(manager, transfer, day);
    const { event } = await this.firearms.applyEventIn(manager, transfer.firearmId, {
      type: 'transferred',
      occurredOn: day,
      holderId: transfer.toHolderId,
      licenceId: transfer.toLicenceId,
      referenceDocuments: transfer.referenceDocuments,
      notes: transfer.notes ?? undefined,
      details: { domesticTransferId: transfer.id, kind: transfer.kind, ...(transfer.stateTransferMarking ? { stateTransferMarking: transfer.stateTransferMarking } : {}) },
    });
    Object.assign(transfer, { status: 'completed', completedOn: day, firearmEventId: event.id, updatedAt: this.clock.now() });
    await manager.save(transfer);
    await this.audit.record(manager, { recordType: 'domestic_transfer', recordId: transfer.id, action: 'completed', before: { status: 'pending' }, after: { status: 'completed', completedOn: day, firearmEventId: event.id } });
    return transfer;
  }

  /** Seller is the current holder, the parties fit the kind, the firearm may be transferred, the buyer's licence covers it. */
  private async check(manager: EntityManager, transfer: DomesticTransfer, day: string): Promise<void> {
    const firearm = await manager.findOne(Firearm, { where: { id: transfer.firearmId }, lock: { mode: 'pessimistic_write' } });
    if (!firearm) throw new DomainError('FIREARM_NOT_FOUND', `No firearm ${transfer.firearmId}.`, { errors: [{ field: 'firearmId', message: 'does not exist' }] });
    if (firearm.mergedIntoId) throw new DomainError('FIREARM_MERGED', `This record was merged into ${firearm.mergedIntoId}; transfer that one.`, { mergedIntoId: firearm.mergedIntoId });
    // A transfer is an event of the firearm's life: its record's agency, or the national authority.
    await assertMayChangeFirearm(manager, firearm);
    const seller = await manager.findOneBy(Holder, { id: transfer.fromHolderId });
    if (!seller) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${transfer.fromHolderId}.`, { errors: [{ field: 'fromHolderId', message: 'does not exist' }] });
    const buyer = await manager.findOneBy(Holder, { id: transfer.toHolderId });
    if (!buyer) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${transfer.toHolderId}.`, { errors: [{ field: 'toHolderId', message: 'does not exist' }] });
    const problems = domesticTransferProblems({ kind: transfer.kind, stateTransferMarking: transfer.stateTransferMarking, currentHolderId: firearm.holderId, seller, buyer });
    if (problems.length > 0) throw new DomainError(problems[0].code, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems.map(({ field, message }) => ({ field, message })) });
    const decision = decideTransition(firearm.status, 'transferred');
    if (!decision.allowed) throw new DomainError('INVALID_LIFECYCLE_TRANSITION', decision.reason, { currentStatus: firearm.status, event: 'transferred', allowedEvents: allowedEvents(firearm.status) });
    await this.licences.assertValidFor(manager, transfer.toLicenceId, transfer.toHolderId, firearm.categoryCode, day);
  }

  private async lock(manager: EntityManager, id: string): Promise<DomesticTransfer> {
    const transfer = await manager.findOne(DomesticTransfer, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!transfer) throw new DomainError('DOMESTIC_TRANSFER_NOT_FOUND', `No domestic transfer ${id}.`);
    await assertMayChange(manager, { ownerAgencyId: transfer.registeringAgencyId }, `Domestic transfer ${id}`);
    return transfer;
  }
}
