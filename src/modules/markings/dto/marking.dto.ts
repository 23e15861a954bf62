import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES, type Legibility, type MarkingMethod, type MarkingType } from '../marking.entities.js';
import { NotAfterCurrentYear } from '../../../common/validation/time-rules.js';

const ALPHA2 = /^[A-Z]{2}$/;
const INTACT_IMPORT_MESSAGE = 'is required on an intact import marking (Firearms Protocol art. 8.1(b): importing country and year)';
/** An import marking read in full must say both the importing country and the year; a damaged one may lack them. */
const intactImportMarking = (o: { type?: unknown; legibility?: unknown }) => o.type === 'import' && o.legibility === 'intact';
/** The value rules run on a value given; a missing one is IsDefined's to report. */
const given = (_: object, value: unknown) => value !== undefined && value !== null;
export const MAX_MARKINGS_PER_BATCH = 5000;

/** What a mark says and how it was found; shared by single and bulk entry. */
export class MarkingFields {
  @ApiPropertyOptional({ description: 'The firearm or part carrying the mark (exactly one of firearmId, ammunitionLotId)' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ description: 'The ammunition lot carrying the mark' })
  @IsOptional()
  @IsUUID()
  ammunitionLotId?: string;

  @ApiProperty({ enum: MARKING_TYPES })
  @IsIn(MARKING_TYPES)
  type: MarkingType;

  @ApiProperty({ example: 'SN 24 ZC-104522', description: 'The text exactly as read on the weapon' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  text: string;

  @ApiPropertyOptional({ example: 'left side of receiver' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: MARKING_METHODS })
  @IsOptional()
  @IsIn(MARKING_METHODS)
  method?: MarkingMethod;

  @ApiProperty({ enum: LEGIBILITIES })
  @IsIn(LEGIBILITIES)
  legibility: Legibility;

  @ApiPropertyOptional({ example: 'SN', description: 'Import markings only: the importing country; required on an intact import marking (Protocol art. 8.1(b))' })
  @ValidateIf((o: MarkingFields) => given(o, o.importCountry) || intactImportMarking(o))
  @IsDefined({ message: INTACT_IMPORT_MESSAGE })
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code', validateIf: given })
  importCountry?: string;

  @ApiPropertyOptional({ example: 2024, description: 'Import markings only: the year of import, not after the current year; required on an intact import marking (Protocol art. 8.1(b))' })
  @ValidateIf((o: MarkingFields) => given(o, o.importYear) || intactImportMarking(o))
  @IsDefined({ message: INTACT_IMPORT_MESSAGE })
  @IsInt({ validateIf: given })
  @Min(1800, { validateIf: given })
  @NotAfterCurrentYear({ validateIf: given })
  importYear?: number;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'When the mark was applied, if known' })
  @IsOptional()
  @IsISO8601({ strict: true })
  appliedOn?: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'When the mark was read and recorded' })
  @IsOptional()
  @IsISO8601({ strict: true })
  readOn?: string;

  @ApiPropertyOptional({ description: "Agency that applied or read the mark (default: the officer's agency)" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class CreateMarkingRequest extends MarkingFields {
  @ApiPropertyOptional({ description: 'The marking campaign that applied the mark' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

export class BulkMarkingsRequest {
  @ApiProperty({ type: [MarkingFields], maxItems: MAX_MARKINGS_PER_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MARKINGS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => MarkingFields)
  markings: MarkingFields[];
}

export class MarkingListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  ammunitionLotId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}

export class CreateCampaignRequest {
  @ApiProperty({ example: 'Dakar marking campaign 2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Central armoury, Dakar' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  place: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsISO8601({ strict: true })
  startsOn: string;

  @ApiPropertyOptional({ example: '2026-03-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsOn?: string;

  @ApiPropertyOptional({ description: "Default: the officer's agency" })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'Laser marker LM-200 #3' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  markingMachine?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}
