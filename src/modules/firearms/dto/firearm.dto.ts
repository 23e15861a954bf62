import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { FIREARM_STATUSES, LIFECYCLE_EVENT_TYPES, type FirearmStatus, type LifecycleEventType } from '../lifecycle.js';
import { ORIGINS, PART_TYPES } from '../firearm.entities.js';
import { NotAfterCurrentYear } from '../../../common/validation/time-rules.js';

const ALPHA2 = /^[A-Z]{2}$/;
export const INITIAL_EVENTS = ['manufactured', 'imported', 'registered', 'found', 'surrendered', 'seized'] as const;

/** The descriptive fields of a firearm or part; corrections change these and nothing else. */
export class FirearmDescription {
  @ApiPropertyOptional({ example: 'pistol', description: 'Firearm category code (required for a firearm)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ example: 'semi_automatic' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  action?: string;

  @ApiPropertyOptional({ example: 'Crvena Zastava', description: 'Make as written; any alias resolves to the manufacturer' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ example: 'M70' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;

  @ApiPropertyOptional({ example: '7.62x39', description: 'Calibre as written; any alias resolves' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional({ example: 'ZC-104 522', description: 'Serial number exactly as marked' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  serialNumber?: string;

  @ApiPropertyOptional({ example: 'RS' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  countryOfManufacture?: string;

  @ApiPropertyOptional({ example: 1987 })
  @IsOptional()
  @IsInt()
  @Min(1500)
  @NotAfterCurrentYear()
  yearOfManufacture?: number;

  @ApiPropertyOptional({ example: 415 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(5000)
  barrelLengthMm?: number;

  @ApiPropertyOptional({ enum: ORIGINS, default: 'industrial' })
  @IsOptional()
  @IsIn(ORIGINS)
  origin?: (typeof ORIGINS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;
}

export class EventFields {
  @ApiPropertyOptional({ example: '2026-11-20', description: 'Date of the event; defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredOn?: string;

  @ApiPropertyOptional({ example: 'Dakar, Plateau' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ description: "Acting agency; defaults to the officer's" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Holder the firearm goes to (licensed, transferred, registered, released)' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({ description: "The receiving holder's licence (required for licensed and transferred)" })
  @IsOptional()
  @IsUUID()
  licenceId?: string;

  @ApiPropertyOptional({ type: [String], example: ['Import permit 2026/114'] })
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

  @ApiPropertyOptional({
    description:
      'Event-specific facts. deactivated: certificateNumber, verifyingAuthority. destroyed: method, witnesses (names). exported/imported: country (ISO alpha-2).',
    example: { certificateNumber: 'DEACT-2026-0042', verifyingAuthority: 'National Proof House' },
  })
  @IsOptional()
  @IsObject()
  details?: Record<string, unknown>;
}

export class InitialEvent extends EventFields {
  @ApiPropertyOptional({ enum: INITIAL_EVENTS, default: 'registered' })
  @IsOptional()
  @IsIn(INITIAL_EVENTS)
  type?: (typeof INITIAL_EVENTS)[number];
}

export class CreateFirearmRequest extends FirearmDescription {
  @ApiPropertyOptional({ description: 'How the record starts (default: registered)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitialEvent)
  initialEvent?: InitialEvent;
}

export class CreatePartRequest extends CreateFirearmRequest {
  @ApiProperty({ enum: PART_TYPES })
  @IsIn(PART_TYPES)
  partType: (typeof PART_TYPES)[number];

  @ApiPropertyOptional({ description: 'The firearm this part belongs to, if known' })
  @IsOptional()
  @IsUUID()
  parentFirearmId?: string;
}

export class RecordEventRequest extends EventFields {
  @ApiProperty({ enum: LIFECYCLE_EVENT_TYPES })
  @IsIn(LIFECYCLE_EVENT_TYPES)
  type: LifecycleEventType;
}

export class CorrectionRequest {
  @ApiProperty({ description: 'The corrected fields only' })
  @ValidateNested()
  @Type(() => FirearmDescription)
  changes: FirearmDescription;

  @ApiProperty({ example: 'Serial misread at registration; confirmed on the weapon by the marking team' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class MergeRequest {
  @ApiProperty({ description: 'The duplicate record, absorbed into this one' })
  @IsUUID()
  duplicateId: string;

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

/** The orders the register's list offers, each served by an index at national scale. */
export const FIREARM_LIST_SORTS = ['-registered', 'registered', 'serial', '-serial', 'make', '-make'] as const;
export type FirearmListSort = (typeof FIREARM_LIST_SORTS)[number];

export class FirearmListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FIREARM_STATUSES })
  @IsOptional()
  @IsIn(FIREARM_STATUSES)
  status?: FirearmStatus;

  @ApiPropertyOptional({ example: 'pistol' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ description: 'Manufacturer code or any alias' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ description: 'Calibre code or any alias' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: 'Registered on or after (ISO date)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  registeredFrom?: string;

  @ApiPropertyOptional({ description: 'Registered before (ISO date)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  registeredTo?: string;

  @ApiPropertyOptional({ description: 'Only records whose make is waiting for review' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  makeUnresolved?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['exclude', 'include', 'only'], default: 'exclude', description: 'Records merged into another: left out by default (the survivor stands for them)' })
  @IsOptional()
  @IsIn(['exclude', 'include', 'only'])
  merged?: 'exclude' | 'include' | 'only';

  @ApiPropertyOptional({ enum: FIREARM_LIST_SORTS, default: '-registered', description: 'Order of the list; a leading "-" reverses it. Ties are broken by the record id, so pages never overlap.' })
  @IsOptional()
  @IsIn(FIREARM_LIST_SORTS)
  sort?: FirearmListSort;
}

export class AmmunitionLotRequest {
  @ApiProperty({ example: '9mm' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  calibre: string;

  @ApiPropertyOptional({ example: 'Sellier & Bellot' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lotNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1800)
  @NotAfterCurrentYear()
  yearOfManufacture?: number;

  @ApiProperty({ example: 500 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  quantity: number;

  @ApiPropertyOptional({ example: 'S&B 9mm Luger' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headstamp?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  holderId?: string;
}

export class AmmunitionListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lotNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  holderId?: string;
}

