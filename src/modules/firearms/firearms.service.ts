import { uuidV7 } from '../../common/database/uuid-v7.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { Holder } from '../holders/holder.entities.js';
import { LicencesService } from '../holders/licences.service.js';
import { foldSerial, normaliseSerial } from '../markings/serial.js';
import { manufacturerKey } from '../reference/alias-keys.js';
import { ReferenceService } from '../reference/reference.service.js';
import { openAlertsOf, raiseHitAlert, raiseHitAlerts } from '../seizures/hit-alerts.js';
import type { HitAlert } from '../seizures/seizure.entities.js';
import { eventProblems, holderRule } from './event-rules.js';
import { assertMayChangeFirearm } from './firearm-access.js';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { Firearm, FirearmEvent, type ItemKind } from './firearm.entities.js';
import { allowedEvents, decideTransition, legalChain, mergeOutcome, type FirearmStatus, type LegalChain, type LifecycleEventType } from './lifecycle.js';
import type { CorrectionRequest, CreateFirearmRequest, CreatePartRequest, EventFields, FirearmDescription, FirearmListQuery, MergeRequest, RecordEventRequest } from './dto/firearm.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

/** The fields the audit trail and corrections compare. */
export function firearmView(f: Firearm) {
  return {
    itemKind: f.itemKind,
    partType: f.partType,
    parentFirearmId: f.parentFirearmId,
    categoryCode: f.categoryCode,
    actionCode: f.actionCode,
    makeText: f.makeText,
    manufacturerCode: f.manufacturerCode,
    model: f.model,
    calibreText: f.calibreText,
    calibreCode: f.calibreCode,
    serialRaw: f.serialRaw,
    countryOfManufacture: f.countryOfManufacture,
    yearOfManufacture: f.yearOfManufacture,
    barrelLengthMm: f.barrelLengthMm,
    origin: f.origin,
    description: f.description,
    status: f.status,
    holderId: f.holderId,
  };
}

export interface FirearmHistory {
  firearm: Firearm;
  events: (FirearmEvent & { fromRecordId: string })[];
  holders: Map<string, Holder>;
  mergedRecordIds: string[];
}

@Injectable()
export class FirearmsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly licences: LicencesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers a firearm or part with the event that starts its record. A serial
   * and make already on the register do not block: the caller gets the possible
   * duplicates to confirm or merge.
   */
  async create(kind: ItemKind, input: CreateFirearmRequest | CreatePartRequest): Promise<{ firearm: Firearm; possibleDuplicates: Firearm[] }> {
    return this.dataSource.transaction((manager) => this.createIn(manager, kind, input));
  }

  /**
   * create() inside the caller's transaction. A seizure registers the firearms it
   * finds off the register this way, flagged as unregistered before seizure.
   */
  async createIn(manager: EntityManager, kind: ItemKind, input: CreateFirearmRequest | CreatePartRequest, options: { unregisteredBeforeSeizure?: boolean } = {}): Promise<{ firearm: Firearm; possibleDuplicates: Firearm[] }> {
    if (kind === 'firearm' && !input.category) throw new DomainError('VALIDATION_FAILED', 'category: is required for a firearm', { errors: [{ field: 'category', message: 'is required for a firearm' }] });
    const initial = input.initialEvent ?? {};
    const type: LifecycleEventType = initial.type ?? 'registered';
    const unregisteredBeforeSeizure = options.unregisteredBeforeSeizure === true;
    const now = this.clock.now();
    const firearm = manager.create(Firearm, {
      id: uuidV7(),
      itemKind: kind,
      partType: 'partType' in input ? input.partType : null,
      parentFirearmId: 'parentFirearmId' in input ? (input.parentFirearmId ?? null) : null,
      origin: input.origin ?? 'industrial',
      status: 'registered',
      holderId: null,
      registeringAgencyId: this.actingAgency(initial.agencyId),
      mergedIntoId: null,
      unregisteredBeforeSeizure,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    // Registering a record for another agency is the national authority's (a seizure checks its seizing agency first).
    if (initial.agencyId) await assertMayChange(manager, { ownerAgencyId: firearm.registeringAgencyId }, 'The registering agency', { field: 'initialEvent.agencyId' });
    await this.describe(manager, firearm, input);
    if (firearm.parentFirearmId) await this.get(manager, firearm.parentFirearmId);
    const event = await this.applyEvent(manager, firearm, null, type, initial);
    await manager.insert(Firearm, firearm);
    await manager.insert(FirearmEvent, event);
    if (initial.licenceId && firearm.holderId) await this.licences.cover(manager, initial.licenceId, firearm.id);
    await this.audit.record(manager, { recordType: kind, recordId: firearm.id, action: 'created', after: { ...firearmView(firearm), initialEvent: type, ...(unregisteredBeforeSeizure ? { unregisteredBeforeSeizure } : {}) } });
    return { firearm, possibleDuplicates: await this.possibleDuplicates(manager, firearm) };
  }

  async get(manager: EntityManager | null, id: string): Promise<Firearm> {
    const firearm = await (manager ?? this.dataSource.manager).findOneBy(Firearm, { id });
    if (!firearm) throw new DomainError('FIREARM_NOT_FOUND', `No firearm or part ${id}.`);
    return firearm;
  }

  /** A page of records, each with its holder: the page from the list's index, then its holders in one query (no query per row). */
  async list(kind: ItemKind, query: FirearmListQuery): Promise<[{ firearm: Firearm; holder: Holder | null }[], Total]> {
    const q = this.dataSource.getRepository(Firearm).createQueryBuilder('f').where('f.item_kind = :kind', { kind });
    if (query.status) q.andWhere('f.status = :status', { status: query.status });
    if (query.category) q.andWhere('f.category_code = :category', { category: query.category });
    if (query.make) {
      const make = await this.reference.resolveManufacturer(query.make);
      q.andWhere('(f.manufacturer_code = :makeCode OR f.manufacturer_code = :make OR (f.manufacturer_code IS NULL AND f.make_text ILIKE :make))', { makeCode: make?.code ?? null, make: query.make });
    }
    if (query.calibre) {
      const calibre = await this.reference.resolveCalibre(query.calibre);
      q.andWhere('(f.calibre_code = :calibreCode OR f.calibre_code = :calibre)', { calibreCode: calibre?.code ?? null, calibre: query.calibre });
    }
    if (query.holderId) q.andWhere('f.holder_id = :holderId', { holderId: query.holderId });
    if (query.agencyId) q.andWhere('f.registering_agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.registeredFrom) q.andWhere('f.created_at >= :from', { from: query.registeredFrom });
    if (query.registeredTo) q.andWhere('f.created_at < :to', { to: query.registeredTo });
    if (query.makeUnresolved === 'true') q.andWhere('f.manufacturer_code IS NULL AND f.make_text IS NOT NULL');
    if (query.makeUnresolved === 'false') q.andWhere('f.manufacturer_code IS NOT NULL');
    // A record merged into another is the same firearm: listed (and counted) once, under the survivor.
    if ((query.merged ?? 'exclude') === 'exclude') q.andWhere('f.merged_into_id IS NULL');
    if (query.merged === 'only') q.andWhere('f.merged_into_id IS NOT NULL');
    const sort = query.sort ?? '-registered';
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    // PostgreSQL's own null order (records without a serial or make last ascending, first
    // descending) is the order of the indexes read either way; the id breaks ties so pages never overlap.
    if (sort.endsWith('serial')) q.orderBy('f.serial_normalised', direction);
    else if (sort.endsWith('make')) q.orderBy('f.manufacturer_code', direction).addOrderBy('f.created_at', direction);
    else q.orderBy('f.created_at', direction);
    const [firearms, total] = await pageRows(q.addOrderBy('f.id', direction).take(query.limit).skip(query.offset));
    const holders = await this.holdersOf(firearms.map((f) => f.holderId));
    return [firearms.map((firearm) => ({ firearm, holder: firearm.holderId ? (holders.get(firearm.holderId) ?? null) : null })), total];
  }

  /** Records one lifecycle event; an impossible one is refused with 409 and changes nothing. */
  async recordEvent(id: string, input: RecordEventRequest): Promise<{ firearm: Firearm; event: FirearmEvent; hitAlert: HitAlert | null }> {
    return this.dataSource.transaction(async (manager) => {
      await assertMayChangeFirearm(manager, await this.get(manager, id));
      return this.applyEventIn(manager, id, input);
    });
  }

  /**
   * recordEvent() inside the caller's transaction (seizures, custody, disposal).
   * An event for a firearm that was lost or stolen raises a hit alert to the
   * agency that reported it, whatever the event.
   */
  async applyEventIn(manager: EntityManager, id: string, input: RecordEventRequest): Promise<{ firearm: Firearm; event: FirearmEvent; hitAlert: HitAlert | null }> {
    const firearm = await this.lock(manager, id);
    const before = firearmView(firearm);
    const event = await this.applyEvent(manager, firearm, firearm.status, input.type, input);
    event.ordinal = await this.nextOrdinal(manager, id);
    Object.assign(firearm, { version: firearm.version + 1, updatedAt: this.clock.now() });
    await manager.save(firearm);
    await manager.insert(FirearmEvent, event);
    const diff = changedFields(before, firearmView(firearm));
    const hit = await raiseHitAlert(manager, firearm, event, this.clock.now());
    await this.audit.record(
      manager,
      { recordType: firearm.itemKind, recordId: id, action: input.type, before: diff.before, after: { ...diff.after, eventId: event.id, occurredOn: event.occurredOn } },
      ...(hit ? [hit.audit] : []),
    );
    return { firearm, event, hitAlert: hit?.alert ?? null };
  }

  /** Hit alerts not yet acknowledged, shown on the firearm's record. */
  async openAlerts(id: string, mergedRecordIds: readonly string[] = []): Promise<HitAlert[]> {
    return openAlertsOf(this.dataSource.manager, id, mergedRecordIds);
  }

  /** Corrects descriptive fields: a "corrected" event with the reason, never an edit of history. */
  async correct(id: string, input: CorrectionRequest): Promise<{ firearm: Firearm; event: FirearmEvent }> {
    return this.dataSource.transaction(async (manager) => {
      const firearm = await this.lock(manager, id);
      await assertMayChangeFirearm(manager, firearm);
      const before = firearmView(firearm);
      await this.describe(manager, firearm, input.changes, true);
      const diff = changedFields(before, firearmView(firearm));
      if (Object.keys(diff.after).length === 0) throw new DomainError('VALIDATION_FAILED', 'The correction changes nothing.', { errors: [{ field: 'changes', message: 'must change at least one field' }] });
      const event = this.newEvent(firearm, 'corrected', firearm.status, {}, { details: { before: diff.before, after: diff.after }, reason: input.reason });
      event.ordinal = await this.nextOrdinal(manager, id);
      Object.assign(firearm, { version: firearm.version + 1, updatedAt: this.clock.now() });
      await manager.save(firearm);
      await manager.insert(FirearmEvent, event);
      await this.audit.record(manager, { recordType: firearm.itemKind, recordId: id, action: 'corrected', ...diff, reason: input.reason });
      return { firearm, event };
    });
  }

  /**
   * Absorbs a duplicate record into this one. Both histories are kept: the
   * duplicate points to the survivor and the survivor's history shows its events.
   */
  async merge(id: string, input: MergeRequest): Promise<Firearm> {
    if (id === input.duplicateId) throw new DomainError('MERGE_NOT_ALLOWED', 'A record cannot be merged into itself.');
    return this.dataSource.transaction(async (manager) => {
      // Lock both rows in a fixed order so two opposite merges cannot deadlock.
      const [first, second] = [id, input.duplicateId].sort();
      const locked = new Map([[first, await this.lock(manager, first)], [second, await this.lock(manager, second)]]);
      const survivor = locked.get(id)!;
      const duplicate = locked.get(input.duplicateId)!;
      for (const record of locked.values()) await assertMayChangeFirearm(manager, record);
      if (survivor.itemKind !== duplicate.itemKind) throw new DomainError('MERGE_NOT_ALLOWED', 'A firearm and a part cannot be merged.');
      const now = this.clock.now();
      const before = firearmView(survivor);
      // One firearm: a loss or theft reported on the duplicate stays flagged on the survivor (mergeOutcome).
      const outcome = mergeOutcome(survivor.status, duplicate.status);
      const absorbed = this.newEvent(survivor, 'merged', outcome.status, {}, { details: { duplicateId: duplicate.id }, reason: input.reason });
      absorbed.ordinal = await this.nextOrdinal(manager, survivor.id);
      const retired = this.newEvent(duplicate, 'merged_into', duplicate.status, {}, { details: { survivorId: survivor.id }, reason: input.reason });
      retired.ordinal = await this.nextOrdinal(manager, duplicate.id);
      const merged: Firearm = { ...survivor, status: outcome.status, holderId: survivor.holderId ?? duplicate.holderId, version: survivor.version + 1, updatedAt: now };
      await manager.update(Firearm, duplicate.id, { mergedIntoId: survivor.id, version: duplicate.version + 1, updatedAt: now });
      await manager.update(Firearm, survivor.id, { status: merged.status, holderId: merged.holderId, version: merged.version, updatedAt: now });
      await manager.query(`INSERT INTO licence_firearm (licence_id, firearm_id, added_at) SELECT licence_id, $1, $3 FROM licence_firearm WHERE firearm_id = $2 ON CONFLICT DO NOTHING`, [survivor.id, duplicate.id, now]);
      await manager.insert(FirearmEvent, [absorbed, retired]);
      const [hit] = outcome.hit ? await raiseHitAlerts(manager, [{ firearm: merged, event: { ...absorbed, statusBefore: outcome.hit }, reportedOnId: duplicate.id }], now) : [];
      const diff = changedFields(before, firearmView(merged));
      await this.audit.record(
        manager,
        { recordType: survivor.itemKind, recordId: survivor.id, action: 'merged', before: Object.keys(diff.before).length ? diff.before : null, after: { ...diff.after, duplicateId: duplicate.id }, reason: input.reason },
        { recordType: duplicate.itemKind, recordId: duplicate.id, action: 'merged_into', before: { mergedIntoId: null }, after: { mergedIntoId: survivor.id }, reason: input.reason },
        ...(hit ? [hit.audit] : []),
      );
      return merged;
    });
  }

  /** The whole life: this record's events and those of records merged into it, in order. */
  async history(id: string): Promise<FirearmHistory> {
    const firearm = await this.get(null, id);
    const merged = (await this.dataSource.query(
      `WITH RECURSIVE absorbed AS (SELECT id FROM firearm WHERE merged_into_id = $1 UNION SELECT f.id FROM firearm f JOIN absorbed a ON f.merged_into_id = a.id) SELECT id FROM absorbed`,
      [id],
    )) as { id: string }[];
    const recordIds = [id, ...merged.map((m) => m.id)];
    const events = await this.dataSource.getRepository(FirearmEvent).find({ where: { firearmId: In(recordIds) } });
    events.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.recordedAt.getTime() - b.recordedAt.getTime() || a.ordinal - b.ordinal);
    const holderIds = [...new Set(events.flatMap((e) => [e.holderId, e.previousHolderId]).concat(firearm.holderId).filter((h): h is string => !!h))];
    const holders = holderIds.length ? await this.dataSource.getRepository(Holder).findBy({ id: In(holderIds) }) : [];
    return { firearm, events: events.map((e) => ({ ...e, fromRecordId: e.firearmId })), holders: new Map(holders.map((h) => [h.id, h])), mergedRecordIds: recordIds.slice(1) };
  }

  /**
   * The record's history read by legalChain: the last legal holder and the point of
   * diversion the record, its history and a tracing answer all give.
   */
  async standing(id: string): Promise<FirearmHistory & { legal: LegalChain<FirearmHistory['events'][number]>; lastLegalHolder: Holder | null }> {
    const history = await this.history(id);
    const legal = legalChain(history.events, (e) => e.holderId);
    const lastLegalHolderId = legal.lastLegalHolderId ?? history.firearm.holderId;
    return { ...history, legal, lastLegalHolder: lastLegalHolderId ? (history.holders.get(lastLegalHolderId) ?? null) : null };
  }

  /** The holders an answer names (record, event, previous holder), loaded at once. */
  async holdersOf(ids: readonly (string | null)[]): Promise<Map<string, Holder>> {
    const wanted = [...new Set(ids.filter((h): h is string => !!h))];
    const holders = wanted.length ? await this.dataSource.getRepository(Holder).findBy({ id: In(wanted) }) : [];
    return new Map(holders.map((h) => [h.id, h]));
  }

  async holderOf(firearm: Firearm): Promise<Holder | null> {
    return firearm.holderId ? this.dataSource.getRepository(Holder).findOneBy({ id: firearm.holderId }) : null;
  }

  /** Same normalised serial and same manufacturer (or, unresolved, the same make spelling). */
  async possibleDuplicates(manager: EntityManager | null, firearm: Firearm): Promise<Firearm[]> {
    if (!firearm.serialNormalised) return [];
    const rows = await (manager ?? this.dataSource.manager)
      .getRepository(Firearm)
      .createQueryBuilder('f')
      .where('f.serial_normalised = :serial AND f.id <> :id AND f.merged_into_id IS NULL AND f.item_kind = :kind', { serial: firearm.serialNormalised, id: firearm.id, kind: firearm.itemKind })
      .orderBy('f.created_at')
      .limit(20)
      .getMany();
    const makeKey = firearm.makeText ? manufacturerKey(firearm.makeText) : null;
    return rows.filter((f) => (firearm.manufacturerCode ? f.manufacturerCode === firearm.manufacturerCode : f.manufacturerCode === null && f.makeText !== null && manufacturerKey(f.makeText) === makeKey));
  }

  statusActions(firearm: Firearm): LifecycleEventType[] {
    return firearm.mergedIntoId ? [] : allowedEvents(firearm.status);
  }

  private actingAgency(agencyId: string | undefined): string {
    const agency = agencyId ?? RequestContext.current()?.actor?.agencyId;
    if (!agency) throw new DomainError('VALIDATION_FAILED', 'agencyId: the acting agency is unknown', { errors: [{ field: 'agencyId', message: 'is required' }] });
    return agency;
  }

  /** Resolves make and calibre aliases (keeping the text as written) and checks reference codes. */
  private async describe(manager: EntityManager, firearm: Firearm, input: FirearmDescription, partial = false): Promise<void> {
    await this.reference.assertKnown(manager, [
      { field: 'category', table: 'firearm_category', value: input.category },
      { field: 'action', table: 'firearm_action', value: input.action },
      { field: 'countryOfManufacture', table: 'country', value: input.countryOfManufacture },
    ]);
    const set = <K extends keyof Firearm>(key: K, value: Firearm[K] | undefined) => {
      if (value !== undefined) firearm[key] = value;
      else if (!partial && firearm[key] === undefined) firearm[key] = null as Firearm[K];
    };
    set('categoryCode', input.category);
    set('actionCode', input.action);
    set('model', input.model);
    set('countryOfManufacture', input.countryOfManufacture);
    set('yearOfManufacture', input.yearOfManufacture);
    set('barrelLengthMm', input.barrelLengthMm);
    set('description', input.description);
    if (input.origin !== undefined) firearm.origin = input.origin;
    if (input.make !== undefined || !partial) {
      const make = await this.reference.resolveManufacturer(input.make, manager);
      firearm.makeText = make?.text ?? null;
      firearm.manufacturerCode = make?.code ?? null;
    }
    if (input.calibre !== undefined || !partial) {
      const calibre = await this.reference.resolveCalibre(input.calibre, manager);
      firearm.calibreText = calibre?.text ?? null;
      firearm.calibreCode = calibre?.code ?? null;
    }
    if (input.serialNumber !== undefined || !partial) {
      const raw = input.serialNumber?.trim() || null;
      firearm.serialRaw = raw;
      firearm.serialNormalised = raw ? normaliseSerial(raw) || null : null;
      firearm.serialFolded = raw ? foldSerial(raw) || null : null;
    }
  }

  private async lock(manager: EntityManager, id: string): Promise<Firearm> {
    const firearm = await manager.findOne(Firearm, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!firearm) throw new DomainError('FIREARM_NOT_FOUND', `No firearm or part ${id}.`);
    if (firearm.mergedIntoId) throw new DomainError('FIREARM_MERGED', `This record was merged into ${firearm.mergedIntoId}; record events there.`, { mergedIntoId: firearm.mergedIntoId });
    return firearm;
  }

  private async nextOrdinal(manager: EntityManager, firearmId: string): Promise<number> {
    const [{ next }] = (await manager.query(`SELECT coalesce(max(ordinal), 0) + 1 AS next FROM firearm_event WHERE firearm_id = $1`, [firearmId])) as { next: number }[];
    return Number(next);
  }

  /** Checks the move and its facts, then moves the firearm (status, holder). */
  private async applyEvent(manager: EntityManager, firearm: Firearm, current: FirearmStatus | null, type: LifecycleEventType, input: EventFields): Promise<FirearmEvent> {
    const decision = decideTransition(current, type);
    if (!decision.allowed) {
      throw new DomainError('INVALID_LIFECYCLE_TRANSITION', decision.reason, { currentStatus: current, event: type, allowedEvents: allowedEvents(current) });
    }
    const problems = eventProblems(type, input);
    if (problems.length > 0) throw new DomainError('EVENT_DETAILS_MISSING', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    const day = input.occurredOn ?? isoDay(this.clock.now());
    if (day > isoDay(this.clock.now())) throw new DomainError('VALIDATION_FAILED', 'occurredOn: an event cannot happen in the future', { errors: [{ field: 'occurredOn', message: 'must not be in the future' }] });

    let newHolder = firearm.holderId;
    const rule = holderRule(type);
    if (rule !== 'none' && input.holderId) {
      if (!(await manager.existsBy(Holder, { id: input.holderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: 'holderId', message: 'does not exist' }] });
      newHolder = input.holderId;
    }
    if (input.licenceId && newHolder) {
      await this.licences.assertValidFor(manager, input.licenceId, newHolder, firearm.categoryCode, day);
    }
    const event = this.newEvent(firearm, type, decision.status, input, {});
    event.previousHolderId = firearm.holderId;
    event.holderId = newHolder !== firearm.holderId ? newHolder : null;
    event.occurredOn = day;
    firearm.status = decision.status;
    firearm.holderId = newHolder;
    event.statusBefore = current;
    // A new record is inserted by the caller after this check, which then lists it on the licence.
    if (input.licenceId && newHolder && current !== null) await this.licences.cover(manager, input.licenceId, firearm.id);
    return event;
  }

  private newEvent(firearm: Firearm, type: string, statusAfter: FirearmStatus, input: EventFields, extra: { details?: Record<string, unknown>; reason?: string }): FirearmEvent {
    return this.dataSource.manager.create(FirearmEvent, {
      id: uuidV7(),
      firearmId: firearm.id,
      ordinal: 1,
      type,
      occurredOn: input.occurredOn ?? isoDay(this.clock.now()),
      recordedAt: this.clock.now(),
      recordedBy: RequestContext.current()?.actor?.userId ?? null,
      agencyId: input.agencyId ?? RequestContext.current()?.actor?.agencyId ?? null,
      place: input.place ?? null,
      holderId: null,
      previousHolderId: null,
      licenceId: input.licenceId ?? null,
      statusBefore: firearm.status,
      statusAfter,
      referenceDocuments: input.referenceDocuments ?? [],
      notes: input.notes ?? null,
      details: extra.details ?? input.details ?? {},
      reason: extra.reason ?? null,
    });
  }
}
