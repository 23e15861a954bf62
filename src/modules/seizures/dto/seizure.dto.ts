import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsLatitude, IsLongitude, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { FirearmDescription } from '../../firearms/dto/firearm.dto.js';
import { PART_TYPES } from '../../firearms/firearm.entities.js';
import { SEXES } from '../../holders/holder.entities.js';
import { ALERT_STATES, DISPOSAL_TYPES, PERSON_ROLES, SEIZED_ITEM_KINDS, SEIZURE_CONTEXTS, SEIZURE_TYPES, SERIAL_LEGIBILITIES, type DisposalType, type SeizedItemKind, type SeizureType } from '../seizure.entities.js';

const ALPHA2 = /^[A-Z]{2}$/;

/** A firearm or part that was not on the register: described as read off the weapon. */
export class UnregisteredItemRequest extends FirearmDescription {
  @ApiPropertyOptional({ enum: PART_TYPES, description: 'Required for a part' })
  @IsOptional()
  @IsIn(PART_TYPES)
  partType?: (typeof PART_TYPES)[number];
}

/** What one seized item is, apart from the description of an unregistered one: flat, so import rows are checked with these same rules. */
export class SeizedItemFields {
  @ApiProperty({ enum: SEIZED_ITEM_KINDS })
  @IsIn(SEIZED_ITEM_KINDS)
  kind: SeizedItemKind;

  @ApiPropertyOptional({ description: 'A firearm or part already on the register' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ example: 'ZASTAVA M70 / serial: 7?3?1 (ground off after 3rd character) / crest on receiver', description: 'Every readable marking, exactly as read' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  markingsText?: string;

  @ApiPropertyOptional({ enum: SERIAL_LEGIBILITIES })
  @IsOptional()
  @IsIn(SERIAL_LEGIBILITIES)
  serialLegibility?: (typeof SERIAL_LEGIBILITIES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ example: '7.62x39', description: 'Ammunition: calibre as written' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional({ description: 'Ammunition: make as written' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ example: 120, description: 'Ammunition: number of rounds' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  quantity?: number;

  @ApiPropertyOptional({ description: 'Ammunition: lot or batch number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lotNumber?: string;

  @ApiPropertyOptional({ example: '711 79', description: 'Ammunition: headstamp as read' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headstamp?: string;
}

export class SeizedItemRequest extends SeizedItemFields {
  @ApiPropertyOptional({ description: 'A firearm or part not on the register: it becomes a new entry flagged "unregistered before seizure"' })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnregisteredItemRequest)
  unregistered?: UnregisteredItemRequest;
}

export class SeizurePersonRequest {
  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES)
  role: (typeof PERSON_ROLES)[number];

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: (typeof SEXES)[number];

  @ApiPropertyOptional({ example: 27 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(130)
  age?: number;

  @ApiPropertyOptional({ example: 1999 })
  @IsOptional()
  @IsInt()
  @Min(1880)
  @Max(2200)
  birthYear?: number;

  @ApiPropertyOptional({ example: 'SN' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  nationality?: string;

  @ApiPropertyOptional({ description: 'The holder record of this person, if any' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class CreateSeizureRequest {
  @ApiProperty({ example: 'PN-DKR/2026/0042' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @ApiProperty({ enum: SEIZURE_TYPES, description: 'seized, found, or surrendered (amnesty or collection campaign)' })
  @IsIn(SEIZURE_TYPES)
  type: SeizureType;

  @ApiProperty({ enum: SEIZURE_CONTEXTS, description: 'IAFQ context' })
  @IsIn(SEIZURE_CONTEXTS)
  context: (typeof SEIZURE_CONTEXTS)[number];

  @ApiProperty({ example: '2026-06-03T14:30:00Z' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @ApiPropertyOptional({ example: 'Dakar' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional({ example: 'Médina' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  locality?: string;

  @ApiPropertyOptional({ example: 14.6928 })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @ApiPropertyOptional({ example: -17.4467 })
  @IsOptional()
  @IsLongitude()
  longitude?: number;

  @ApiPropertyOptional({ description: "Seizing agency; defaults to the officer's" })
  @IsOptional()
  @IsUUID()
  seizingAgencyId?: string;

  @ApiProperty({ example: 'Insp. A. Diop' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  seizingOfficer: string;

  @ApiPropertyOptional({ description: 'Amnesty or collection campaign (surrenders)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  campaign?: string;

  @ApiPropertyOptional({ example: 'TGI-DKR-2026-1187' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  criminalCaseNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;

  @ApiPropertyOptional({ type: [SeizedItemRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SeizedItemRequest)
  items?: SeizedItemRequest[];

  @ApiPropertyOptional({ type: [SeizurePersonRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SeizurePersonRequest)
  persons?: SeizurePersonRequest[];
}

export class SeizureListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SEIZURE_TYPES })
  @IsOptional()
  @IsIn(SEIZURE_TYPES)
  type?: SeizureType;

  @ApiPropertyOptional({ enum: SEIZURE_CONTEXTS })
  @IsOptional()
  @IsIn(SEIZURE_CONTEXTS)
  context?: (typeof SEIZURE_CONTEXTS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  criminalCaseNumber?: string;

  @ApiPropertyOptional({ description: 'Seizures that include this register entry' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ description: 'On or after (ISO date or date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Before (ISO date or date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class StorageFacilityRequest {
  @ApiProperty({ example: 'ARM-DKR-01' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  code: string;

  @ApiProperty({ example: 'Central armoury, Dakar' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ description: "Agency running the facility; defaults to the officer's" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  locality?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}

export class StorageFacilityListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class InventoryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SEIZED_ITEM_KINDS })
  @IsOptional()
  @IsIn(SEIZED_ITEM_KINDS)
  kind?: SeizedItemKind;
}

export class CustodyStepRequest {
  @ApiProperty({ description: 'Where the item is now kept' })
  @IsUUID()
  facilityId: string;

  @ApiPropertyOptional({ description: 'User who receives the item and answers for it; defaults to the officer recording the step' })
  @IsOptional()
  @IsUUID()
  custodianId?: string;

  @ApiPropertyOptional({ description: 'User handing the item over; must be its current custodian. Defaults to the officer recording the step' })
  @IsOptional()
  @IsUUID()
  handedOverBy?: string;

  @ApiPropertyOptional({ example: '2026-06-04T09:00:00Z', description: 'When the item was received; defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional({ type: [String], example: ['SEAL-000417'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sealNumbers?: string[];

  @ApiPropertyOptional({ example: 'Loaded magazine removed; rust on slide' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  condition?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class DisposalRequest {
  @ApiProperty({ enum: DISPOSAL_TYPES })
  @IsIn(DISPOSAL_TYPES)
  type: DisposalType;

  @ApiPropertyOptional({ example: '2026-09-30', description: 'Defaults to today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredOn?: string;

  @ApiPropertyOptional({ example: 'Central armoury, Dakar' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ example: 'cutting', description: 'Destruction method' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  method?: string;

  @ApiPropertyOptional({ type: [String], example: ['Insp. A. Diop', 'Cdt. M. Fall'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  witnesses?: string[];

  @ApiPropertyOptional({ example: 'DEST-2026-0091', description: 'Destruction or deactivation certificate' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  certificateNumber?: string;

  @ApiPropertyOptional({ description: 'Deactivation: the competent authority that verified it (Firearms Protocol art. 9)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  verifyingAuthority?: string;

  @ApiPropertyOptional({ description: 'Returned to lawful owner: the owner' })
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({ description: 'Retained for official use: the agency that keeps it' })
  @IsOptional()
  @IsUUID()
  receivingAgencyId?: string;

  @ApiPropertyOptional({ description: 'Retained for official use: the state marking applied' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stateMarking?: string;

  @ApiPropertyOptional({ example: 'Court order TGI-DKR-2026-1187/D' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  authorisation?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

export class HitAlertListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALERT_STATES })
  @IsOptional()
  @IsIn(ALERT_STATES)
  state?: (typeof ALERT_STATES)[number];

  @ApiPropertyOptional({ description: 'Alerts addressed to this agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ description: "Only alerts addressed to the caller's agency" })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  seizureId?: string;

  @ApiPropertyOptional({ enum: ['lost', 'stolen'] })
  @IsOptional()
  @IsIn(['lost', 'stolen'])
  statusBefore?: 'lost' | 'stolen';

  @ApiPropertyOptional({ description: 'Raised on or after (ISO date or date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  raisedFrom?: string;

  @ApiPropertyOptional({ description: 'Raised before (ISO date or date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  raisedTo?: string;
}

export class AcknowledgeAlertRequest {
  @ApiPropertyOptional({ example: 'Owner informed; case file 2026/311 reopened' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}


