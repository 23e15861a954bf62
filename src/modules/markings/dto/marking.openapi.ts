import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES, type Legibility, type MarkingMethod, type MarkingType } from '../marking.entities.js';
import type { toCampaignResponse, toMarkingResponse } from './marking.response.js';

export class MarkingTextResponse {
  @ApiProperty({ description: 'As read on the item.' }) asRead: string;
  @ApiProperty() normalised: string;
  @ApiProperty({ description: 'With confusable characters folded (O/0, I/1, ...), for search.' }) folded: string;
}

export class MarkingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) firearmId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ammunitionLotId: string | null;
  @ApiProperty({ enum: MARKING_TYPES, enumName: 'MarkingType' }) type: MarkingType;
  @ApiProperty({ type: MarkingTextResponse }) text: MarkingTextResponse;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ enum: MARKING_METHODS, enumName: 'MarkingMethod', nullable: true }) method: MarkingMethod | null;
  @ApiProperty({ enum: LEGIBILITIES, enumName: 'Legibility' }) legibility: Legibility;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) importCountry: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) importYear: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appliedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) readOn: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) campaignId: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy: string | null;
}
true satisfies SameShape<MarkingResponse, ReturnType<typeof toMarkingResponse>>;

export class CampaignResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() place: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn: string | null;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ type: String, nullable: true }) markingMachine: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiPropertyOptional({ type: 'integer', description: 'Markings applied in the campaign (on the single campaign).' }) markings?: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<CampaignResponse, ReturnType<typeof toCampaignResponse>>;
