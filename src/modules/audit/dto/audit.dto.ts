import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import type { AuditEntry } from '../audit-entry.entity.js';
import type { AuditVerification } from '../audit-verification.entity.js';
import type { ChainProblem } from '../hash-chain.js';

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
  @ApiProperty({ description: 'Global gapless sequence number' }) seq: string;
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
}

export function toAuditEntryResponse(e: AuditEntry): AuditEntryResponse {
  return {
    id: e.id,
    seq: String(e.seq),
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
    error: v.error,
  };
}
