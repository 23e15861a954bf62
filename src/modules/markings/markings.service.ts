import { uuidV7 } from '../../common/database/uuid-v7.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError, type FieldProblem } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateCampaignRequest, CreateMarkingRequest, MarkingFields, MarkingListQuery } from './dto/marking.dto.js';
import { markingProblems } from './marking-rules.js';
import { Marking, MarkingCampaign } from './marking.entities.js';
import { foldSerial, normaliseSerial } from './serial.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import { assertMayChange, assertMayChangeAll, type ChangedRecord } from '../../common/auth/agency-access.js';

/** The fields the audit trail keeps for a marking. */
function markingView(m: Marking) {
  return {
    firearmId: m.firearmId,
    ammunitionLotId: m.ammunitionLotId,
    type: m.type,
    text: m.textRaw,
    location: m.location,
    method: m.method,
    legibility: m.legibility,
    importCountry: m.importCountry,
    importYear: m.importYear,
    appliedOn: m.appliedOn,
    readOn: m.readOn,
    agencyId: m.agencyId,
    campaignId: m.campaignId,
  };
}

// Column order of the set-based insert; each column is one array parameter.
const COLUMNS: [keyof Marking, string, string][] = [
  ['id', 'id', 'uuid'],
  ['firearmId', 'firearm_id', 'uuid'],
  ['ammunitionLotId', 'ammunition_lot_id', 'uuid'],
  ['type', 'type', 'text'],
  ['textRaw', 'text_raw', 'text'],
  ['textNormalised', 'text_normalised', 'text'],
  ['textFolded', 'text_folded', 'text'],
  ['location', 'location', 'text'],
  ['method', 'method', 'text'],
  ['legibility', 'legibility', 'text'],
  ['importCountry', 'import_country', 'text'],
  ['importYear', 'import_year', 'int'],
  ['appliedOn', 'applied_on', 'date'],
  ['readOn', 'read_on', 'date'],
  ['agencyId', 'agency_id', 'uuid'],
  ['campaignId', 'campaign_id', 'uuid'],
  ['notes', 'notes', 'text'],
  ['recordedAt', 'recorded_at', 'timestamptz'],
  ['recordedBy', 'recorded_by', 'uuid'],
  ['importId', 'import_id', 'uuid'],
  ['importRow', 'import_row', 'int'],
];

/** A marking as a file row gives it: the row it came from is kept on the record. */
export type ImportedMarking = MarkingFields & { importRow: number };

@Injectable()
export class MarkingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Records one marking with its audit entry. */
  async create(input: CreateMarkingRequest): Promise<Marking> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = input.campaignId ? await this.campaign(manager, input.campaignId) : null;
      await this.assertMayMark(manager, [input], campaign, () => '', 'campaignId');
      const [marking] = await this.insertIn(manager, [input], campaign, () => '');
      return marking;
    });
  }

  /**
   * A campaign's log, entered in one go: every entry is checked first and the
   * problems of all entries are reported together, each naming its index; then all
   * entries are written in one set-based insert, or none.
   */
  async addToCampaign(campaignId: string, items: MarkingFields[]): Promise<Marking[]> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaign(manager, campaignId, true);
      await this.assertMayMark(manager, items, campaign, (i) => `markings.${i}.`);
      const markings = await this.insertIn(manager, items, campaign, (i) => `markings.${i}.`);
      await this.audit.record(manager, { recordType: 'marking_campaign', recordId: campaign.id, action: 'markings_added', after: { count: markings.length } });
      return markings;
    });
  }

  async get(id: string): Promise<Marking> {
    const marking = await this.dataSource.getRepository(Marking).findOneBy({ id });
    if (!marking) throw new DomainError('MARKING_NOT_FOUND', `No marking ${id}.`);
    return marking;
  }

  async list(query: MarkingListQuery): Promise<[Marking[], Total]> {
    const q = this.dataSource.getRepository(Marking).createQueryBuilder('m');
    if (query.firearmId) q.andWhere('m.firearm_id = :firearmId', { firearmId: query.firearmId });
    if (query.ammunitionLotId) q.andWhere('m.ammunition_lot_id = :lotId', { lotId: query.ammunitionLotId });
    if (query.campaignId) q.andWhere('m.campaign_id = :campaignId', { campaignId: query.campaignId });
    return pageRows(q.orderBy('m.recorded_at').addOrderBy('m.id').take(query.limit).skip(query.offset));
  }

  /** The markings of one firearm and the records merged into it, for its history. */
  async forFirearms(firearmIds: string[]): Promise<Marking[]> {
    if (firearmIds.length === 0) return [];
    return this.dataSource.getRepository(Marking).find({ where: { firearmId: In(firearmIds) }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  async createCampaign(input: CreateCampaignRequest): Promise<MarkingCampaign> {
    const agencyId = input.agencyId ?? RequestContext.current()?.actor?.agencyId ?? null;
    const problems: FieldProblem[] = [];
    if (!agencyId) problems.push({ field: 'agencyId', message: 'is required' });
    if (input.endsOn && input.endsOn < input.startsOn) problems.push({ field: 'endsOn', message: 'must not be before startsOn' });
    if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.query(`SELECT 1 FROM agency WHERE id = $1`, [agencyId])).length) {
        throw new DomainError('MARKING_INVALID', `agencyId: no agency ${agencyId}.`, { errors: [{ field: 'agencyId', message: 'does not exist' }] });
      }
      await assertMayChange(manager, { ownerAgencyId: agencyId! }, 'The campaign agency', { field: 'agencyId', detail: 'A marking campaign is run by the user’s own agency, or set up for another agency by the national firearms authority.' });
      const now = this.clock.now();
      const campaign = manager.create(MarkingCampaign, {
        id: uuidV7(),
        name: input.name,
        place: input.place,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        agencyId: agencyId!,
        markingMachine: input.markingMachine ?? null,
        notes: input.notes ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(MarkingCampaign, campaign);
      const { id, createdAt, updatedAt, ...after } = campaign;
      await this.audit.record(manager, { recordType: 'marking_campaign', recordId: id, action: 'created', after });
      return campaign;
    });
  }

  async getCampaign(id: string): Promise<{ campaign: MarkingCampaign; markings: number }> {
    const campaign = await this.campaign(this.dataSource.manager, id);
    const markings = await this.dataSource.getRepository(Marking).countBy({ campaignId: id });
    return { campaign, markings };
  }

  async listCampaigns(limit: number, offset: number): Promise<[MarkingCampaign[], number]> {
    return this.dataSource.getRepository(MarkingCampaign).findAndCount({ order: { startsOn: 'DESC', id: 'ASC' }, take: limit, skip: offset });
  }

  async campaign(manager: EntityManager, id: string, lock = false): Promise<MarkingCampaign> {
    const campaign = await manager.findOne(MarkingCampaign, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
    if (!campaign) throw new DomainError('MARKING_CAMPAIGN_NOT_FOUND', `No marking campaign ${id}.`, { errors: [{ field: 'campaignId', message: 'does not exist' }] });
    return campaign;
  }

  /**
   * A marking changes the record it is read on: the firearm's or lot's agency (or
   * the national authority) records it, under a campaign only that campaign's agency,
   * and it is credited to another agency only by the national authority. Records
   * that do not exist are left to insertIn, which names them.
   */
  private async assertMayMark(manager: EntityManager, items: MarkingFields[], campaign: MarkingCampaign | null, prefix: (index: number) => string, campaignField?: string): Promise<void> {
    const owners = async (table: string, field: 'firearmId' | 'ammunitionLotId') => {
      const ids = [...new Set(items.map((item) => item[field]).filter((v): v is string => typeof v === 'string'))];
      if (ids.length === 0) return new Map<string, string>();
      const rows = (await manager.query(`SELECT id::text AS id, registering_agency_id::text AS agency FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; agency: string }[];
      return new Map(rows.map((r) => [r.id, r.agency]));
    };
    const [firearms, lots] = [await owners('firearm', 'firearmId'), await owners('ammunition_lot', 'ammunitionLotId')];
    const records: ChangedRecord[] = campaign ? [{ ownerAgencyId: campaign.agencyId, what: `Marking campaign ${campaign.name}`, field: campaignField }] : [];
    items.forEach((item, i) => {
      const firearmAgency = item.firearmId ? firearms.get(item.firearmId.toLowerCase()) : undefined;
      if (firearmAgency) records.push({ ownerAgencyId: firearmAgency, what: `The record of firearm ${item.firearmId}`, field: `${prefix(i)}firearmId` });
      const lotAgency = item.ammunitionLotId ? lots.get(item.ammunitionLotId.toLowerCase()) : undefined;
      if (lotAgency) records.push({ ownerAgencyId: lotAgency, what: `Ammunition lot ${item.ammunitionLotId}`, field: `${prefix(i)}ammunitionLotId` });
      if (item.agencyId) records.push({ ownerAgencyId: item.agencyId, what: prefix(i) ? `The agency credited with ${prefix(i).slice(0, -1)}` : 'The agency credited with the marking', field: `${prefix(i)}agencyId` });
    });
    await assertMayChangeAll(manager, records);
  }

  /**
   * Checks every item (pure rules, then referenced records set-based), then
   * inserts all in one statement with their audit entries, inside the caller's
   * transaction. Imports pass their id and each item's row.
   */
  async insertIn(manager: EntityManager, items: (MarkingFields | ImportedMarking)[], campaign: MarkingCampaign | null, prefix: (index: number) => string, importId: string | null = null): Promise<Marking[]> {
    const now = this.clock.now();
    const today = isoDay(now);
    const actor = RequestContext.current()?.actor;
    const problems = items.flatMap((item, i) => markingProblems(item, today, prefix(i), campaign));

    // Typed arrays (uuid[], bpchar[]) so each lookup is a primary-key probe, not a scan of the register.
    const missing = async (table: string, key: string, type: 'uuid' | 'bpchar', field: keyof MarkingFields) => {
      const wanted = [...new Set(items.map((item) => item[field]).filter((v): v is string => typeof v === 'string'))];
      if (wanted.length === 0) return;
      const found = new Set(((await manager.query(`SELECT ${key}::text AS k FROM ${table} WHERE ${key} = ANY($1::${type}[])`, [wanted])) as { k: string }[]).map((r) => r.k));
      items.forEach((item, i) => {
        const value = item[field];
        if (typeof value === 'string' && !found.has(type === 'uuid' ? value.toLowerCase() : value)) problems.push({ field: `${prefix(i)}${field}`, message: `no ${table.replace('_', ' ')} ${value}` });
      });
    };
    await missing('firearm', 'id', 'uuid', 'firearmId');
    await missing('ammunition_lot', 'id', 'uuid', 'ammunitionLotId');
    await missing('country', 'alpha2', 'bpchar', 'importCountry');
    await missing('agency', 'id', 'uuid', 'agencyId');
    if (problems.length > 0) {
      const head = problems.slice(0, 5).map((p) => `${p.field}: ${p.message}`).join('; ');
      throw new DomainError('MARKING_INVALID', problems.length > 5 ? `${head}; and ${problems.length - 5} more problems` : head, { errors: problems });
    }

    const markings = items.map((item) =>
      manager.create(Marking, {
        id: uuidV7(),
        firearmId: item.firearmId ?? null,
        ammunitionLotId: item.ammunitionLotId ?? null,
        type: item.type,
        textRaw: item.text,
        textNormalised: normaliseSerial(item.text),
        textFolded: foldSerial(item.text),
        location: item.location ?? null,
        method: item.method ?? null,
        legibility: item.legibility,
        importCountry: item.importCountry ?? null,
        importYear: item.importYear ?? null,
        appliedOn: item.appliedOn ?? null,
        readOn: item.readOn ?? null,
        agencyId: item.agencyId ?? campaign?.agencyId ?? actor?.agencyId ?? null,
        campaignId: campaign?.id ?? null,
        notes: item.notes ?? null,
        recordedAt: now,
        recordedBy: actor?.userId ?? null,
        importId,
        importRow: 'importRow' in item ? item.importRow : null,
      }),
    );
    // One INSERT … SELECT FROM unnest: one round trip and 19 parameters whatever the batch size.
    await manager.query(
      `INSERT INTO marking (${COLUMNS.map((c) => c[1]).join(', ')}) SELECT * FROM unnest(${COLUMNS.map((c, i) => `$${i + 1}::${c[2]}[]`).join(', ')})`,
      COLUMNS.map(([key]) => markings.map((m) => m[key] ?? null)),
    );
    await this.audit.record(manager, ...markings.map((m) => ({ recordType: 'marking', recordId: m.id, action: 'created', after: { ...markingView(m), ...(importId ? { importId, importRow: m.importRow } : {}) } })));
    return markings;
  }
}
