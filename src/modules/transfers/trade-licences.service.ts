import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { holderSummary } from '../holders/dto/holder.dto.js';
import { Holder } from '../holders/holder.entities.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { CreateTradeLicenceRequest, PartyRequest, TradeLicenceListQuery } from './dto/trade.dto.js';
import { TradeItems } from './trade-items.js';
import { importReferenceProblem, issuerProblem, lineUsage, transitNoticeProblems, reconcileShipment, tradeLicenceStatus, type CountedItem, type Discrepancy, type ImportLicenceReference, type ShipmentReconciliation } from './trade-rules.js';
import { TradeLicence, TradeLicenceItem, TradeReceiptItem, TradeShipment, TradeShipmentItem } from './transfer.entities.js';
import { readsOn } from '../../common/database/in-turn.js';
import { assertMayChange } from '../../common/auth/agency-access.js';

export interface LicenceView {
  licence: TradeLicence;
  lines: TradeLicenceItem[];
  usage: Map<string, number>;
  shipped: Map<string, number>;
  received: Map<string, number>;
  /** Parties that are persons: their names are personal data. */
  personHolderIds: Set<string>;
}

export interface LicenceReconciliation {
  view: LicenceView;
  shipments: { shipment: TradeShipment; reconciliation: ShipmentReconciliation }[];
  discrepancies: (Discrepancy & { shipmentId: string })[];
}

const sumBy = (items: CountedItem[]) => items.reduce((m, i) => m.set(i.licenceItemId, (m.get(i.licenceItemId) ?? 0) + i.quantity), new Map<string, number>());

@Injectable()
export class TradeLicencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly items: TradeItems,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return isoDay(this.clock.now());
  }

  /** Records an import, export or transit licence; an export licence needs the import licence it answers (art. 10.2). */
  async create(input: CreateTradeLicenceRequest): Promise<LicenceView> {
    if (input.expiresOn < input.issuedOn) throw new DomainError('VALIDATION_FAILED', 'The licence expires before it is issued.', { errors: [{ field: 'expiresOn', message: 'must not be before issuedOn' }] });
    const issuer = issuerProblem(input);
    if (issuer) throw new DomainError('TRADE_LICENCE_ISSUER_MISMATCH', `issuingCountry: ${issuer}.`, { errors: [{ field: 'issuingCountry', message: issuer }] });
    const notices = transitNoticeProblems(input);
    if (notices.length > 0) throw new DomainError(notices[0].code, notices.map((n) => `${n.field}: ${n.message}`).join('; '), { errors: notices.map(({ field, message }) => ({ field, message })) });
    if (input.kind !== 'export' && (input.importLicenceId || input.importLicence)) {
      throw new DomainError('VALIDATION_FAILED', 'Only an export licence refers to an import licence.', { errors: [{ field: 'importLicence', message: `is not used by a ${input.kind} licence` }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const countries = [input.issuingCountry, input.exportingCountry, input.importingCountry, ...(input.transitCountries ?? []), ...(input.importLicence ? [input.importLicence.country] : [])];
      await this.reference.assertKnown(manager, countries.map((value) => ({ field: 'country', table: 'country' as const, value })));

      let reference: (ImportLicenceReference & { id: string | null; issuedOn: string | null }) | null = null;
      if (input.kind === 'export') {
        if (input.importLicenceId) {
          const imported = await manager.findOneBy(TradeLicence, { id: input.importLicenceId });
          if (!imported) throw new DomainError('TRADE_LICENCE_NOT_FOUND', `No licence ${input.importLicenceId} in the register.`, { errors: [{ field: 'importLicenceId', message: 'does not exist' }] });
          reference = { id: imported.id, number: imported.number, country: imported.issuingCountry, issuedOn: imported.issuedOn, expiresOn: imported.expiresOn, kind: imported.kind, state: imported.state };
        } else if (input.importLicence) {
          reference = { id: null, number: input.importLicence.number, country: input.importLicence.country, issuedOn: input.importLicence.issuedOn ?? null, expiresOn: input.importLicence.expiresOn ?? null };
        }
        const problem = importReferenceProblem(reference, input);
        if (problem) throw new DomainError(problem.code, problem.message, { errors: [{ field: input.importLicenceId ? 'importLicenceId' : 'importLicence', message: problem.message }] });
      }
      if (await manager.existsBy(TradeLicence, { issuingCountry: input.issuingCountry, number: input.number })) {
        throw new DomainError('TRADE_LICENCE_NUMBER_TAKEN', `Licence ${input.number} of ${input.issuingCountry} is already registered.`, { errors: [{ field: 'number', message: 'is already used' }] });
      }
      const exporter = await this.party(manager, input.exporter, 'exporter');
      const importer = await this.party(manager, input.importer, 'importer');
      const recipient = await this.party(manager, input.finalRecipient, 'finalRecipient');
      const agencyId = RequestContext.current()?.actor?.agencyId;
      if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown.');
      const now = this.clock.now();
      const licence = manager.create(TradeLicence, {
        id: randomUUID(),
        number: input.number,
        kind: input.kind,
        issuingAuthority: input.issuingAuthority,
        issuingCountry: input.issuingCountry,
        placeOfIssue: input.placeOfIssue ?? null,
        issuedOn: input.issuedOn,
        expiresOn: input.expiresOn,
        exportingCountry: input.exportingCountry,
        importingCountry: input.importingCountry,
        transitCountries: [...new Set(input.transitCountries ?? [])],
        transitNotices: (input.transitNotices ?? []).map(({ country, reference, date }) => ({ country, reference, date })),
        exporterHolderId: exporter.holderId,
        exporterName: exporter.name,
        importerHolderId: importer.holderId,
        importerName: importer.name,
        finalRecipientHolderId: recipient.holderId,
        finalRecipientName: recipient.name,
        endUserCertificateRef: input.endUserCertificateRef ?? null,
        importLicenceId: reference?.id ?? null,
        importLicenceNumber: reference?.number ?? null,
        importLicenceCountry: reference?.country ?? null,
        importLicenceIssuedOn: reference?.issuedOn ?? null,
        importLicenceExpiresOn: reference?.expiresOn ?? null,
        state: 'issued',
        stateReason: null,
        notes: input.notes ?? null,
        registeringAgencyId: agencyId,
        createdAt: now,
        updatedAt: now,
      });
      const lines: TradeLicenceItem[] = [];
      for (const [index, item] of input.items.entries()) {
        const field = `items[${index}]`;
        const facts = item.firearmId ? this.items.fromFirearm(await this.items.findInRegister(manager, { firearmId: item.firearmId, itemKind: item.itemKind }, field)) : await this.items.resolve(manager, item, field, 'licence');
        const { lotNumber: _lot, ...line } = facts;
        lines.push(manager.create(TradeLicenceItem, { ...line, id: randomUUID(), licenceId: licence.id, lineNo: index + 1, description: item.description ?? null }));
      }
      await manager.insert(TradeLicence, licence);
      await manager.insert(TradeLicenceItem, lines);
      await this.audit.record(manager, {
        recordType: 'trade_licence',
        recordId: licence.id,
        action: 'issued',
        after: {
          number: licence.number,
          kind: licence.kind,
          issuingCountry: licence.issuingCountry,
          issuedOn: licence.issuedOn,
          expiresOn: licence.expiresOn,
          exportingCountry: licence.exportingCountry,
          importingCountry: licence.importingCountry,
          transitCountries: licence.transitCountries,
          transitNotices: licence.transitNotices,
          importLicenceNumber: licence.importLicenceNumber,
          items: lines.map((l) => ({ lineNo: l.lineNo, itemKind: l.itemKind, categoryCode: l.categoryCode, makeText: l.makeText, model: l.model, calibreText: l.calibreText, serialRaw: l.serialRaw, quantity: l.quantity })),
        },
      });
      return (await this.views(manager, [licence]))[0];
    });
  }

  async get(id: string): Promise<LicenceView> {
    const licence = await this.dataSource.getRepository(TradeLicence).findOneBy({ id });
    if (!licence) throw new DomainError('TRADE_LICENCE_NOT_FOUND', `No trade licence ${id}.`);
    return (await this.views(this.dataSource.manager, [licence]))[0];
  }

  /**
   * Filtered, paged. The derived status is computed in SQL here with the same rule
   * as tradeLicenceStatus (per shipment and line, the larger of shipped and received).
   */
  async list(query: TradeLicenceListQuery): Promise<[LicenceView[], number]> {
    const where: string[] = [];
    const params: unknown[] = [this.today()];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (query.kind) where.push(`l.kind = ${param(query.kind)}`);
    if (query.number) where.push(`l.number = ${param(query.number)}`);
    if (query.country) {
      const p = param(query.country);
      where.push(`(l.exporting_country = ${p} OR l.importing_country = ${p} OR ${p} = ANY (l.transit_countries))`);
    }
    if (query.holderId) {
      const p = param(query.holderId);
      where.push(`(l.exporter_holder_id = ${p} OR l.importer_holder_id = ${p} OR l.final_recipient_holder_id = ${p})`);
    }
    if (query.status) where.push(`s.status = ${param(query.status)}`);
    const rows = (await this.dataSource.query(
      `WITH moved AS (
         SELECT licence_item_id, shipment_id, sum(quantity) AS shipped, 0 AS received FROM trade_shipment_item GROUP BY 1, 2
         UNION ALL
         SELECT licence_item_id, shipment_id, 0, sum(quantity) FROM trade_receipt_item GROUP BY 1, 2),
       per_line AS (
         SELECT licence_item_id, sum(greatest(shipped, received)) AS used
           FROM (SELECT licence_item_id, shipment_id, sum(shipped) AS shipped, sum(received) AS received FROM moved GROUP BY 1, 2) m GROUP BY 1),
       per_licence AS (
         SELECT li.licence_id, sum(li.quantity) AS authorised, sum(least(coalesce(u.used, 0), li.quantity)) AS used
           FROM trade_licence_item li LEFT JOIN per_line u ON u.licence_item_id = li.id GROUP BY 1),
       s AS (
         SELECT l.id, CASE WHEN l.state = 'revoked' THEN 'revoked'
                           WHEN p.used >= p.authorised THEN 'used'
                           WHEN $1::date > l.expires_on THEN 'expired'
                           WHEN p.used > 0 THEN 'partly_used'
                           ELSE 'issued' END AS status
           FROM trade_licence l JOIN per_licence p ON p.licence_id = l.id)
       SELECT l.id, count(*) OVER ()::int AS total
         FROM trade_licence l JOIN s ON s.id = l.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY l.issued_on DESC, l.id
        LIMIT ${param(query.limit)} OFFSET ${param(query.offset)}`,
      params,
    )) as { id: string; total: number }[];
    if (rows.length === 0) return [[], 0];
    const licences = await this.dataSource.getRepository(TradeLicence).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(licences.map((l) => [l.id, l]));
    return [await this.views(this.dataSource.manager, rows.map((r) => byId.get(r.id)!)), rows[0].total];
  }

  /** Revocation is the one decision kept on the licence; nothing moves under it afterwards. */
  async revoke(id: string, reason: string): Promise<LicenceView> {
    return this.dataSource.transaction(async (manager) => {
      const licence = await this.lock(manager, id);
      await this.assertMayChange(manager, licence);
      if (licence.state !== 'revoked') {
        Object.assign(licence, { state: 'revoked', stateReason: reason, updatedAt: this.clock.now() });
        await manager.save(licence);
        await this.audit.record(manager, { recordType: 'trade_licence', recordId: id, action: 'revoked', before: { state: 'issued' }, after: { state: 'revoked' }, reason });
      }
      return (await this.views(manager, [licence]))[0];
    });
  }

  /** Per licence: authorised, shipped and received per line, and every shipment's discrepancies. */
  async reconciliation(id: string): Promise<LicenceReconciliation> {
    const view = await this.get(id);
    const manager = this.dataSource.manager;
    const shipments = await manager.find(TradeShipment, { where: { licenceId: id }, order: { shippedOn: 'ASC', createdAt: 'ASC' } });
    const ids = shipments.map((s) => s.id);
    const shippedItems = ids.length ? await manager.find(TradeShipmentItem, { where: { shipmentId: In(ids) }, order: { lineNo: 'ASC' } }) : [];
    const receivedItems = ids.length ? await manager.find(TradeReceiptItem, { where: { shipmentId: In(ids) }, order: { lineNo: 'ASC' } }) : [];
    const result = shipments.map((shipment) => ({
      shipment,
      reconciliation: reconcileShipment(
        shippedItems.filter((i) => i.shipmentId === shipment.id),
        receivedItems.filter((i) => i.shipmentId === shipment.id),
      ),
    }));
    return { view, shipments: result, discrepancies: result.flatMap((r) => r.reconciliation.discrepancies.map((d) => ({ ...d, shipmentId: r.shipment.id }))) };
  }

  async lock(manager: EntityManager, id: string): Promise<TradeLicence> {
    const licence = await manager.findOne(TradeLicence, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!licence) throw new DomainError('TRADE_LICENCE_NOT_FOUND', `No trade licence ${id}.`);
    return licence;
  }

  /**
   * A trade licence is one file with its shipments, receipts and confirmations:
   * changed by the agency that recorded the licence, or by the national authority.
   */
  assertMayChange(manager: EntityManager, licence: Pick<TradeLicence, 'number' | 'registeringAgencyId'>): Promise<void> {
    return assertMayChange(manager, { ownerAgencyId: licence.registeringAgencyId }, `Trade licence ${licence.number}`);
  }

  async linesOf(manager: EntityManager, licenceId: string): Promise<TradeLicenceItem[]> {
    return manager.find(TradeLicenceItem, { where: { licenceId }, order: { lineNo: 'ASC' } });
  }

  /** Shipped and received quantities per shipment and line, for the usage rule. */
  async movements(manager: EntityManager, lineIds: string[]): Promise<{ shipped: CountedItem[]; received: CountedItem[] }> {
    if (lineIds.length === 0) return { shipped: [], received: [] };
    const query = (table: string) =>
      manager.query(`SELECT shipment_id AS "shipmentId", licence_item_id AS "licenceItemId", sum(quantity)::int AS quantity FROM ${table} WHERE licence_item_id = ANY ($1) GROUP BY 1, 2`, [lineIds]) as Promise<CountedItem[]>;
    const [shipped, received] = await readsOn(manager, [() => query('trade_shipment_item'), () => query('trade_receipt_item')] as const);
    return { shipped, received };
  }

  async views(manager: EntityManager, licences: TradeLicence[]): Promise<LicenceView[]> {
    const ids = licences.map((l) => l.id);
    const lines = ids.length ? await manager.find(TradeLicenceItem, { where: { licenceId: In(ids) }, order: { lineNo: 'ASC' } }) : [];
    const { shipped, received } = await this.movements(manager, lines.map((l) => l.id));
    const usage = lineUsage(shipped, received);
    const partyIds = [...new Set(licences.flatMap((l) => [l.exporterHolderId, l.importerHolderId, l.finalRecipientHolderId]).filter((h): h is string => !!h))];
    const persons = partyIds.length ? await manager.find(Holder, { where: { id: In(partyIds), kind: 'person' }, select: { id: true } }) : [];
    const personHolderIds = new Set(persons.map((p) => p.id));
    return licences.map((licence) => ({ licence, lines: lines.filter((l) => l.licenceId === licence.id), usage, shipped: sumBy(shipped), received: sumBy(received), personHolderIds }));
  }

  statusOf(view: LicenceView) {
    return tradeLicenceStatus(view.licence, view.lines, view.usage, this.today());
  }

  private async party(manager: EntityManager, input: PartyRequest, field: string): Promise<{ holderId: string | null; name: string }> {
    let name = input.name?.trim() || null;
    if (input.holderId) {
      const holder = await manager.findOneBy(Holder, { id: input.holderId });
      if (!holder) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: `${field}.holderId`, message: 'does not exist' }] });
      name ??= holderSummary(holder, true).name;
    }
    if (!name) throw new DomainError('VALIDATION_FAILED', `${field}: give the holderId or the name as on the licence.`, { errors: [{ field: `${field}.name`, message: 'is required without a holderId' }] });
    return { holderId: input.holderId ?? null, name };
  }
}
