import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { PART_TYPES } from '../../firearms/firearm.entities.js';
import { TRADE_ITEM_KINDS, TRADE_LICENCE_KINDS, type TradeItemKind, type TradeLicenceKind } from '../transfer.entities.js';
import type { TradeLicenceStatus } from '../trade-rules.js';

const ALPHA2 = /^[A-Z]{2}$/;
const ALPHA2_MESSAGE = { message: 'must be an ISO 3166 alpha-2 code' };
/** Large enough for a state armoury's order, small enough to stay one transaction. */
const MAX_ITEMS = 2000;

/** How a firearm, part or ammunition is described on a licence, a shipment or a receipt. */
export class ItemDescriptionRequest {
  @ApiProperty({ enum: TRADE_ITEM_KINDS })
  @IsIn(TRADE_ITEM_KINDS)
  itemKind: TradeItemKind;

  @ApiPropertyOptional({ example: 'pistol' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ enum: PART_TYPES })
  @IsOptional()
  @IsIn(PART_TYPES)
  partType?: (typeof PART_TYPES)[number];

  @ApiPropertyOptional({ example: 'Glock' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ example: '17 Gen5' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;

  @ApiPropertyOptional({ example: '9x19' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional({ example: 'BXR-771', description: 'Serial as marked (firearms; serialised parts)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  serialNumber?: string;

  @ApiPropertyOptional({ example: 1, description: 'Units (rounds for ammunition); 1 for a serialised item', default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  quantity?: number;
}

export class LicenceItemRequest extends ItemDescriptionRequest {
  @ApiPropertyOptional({ description: 'A firearm of the register listed on the licence (exports)' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class PartyRequest {
  @ApiPropertyOptional({ description: 'The party, when it is a holder in the register' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({ example: 'Armurerie du Port SARL', description: "Name as on the licence; defaults to the holder's name" })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name?: string;
}

export class ImportLicenceReferenceRequest {
  @ApiProperty({ example: 'GH-IMP-2026-0042' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  number: string;

  @ApiProperty({ example: 'GH', description: 'The importing country that issued it' })
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  country: string;

  @ApiPropertyOptional({ example: '2026-01-10' })
  @IsOptional()
  @IsISO8601({ strict: true })
  issuedOn?: string;

  @ApiPropertyOptional({ example: '2027-01-09' })
  @IsOptional()
  @IsISO8601({ strict: true })
  expiresOn?: string;
}

/** A transit state's written notice that it does not object to the transit (art. 10.2(b)). */
export class TransitNoticeRequest {
  @ApiProperty({ example: 'ML', description: 'The transit state that gave notice' })
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  country: string;

  @ApiProperty({ example: 'ML-MAE-2026-0311', description: "The notice's reference as the transit state wrote it" })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reference: string;

  @ApiProperty({ example: '2026-01-08', description: 'Date of the notice: on or before the export licence is issued' })
  @IsISO8601({ strict: true })
  date: string;
}

export class CreateTradeLicenceRequest {
  @ApiProperty({ example: 'SN-IMP-2026-0015' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  number: string;

  @ApiProperty({ enum: TRADE_LICENCE_KINDS })
  @IsIn(TRADE_LICENCE_KINDS)
  kind: TradeLicenceKind;

  @ApiProperty({ example: 'Ministère de l’Intérieur, Direction des armes' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  issuingAuthority: string;

  @ApiProperty({ example: 'SN' })
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  issuingCountry: string;

  @ApiPropertyOptional({ example: 'Dakar' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  placeOfIssue?: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsISO8601({ strict: true })
  issuedOn: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true })
  expiresOn: string;

  @ApiProperty({ example: 'AT' })
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  exportingCountry: string;

  @ApiProperty({ example: 'SN' })
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  importingCountry: string;

  @ApiPropertyOptional({ type: [String], example: ['ML'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ALPHA2, { each: true, ...ALPHA2_MESSAGE })
  transitCountries?: string[];

  @ApiPropertyOptional({ type: [TransitNoticeRequest], description: "Export licences with transit states: each transit state's written notice of no objection, required before the licence is issued (art. 10.2(b))" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TransitNoticeRequest)
  transitNotices?: TransitNoticeRequest[];

  @ApiProperty({ type: PartyRequest })
  @ValidateNested()
  @Type(() => PartyRequest)
  exporter: PartyRequest;

  @ApiProperty({ type: PartyRequest })
  @ValidateNested()
  @Type(() => PartyRequest)
  importer: PartyRequest;

  @ApiProperty({ type: PartyRequest, description: 'Final recipient / end user' })
  @ValidateNested()
  @Type(() => PartyRequest)
  finalRecipient: PartyRequest;

  @ApiPropertyOptional({ example: 'EUC-SN-2026-118' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  endUserCertificateRef?: string;

  @ApiPropertyOptional({ description: 'Export licences: the import licence, when it is registered here' })
  @IsOptional()
  @IsUUID()
  importLicenceId?: string;

  @ApiPropertyOptional({ type: ImportLicenceReferenceRequest, description: "Export licences: the importing country's import licence (art. 10.2)" })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportLicenceReferenceRequest)
  importLicence?: ImportLicenceReferenceRequest;

  @ApiProperty({ type: [LicenceItemRequest], description: 'What the licence authorises, line by line' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LicenceItemRequest)
  items: LicenceItemRequest[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class RevokeTradeLicenceRequest {
  @ApiProperty({ example: 'End-user certificate found to be forged' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export const TRADE_LICENCE_STATUSES: TradeLicenceStatus[] = ['issued', 'partly_used', 'used', 'expired', 'revoked'];

export class TradeLicenceListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRADE_LICENCE_KINDS })
  @IsOptional()
  @IsIn(TRADE_LICENCE_KINDS)
  kind?: TradeLicenceKind;

  @ApiPropertyOptional({ enum: TRADE_LICENCE_STATUSES, description: 'Derived status' })
  @IsOptional()
  @IsIn(TRADE_LICENCE_STATUSES)
  status?: TradeLicenceStatus;

  @ApiPropertyOptional({ example: 'AT', description: 'Exporting, importing or transit country' })
  @IsOptional()
  @Matches(ALPHA2, ALPHA2_MESSAGE)
  country?: string;

  @ApiPropertyOptional({ description: 'Licence number, exact' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ description: 'Exporter, importer or final recipient' })
  @IsOptional()
  @IsUUID()
  holderId?: string;
}

export class ShipmentItemRequest extends ItemDescriptionRequest {
  @ApiPropertyOptional({ description: 'Exports: the firearm or part of the register being shipped (or give its serialNumber)' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ example: 'SB-2026-114', description: 'Ammunition lot / batch' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lotNumber?: string;

  @ApiPropertyOptional({ description: 'The licence line it falls under; found by description when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  licenceLine?: number;
}

export class CreateShipmentRequest {
  @ApiPropertyOptional({ example: 'AWB 176-22814460', description: "Carrier's or customs reference" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiProperty({ example: '2026-03-02' })
  @IsISO8601({ strict: true })
  shippedOn: string;

  @ApiPropertyOptional({ example: 'Bolloré Logistics' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  carrierName?: string;

  @ApiPropertyOptional({ description: 'The carrier, when it is a holder in the register' })
  @IsOptional()
  @IsUUID()
  carrierHolderId?: string;

  @ApiPropertyOptional({ type: [String], example: ['AT', 'FR', 'SN'], description: 'Countries on the way, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ALPHA2, { each: true, ...ALPHA2_MESSAGE })
  route?: string[];

  @ApiPropertyOptional({ example: 'Air freight Vienna – Paris CDG – Dakar AIBD' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  routeDescription?: string;

  @ApiProperty({ type: [ShipmentItemRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ShipmentItemRequest)
  items: ShipmentItemRequest[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class ReceiptItemRequest extends ItemDescriptionRequest {
  @ApiPropertyOptional({ example: 'SB-2026-114' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lotNumber?: string;
}

export class CreateReceiptRequest {
  @ApiProperty({ example: '2026-03-05' })
  @IsISO8601({ strict: true })
  receivedOn: string;

  @ApiPropertyOptional({ example: 'Dakar AIBD, customs warehouse' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ example: 'Customs officer M. Sarr' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  receivedBy?: string;

  @ApiProperty({ type: [ReceiptItemRequest], description: 'What actually arrived, as found on the items' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ReceiptItemRequest)
  items: ReceiptItemRequest[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class DeliveryConfirmationRequest {
  @ApiProperty({ example: '2026-03-06' })
  @IsISO8601({ strict: true })
  confirmedOn: string;

  @ApiProperty({ example: 'SN/DA/2026/0311', description: 'Reference of the confirmation document' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reference: string;

  @ApiProperty({ example: 'Direction des armes, Dakar', description: 'Import: our authority confirming to the exporter; export/transit: the receiving authority' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  confirmedBy: string;
}

export class ReportLostRequest {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'Defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  reportedOn?: string;

  @ApiProperty({ example: 'Container not found on arrival; carrier report CR-7781' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class ShipmentListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  licenceId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only shipments with items still in transit (or none)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  inTransit?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Shipped on or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  shippedFrom?: string;

  @ApiPropertyOptional({ description: 'Shipped on or before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  shippedTo?: string;
}
