import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageInfo, type Describes, type SameShape } from '../../../common/http/responds.js';
import { HolderRefResponse } from '../../holders/dto/holder.openapi.js';
import type { MarkingCampaignsController, TraceController } from '../markings.controller.js';
import { SERIAL_MATCHES } from '../trace-query.js';
import { LEGIBILITIES, MARKING_METHODS, MARKING_TYPES, type Legibility, type MarkingMethod, type MarkingType } from '../marking.entities.js';
import type { toCampaignResponse, toMarkingResponse } from './marking.response.js';

type Answer<C, M extends keyof C> = C[M] extends (...args: never[]) => Promise<infer R> | infer R ? Awaited<R> : never;

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

/** A campaign's log entered in one transaction. */
export class CampaignMarkingsAddedResponse {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: [MarkingResponse] }) items: MarkingResponse[];
}
true satisfies SameShape<CampaignMarkingsAddedResponse, Answer<MarkingCampaignsController, 'addMarkings'>>;

export class TraceSerialKeysResponse {
  @ApiProperty() normalised: string;
  @ApiProperty() folded: string;
  @ApiProperty() wildcards: boolean;
}

/** The criteria as searched (what was given, as audited), and what the serial and names resolved to. */
export class TraceCriteriaResponse {
  @ApiPropertyOptional() serial?: string;
  @ApiPropertyOptional({ enum: SERIAL_MATCHES }) serialMatch?: string;
  @ApiPropertyOptional() make?: string;
  @ApiPropertyOptional() model?: string;
  @ApiPropertyOptional() calibre?: string;
  @ApiPropertyOptional() category?: string;
  @ApiPropertyOptional() countryOfManufacture?: string;
  @ApiPropertyOptional() importCountry?: string;
  @ApiPropertyOptional({ type: 'integer' }) importYear?: number;
  @ApiPropertyOptional({ type: 'integer' }) yearFrom?: number;
  @ApiPropertyOptional({ type: 'integer' }) yearTo?: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
  @ApiPropertyOptional({ type: TraceSerialKeysResponse }) serialKeys?: TraceSerialKeysResponse;
  @ApiPropertyOptional({ description: 'The manufacturer the make resolved to through its aliases.' }) makeResolvedTo?: string;
  @ApiPropertyOptional() calibreResolvedTo?: string;
}

export class TraceSerialSearchResponse {
  @ApiProperty({ enum: ['exact', 'contains', 'pattern'] }) mode: 'exact' | 'contains' | 'pattern';
  @ApiProperty({ description: 'The exact search found nothing, so the search was widened to contains.' }) widened: boolean;
}

/** Why a candidate matched, with the points it earned. */
export class TraceReasonResponse {
  @ApiProperty({ example: 'folded_serial' }) code: string;
  @ApiProperty({ description: 'The reason in words, for the officer.' }) detail: string;
  @ApiProperty({ type: 'integer' }) points: number;
  @ApiPropertyOptional({ format: 'uuid' }) markingId?: string;
}

class TraceMakeResponse {
  @ApiProperty({ type: String, nullable: true }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) manufacturerCode: string | null;
}

class TraceCalibreResponse {
  @ApiProperty({ type: String, nullable: true }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) calibreCode: string | null;
}

class TraceSerialResponse {
  @ApiProperty({ type: String, nullable: true }) asWritten: string | null;
  @ApiProperty({ type: String, nullable: true }) normalised: string | null;
  @ApiProperty({ type: String, nullable: true }) folded: string | null;
}

export class TraceCandidateResponse {
  @ApiProperty({ format: 'uuid' }) firearmId: string;
  @ApiProperty({ enum: ['firearm', 'part'] }) itemKind: string;
  @ApiProperty({ type: 'integer' }) score: number;
  @ApiProperty({ type: [TraceReasonResponse] }) reasons: TraceReasonResponse[];
  @ApiProperty({ enum: ['stolen', 'lost'], nullable: true }) alert: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty({ type: TraceMakeResponse }) make: TraceMakeResponse;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: TraceCalibreResponse }) calibre: TraceCalibreResponse;
  @ApiProperty({ type: TraceSerialResponse }) serialNumber: TraceSerialResponse;
  @ApiProperty({ type: String, nullable: true }) countryOfManufacture: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) yearOfManufacture: number | null;
  @ApiProperty({ type: HolderRefResponse, nullable: true, description: 'Restricted (no name) without holder.personal_data.' }) lastLegalHolder: HolderRefResponse | null;
}

/** Ranked candidates with their reasons; the search itself is audited under queryId. */
export class TraceSearchResponse {
  @ApiProperty({ format: 'uuid' }) queryId: string;
  @ApiProperty({ type: TraceCriteriaResponse }) criteria: TraceCriteriaResponse;
  @ApiProperty({ type: TraceSerialSearchResponse, nullable: true, description: 'Null without a serial.' }) serialSearch: TraceSerialSearchResponse | null;
  @ApiProperty({ type: 'integer', description: 'Candidates flagged stolen or lost.' }) flagged: number;
  @ApiProperty({ description: 'The candidate limit per branch was reached: narrow the criteria.' }) mayBeIncomplete: boolean;
  @ApiProperty({ type: [TraceCandidateResponse] }) items: TraceCandidateResponse[];
  @ApiProperty({ type: PageInfo }) page: PageInfo;
}
// The criteria echo is built from the request (a record), so it is left out of the check.
true satisfies Describes<Omit<TraceSearchResponse, 'criteria'>, Omit<Answer<TraceController, 'search'>, 'criteria'>>;
