import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { DOMESTIC_TRANSFER_KINDS, DOMESTIC_TRANSFER_STATUSES, TRADE_ITEM_KINDS, TRADE_LICENCE_KINDS } from '../transfer.entities.js';
import type { ShippedStatus, TradeLicenceStatus } from '../trade-rules.js';
import type { toDomesticTransferResponse, toLicenceReconciliationResponse, toShipmentReconciliationResponse, toShipmentResponse, toTradeLicenceResponse } from './transfer.response.js';

const uuidOrNull = { type: String, format: 'uuid', nullable: true } as const;
const textOrNull = { type: String, nullable: true } as const;
const dateOrNull = { type: String, format: 'date', nullable: true } as const;
const TRADE_LICENCE_STATUSES: TradeLicenceStatus[] = ['issued', 'partly_used', 'used', 'expired', 'revoked'];
const SHIPPED_STATUSES: ShippedStatus[] = ['received', 'partly_received', 'in_transit', 'lost'];
type TradeItemKind = (typeof TRADE_ITEM_KINDS)[number];
type TradeLicenceKind = (typeof TRADE_LICENCE_KINDS)[number];

/** Exporter, importer or final recipient: a person's name is personal data, an organisation's is public. */
export class TradePartyResponse {
  @ApiProperty(uuidOrNull) holderId: string | null;
  @ApiProperty({ ...textOrNull, description: 'Null when restricted.' }) name: string | null;
  @ApiPropertyOptional({ description: 'Present (true) when the party is a person this role may not see.' }) restricted?: boolean;
}

class TradeMakeResponse {
  @ApiProperty(textOrNull) asWritten: string | null;
  @ApiProperty(textOrNull) manufacturerCode: string | null;
}

class TradeCalibreResponse {
  @ApiProperty(textOrNull) asWritten: string | null;
  @ApiProperty(textOrNull) calibreCode: string | null;
}

/** What an item is, as licences, shipments and receipts describe it. */
export class TradeItemResponse {
  @ApiProperty({ enum: TRADE_ITEM_KINDS, enumName: 'TradeItemKind' }) itemKind: TradeItemKind;
  @ApiProperty(textOrNull) category: string | null;
  @ApiProperty(textOrNull) partType: string | null;
  @ApiProperty({ type: TradeMakeResponse }) make: TradeMakeResponse;
  @ApiProperty(textOrNull) model: string | null;
  @ApiProperty({ type: TradeCalibreResponse }) calibre: TradeCalibreResponse;
  @ApiProperty(textOrNull) serialNumber: string | null;
  @ApiProperty({ type: 'integer' }) quantity: number;
}

export class TradeLicenceLineResponse extends TradeItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) lineNo: number;
  @ApiProperty(uuidOrNull) firearmId: string | null;
  @ApiProperty(textOrNull) description: string | null;
  @ApiProperty({ type: 'integer' }) authorised: number;
  @ApiProperty({ type: 'integer' }) shipped: number;
  @ApiProperty({ type: 'integer' }) received: number;
  @ApiProperty({ type: 'integer', description: 'Counted against the licence.' }) used: number;
  @ApiProperty({ type: 'integer' }) remaining: number;
}

export class ImportLicenceReferenceResponse {
  @ApiProperty(uuidOrNull) id: string | null;
  @ApiProperty() number: string;
  @ApiProperty(textOrNull) country: string | null;
  @ApiProperty(dateOrNull) issuedOn: string | null;
  @ApiProperty(dateOrNull) expiresOn: string | null;
}

/** A transit state's written notice of no objection (Protocol art. 10.2(b)). */
export class TransitNoticeResponse {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty() reference: string;
  @ApiProperty({ format: 'date' }) date: string;
}

export class TradeLicenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: TRADE_LICENCE_KINDS, enumName: 'TradeLicenceKind' }) kind: TradeLicenceKind;
  @ApiProperty({ enum: TRADE_LICENCE_STATUSES, enumName: 'TradeLicenceStatus', description: 'On the day of the request.' }) status: TradeLicenceStatus;
  @ApiProperty(textOrNull) stateReason: string | null;
  @ApiProperty() issuingAuthority: string;
  @ApiProperty() issuingCountry: string;
  @ApiProperty(textOrNull) placeOfIssue: string | null;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date' }) expiresOn: string;
  @ApiProperty() exportingCountry: string;
  @ApiProperty() importingCountry: string;
  @ApiProperty({ type: [String] }) transitCountries: string[];
  @ApiProperty({ type: [TransitNoticeResponse] }) transitNotices: TransitNoticeResponse[];
  @ApiProperty({ type: TradePartyResponse }) exporter: TradePartyResponse;
  @ApiProperty({ type: TradePartyResponse }) importer: TradePartyResponse;
  @ApiProperty({ type: TradePartyResponse }) finalRecipient: TradePartyResponse;
  @ApiProperty(textOrNull) endUserCertificateRef: string | null;
  @ApiProperty({ type: ImportLicenceReferenceResponse, nullable: true }) importLicence: ImportLicenceReferenceResponse | null;
  @ApiProperty({ type: [TradeLicenceLineResponse] }) items: TradeLicenceLineResponse[];
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty({ format: 'uuid' }) registeringAgencyId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<TradeLicenceResponse, ReturnType<typeof toTradeLicenceResponse>>;

/** A difference between what was shipped and what was received (fields by type). */
export class DiscrepancyResponse {
  @ApiProperty({ enum: ['missing', 'extra', 'different_serial'] }) type: 'missing' | 'extra' | 'different_serial';
  @ApiProperty({ format: 'uuid' }) licenceItemId: string;
  @ApiProperty({ description: 'The item in words.' }) item: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'missing, different_serial' }) shipmentItemId?: string;
  @ApiPropertyOptional({ type: 'string', format: 'uuid', isArray: true, description: 'extra' }) receiptItemIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'different_serial' }) receiptItemId?: string;
  @ApiPropertyOptional({ ...textOrNull, description: 'missing, extra' }) serial?: string | null;
  @ApiPropertyOptional({ type: 'integer', description: 'missing, extra' }) quantity?: number;
  @ApiPropertyOptional({ enum: ['in_transit', 'lost'], description: 'missing' }) status?: 'in_transit' | 'lost';
  @ApiPropertyOptional({ ...textOrNull, description: 'different_serial' }) shippedSerial?: string | null;
  @ApiPropertyOptional({ ...textOrNull, description: 'different_serial' }) receivedSerial?: string | null;
}

export class ShipmentTotalsResponse {
  @ApiProperty({ type: 'integer' }) shipped: number;
  @ApiProperty({ type: 'integer' }) received: number;
  @ApiProperty({ type: 'integer' }) inTransit: number;
  @ApiProperty({ type: 'integer' }) lost: number;
}

class ShipmentLicenceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: TRADE_LICENCE_KINDS, enumName: 'TradeLicenceKind' }) kind: TradeLicenceKind;
}

class CarrierResponse {
  @ApiProperty(textOrNull) name: string | null;
  @ApiProperty(uuidOrNull) holderId: string | null;
}

class DeliveryConfirmationResponse {
  @ApiProperty({ format: 'date' }) confirmedOn: string;
  @ApiProperty(textOrNull) reference: string | null;
  @ApiProperty(textOrNull) confirmedBy: string | null;
}

export class ShipmentItemResponse extends TradeItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) lineNo: number;
  @ApiProperty({ format: 'uuid' }) licenceItemId: string;
  @ApiProperty(textOrNull) lotNumber: string | null;
  @ApiProperty(uuidOrNull) firearmId: string | null;
  @ApiProperty({ enum: SHIPPED_STATUSES, enumName: 'ShippedStatus' }) status: ShippedStatus;
  @ApiProperty({ type: 'integer' }) quantityReceived: number;
  @ApiProperty({ type: 'integer' }) quantityInTransit: number;
  @ApiProperty(dateOrNull) lostReportedOn: string | null;
  @ApiProperty(textOrNull) lostReason: string | null;
}

export class ReceiptItemResponse extends TradeItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) lineNo: number;
  @ApiProperty({ format: 'uuid' }) licenceItemId: string;
  @ApiProperty(textOrNull) lotNumber: string | null;
  @ApiProperty(uuidOrNull) firearmId: string | null;
  @ApiProperty(uuidOrNull) ammunitionLotId: string | null;
}

export class ReceiptResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) receivedOn: string;
  @ApiProperty(textOrNull) place: string | null;
  @ApiProperty(textOrNull) receivedBy: string | null;
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty({ type: [ReceiptItemResponse] }) items: ReceiptItemResponse[];
}

export class ShipmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ShipmentLicenceResponse }) licence: ShipmentLicenceResponse;
  @ApiProperty(textOrNull) reference: string | null;
  @ApiProperty({ format: 'date' }) shippedOn: string;
  @ApiProperty({ type: CarrierResponse }) carrier: CarrierResponse;
  @ApiProperty({ type: [String], description: 'Countries on the way, in order.' }) route: string[];
  @ApiProperty(textOrNull) routeDescription: string | null;
  @ApiProperty({ type: DeliveryConfirmationResponse, nullable: true }) deliveryConfirmation: DeliveryConfirmationResponse | null;
  @ApiProperty({ type: [ShipmentItemResponse] }) items: ShipmentItemResponse[];
  @ApiProperty({ type: [ReceiptResponse] }) receipts: ReceiptResponse[];
  @ApiProperty({ type: ShipmentTotalsResponse }) totals: ShipmentTotalsResponse;
  @ApiProperty({ type: [DiscrepancyResponse] }) discrepancies: DiscrepancyResponse[];
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<ShipmentResponse, ReturnType<typeof toShipmentResponse>>;

class ReconciledLicenceResponse extends ShipmentLicenceResponse {
  @ApiProperty({ enum: TRADE_LICENCE_STATUSES, enumName: 'TradeLicenceStatus' }) status: TradeLicenceStatus;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date' }) expiresOn: string;
}

class ReconciledLineResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) lineNo: number;
  @ApiProperty({ enum: TRADE_ITEM_KINDS, enumName: 'TradeItemKind' }) itemKind: TradeItemKind;
  @ApiProperty(textOrNull) category: string | null;
  @ApiProperty(textOrNull) partType: string | null;
  @ApiProperty({ type: TradeMakeResponse }) make: TradeMakeResponse;
  @ApiProperty(textOrNull) model: string | null;
  @ApiProperty({ type: TradeCalibreResponse }) calibre: TradeCalibreResponse;
  @ApiProperty(textOrNull) serialNumber: string | null;
  @ApiProperty({ type: 'integer' }) authorised: number;
  @ApiProperty({ type: 'integer' }) shipped: number;
  @ApiProperty({ type: 'integer' }) received: number;
  @ApiProperty({ type: 'integer' }) used: number;
  @ApiProperty({ type: 'integer' }) remaining: number;
}

class ReconciledShipmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(textOrNull) reference: string | null;
  @ApiProperty({ format: 'date' }) shippedOn: string;
  @ApiProperty({ type: ShipmentTotalsResponse }) totals: ShipmentTotalsResponse;
  @ApiProperty({ type: [DiscrepancyResponse] }) discrepancies: DiscrepancyResponse[];
}

class LicenceTotalsResponse {
  @ApiProperty({ type: 'integer' }) authorised: number;
  @ApiProperty({ type: 'integer' }) shipped: number;
  @ApiProperty({ type: 'integer' }) received: number;
  @ApiProperty({ type: 'integer' }) inTransit: number;
}

export class ShipmentDiscrepancyResponse extends DiscrepancyResponse {
  @ApiProperty({ format: 'uuid' }) shipmentId: string;
}

class InTransitResponse {
  @ApiProperty({ format: 'uuid' }) shipmentId: string;
  @ApiProperty({ format: 'uuid' }) shipmentItemId: string;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ enum: SHIPPED_STATUSES, enumName: 'ShippedStatus' }) status: ShippedStatus;
}

/** What was authorised, shipped and received, line by line, every discrepancy, and what is still in transit. */
export class LicenceReconciliationResponse {
  @ApiProperty({ type: ReconciledLicenceResponse }) licence: ReconciledLicenceResponse;
  @ApiProperty({ type: [ReconciledLineResponse] }) lines: ReconciledLineResponse[];
  @ApiProperty({ type: [ReconciledShipmentResponse] }) shipments: ReconciledShipmentResponse[];
  @ApiProperty({ type: LicenceTotalsResponse }) totals: LicenceTotalsResponse;
  @ApiProperty({ type: [ShipmentDiscrepancyResponse] }) discrepancies: ShipmentDiscrepancyResponse[];
  @ApiProperty({ type: [InTransitResponse] }) inTransit: InTransitResponse[];
}
true satisfies Describes<LicenceReconciliationResponse, ReturnType<typeof toLicenceReconciliationResponse>>;

class ReconciledShipmentHeadResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(textOrNull) reference: string | null;
  @ApiProperty({ format: 'date' }) shippedOn: string;
  @ApiProperty({ type: ShipmentLicenceResponse }) licence: ShipmentLicenceResponse;
}

class ReconciledShipmentItemResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) lineNo: number;
  @ApiProperty(textOrNull) serialNumber: string | null;
  @ApiProperty(textOrNull) lotNumber: string | null;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ enum: SHIPPED_STATUSES, enumName: 'ShippedStatus' }) status: ShippedStatus;
  @ApiProperty({ type: 'integer' }) quantityReceived: number;
  @ApiProperty({ type: 'integer' }) quantityInTransit: number;
  @ApiProperty(dateOrNull) lostReportedOn: string | null;
}

export class ShipmentReconciliationResponse {
  @ApiProperty({ type: ReconciledShipmentHeadResponse }) shipment: ReconciledShipmentHeadResponse;
  @ApiProperty({ type: [ReconciledShipmentItemResponse] }) items: ReconciledShipmentItemResponse[];
  @ApiProperty({ type: ShipmentTotalsResponse }) totals: ShipmentTotalsResponse;
  @ApiProperty({ type: [DiscrepancyResponse] }) discrepancies: DiscrepancyResponse[];
}
true satisfies Describes<ShipmentReconciliationResponse, ReturnType<typeof toShipmentReconciliationResponse>>;

export class DomesticTransferResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOMESTIC_TRANSFER_KINDS, enumName: 'DomesticTransferKind' }) kind: (typeof DOMESTIC_TRANSFER_KINDS)[number];
  @ApiProperty({ enum: DOMESTIC_TRANSFER_STATUSES, enumName: 'DomesticTransferStatus' }) status: (typeof DOMESTIC_TRANSFER_STATUSES)[number];
  @ApiProperty({ format: 'uuid' }) firearmId: string;
  @ApiProperty({ format: 'uuid' }) fromHolderId: string;
  @ApiProperty({ format: 'uuid' }) toHolderId: string;
  @ApiProperty({ format: 'uuid' }) toLicenceId: string;
  @ApiProperty(textOrNull) stateTransferMarking: string | null;
  @ApiProperty({ format: 'date' }) agreedOn: string;
  @ApiProperty(dateOrNull) completedOn: string | null;
  @ApiProperty({ ...uuidOrNull, description: 'The transfer event on the firearm, once completed.' }) firearmEventId: string | null;
  @ApiProperty({ type: [String] }) referenceDocuments: string[];
  @ApiProperty(textOrNull) notes: string | null;
  @ApiProperty(textOrNull) cancelReason: string | null;
  @ApiProperty({ format: 'uuid' }) registeringAgencyId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<DomesticTransferResponse, ReturnType<typeof toDomesticTransferResponse>>;
