import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { LICENCE_KINDS, type Licence } from '../holder.entities.js';
import { licenceStatusOn, type LicenceStatus } from '../licence-validity.js';

export class CreateLicenceRequest {
  @ApiProperty({ example: 'PL-2026-000123' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  number: string;

  @ApiProperty({ enum: LICENCE_KINDS })
  @IsIn(LICENCE_KINDS)
  kind: (typeof LICENCE_KINDS)[number];

  @ApiProperty()
  @IsUUID()
  holderId: string;

  @ApiPropertyOptional({ description: "Defaults to the officer's agency" })
  @IsOptional()
  @IsUUID()
  issuingAgencyId?: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsISO8601({ strict: true })
  issuedOn: string;

  @ApiProperty({ example: '2031-01-14' })
  @IsISO8601({ strict: true })
  expiresOn: string;

  @ApiPropertyOptional({ type: [String], description: 'Firearm category codes covered; empty = all' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  categories?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  conditions?: string;
}

export class LicenceStateRequest {
  @ApiProperty({ enum: ['active', 'suspended', 'revoked'] })
  @IsIn(['active', 'suspended', 'revoked'])
  state: 'active' | 'suspended' | 'revoked';

  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class CoverFirearmRequest {
  @ApiProperty()
  @IsUUID()
  firearmId: string;
}

export class LicenceListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  holderId?: string;

  @ApiPropertyOptional({ enum: LICENCE_KINDS })
  @IsOptional()
  @IsIn(LICENCE_KINDS)
  kind?: (typeof LICENCE_KINDS)[number];

  @ApiPropertyOptional({ enum: ['active', 'suspended', 'revoked', 'expired'] })
  @IsOptional()
  @IsIn(['active', 'suspended', 'revoked', 'expired'])
  status?: LicenceStatus;
}

export function toLicenceResponse(licence: Licence, today: string, firearmIds: string[] = []) {
  return {
    id: licence.id,
    number: licence.number,
    kind: licence.kind,
    holderId: licence.holderId,
    issuingAgencyId: licence.issuingAgencyId,
    issuedOn: licence.issuedOn,
    expiresOn: licence.expiresOn,
    status: licenceStatusOn(licence, today),
    stateReason: licence.stateReason,
    categories: licence.categories,
    conditions: licence.conditions,
    firearmIds,
    createdAt: licence.createdAt.toISOString(),
    updatedAt: licence.updatedAt.toISOString(),
  };
}
