import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { AmmunitionLot, type Firearm } from '../firearms/firearm.entities.js';
import { FirearmsService } from '../firearms/firearms.service.js';
import { Holder } from '../holders/holder.entities.js';
import type { CreateReceiptRequest, CreateShipmentRequest, DeliveryConfirmationRequest, ReportLostRequest, ShipmentListQuery } from './dto/trade.dto.js';
import { TradeItems, type ResolvedItem } from './trade-items.js';
import { TradeLicencesService } from './trade-licences.service.js';
import { describeItem, licenceRefusal, lineUsage, placeOnLines, placeReceipt, reconcileShipment, type PlacementProblem, type ShipmentReconciliation } from './trade-rules.js';
import { TradeLicence, TradeReceipt, TradeReceiptItem, TradeShipment, TradeShipmentItem } from './transfer.entities.js';
import { pageRows, type Total } from '../../common/pagination/page.js';
import { readsOn } from '../../common/database/in-turn.js';

export interface ShipmentView {
  shipment: TradeShipment;
  licence: TradeLicence;
  items: TradeShipmentItem[];
  receipts: TradeReceipt[];
  receiptItems: TradeReceiptItem[];
  reconciliation: ShipmentReconciliation;
}

/** The whole request is refused on its first kind of problem, every problem listed by item and the field that differs. */
function refuse(problems: PlacementProblem[]): never {
  throw new DomainError(problems[0].code, problems.map((p) => p.message).join('; '), { errors: problems.map((p) => ({ field: p.field ? `items[${p.index}].${p.field}` : `items[${p.index}]`, message: p.message })) });
}

@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly licences: TradeLicencesService,
    private readonly firearms: FirearmsService,
    private readonly items: TradeItems,
    private readonly clock: Clock,
  ) {}

  /**
   * Declares a shipment under a licence: every item must fall under a line of the
   * licence, within what is left of it, on a day the licence is valid. Firearms of
   * the register leaving on an export licence are recorded as exported.
   */
  async ship(licenceId: string, input: CreateShipmentRequest): Promise<ShipmentView> {
    return this.dataSource.transaction(async (manager) => {
      // The licence row lock serialises shipments and receipts under one licence: balances cannot race.
      const licence = await this.licences.lock(manager, licenceId);
      await this.licences.assertMayChange(manager, licence);
      const refusal = licenceRefusal(licence, input.shippedOn);
      if (refusal) throw new DomainError(refusal.code, refusal.message);
      if (input.carrierHolderId && !(await manager.existsBy(Holder, { id: input.carrierHolderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.carrierHolderId}.`, { errors: [{ field: 'carrierHolderId', message: 'does not exist' }] });

      const resolved: ResolvedItem[] = [];
      const registerRecords = new Map<string, Firearm>();
      for (const [index, item] of input.items.entries()) {
        const field = `items[${index}]`;
        if (licence.kind === 'export' && item.itemKind !== 'ammunition') {
          const firearm = await this.items.findInRegister(manager, item, field);
          if (firearm.mergedIntoId) throw new DomainError('FIREARM_MERGED', `${field}: this record was merged into ${firearm.mergedIntoId}; ship that one.`, { mergedIntoId: firearm.mergedIntoId });
          if (licence.exporterHolderId && firearm.holderId !== licence.exporterHolderId) {
            throw new DomainError('EXPORTER_NOT_HOLDER', `${field}: ${describeItem(this.items.fromFirearm(firearm))} is not held by the exporter ${licence.exporterName}.`, { errors: [{ field, message: 'is not held by the exporter named on the licence' }] });
          }
          registerRecords.set(firearm.id, firearm);
          resolved.push({ ...this.items.fromFirearm(firearm), lotNumber: item.lotNumber ?? null });
        } else {
          if (item.firearmId && licence.kind !== 'import') throw new DomainError('SHIPMENT_ITEM_INVALID', `${field}: firearmId is only used for exports and re-imports.`, { errors: [{ field: `${field}.firearmId`, message: 'is not used here' }] });
          const facts = await this.items.resolve(manager, item, field, 'shipment');
          if (item.firearmId) facts.firearmId = (await this.items.findInRegister(manager, item, field)).id;
          resolved.push(facts);
        }
      }
      this.assertDistinct(resolved);

      const lines = await this.licences.linesOf(manager, licenceId);
      const { shipped, received } = await this.licences.movements(manager, lines.map((l) => l.id));
      const placement = placeOnLines(lines, lineUsage(shipped, received), resolved.map((r, i) => ({ ...r, lineNo: input.items[i].licenceLine })));
      if (placement.problems.length > 0) refuse(placement.problems);

      const now = this.clock.now();
      const agencyId = RequestContext.current()?.actor?.agencyId;
      if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown.');
      const shipment = manager.create(TradeShipment, {
        id: randomUUID(),
        licenceId,
        reference: input.reference ?? null,
        shippedOn: input.shippedOn,
        carrierName: input.carrierName ?? null,
        carrierHolderId: input.carrierHolderId ?? null,
        route: input.route ?? [],
        routeDescription: input.routeDescription ?? null,
        deliveryConfirmedOn: null,
        deliveryConfirmationReference: null,
        deliveryConfirmedBy: null,
        notes: input.notes ?? null,
        registeringAgencyId: agencyId,
        createdAt: now,
        updatedAt: now,
      });
      const items = resolved.map((r, i) => manager.create(TradeShipmentItem, { ...r, id: randomUUID(), shipmentId: shipment.id, lineNo: i + 1, licenceItemId: placement.lineIds[i], lostReportedOn: null, lostReason: null }));
      await manager.insert(TradeShipment, shipment);
      await manager.insert(TradeShipmentItem, items);
      if (licence.kind === 'export') {
        for (const item of items.filter((i) => i.firearmId && registerRecords.has(i.firearmId))) {
          await this.firearms.applyEventIn(manager, item.firearmId!, {
            type: 'exported',
            occurredOn: input.shippedOn,
            referenceDocuments: [`Export licence ${licence.number}`, ...(input.reference ? [input.reference] : [])],
            details: { country: licence.importingCountry, tradeLicenceId: licence.id, shipmentId: shipment.id, importLicenceNumber: licence.importLicenceNumber },
          });
        }
      }
      await this.audit.record(manager, {
        recordType: 'trade_shipment',
        recordId: shipment.id,
        action: 'shipped',
        after: { licenceId, licenceNumber: licence.number, shippedOn: shipment.shippedOn, carrierName: shipment.carrierName, route: shipment.route, items: items.map((i) => ({ lineNo: i.lineNo, item: describeItem(i), quantity: i.quantity })) },
      });
      return this.view(manager, shipment.id);
    });
  }

  /**
   * Records what arrived. Items the licence does not authorise, or beyond its
   * quantities, are refused; items it authorises that differ from the shipment are
   * accepted and listed as discrepancies. On an import licence what arrived enters
   * the register as imported (a new record, or the imported event of a re-import).
   */
  async receive(shipmentId: string, input: CreateReceiptRequest): Promise<ShipmentView> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipment(manager, shipmentId);
      const licence = await this.licences.lock(manager, shipment.licenceId);
      await this.licences.assertMayChange(manager, licence);
      if (licence.state === 'revoked') throw new DomainError('TRADE_LICENCE_REVOKED', `Licence ${licence.number} was revoked${licence.stateReason ? ` (${licence.stateReason})` : ''}; nothing can be received under it.`);
      if (input.receivedOn < shipment.shippedOn) throw new DomainError('VALIDATION_FAILED', `receivedOn: the shipment left on ${shipment.shippedOn}.`, { errors: [{ field: 'receivedOn', message: 'must not be before the shipping date' }] });
      if (input.receivedOn > isoDay(this.clock.now())) throw new DomainError('VALIDATION_FAILED', 'receivedOn: a receipt cannot be in the future.', { errors: [{ field: 'receivedOn', message: 'must not be in the future' }] });

      const resolved: ResolvedItem[] = [];
      for (const [index, item] of input.items.entries()) resolved.push(await this.items.resolve(manager, item, `items[${index}]`, 'receipt'));
      this.assertDistinct(resolved);
      const shippedItems = await manager.find(TradeShipmentItem, { where: { shipmentId }, order: { lineNo: 'ASC' } });
      const previous = await manager.find(TradeReceiptItem, { where: { shipmentId } });
      const already = new Set(previous.filter((p) => p.serialNormalised).map((p) => `${p.itemKind}|${p.serialNormalised}`));
      const twice = resolved.findIndex((r) => r.serialNormalised && already.has(`${r.itemKind}|${r.serialNormalised}`));
      if (twice >= 0) throw new DomainError('ITEM_ALREADY_RECEIVED', `items[${twice}]: ${describeItem(resolved[twice])} was already received from this shipment.`, { errors: [{ field: `items[${twice}]`, message: 'already received' }] });

      const lines = await this.licences.linesOf(manager, licence.id);
      const { shipped, received } = await this.licences.movements(manager, lines.map((l) => l.id));
      const { placements, problems, usageIncreased } = placeReceipt({ lines, shipmentId, shipped: shippedItems, previouslyReceived: previous, allShipped: shipped, allReceived: received, items: resolved });
      if (problems.length > 0) refuse(problems);
      // What was shipped while the licence was valid may arrive after it expires; nothing more may.
      const refusal = licenceRefusal(licence, input.receivedOn);
      if (usageIncreased && refusal) throw new DomainError(refusal.code, `${refusal.message} Items beyond what was shipped cannot be received under it.`);

      const receipt = manager.create(TradeReceipt, {
        id: randomUUID(),
        shipmentId,
        receivedOn: input.receivedOn,
        place: input.place ?? null,
        receivedBy: input.receivedBy ?? null,
        notes: input.notes ?? null,
        recordedAt: this.clock.now(),
        recordedBy: RequestContext.current()?.actor?.userId ?? null,
      });
      await manager.insert(TradeReceipt, receipt);
      const receiptItems: TradeReceiptItem[] = [];
      for (const [index, placement] of placements.entries()) {
        const facts = placement.facts;
        const item = manager.create(TradeReceiptItem, {
          ...facts,
          id: randomUUID(),
          receiptId: receipt.id,
          shipmentId,
          lineNo: index + 1,
          licenceItemId: placement.licenceItemId,
          firearmId: placement.shipped?.firearmId ?? null,
          ammunitionLotId: null,
        });
        if (licence.kind === 'import') await this.enterRegister(manager, licence, shipment, receipt, item, placement.shipped !== null);
        receiptItems.push(item);
      }
      await manager.insert(TradeReceiptItem, receiptItems);
      const view = await this.view(manager, shipmentId);
      await this.audit.record(manager, {
        recordType: 'trade_shipment',
        recordId: shipmentId,
        action: 'received',
        after: {
          receiptId: receipt.id,
          receivedOn: receipt.receivedOn,
          items: receiptItems.map((i) => ({ lineNo: i.lineNo, item: describeItem(i), quantity: i.quantity, firearmId: i.firearmId, ammunitionLotId: i.ammunitionLotId })),
          discrepancies: view.reconciliation.discrepancies.length,
          inTransit: view.reconciliation.totals.inTransit,
        },
      });
      return view;
    });
  }

  /** Import: our confirmation of receipt back to the exporter (art. 10.4). Export/transit: the receiving state's. */
  async confirmDelivery(shipmentId: string, input: DeliveryConfirmationRequest): Promise<ShipmentView> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipment(manager, shipmentId);
      const licence = await manager.findOneByOrFail(TradeLicence, { id: shipment.licenceId });
      await this.licences.assertMayChange(manager, licence);
      if (licence.kind === 'import' && !(await manager.existsBy(TradeReceipt, { shipmentId }))) {
        throw new DomainError('RECEIPT_REQUIRED', 'Record what arrived before confirming receipt to the exporter.');
      }
      if (input.confirmedOn < shipment.shippedOn) throw new DomainError('VALIDATION_FAILED', 'confirmedOn: before the shipping date.', { errors: [{ field: 'confirmedOn', message: 'must not be before the shipping date' }] });
      const before = { deliveryConfirmedOn: shipment.deliveryConfirmedOn, deliveryConfirmationReference: shipment.deliveryConfirmationReference, deliveryConfirmedBy: shipment.deliveryConfirmedBy };
      Object.assign(shipment, { deliveryConfirmedOn: input.confirmedOn, deliveryConfirmationReference: input.reference, deliveryConfirmedBy: input.confirmedBy, updatedAt: this.clock.now() });
      await manager.save(shipment);
      await this.audit.record(manager, { recordType: 'trade_shipment', recordId: shipmentId, action: 'delivery_confirmed', before, after: { deliveryConfirmedOn: input.confirmedOn, deliveryConfirmationReference: input.reference, deliveryConfirmedBy: input.confirmedBy } });
      return this.view(manager, shipmentId);
    });
  }

  /** Ends "in transit" for an item that will not arrive; it stays on the reconciliation as lost. */
  async reportLost(shipmentId: string, itemId: string, input: ReportLostRequest): Promise<ShipmentView> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.shipment(manager, shipmentId);
      await this.licences.assertMayChange(manager, await manager.findOneByOrFail(TradeLicence, { id: shipment.licenceId }));
      const item = await manager.findOne(TradeShipmentItem, { where: { id: itemId, shipmentId }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new DomainError('SHIPMENT_ITEM_NOT_FOUND', `No item ${itemId} in shipment ${shipmentId}.`);
      const current = (await this.view(manager, shipmentId)).reconciliation.items.find((i) => i.shipmentItemId === itemId)!;
      if (current.status === 'received') throw new DomainError('ITEM_ALREADY_RECEIVED', `${describeItem(item)} was received; it cannot be reported lost in transit.`);
      if (item.lostReportedOn) return this.view(manager, shipmentId);
      const day = input.reportedOn ?? isoDay(this.clock.now());
      Object.assign(item, { lostReportedOn: day, lostReason: input.reason });
      await manager.save(item);
      // A register firearm on the way (exported, or coming back) is lost: flagged, so a later seizure raises a hit and a trace says lost.
      if (item.firearmId) {
        await this.firearms.applyEventIn(manager, item.firearmId, { type: 'reported_lost', occurredOn: day, notes: input.reason, details: { shipmentId, shipmentItemId: itemId, lostInTransit: true } });
      }
      await this.audit.record(manager, { recordType: 'trade_shipment', recordId: shipmentId, action: 'item_lost', after: { shipmentItemId: itemId, item: describeItem(item), quantity: current.quantityInTransit, lostReportedOn: day }, reason: input.reason });
      return this.view(manager, shipmentId);
    });
  }

  async get(id: string): Promise<ShipmentView> {
    await this.shipment(this.dataSource.manager, id);
    return this.view(this.dataSource.manager, id);
  }

  /** Paged; inTransit=true keeps the shipments with anything shipped, not received and not reported lost. */
  async list(query: ShipmentListQuery): Promise<[ShipmentView[], Total]> {
    const q = this.dataSource.getRepository(TradeShipment).createQueryBuilder('s');
    if (query.licenceId) q.andWhere('s.licence_id = :licenceId', { licenceId: query.licenceId });
    if (query.shippedFrom) q.andWhere('s.shipped_on >= :from', { from: query.shippedFrom });
    if (query.shippedTo) q.andWhere('s.shipped_on <= :to', { to: query.shippedTo });
    if (query.inTransit) {
      const lot = (alias: string) => `upper(regexp_replace(coalesce(${alias}.lot_number, ''), '\\s', '', 'g'))`;
      const outstanding = `EXISTS (
        SELECT 1 FROM trade_shipment_item si WHERE si.shipment_id = s.id AND si.lost_reported_on IS NULL AND (
          (si.serial_normalised IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM trade_receipt_item ri WHERE ri.shipment_id = s.id AND ri.item_kind = si.item_kind AND ri.serial_normalised = si.serial_normalised))
          OR (si.serial_normalised IS NULL AND
             (SELECT sum(x.quantity) FROM trade_shipment_item x WHERE x.shipment_id = s.id AND x.serial_normalised IS NULL AND x.licence_item_id = si.licence_item_id AND ${lot('x')} = ${lot('si')})
             > (SELECT coalesce(sum(ri.quantity), 0) FROM trade_receipt_item ri WHERE ri.shipment_id = s.id AND ri.serial_normalised IS NULL AND ri.licence_item_id = si.licence_item_id AND ${lot('ri')} = ${lot('si')}))))`;
      q.andWhere(query.inTransit === 'true' ? outstanding : `NOT ${outstanding}`);
    }
    const [shipments, total] = await pageRows(q.orderBy('s.shipped_on', 'DESC').addOrderBy('s.id', 'DESC').take(query.limit).skip(query.offset));
    const views = [];
    for (const s of shipments) views.push(await this.view(this.dataSource.manager, s.id));
    return [views, total];
  }

  async view(manager: EntityManager, shipmentId: string): Promise<ShipmentView> {
    const shipment = await manager.findOneByOrFail(TradeShipment, { id: shipmentId });
    const [licence, items, receipts, receiptItems] = await readsOn(manager, [
      () => manager.findOneByOrFail(TradeLicence, { id: shipment.licenceId }),
      () => manager.find(TradeShipmentItem, { where: { shipmentId }, order: { lineNo: 'ASC' } }),
      () => manager.find(TradeReceipt, { where: { shipmentId }, order: { receivedOn: 'ASC', recordedAt: 'ASC' } }),
      () => manager.find(TradeReceiptItem, { where: { shipmentId } }),
    ] as const);
    const order = new Map(receipts.map((r, i) => [r.id, i]));
    receiptItems.sort((a, b) => order.get(a.receiptId)! - order.get(b.receiptId)! || a.lineNo - b.lineNo);
    return { shipment, licence, items, receipts, receiptItems, reconciliation: reconcileShipment(items, receiptItems) };
  }

  private async shipment(manager: EntityManager, id: string): Promise<TradeShipment> {
    const shipment = await manager.findOne(TradeShipment, { where: { id }, lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
    if (!shipment) throw new DomainError('SHIPMENT_NOT_FOUND', `No shipment ${id}.`);
    return shipment;
  }

  private assertDistinct(items: ResolvedItem[]): void {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const key = item.firearmId ?? (item.serialNormalised ? `${item.itemKind}|${item.serialNormalised}` : null);
      if (!key) return;
      if (seen.has(key)) throw new DomainError('SHIPMENT_ITEM_INVALID', `items[${index}]: ${describeItem(item)} is listed twice (also items[${seen.get(key)}]).`, { errors: [{ field: `items[${index}]`, message: 'is listed twice' }] });
      seen.set(key, index);
    });
  }

  /** An import brings what arrived into the register, inside the receipt's transaction. */
  private async enterRegister(manager: EntityManager, licence: TradeLicence, shipment: TradeShipment, receipt: TradeReceipt, item: TradeReceiptItem, asShipped: boolean): Promise<void> {
    const references = [`Import licence ${licence.number}`, ...(shipment.reference ? [shipment.reference] : [])];
    const details = { country: licence.exportingCountry, tradeLicenceId: licence.id, shipmentId: shipment.id, receiptId: receipt.id, ...(asShipped ? {} : { discrepancy: 'not declared on the shipment' }) };
    const event = { type: 'imported' as const, occurredOn: receipt.receivedOn, place: receipt.place ?? undefined, holderId: licence.importerHolderId ?? undefined, referenceDocuments: references, details };
    if (item.itemKind === 'ammunition') {
      const lot = manager.create(AmmunitionLot, {
        id: randomUUID(),
        calibreText: item.calibreText ?? 'unknown',
        calibreCode: item.calibreCode,
        makeText: item.makeText,
        manufacturerCode: item.manufacturerCode,
        lotNumber: item.lotNumber,
        yearOfManufacture: null,
        quantity: item.quantity,
        headstamp: null,
        description: `Imported under licence ${licence.number}`,
        status: 'registered',
        holderId: licence.importerHolderId,
        registeringAgencyId: shipment.registeringAgencyId,
        createdAt: this.clock.now(),
        updatedAt: this.clock.now(),
      });
      await manager.insert(AmmunitionLot, lot);
      await this.audit.record(manager, { recordType: 'ammunition_lot', recordId: lot.id, action: 'imported', after: { calibreText: lot.calibreText, lotNumber: lot.lotNumber, quantity: lot.quantity, holderId: lot.holderId, tradeLicenceId: licence.id, shipmentId: shipment.id } });
      item.ammunitionLotId = lot.id;
      return;
    }
    if (!item.serialNormalised) return; // unserialised parts are counted on the receipt, not registered one by one
    if (item.firearmId) {
      await this.firearms.applyEventIn(manager, item.firearmId, event);
      return;
    }
    const description = { category: item.categoryCode ?? undefined, make: item.makeText ?? undefined, model: item.model ?? undefined, calibre: item.calibreText ?? undefined, serialNumber: item.serialRaw ?? undefined, initialEvent: event };
    const { firearm } =
      item.itemKind === 'part'
        ? await this.firearms.createIn(manager, 'part', { ...description, category: undefined, partType: (item.partType ?? 'other') as 'other' })
        : await this.firearms.createIn(manager, 'firearm', description);
    item.firearmId = firearm.id;
  }
}
