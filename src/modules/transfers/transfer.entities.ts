import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TransitNotice } from './trade-rules.js';

export const TRADE_LICENCE_KINDS = ['import', 'export', 'transit'] as const;
export type TradeLicenceKind = (typeof TRADE_LICENCE_KINDS)[number];
/** What an officer decided; used, partly used and expired are derived (trade-rules.ts). */
export const TRADE_LICENCE_STATES = ['issued', 'revoked'] as const;
export const TRADE_ITEM_KINDS = ['firearm', 'part', 'ammunition'] as const;
export type TradeItemKind = (typeof TRADE_ITEM_KINDS)[number];
export const DOMESTIC_TRANSFER_KINDS = ['sale', 'gift', 'inheritance', 'inter_agency', 'state_to_civilian'] as const;
export type DomesticTransferKind = (typeof DOMESTIC_TRANSFER_KINDS)[number];
export const DOMESTIC_TRANSFER_STATUSES = ['pending', 'completed', 'cancelled'] as const;

/** An import, export or transit licence (Firearms Protocol art. 10), ours or another state's. */
@Entity('trade_licence')
export class TradeLicence {
  @PrimaryColumn('uuid') id: string;
  @Column('text') number: string;
  @Column('text') kind: TradeLicenceKind;
  @Column('text') issuingAuthority: string;
  @Column('char', { length: 2 }) issuingCountry: string;
  @Column('text', { nullable: true }) placeOfIssue: string | null;
  @Column('date') issuedOn: string;
  @Column('date') expiresOn: string;
  @Column('char', { length: 2 }) exportingCountry: string;
  @Column('char', { length: 2 }) importingCountry: string;
  @Column('text', { array: true }) transitCountries: string[];
  /** Export licences: each transit state's written notice of no objection (art. 10.2(b)). */
  @Column('jsonb') transitNotices: TransitNotice[];
  @Column('uuid', { nullable: true }) exporterHolderId: string | null;
  @Column('text') exporterName: string;
  @Column('uuid', { nullable: true }) importerHolderId: string | null;
  @Column('text') importerName: string;
  @Column('uuid', { nullable: true }) finalRecipientHolderId: string | null;
  @Column('text') finalRecipientName: string;
  @Column('text', { nullable: true }) endUserCertificateRef: string | null;
  /** Export licences: the importing country's import licence (art. 10.2), registered here or not. */
  @Column('uuid', { nullable: true }) importLicenceId: string | null;
  @Column('text', { nullable: true }) importLicenceNumber: string | null;
  @Column('char', { length: 2, nullable: true }) importLicenceCountry: string | null;
  @Column('date', { nullable: true }) importLicenceIssuedOn: string | null;
  @Column('date', { nullable: true }) importLicenceExpiresOn: string | null;
  @Column('text') state: (typeof TRADE_LICENCE_STATES)[number];
  @Column('text', { nullable: true }) stateReason: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid') registeringAgencyId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/** The description of a firearm, part or ammunition as licences, shipments and receipts carry it. */
export interface ItemFacts {
  itemKind: TradeItemKind;
  categoryCode: string | null;
  partType: string | null;
  makeText: string | null;
  manufacturerCode: string | null;
  model: string | null;
  calibreText: string | null;
  calibreCode: string | null;
  serialRaw: string | null;
  serialNormalised: string | null;
  quantity: number;
}

/** One line of what a licence authorises: by description and quantity, or one listed firearm. */
@Entity('trade_licence_item')
export class TradeLicenceItem implements ItemFacts {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') licenceId: string;
  @Column('integer') lineNo: number;
  @Column('text') itemKind: TradeItemKind;
  @Column('text', { nullable: true }) categoryCode: string | null;
  @Column('text', { nullable: true }) partType: string | null;
  @Column('text', { nullable: true }) makeText: string | null;
  @Column('text', { nullable: true }) manufacturerCode: string | null;
  @Column('text', { nullable: true }) model: string | null;
  @Column('text', { nullable: true }) calibreText: string | null;
  @Column('text', { nullable: true }) calibreCode: string | null;
  @Column('uuid', { nullable: true }) firearmId: string | null;
  @Column('text', { nullable: true }) serialRaw: string | null;
  @Column('text', { nullable: true }) serialNormalised: string | null;
  @Column('integer') quantity: number;
  @Column('text', { nullable: true }) description: string | null;
}

@Entity('trade_shipment')
export class TradeShipment {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') licenceId: string;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('date') shippedOn: string;
  @Column('text', { nullable: true }) carrierName: string | null;
  @Column('uuid', { nullable: true }) carrierHolderId: string | null;
  /** Countries on the way, in order (ISO alpha-2). */
  @Column('text', { array: true }) route: string[];
  @Column('text', { nullable: true }) routeDescription: string | null;
  /** Import: when we confirmed receipt back to the exporter. Export/transit: when the receiving state confirmed it. */
  @Column('date', { nullable: true }) deliveryConfirmedOn: string | null;
  @Column('text', { nullable: true }) deliveryConfirmationReference: string | null;
  @Column('text', { nullable: true }) deliveryConfirmedBy: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('uuid') registeringAgencyId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

/** The facts of an item on a licence line, shared by what was shipped and what arrived. */
abstract class TradeItemFacts implements ItemFacts {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') shipmentId: string;
  @Column('integer') lineNo: number;
  @Column('uuid') licenceItemId: string;
  @Column('text') itemKind: TradeItemKind;
  /** The register record of the item: what was shipped (exports) or what arrived (imports). */
  @Column('uuid', { nullable: true }) firearmId: string | null;
  @Column('text', { nullable: true }) serialRaw: string | null;
  @Column('text', { nullable: true }) serialNormalised: string | null;
  @Column('text', { nullable: true }) categoryCode: string | null;
  @Column('text', { nullable: true }) partType: string | null;
  @Column('text', { nullable: true }) makeText: string | null;
  @Column('text', { nullable: true }) manufacturerCode: string | null;
  @Column('text', { nullable: true }) model: string | null;
  @Column('text', { nullable: true }) calibreText: string | null;
  @Column('text', { nullable: true }) calibreCode: string | null;
  @Column('text', { nullable: true }) lotNumber: string | null;
  @Column('integer') quantity: number;
}

/** What the shipment declares as shipped. In transit until received or reported lost. */
@Entity('trade_shipment_item')
export class TradeShipmentItem extends TradeItemFacts {
  @Column('date', { nullable: true }) lostReportedOn: string | null;
  @Column('text', { nullable: true }) lostReason: string | null;
}

/** One arrival (or, for exports and transits, the receiving state's report of one). */
@Entity('trade_receipt')
export class TradeReceipt {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') shipmentId: string;
  @Column('date') receivedOn: string;
  @Column('text', { nullable: true }) place: string | null;
  @Column('text', { nullable: true }) receivedBy: string | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('timestamptz') recordedAt: Date;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
}

/** What actually arrived, as found: compared with the shipment by the reconciliation. */
@Entity('trade_receipt_item')
export class TradeReceiptItem extends TradeItemFacts {
  @Column('uuid') receiptId: string;
  @Column('uuid', { nullable: true }) ammunitionLotId: string | null;
}

/** A change of holder inside the country. The firearm's holder changes only on completion. */
@Entity('domestic_transfer')
export class DomesticTransfer {
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: DomesticTransferKind;
  @Column('uuid') firearmId: string;
  @Column('uuid') fromHolderId: string;
  @Column('uuid') toHolderId: string;
  @Column('uuid') toLicenceId: string;
  @Column('text', { nullable: true }) stateTransferMarking: string | null;
  @Column('text') status: (typeof DOMESTIC_TRANSFER_STATUSES)[number];
  @Column('date') agreedOn: string;
  @Column('date', { nullable: true }) completedOn: string | null;
  @Column('uuid', { nullable: true }) firearmEventId: string | null;
  @Column('text', { array: true }) referenceDocuments: string[];
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text', { nullable: true }) cancelReason: string | null;
  @Column('uuid') registeringAgencyId: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}

export const TRANSFER_ENTITIES = [TradeLicence, TradeLicenceItem, TradeShipment, TradeShipmentItem, TradeReceipt, TradeReceiptItem, DomesticTransfer];
