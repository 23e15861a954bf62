import { ApiProperty } from '@nestjs/swagger';
import type { SameShape } from '../../../common/http/responds.js';
import type { AuditController } from '../audit.controller.js';
import type { toAuditEntryResponse, toVerificationResponse } from './audit.dto.js';

const textOrNull = { type: String, nullable: true } as const;
const jsonOrNull = { type: 'object', additionalProperties: true, nullable: true } as const;

export class AuditActorResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for the system.' }) userId: string | null;
  @ApiProperty() username: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty({ type: [String] }) roles: string[];
}

export class AuditEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Global gapless sequence number (a bigint, as a string).', example: '1024' }) seq: string;
  @ApiProperty({ example: 'firearm' }) recordType: string;
  @ApiProperty({ description: 'The record id: a uuid, or the code of reference data.' }) recordId: string;
  @ApiProperty({ example: 'created' }) action: string;
  @ApiProperty({ type: AuditActorResponse }) actor: AuditActorResponse;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ ...textOrNull, description: 'The HTTP request id (X-Request-Id).' }) requestId: string | null;
  @ApiProperty(textOrNull) clientAddress: string | null;
  @ApiProperty(jsonOrNull) before: Record<string, unknown> | null;
  @ApiProperty(jsonOrNull) after: Record<string, unknown> | null;
  @ApiProperty(textOrNull) reason: string | null;
  @ApiProperty() hash: string;
  @ApiProperty({ ...textOrNull, description: 'Null for the first entry of the chain.' }) prevHash: string | null;
}
true satisfies SameShape<AuditEntryResponse, ReturnType<typeof toAuditEntryResponse>>;

/** One broken link of the hash chain. */
export class ChainProblemResponse {
  @ApiProperty(textOrNull) recordType: string | null;
  @ApiProperty({ ...textOrNull, description: 'A uuid, or the code of reference data.' }) recordId: string | null;
  @ApiProperty() seq: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entryId: string | null;
  @ApiProperty({ enum: ['content_altered', 'chain_broken', 'entry_missing'] }) problem: 'content_altered' | 'chain_broken' | 'entry_missing';
  @ApiProperty() detail: string;
}

export class RecordVerificationResponse {
  @ApiProperty() recordType: string;
  @ApiProperty({ description: 'A uuid, or the code of reference data.' }) recordId: string;
  @ApiProperty({ type: 'integer' }) entriesChecked: number;
  @ApiProperty() intact: boolean;
  @ApiProperty({ type: ChainProblemResponse, nullable: true, description: 'The first broken link.' }) problem: ChainProblemResponse | null;
}
true satisfies SameShape<RecordVerificationResponse, Awaited<ReturnType<AuditController['verifyRecord']>>>;

/** A verification of the whole trail, run in the background. */
export class VerificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
  @ApiProperty({ type: 'integer' }) entriesChecked: number;
  @ApiProperty({ type: 'integer' }) recordsChecked: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null until completed.' }) intact: boolean | null;
  @ApiProperty({ type: [ChainProblemResponse] }) problems: ChainProblemResponse[];
  @ApiProperty(textOrNull) error: string | null;
}
true satisfies SameShape<VerificationResponse, ReturnType<typeof toVerificationResponse>>;
