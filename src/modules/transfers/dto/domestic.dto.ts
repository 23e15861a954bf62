import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { DOMESTIC_TRANSFER_KINDS, DOMESTIC_TRANSFER_STATUSES, type DomesticTransferKind } from '../transfer.entities.js';

export class CreateDomesticTransferRequest {
  @ApiProperty({ enum: DOMESTIC_TRANSFER_KINDS })
  @IsIn(DOMESTIC_TRANSFER_KINDS)
  kind: DomesticTransferKind;

  @ApiProperty()
  @IsUUID()
  firearmId: string;

  @ApiProperty({ description: "The seller (or donor, estate, agency): the firearm's current holder" })
  @IsUUID()
  fromHolderId: string;

  @ApiProperty({ description: 'The buyer (or recipient)' })
  @IsUUID()
  toHolderId: string;

  @ApiProperty({ description: "The buyer's licence, valid for the firearm's category" })
  @IsUUID()
  toLicenceId: string;

  @ApiPropertyOptional({ example: 'SN-ETAT-2026', description: 'Required for state_to_civilian: the state-transfer marking applied (art. 8(1)(c))' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  stateTransferMarking?: string;

  @ApiPropertyOptional({ example: '2026-05-20', description: 'Defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  agreedOn?: string;

  @ApiPropertyOptional({ default: false, description: 'Complete in the same call (the holder changes now); otherwise the transfer is created pending' })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['Bill of sale 2026/55'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  referenceDocuments?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class CompleteDomesticTransferRequest {
  @ApiPropertyOptional({ example: '2026-05-21', description: 'Defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  completedOn?: string;
}

export class CancelDomesticTransferRequest {
  @ApiProperty({ example: 'Buyer withdrew' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class DomesticTransferListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ description: 'Seller or buyer' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({ enum: DOMESTIC_TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(DOMESTIC_TRANSFER_STATUSES)
  status?: (typeof DOMESTIC_TRANSFER_STATUSES)[number];

  @ApiPropertyOptional({ enum: DOMESTIC_TRANSFER_KINDS })
  @IsOptional()
  @IsIn(DOMESTIC_TRANSFER_KINDS)
  kind?: DomesticTransferKind;
}
