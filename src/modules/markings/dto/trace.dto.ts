import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SERIAL_MATCHES, type SerialMatch } from '../trace-query.js';

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

  @ApiPropertyOptional({
    enum: SERIAL_MATCHES,
    default: 'auto',
    description:
      'For a serial without wildcards: "auto" searches the serial itself (as normalised, folded, or a marking reading it) and widens to serials and markings containing it only when that finds nothing; "contains" searches both at once. A pattern with "?" or "*" is always a pattern search.',
  })
  @IsOptional()
  @IsIn(SERIAL_MATCHES)
  serialMatch?: SerialMatch;

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
