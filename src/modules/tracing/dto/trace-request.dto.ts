import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { SERIAL_LEGIBILITIES } from '../../seizures/seizure.entities.js';
import { CONFIDENTIALITY_LEVELS, type Confidentiality } from '../tracing.entities.js';
import { TRACE_DIRECTIONS, TRACE_OUTCOMES, TRACE_PRIORITIES, TRACE_STATUSES, type TraceDirection, type TraceOutcome, type TracePriority, type TraceStatus } from '../trace-rules.js';
import { NotAfterCurrentYear } from '../../../common/validation/time-rules.js';
import { QueryBoolean } from '../../../common/validation/query-boolean.js';

const ALPHA2 = /^[A-Z]{2}$/;
const LEGIBILITIES = SERIAL_LEGIBILITIES;
export const TRACE_LIST_ORDERS = ['newest', 'due'] as const;

export class TracedMarkingRequest {
  @ApiProperty({ example: 'ZASTAVA KRAGUJEVAC' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  text: string;

  @ApiPropertyOptional({ example: 'manufacture' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  type?: string;

  @ApiPropertyOptional({ example: 'left side of the receiver' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: LEGIBILITIES })
  @IsOptional()
  @IsIn(LEGIBILITIES)
  legibility?: (typeof LEGIBILITIES)[number];
}

/** The item as the ITI asks it to be described. */
export class TracedItemRequest {
  @ApiPropertyOptional({ example: 'pistol' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ example: 'Crvena Zastava' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  make?: string;

  @ApiPropertyOptional({ example: 'M57' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;

  @ApiPropertyOptional({ example: '7.62x25' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  calibre?: string;

  @ApiPropertyOptional({ example: 'ZC-104 522' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  serialNumber?: string;

  @ApiPropertyOptional({ enum: LEGIBILITIES })
  @IsOptional()
  @IsIn(LEGIBILITIES)
  serialLegibility?: (typeof LEGIBILITIES)[number];

  @ApiPropertyOptional({ type: [TracedMarkingRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TracedMarkingRequest)
  markings?: TracedMarkingRequest[];

  @ApiPropertyOptional({ example: 'RS' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  countryOfManufacture?: string;

  @ApiPropertyOptional({ example: 1987 })
  @IsOptional()
  @IsInt()
  @Min(1500)
  @NotAfterCurrentYear()
  yearOfManufacture?: number;

  @ApiPropertyOptional({ example: 'Wooden grips, crest on the slide' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  otherFeatures?: string;

  @ApiPropertyOptional({ description: 'Outgoing, on creation: the register entry the item is (a trace-search hit); never changed by an edit' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;
}

/** What every request carries besides the item: parties, context, nature, use, priority, confidentiality. */
export class TraceTermsRequest {
  @ApiPropertyOptional({ example: 'TR/2026/0001', description: 'Defaults to a generated reference' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional({ example: 'SN' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  requestingCountry?: string;

  @ApiPropertyOptional({ example: 'Police nationale, Dakar' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  requestingAgency?: string;

  @ApiPropertyOptional({ example: 'RS' })
  @IsOptional()
  @Matches(ALPHA2, { message: 'must be an ISO 3166 alpha-2 code' })
  requestedCountry?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  requestedAgency?: string;

  @ApiPropertyOptional({ description: 'When a manufacturer is asked directly' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  requestedManufacturer?: string;

  @ApiPropertyOptional({ example: 'Port of Dakar, container inspection' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  foundPlace?: string;

  @ApiPropertyOptional({ example: 'Hidden in a container declared as spare parts' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  foundCircumstances?: string;

  @ApiPropertyOptional({ example: 'Trafficked: no import licence' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  illicitNature?: string;

  @ApiPropertyOptional({ example: 'Law 2021-12 art. 42' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  legalBasis?: string;

  @ApiPropertyOptional({ example: 'Criminal investigation TGI-DKR-2026-1187' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  intendedUse?: string;

  @ApiProperty({ enum: TRACE_PRIORITIES })
  @IsIn(TRACE_PRIORITIES)
  priority: TracePriority;

  @ApiPropertyOptional({ description: 'Required when the priority is urgent' })
  @ValidateIf((o: TraceTermsRequest) => o.priority === 'urgent' || o.urgencyJustification !== undefined)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  urgencyJustification?: string;

  @ApiPropertyOptional({ enum: CONFIDENTIALITY_LEVELS, default: 'restricted' })
  @IsOptional()
  @IsIn(CONFIDENTIALITY_LEVELS)
  confidentiality?: Confidentiality;

  @ApiPropertyOptional({ example: 'For law enforcement use only; not for court without consent' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  useRestrictions?: string;

  @ApiPropertyOptional({ description: 'Overrides the default due date of the priority (ISO date-time)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;
}

/** An incoming request as received, or an outgoing one typed by hand. */
export class CreateTraceRequest extends TraceTermsRequest {
  @ApiProperty({ enum: TRACE_DIRECTIONS })
  @IsIn(TRACE_DIRECTIONS)
  direction: TraceDirection;

  @ApiProperty({ type: TracedItemRequest })
  @ValidateNested()
  @Type(() => TracedItemRequest)
  item: TracedItemRequest;

  @ApiPropertyOptional({ description: 'Incoming: when it was received (defaults to now); starts the due date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  seizureId?: string;
}

/** An outgoing request from one seized item: the description is copied from the record and its markings. */
export class TraceFromSeizureItemRequest extends TraceTermsRequest {
  @ApiProperty()
  @IsUUID()
  seizureItemId: string;
}

/**
 * A change to a request's description (PATCH): any field of creation; a field left
 * out stays as it is, null clears an optional one. The item is merged field by field.
 */
export class UpdateTraceRequest extends PartialType(TraceTermsRequest) {
  @ApiPropertyOptional({ type: TracedItemRequest, description: 'Only the item fields given change; null clears one (markings: null clears the list)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TracedItemRequest)
  item?: TracedItemRequest;

  @ApiPropertyOptional({ description: 'Incoming: corrects when it was received; the default due date follows' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional({ nullable: true, description: 'The seizure case a hand-typed request belongs to (null unlinks it)' })
  @IsOptional()
  @IsUUID()
  seizureId?: string | null;

  @ApiPropertyOptional({ description: 'Why the description changes; required to correct an incoming request (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason?: string;
}

export class SendTraceRequest {
  @ApiPropertyOptional({ description: 'When it was sent (defaults to now); starts the due date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  sentAt?: string;
}

export class TraceReplyRequest {
  @ApiProperty({ enum: ['received', 'sent'] })
  @IsIn(['received', 'sent'])
  direction: 'received' | 'sent';

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  body: string;

  @ApiPropertyOptional({ type: [String], description: 'References of attached documents (file numbers, registry ids)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  attachments?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;
}

export class ConfirmMatchRequest {
  @ApiPropertyOptional({ description: 'The candidate confirmed as the item; omit with none=true' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ description: 'None of the candidates is the item' })
  @IsOptional()
  @IsBoolean()
  none?: boolean;
}

export class AnswerTraceRequest {
  @ApiPropertyOptional({ enum: TRACE_OUTCOMES, description: 'Incoming: defaults to the outcome the chain suggests. Outgoing: required (what the requested state answered).' })
  @IsOptional()
  @IsIn(TRACE_OUTCOMES)
  outcome?: TraceOutcome;

  @ApiPropertyOptional({ description: 'Required for not_traced' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcomeReason?: string;

  @ApiPropertyOptional({ description: 'Outgoing: the answer received, summarised' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  answeredAt?: string;
}

export class CloseTraceRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ItemOutcomeRequest {
  @ApiProperty()
  @IsUUID()
  seizureItemId: string;

  @ApiProperty({ enum: TRACE_OUTCOMES })
  @IsIn(TRACE_OUTCOMES)
  outcome: TraceOutcome;

  @ApiPropertyOptional({ description: 'Required for not_traced; how the origin was established otherwise' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}


export class TraceListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRACE_DIRECTIONS })
  @IsOptional()
  @IsIn(TRACE_DIRECTIONS)
  direction?: TraceDirection;

  @ApiPropertyOptional({ enum: TRACE_STATUSES })
  @IsOptional()
  @IsIn(TRACE_STATUSES)
  status?: TraceStatus;

  @ApiPropertyOptional({ enum: TRACE_PRIORITIES })
  @IsOptional()
  @IsIn(TRACE_PRIORITIES)
  priority?: TracePriority;

  @ApiPropertyOptional({ description: 'Only requests past their due date and still waiting for an answer' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  seizureId?: string;

  @ApiPropertyOptional({ enum: TRACE_OUTCOMES, description: 'Answered requests with this outcome' })
  @IsOptional()
  @IsIn(TRACE_OUTCOMES)
  outcome?: TraceOutcome;

  @ApiPropertyOptional({ description: 'Requests about this register entry: the confirmed match of an incoming request, or the item of an outgoing one' })
  @IsOptional()
  @IsUUID()
  firearmId?: string;

  @ApiPropertyOptional({ enum: TRACE_LIST_ORDERS, default: 'newest', description: 'newest: newest first. due: the requests still waiting for an answer first, soonest due date first (an inbox)' })
  @IsOptional()
  @IsIn(TRACE_LIST_ORDERS)
  order?: (typeof TRACE_LIST_ORDERS)[number];
}

export class StatisticsQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Period start (inclusive); defaults to 1 January of the current year' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Period end (exclusive); defaults to 1 January of the next year' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'pistol' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;
}
