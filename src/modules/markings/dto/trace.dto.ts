import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const ALPHA2 = /^[A-Z]{2}$/;
export const MAX_TRACE_PAGE = 100;

/**
 * What an investigator knows about a firearm. Sent as a POST body rather than a
 * query string so serials and names stay out of URLs and access logs.
 */
export class TraceSearchRequest {
  @ApiPropertyOptional({ example: 'ZC-10?522', description: 'Full or partial serial; "?" for one unreadable character, "*" for several' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  serial?: string;

  @ApiPropertyOptional({ example: 'Crvena Zastava', description: 'Any alias of the manufacturer' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ example: 'M57' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  model?: string;

  @ApiPropertyOptional({ example: '7.62x25' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional({ example: 'pistol' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ example: 'RS' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  countryOfManufacture?: string;

  @ApiPropertyOptional({ example: 'SN', description: 'Import marking: importing country' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  importCountry?: string;

  @ApiPropertyOptional({ example: 2024, description: 'Import marking: year' })
  @IsOptional()
  @IsInt()
  @Min(1800)
  @Max(2200)
  importYear?: number;

  @ApiPropertyOptional({ example: 1980, description: 'Year of manufacture, from (inclusive)' })
  @IsOptional()
  @IsInt()
  @Min(1500)
  @Max(2200)
  yearFrom?: number;

  @ApiPropertyOptional({ example: 1990, description: 'Year of manufacture, to (inclusive)' })
  @IsOptional()
  @IsInt()
  @Min(1500)
  @Max(2200)
  yearTo?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TRACE_PAGE, default: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TRACE_PAGE)
  limit: number = 20;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  offset: number = 0;
}

export const TRACE_REASONS = [
  'exact_serial', 'raw_serial', 'folded_serial', 'partial_serial', 'partial_folded_serial', 'marking_text', 'marking_text_folded',
  'make', 'make_alias', 'model', 'calibre', 'category', 'country_of_manufacture', 'import_marking', 'year_of_manufacture',
] as const;
