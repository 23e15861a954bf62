import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';
import { MAX_OFFSET, PageQuery } from '../../../common/pagination/page.js';
import { VALUE_LISTS, type ValueList } from '../value-lists.js';
import { QueryBoolean } from '../../../common/validation/query-boolean.js';

/** Countries, categories, actions and calibres: paged like every list, up to 500 a page so a form can load one whole. */
export class ReferenceListQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;

  @ApiPropertyOptional({ description: 'A code, a name in any of the three languages or an alias; case and accents ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only entries in use (true) or withdrawn (false)' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

export class ManufacturerQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Any name or alias, in any spelling' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateManufacturerRequest {
  @ApiProperty({ example: 'arsenal_bg' })
  @Matches(/^[a-z0-9_]{2,40}$/, { message: 'must be 2–40 lower-case letters, digits or underscores' })
  code: string;

  @ApiProperty({ example: 'Arsenal JSCo' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'BG' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code' })
  country?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}

export class CreateCalibreRequest {
  @ApiProperty({ example: '9x21mm' })
  @Matches(/^[a-z0-9_.x-]{2,40}$/, { message: 'must be 2–40 lower-case letters, digits, dots, dashes or underscores' })
  code: string;

  @ApiProperty({ example: '9×21mm IMI' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];
}

export class AliasesRequest {
  @ApiProperty({ type: [String], example: ['Crvena Zastava'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  aliases: string[];
}

export class RetentionRequest {
  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(10)
  @Max(200)
  minimumYears: number;

  @ApiProperty({ example: 'Decree 2026-114 raised the retention period' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class RetentionParams {
  @ApiProperty({ enum: ['manufacture', 'other'] })
  @IsIn(['manufacture', 'other'])
  recordClass: string;
}

export class NamedListParams {
  @ApiProperty({ enum: ['countries', 'categories', 'actions'] })
  @IsIn(['countries', 'categories', 'actions'])
  list: 'countries' | 'categories' | 'actions';

  @ApiProperty({ example: 'pistol' })
  @Matches(/^[A-Za-z0-9_]{2,40}$/)
  code: string;
}

export class UpdateNamedRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameFr?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameEs?: string;
  @ApiPropertyOptional({ description: 'false retires the entry: kept on existing records, refused on new ones' }) @IsOptional() @IsBoolean() active?: boolean;

  @ApiProperty({ example: 'Official French name changed by decree' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class CreateNamedRequest {
  @ApiProperty({ example: 'flare_gun' })
  @Matches(/^[a-z0-9_]{2,40}$/, { message: 'must be 2–40 lower-case letters, digits or underscores' })
  code: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) nameEn: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) nameFr: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) nameEs: string;
}

export class NamedKindParams {
  @ApiProperty({ enum: ['categories', 'actions'] })
  @IsIn(['categories', 'actions'])
  list: 'categories' | 'actions';
}

export class ValueAliasQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VALUE_LISTS, description: 'Only the aliases of this list' })
  @IsOptional()
  @IsIn(VALUE_LISTS)
  list?: ValueList;
}

/** Names a register writes for one code of a list (categories, countries, origins, marking types…). */
export class AddValueAliasesRequest {
  @ApiProperty({ enum: VALUE_LISTS, example: 'category' })
  @IsIn(VALUE_LISTS)
  list: ValueList;

  @ApiProperty({ example: 'shotgun', description: 'The code the aliases stand for (alpha-2 for countries)' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  code: string;

  @ApiProperty({ type: [String], example: ['fusil de chasse', 'escopeta'] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  aliases: string[];
}
