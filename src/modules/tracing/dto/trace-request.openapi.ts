import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Describes, SameShape } from '../../../common/http/responds.js';
import { IAFQ_SECTIONS, type IafqSection } from '../iafq.js';
import type { StatisticsService } from '../statistics.service.js';
import { TRACE_DIRECTIONS, TRACE_OUTCOMES, TRACE_PRIORITIES, TRACE_STATUSES, type TraceDirection, type TraceOutcome, type TracePriority, type TraceStatus } from '../trace-rules.js';
import type { StatisticsController, TracingController } from '../tracing.controller.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../tracing.entities.js';
import type { toItemOutcomeResponse, toTraceReplyResponse, toTraceRequestResponse, toTraceRequestSummary } from './trace-request.response.js';

const uuidOrNull = { type: String, format: 'uuid', nullable: true } as const;
const textOrNull = { type: String, nullable: true } as const;
const timeOrNull = { type: String, format: 'date-time', nullable: true } as const;
const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class TraceReplyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) ordinal: number;
  @ApiProperty({ enum: ['received', 'sent'] }) direction: 'received' | 'sent';
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) attachments: string[];
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
true satisfies SameShape<TraceReplyResponse, ReturnType<typeof toTraceReplyResponse>>;

/** The list view: no item markings, candidates or answer; the outcome and its reason once answered. */
export class TraceRequestSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: TRACE_DIRECTIONS, enumName: 'TraceDirection' }) direction: TraceDirection;
  @ApiProperty({ enum: TRACE_STATUSES, enumName: 'TraceStatus' }) status: TraceStatus;
  @ApiProperty({ description: 'Sent or received and not answered by the due date.' }) overdue: boolean;
  @ApiProperty({ enum: TRACE_PRIORITIES, enumName: 'TracePriority' }) priority: TracePriority;
  @ApiProperty(textOrNull) requestingCountry: string | null;
  @ApiProperty(textOrNull) requestedCountry: string | null;
  @ApiProperty(textOrNull) requestedManufacturer: string | null;
  @ApiProperty(uuidOrNull) seizureId: string | null;
  @ApiProperty(uuidOrNull) seizureItemId: string | null;
  @ApiProperty(timeOrNull) requestedAt: string | null;
  @ApiProperty(timeOrNull) dueAt: string | null;
  @ApiProperty(timeOrNull) answeredAt: string | null;
  @ApiProperty({ enum: TRACE_OUTCOMES, enumName: 'TraceOutcome', nullable: true }) outcome: TraceOutcome | null;
  @ApiProperty(textOrNull) outcomeReason: string | null;
  @ApiProperty(uuidOrNull) matchedFirearmId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
true satisfies SameShape<TraceRequestSummaryResponse, ReturnType<typeof toTraceRequestSummary>>;

export class TracedMarkingResponse {
  @ApiProperty() text: string;
  @ApiPropertyOptional(textOrNull) type?: string | null;
  @ApiPropertyOptional(textOrNull) location?: string | null;
  @ApiPropertyOptional(textOrNull) legibility?: string | null;
}

/** The item as the International Tracing Instrument asks it to be described. */
export class TracedItemResponse {
  @ApiProperty(textOrNull) category: string | null;
  @ApiProperty(textOrNull) make: string | null;
  @ApiProperty(textOrNull) model: string | null;
  @ApiProperty(textOrNull) calibre: string | null;
  @ApiProperty(textOrNull) serialNumber: string | null;
  @ApiPropertyOptional(textOrNull) serialLegibility?: string | null;
  @ApiProperty({ type: [TracedMarkingResponse] }) markings: TracedMarkingResponse[];
  @ApiPropertyOptional(textOrNull) countryOfManufacture?: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) yearOfManufacture?: number | null;
  @ApiProperty(textOrNull) otherFeatures: string | null;
  @ApiPropertyOptional(uuidOrNull) firearmId?: string | null;
}

export class TraceContextResponse {
  @ApiProperty(uuidOrNull) seizureId: string | null;
  @ApiProperty(uuidOrNull) seizureItemId: string | null;
  @ApiProperty(textOrNull) foundPlace: string | null;
  @ApiProperty(textOrNull) foundCircumstances: string | null;
}

export class TraceMatchResponse {
  @ApiProperty(uuidOrNull) firearmId: string | null;
  @ApiProperty({ description: 'Decided that no register record matches.' }) none: boolean;
  @ApiProperty(timeOrNull) decidedAt: string | null;
}

export class TraceRequestResponse extends TraceRequestSummaryResponse {
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty(textOrNull) requestingAgency: string | null;
  @ApiProperty(textOrNull) requestedAgency: string | null;
  @ApiProperty({ type: TracedItemResponse }) item: TracedItemResponse;
  @ApiProperty({ type: TraceContextResponse }) context: TraceContextResponse;
  @ApiProperty(textOrNull) illicitNature: string | null;
  @ApiProperty(textOrNull) legalBasis: string | null;
  @ApiProperty(textOrNull) intendedUse: string | null;
  @ApiProperty(textOrNull) urgencyJustification: string | null;
  @ApiProperty({ enum: CONFIDENTIALITY_LEVELS, enumName: 'Confidentiality' }) confidentiality: Confidentiality;
  @ApiProperty(textOrNull) useRestrictions: string | null;
  @ApiProperty(timeOrNull) acknowledgedAt: string | null;
  @ApiProperty(timeOrNull) closedAt: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Register candidates found for an incoming request, as the trace search ranked them.' }) candidates: Record<string, unknown>[];
  @ApiProperty({ type: TraceMatchResponse }) match: TraceMatchResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The answer: outcome, firearm and markings, chain of legal custody (each link with its holder), lastLegalHolder, diversion, summary. Persons named only with holder.personal_data.',
  })
  answer: Record<string, unknown> | null;
  @ApiProperty({ type: [TraceReplyResponse] }) replies: TraceReplyResponse[];
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies Describes<TraceRequestResponse, ReturnType<typeof toTraceRequestResponse>>;

/** The answer an incoming request would get now (answer-preview): the same shape as TraceRequestResponse.answer, without outcome and summary. */
export class TraceAnswerPreviewResponse {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'firearm and markings, chain of legal custody (each link with its holder), lastLegalHolder, diversion, suggestedOutcome, reason. Persons named only with holder.personal_data.',
  })
  answer: Record<string, unknown>;
}
true satisfies Describes<TraceAnswerPreviewResponse, Awaited<ReturnType<TracingController['answerPreview']>>>;

/** What became of a seized item's trace, for the SDG 16.4.2 indicator. */
export class ItemOutcomeResponse {
  @ApiProperty({ format: 'uuid' }) seizureItemId: string;
  @ApiProperty({ enum: TRACE_OUTCOMES, enumName: 'TraceOutcome' }) outcome: TraceOutcome;
  @ApiProperty(textOrNull) reason: string | null;
  @ApiProperty(uuidOrNull) traceRequestId: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}
true satisfies SameShape<ItemOutcomeResponse, ReturnType<typeof toItemOutcomeResponse>>;

class StatisticsPeriodResponse {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time', description: 'Exclusive.' }) to: string;
}

class StatisticsFiltersResponse {
  @ApiProperty(textOrNull) region: string | null;
  @ApiProperty(uuidOrNull) agencyId: string | null;
  @ApiProperty(textOrNull) category: string | null;
}

class FirearmCountsResponse {
  @ApiProperty({ type: 'integer' }) seized: number;
  @ApiProperty({ type: 'integer' }) found: number;
  @ApiProperty({ type: 'integer' }) surrendered: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ ...counts, description: 'By firearm category code.' }) byCategory: Record<string, number>;
}

class Sdg1642Response {
  @ApiProperty({ type: 'integer', description: 'Seized, found or surrendered firearms whose origin was established.' }) established: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: Number, nullable: true, description: 'established / total; null without firearms.' }) value: number | null;
}

class TraceCountsResponse {
  @ApiProperty({ type: 'integer' }) requested: number;
  @ApiProperty({ type: 'integer' }) answered: number;
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: Number, nullable: true }) medianResponseDays: number | null;
  @ApiProperty({ ...counts, description: 'By trace outcome.' }) answeredByOutcome: Record<string, number>;
}

class TracesByDirectionResponse {
  @ApiProperty({ type: TraceCountsResponse }) outgoing: TraceCountsResponse;
  @ApiProperty({ type: TraceCountsResponse }) incoming: TraceCountsResponse;
}

class PersonCountsResponse {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty(counts) bySex: Record<string, number>;
  @ApiProperty(counts) byAgeGroup: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: counts, description: 'Sex, then age group.' }) bySexAndAgeGroup: Record<string, Record<string, number>>;
}

/** Seizures of the period, firearms by category, trace outcomes, SDG 16.4.2, tracing and persons involved. */
export class StatisticsSummaryResponse {
  @ApiProperty({ type: StatisticsPeriodResponse }) period: StatisticsPeriodResponse;
  @ApiProperty({ type: StatisticsFiltersResponse }) filters: StatisticsFiltersResponse;
  @ApiProperty({ type: 'integer' }) seizures: number;
  @ApiProperty({ type: FirearmCountsResponse }) firearms: FirearmCountsResponse;
  @ApiProperty({ type: 'integer' }) parts: number;
  @ApiProperty({ type: 'integer' }) ammunitionRounds: number;
  @ApiProperty({ ...counts, description: 'By trace outcome.' }) traceOutcomes: Record<string, number>;
  @ApiProperty({ type: Sdg1642Response }) sdg_16_4_2: Sdg1642Response;
  @ApiProperty({ type: TracesByDirectionResponse }) traces: TracesByDirectionResponse;
  @ApiProperty({ type: PersonCountsResponse }) persons: PersonCountsResponse;
}
true satisfies Describes<StatisticsSummaryResponse, Awaited<ReturnType<StatisticsService['summary']>>>;

export class IafqTableResponse {
  @ApiProperty({ example: 'arms_by_type' }) name: string;
  @ApiProperty({ enum: IAFQ_SECTIONS, enumName: 'IafqSection' }) section: IafqSection;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String] }) columns: readonly string[];
  @ApiProperty({ description: 'Where to download the table as CSV, relative to the API.' }) path: string;
}

export class IafqTablesResponse {
  @ApiProperty({ type: [IafqTableResponse] }) tables: IafqTableResponse[];
}
true satisfies Describes<IafqTablesResponse, ReturnType<StatisticsController['tables']>>;
