import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { HOLDER_KINDS, ORGANISATION_TYPES, SEXES, type Holder } from '../holder.entities.js';
import { NotInFuture } from '../../../common/validation/time-rules.js';

const ALPHA2 = /^[A-Z]{2}$/;
const ALPHA2_MESSAGE = 'must be an ISO 3166 alpha-2 code';

export class HolderFields {
  @ApiPropertyOptional({ description: 'Person: family name (required for a person)' })
  @ValidateIf((o: CreateHolderRequest) => o.kind === 'person' || o.familyName !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  familyName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  givenNames?: string;

  @ApiPropertyOptional({ example: '1980-04-12' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @NotInFuture()
  birthDate?: string;

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: (typeof SEXES)[number];

  @ApiPropertyOptional({ example: 'SN' })
  @IsOptional()
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  nationality?: string;

  @ApiPropertyOptional({ example: 'national_id_card' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  idDocumentType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  idDocumentNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  idDocumentCountry?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, description: 'Organisation: type (required for an organisation)' })
  @ValidateIf((o: CreateHolderRequest) => o.kind === 'organisation' || o.organisationType !== undefined)
  @IsIn(ORGANISATION_TYPES)
  organisationType?: (typeof ORGANISATION_TYPES)[number];

  @ApiPropertyOptional({ description: 'Organisation: legal name (required for an organisation)' })
  @ValidateIf((o: CreateHolderRequest) => o.kind === 'organisation' || o.legalName !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  legalName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  registrationNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  country?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;
}

export class CreateHolderRequest extends HolderFields {
  @ApiProperty({ enum: HOLDER_KINDS })
  @IsIn(HOLDER_KINDS)
  kind: (typeof HOLDER_KINDS)[number];
}

export class UpdateHolderRequest extends HolderFields {
  @ApiProperty({ description: 'Why the record changes (kept in the audit trail)' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class HolderListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: HOLDER_KINDS })
  @IsOptional()
  @IsIn(HOLDER_KINDS)
  kind?: (typeof HOLDER_KINDS)[number];

  @ApiPropertyOptional({ description: 'Part of a name or legal name (similarity search)' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Identity document or registration number, exact' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only holders identified by name only (created from a name on an imported firearm row, no document yet), to complete' })
  @IsOptional()
  @IsIn(['true', 'false'])
  nameOnly?: 'true' | 'false';
}

/** Summary used inside firearm and licence responses. */
export function holderSummary(holder: Pick<Holder, 'id' | 'kind' | 'familyName' | 'givenNames' | 'legalName' | 'organisationType'>, personalData: boolean) {
  if (holder.kind === 'organisation') return { id: holder.id, kind: holder.kind, name: holder.legalName, organisationType: holder.organisationType };
  return personalData
    ? { id: holder.id, kind: holder.kind, name: [holder.givenNames, holder.familyName].filter(Boolean).join(' ') }
    : { id: holder.id, kind: holder.kind, name: null, restricted: true };
}

/** A person's details only for roles with holder.personal_data; organisations are public records. */
export function toHolderResponse(holder: Holder, personalData: boolean) {
  const common = { id: holder.id, kind: holder.kind, registeringAgencyId: holder.registeringAgencyId, identifiedByNameOnly: holder.identifiedByNameOnly, createdAt: holder.createdAt.toISOString(), updatedAt: holder.updatedAt.toISOString() };
  if (holder.kind === 'organisation') {
    return { ...common, organisationType: holder.organisationType, legalName: holder.legalName, registrationNumber: holder.registrationNumber, country: holder.country, address: holder.address, phone: holder.phone };
  }
  if (!personalData) return { ...common, restricted: true };
  return {
    ...common,
    familyName: holder.familyName,
    givenNames: holder.givenNames,
    birthDate: holder.birthDate,
    sex: holder.sex,
    nationality: holder.nationality,
    idDocumentType: holder.idDocumentType,
    idDocumentNumber: holder.idDocumentNumber,
    idDocumentCountry: holder.idDocumentCountry,
    address: holder.address,
    phone: holder.phone,
  };
}
