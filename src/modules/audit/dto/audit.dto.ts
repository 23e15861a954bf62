import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import type { AuditEntry } from '../audit-entry.entity.js';
import type { AuditVerification } from '../audit-verification.entity.js';
import { firstAffectedSeq, type ChainProblem } from '../hash-chain.js';

export class AuditSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'User id of the actor' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: 'firearm' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/)
  recordType?: string;

  @ApiPropertyOptional({ example: 'created' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/)
  action?: string;

  @ApiPropertyOptional({ description: 'Inclusive lower bound (ISO 8601)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ description: 'Exclusive upper bound (ISO 8601)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class RecordParams {
  @ApiProperty({ example: 'firearm' })
  @Matches(/^[a-z_]{1,40}$/)
  recordType: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  recordId: string;
}

export class AuditEntryResponse {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ description: 'Position in the sealed log (gapless, covered by the signed checkpoints); null until the worker seals the entry', type: String, nullable: true }) seq: string | null;
  @ApiProperty() recordType: string;
  @ApiProperty() recordId: string;
  @ApiProperty() action: string;
  @ApiProperty() actor: { userId: string | null; username: string; agencyId: string | null; roles: string[] };
  @ApiProperty() occurredAt: string;
  @ApiPropertyOptional() requestId: string | null;
  @ApiPropertyOptional() clientAddress: string | null;
  @ApiPropertyOptional() before: Record<string, unknown> | null;
  @ApiPropertyOptional() after: Record<string, unknown> | null;
  @ApiPropertyOptional() reason: string | null;
  @ApiProperty() hash: string;
  @ApiPropertyOptional() prevHash: string | null;
  @ApiProperty({ description: 'Fields replaced by "[redacted]" because they concern a person and the reader lacks holder.personal_data (e.g. "after.givenNames"); the hash is of the unredacted entry', type: [String] })
  redacted: string[];
}

export function toAuditEntryResponse(e: AuditEntry): AuditEntryResponse {
  return {
    id: e.id,
    seq: e.seq === null ? null : String(e.seq),
    recordType: e.recordType,
    recordId: e.recordId,
    action: e.action,
    actor: { userId: e.actorUserId, username: e.actorUsername, agencyId: e.actorAgencyId, roles: e.actorRoles },
    occurredAt: e.occurredAt.toISOString(),
    requestId: e.requestId,
    clientAddress: e.clientAddress,
    before: e.before,
    after: e.after,
    reason: e.reason,
    hash: e.hash,
    prevHash: e.prevHash,
    redacted: [],
  };
}

export interface RecordVerificationResponse {
  recordType: string;
  recordId: string;
  entriesChecked: number;
  intact: boolean;
  problem: ChainProblem | null;
}

export interface VerificationResponse {
  id: string;
  status: string;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  entriesChecked: number;
  recordsChecked: number;
  intact: boolean | null;
  problems: ChainProblem[];
  /** The earliest sealed position a problem lies at, or may lie at (a checkpoint interval's first). */
  firstAffectedSeq: string | null;
  error: string | null;
}

export function toVerificationResponse(v: AuditVerification): VerificationResponse {
  return {
    id: v.id,
    status: v.status,
    requestedAt: v.requestedAt.toISOString(),
    startedAt: v.startedAt?.toISOString() ?? null,
    finishedAt: v.finishedAt?.toISOString() ?? null,
    entriesChecked: Number(v.entriesChecked),
    recordsChecked: Number(v.recordsChecked),
    intact: v.status === 'completed' ? v.problems.length === 0 : null,
    problems: v.problems,
    firstAffectedSeq: firstAffectedSeq(v.problems),
    error: v.error,
  };
}

