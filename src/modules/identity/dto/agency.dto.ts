import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { AGENCY_TYPES, type Agency, type AgencyType } from '../entities/agency.entity.js';
import { QueryBoolean } from '../../../common/validation/query-boolean.js';

export class CreateAgencyRequest {
  @ApiProperty({ example: 'PN-DKR', description: 'Short stable code, 2–20 upper-case letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'must be 2–20 upper-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'Police nationale — Dakar' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  @IsIn(AGENCY_TYPES)
  type: AgencyType;

  @ApiPropertyOptional({ example: 'Dakar' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;
}

export class UpdateAgencyRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: AGENCY_TYPES })
  @IsOptional()
  @IsIn(AGENCY_TYPES)
  type?: AgencyType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class AgencyListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AGENCY_TYPES })
  @IsOptional()
  @IsIn(AGENCY_TYPES)
  type?: AgencyType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

export function toAgencyResponse(agency: Agency) {
  return {
    id: agency.id,
    code: agency.code,
    name: agency.name,
    type: agency.type,
    region: agency.region,
    active: agency.active,
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
  };
}
