import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assertMayChange } from '../../common/auth/agency-access.js';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreatePartRequest } from '../firearms/dto/firearm.dto.js';
import { FirearmsService } from '../firearms/firearms.service.js';
import { Holder } from '../holders/holder.entities.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { CreateSeizureRequest, SeizedItemRequest, SeizureListQuery, SeizurePersonRequest } from './dto/seizure.dto.js';
import { assertMayChangeSeizure } from './seizure-access.js';
import { alreadyHeldMessage, seizureEvent, seizureItemView } from './seizure-items.js';
import { CustodyStep, Disposal, HitAlert, Seizure, SeizureItem, SeizurePerson } from './seizure.entities.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import { readsOn } from '../../common/database/in-turn.js';

export interface SeizureDetail {
  seizure: Seizure;
  items: SeizureItem[];
  custody: Map<string, CustodyStep>;
  disposals: Map<string, Disposal>;
  persons: SeizurePerson[];
  holders: Map<string, Holder>;
  alerts: HitAlert[];
}

/** A firearm or part held under a seizure that has not disposed of it. */
export interface OpenSeizureItem {
  itemId: string;
  seizureId: string;
  seizureReference: string;
  ordinal: number;
  importKey: string | null;
  importId: string | null;
  importRow: number | null;
}

// Column order of the set-based item insert; each column is one array parameter.
const ITEM_COLUMNS: [keyof SeizureItem, string, string][] = [
  ['id', 'id', 'uuid'],
  ['seizureId', 'seizure_id', 'uuid'],
  ['ordinal', 'ordinal', 'int'],
  ['kind', 'kind', 'text'],
  ['firearmId', 'firearm_id', 'uuid'],
  ['registeredBeforeSeizure', 'registered_before_seizure', 'boolean'],
  ['markingsText', 'markings_text', 'text'],
  ['serialLegibility', 'serial_legibility', 'text'],
  ['description', 'description', 'text'],
  ['calibreText', 'calibre_text', 'text'],
  ['calibreCode', 'calibre_code', 'text'],
  ['makeText', 'make_text', 'text'],
  ['quantity', 'quantity', 'int'],
  ['lotNumber', 'lot_number', 'text'],
  ['headstamp', 'headstamp', 'text'],
  ['state', 'state', 'text'],
  ['importKey', 'import_key', 'text'],
  ['importId', 'import_id', 'uuid'],
  ['importRow', 'import_row', 'int'],
  ['createdAt', 'created_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'],
];

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });

/** A seizure case: what was taken, from whom, and the register entries it moves. */
@Injectable()
export class SeizuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly firearms: FirearmsService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  /** The case, its items (moving registered firearms, registering the others) and its persons: one transaction. */
  async create(input: CreateSeizureRequest): Promise<Seizure> {
    const occurredAt = new Date(input.occurredAt);
    if (occurredAt > this.clock.now()) throw invalid('occurredAt', 'must not be in the future');
    const seizingAgencyId = input.seizingAgencyId ?? RequestContext.current()?.actor?.agencyId;
    if (!seizingAgencyId) throw invalid('seizingAgencyId', 'is required');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.query(`SELECT 1 FROM agency WHERE id = $1`, [seizingAgencyId])).length) throw new DomainError('AGENCY_NOT_FOUND', `No agency ${seizingAgencyId}.`, { errors: [{ field: 'seizingAgencyId', message: 'does not exist' }] });
      await assertMayChange(manager, { ownerAgencyId: seizingAgencyId }, 'The seizing agency', {
        field: 'seizingAgencyId',
        detail: 'A seizure is credited to the agency of the user who records it; only the national firearms authority records one for another agency.',
      });
      if (await manager.existsBy(Seizure, { reference: input.reference })) throw new DomainError('SEIZURE_REFERENCE_TAKEN', `A seizure with reference ${input.reference} is already recorded.`);
      const now = this.clock.now();
      const seizure = manager.create(Seizure, {
        id: randomUUID(),
        reference: input.reference,
        type: input.type,
        context: input.context,
        occurredAt,
        region: input.region ?? null,
        locality: input.locality ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        seizingAgencyId,
        seizingOfficer: input.seizingOfficer,
        campaign: input.campaign ?? null,
        criminalCaseNumber: input.criminalCaseNumber ?? null,
        notes: input.notes ?? null,
        recordedBy: RequestContext.current()?.actor?.userId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Seizure, seizure);
      const { id: _id, createdAt: _c, updatedAt: _u, occurredAt: _o, ...view } = seizure;
      await this.audit.record(manager, { recordType: 'seizure', recordId: seizure.id, action: 'created', after: { ...view, occurredAt: occurredAt.toISOString() } });
      for (const [index, item] of (input.items ?? []).entries()) await this.addItemIn(manager, seizure, item, index + 1, `items[${index}]`);
      for (const person of input.persons ?? []) await this.addPersonIn(manager, seizure, person);
      return seizure;
    });
  }

  async addItem(seizureId: string, input: SeizedItemRequest): Promise<SeizureItem> {
    return this.dataSource.transaction(async (manager) => {
      const { seizure, nextOrdinal } = await this.lockForItems(manager, seizureId);
      return this.addItemIn(manager, seizure, input, nextOrdinal, '');
    });
  }

  /** Locks the case against concurrent additions and gives the ordinal its next item takes. */
  async lockForItems(manager: EntityManager, seizureId: string): Promise<{ seizure: Seizure; nextOrdinal: number }> {
    const seizure = await this.lockSeizure(manager, seizureId);
    const [{ next }] = (await manager.query(`SELECT coalesce(max(ordinal), 0) + 1 AS next FROM seizure_item WHERE seizure_id = $1`, [seizureId])) as { next: number }[];
    return { seizure, nextOrdinal: Number(next) };
  }

  /** Seizure items not disposed of, by firearm: one query for any number of firearms. */
  async openItemsOf(manager: EntityManager, firearmIds: string[]): Promise<Map<string, OpenSeizureItem>> {
    const wanted = [...new Set(firearmIds)];
    if (wanted.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT i.id, i.firearm_id, i.seizure_id, s.reference, i.ordinal, i.import_key, i.import_id, i.import_row
         FROM seizure_item i JOIN seizure s ON s.id = i.seizure_id
        WHERE i.firearm_id = ANY($1::uuid[]) AND i.state <> 'disposed'`,
      [wanted],
    )) as { id: string; firearm_id: string; seizure_id: string; reference: string; ordinal: number; import_key: string | null; import_id: string | null; import_row: number | null }[];
    return new Map(rows.map((r) => [r.firearm_id, { itemId: r.id, seizureId: r.seizure_id, seizureReference: r.reference, ordinal: r.ordinal, importKey: r.import_key, importId: r.import_id, importRow: r.import_row }]));
  }

  /**
   * Items already decided (their firearms moved or registered, alerts raised)
   * written in one statement, each with its "item_added" audit entry as
   * addItemIn writes it. The seizure must be locked (lockForItems).
   */
  async insertItemsIn(manager: EntityManager, seizure: Seizure, items: SeizureItem[], hitAlertOf: Map<string, string> = new Map()): Promise<void> {
    if (items.length === 0) return;
    if (items.some((i) => i.seizureId !== seizure.id)) throw new Error('insertItemsIn: every item must belong to the seizure');
    await manager.query(
      `INSERT INTO seizure_item (${ITEM_COLUMNS.map((c) => c[1]).join(', ')}) SELECT * FROM unnest(${ITEM_COLUMNS.map((c, i) => `$${i + 1}::${c[2]}[]`).join(', ')})`,
      ITEM_COLUMNS.map(([key]) => items.map((item) => item[key] ?? null)),
    );
    await this.audit.record(
      manager,
      ...items.map((item) => {
        const alertId = hitAlertOf.get(item.id);
        return { recordType: 'seizure', recordId: seizure.id, action: 'item_added', after: { ...seizureItemView(item), ...(alertId ? { hitAlertId: alertId } : {}) } };
      }),
    );
  }

  async addPerson(seizureId: string, input: SeizurePersonRequest): Promise<SeizurePerson> {
    return this.dataSource.transaction(async (manager) => this.addPersonIn(manager, await this.lockSeizure(manager, seizureId), input));
  }

  async get(id: string): Promise<SeizureDetail> {
    const manager = this.dataSource.manager;
    const seizure = await manager.findOneBy(Seizure, { id });
    if (!seizure) throw new DomainError('SEIZURE_NOT_FOUND', `No seizure ${id}.`);
    const [items, persons, alerts] = await readsOn(manager, [
      () => manager.find(SeizureItem, { where: { seizureId: id }, order: { ordinal: 'ASC' } }),
      () => manager.find(SeizurePerson, { where: { seizureId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      () => manager.find(HitAlert, { where: { seizureId: id }, order: { raisedAt: 'ASC' } }),
    ] as const);
    const itemIds = items.map((i) => i.id);
    const [steps, disposals] = itemIds.length
      ? await readsOn(manager, [() => manager.createQueryBuilder(CustodyStep, 's').where('s.item_id IN (:...ids) AND s.released_at IS NULL', { ids: itemIds }).getMany(), () => manager.findBy(Disposal, { itemId: In(itemIds) })] as const)
      : [[], []];
    const holderIds = persons.map((p) => p.holderId).filter((h): h is string => !!h);
    const holders = holderIds.length ? await manager.findBy(Holder, { id: In(holderIds) }) : [];
    return {
      seizure,
      items,
      custody: new Map(steps.map((s) => [s.itemId, s])),
      disposals: new Map(disposals.map((d) => [d.itemId, d])),
      persons,
      holders: new Map(holders.map((h) => [h.id, h])),
      alerts,
    };
  }

  async list(query: SeizureListQuery): Promise<[Seizure[], Total]> {
    const q = this.dataSource.getRepository(Seizure).createQueryBuilder('s');
    if (query.type) q.andWhere('s.type = :type', { type: query.type });
    if (query.context) q.andWhere('s.context = :context', { context: query.context });
    if (query.agencyId) q.andWhere('s.seizing_agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.region) q.andWhere('s.region ILIKE :region', { region: query.region });
    if (query.criminalCaseNumber) q.andWhere('s.criminal_case_number = :caseNumber', { caseNumber: query.criminalCaseNumber });
    if (query.firearmId) q.andWhere('EXISTS (SELECT 1 FROM seizure_item i WHERE i.seizure_id = s.id AND i.firearm_id = :firearmId)', { firearmId: query.firearmId });
    if (query.from) q.andWhere('s.occurred_at >= :from', { from: query.from });
    if (query.to) q.andWhere('s.occurred_at < :to', { to: query.to });
    return pageRows(q.orderBy('s.occurred_at', 'DESC').addOrderBy('s.id', 'DESC').take(query.limit).skip(query.offset));
  }

  /** Every change to a case (items, persons, custody, outcomes) goes through here: its own agency or the national authority. */
  private async lockSeizure(manager: EntityManager, id: string): Promise<Seizure> {
    const seizure = await manager.findOne(Seizure, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!seizure) throw new DomainError('SEIZURE_NOT_FOUND', `No seizure ${id}.`);
    await assertMayChangeSeizure(manager, seizure);
    return seizure;
  }

  /**
   * A registered firearm moves to seized / found / surrendered through the
   * lifecycle (raising a hit alert if it was lost or stolen); an unregistered one
   * becomes a register entry whose first event is the seizure type.
   */
  private async addItemIn(manager: EntityManager, seizure: Seizure, input: SeizedItemRequest, ordinal: number, path: string): Promise<SeizureItem> {
    const field = (name: string) => (path ? `${path}.${name}` : name);
    const now = this.clock.now();
    const item = manager.create(SeizureItem, {
      id: randomUUID(),
      seizureId: seizure.id,
      ordinal,
      kind: input.kind,
      firearmId: null,
      registeredBeforeSeizure: false,
      markingsText: input.markingsText ?? null,
      serialLegibility: input.serialLegibility ?? null,
      description: input.description ?? null,
      calibreText: null,
      calibreCode: null,
      makeText: null,
      quantity: null,
      lotNumber: null,
      headstamp: null,
      state: 'seized',
      createdAt: now,
      updatedAt: now,
    });
    const event = seizureEvent(seizure, item.id, input.markingsText);
    let alert: HitAlert | null = null;

    if (input.kind === 'ammunition') {
      if (input.firearmId || input.unregistered) throw invalid(field('kind'), 'ammunition is described by calibre and quantity, not as a firearm');
      if (!input.calibre) throw invalid(field('calibre'), 'is required for ammunition');
      if (!input.quantity) throw invalid(field('quantity'), 'is required for ammunition');
      const calibre = await this.reference.resolveCalibre(input.calibre, manager);
      Object.assign(item, { calibreText: calibre!.text, calibreCode: calibre!.code, makeText: input.make?.trim() || null, quantity: input.quantity, lotNumber: input.lotNumber ?? null, headstamp: input.headstamp ?? null });
    } else if (input.firearmId) {
      if (input.unregistered) throw invalid(field('unregistered'), 'a registered item (firearmId) is not described again');
      const known = await this.firearms.get(manager, input.firearmId);
      if (known.itemKind !== input.kind) throw invalid(field('firearmId'), `is a ${known.itemKind}, not a ${input.kind}`);
      const active = (await this.openItemsOf(manager, [known.id])).get(known.id);
      if (active) throw new DomainError('FIREARM_ALREADY_IN_SEIZURE', alreadyHeldMessage(known.itemKind, active.seizureReference), { seizureReference: active.seizureReference });
      const moved = await this.firearms.applyEventIn(manager, known.id, event);
      item.firearmId = known.id;
      item.registeredBeforeSeizure = true;
      alert = moved.hitAlert;
    } else if (input.unregistered) {
      if (input.kind === 'part' && !input.unregistered.partType) throw invalid(field('unregistered.partType'), 'is required for a part');
      if (input.kind === 'firearm' && input.unregistered.partType) throw invalid(field('unregistered.partType'), 'is only for a part');
      const { firearm } = await this.firearms.createIn(
        manager,
        input.kind,
        { ...input.unregistered, description: input.unregistered.description ?? input.description, initialEvent: event } as CreatePartRequest,
        { unregisteredBeforeSeizure: true },
      );
      item.firearmId = firearm.id;
    } else {
      throw invalid(field('firearmId'), 'name the registered item (firearmId) or describe it (unregistered)');
    }

    await manager.insert(SeizureItem, item);
    if (alert) {
      alert.seizureId = seizure.id;
      await manager.update(HitAlert, alert.id, { seizureId: seizure.id });
    }
    await this.audit.record(manager, { recordType: 'seizure', recordId: seizure.id, action: 'item_added', after: { ...seizureItemView(item), ...(alert ? { hitAlertId: alert.id } : {}) } });
    return item;
  }

  private async addPersonIn(manager: EntityManager, seizure: Seizure, input: SeizurePersonRequest): Promise<SeizurePerson> {
    if (input.holderId && !(await manager.existsBy(Holder, { id: input.holderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: 'holderId', message: 'does not exist' }] });
    await this.reference.assertKnown(manager, [{ field: 'nationality', table: 'country', value: input.nationality }]);
    if (input.birthYear !== undefined && input.birthYear > seizure.occurredAt.getUTCFullYear()) throw invalid('birthYear', 'is after the seizure');
    const person = manager.create(SeizurePerson, {
      id: randomUUID(),
      seizureId: seizure.id,
      role: input.role,
      sex: input.sex ?? null,
      age: input.age ?? null,
      birthYear: input.birthYear ?? null,
      nationality: input.nationality ?? null,
      holderId: input.holderId ?? null,
      notes: input.notes ?? null,
      createdAt: this.clock.now(),
    });
    await manager.insert(SeizurePerson, person);
    const { createdAt: _c, seizureId: _s, ...view } = person;
    await this.audit.record(manager, { recordType: 'seizure', recordId: seizure.id, action: 'person_added', after: view });
    return person;
  }
}
