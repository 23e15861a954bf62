import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ type: String, nullable: true, description: 'Position in the sealed log (gapless, covered by the signed checkpoints; a bigint as a string); null until the worker seals the entry.', example: '1024' }) seq: string | null;
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
  @ApiProperty({ type: [String], description: 'Fields shown as "[redacted]" because they concern a person and the reader lacks holder.personal_data (e.g. "after.givenNames"); the hash is of the unredacted entry.' }) redacted: string[];
}
true satisfies SameShape<AuditEntryResponse, ReturnType<typeof toAuditEntryResponse>>;

/** One broken link of the hash chain. */
export class ChainProblemResponse {
  @ApiProperty(textOrNull) recordType: string | null;
  @ApiProperty({ ...textOrNull, description: 'A uuid, or the code of reference data.' }) recordId: string | null;
  @ApiProperty({ ...textOrNull, description: 'The sealed position; null for an entry not sealed yet.' }) seq: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entryId: string | null;
  @ApiProperty({ enum: ['content_altered', 'chain_broken', 'entry_missing', 'entry_out_of_order', 'checkpoint_mismatch', 'checkpoint_invalid'] })
  problem: 'content_altered' | 'chain_broken' | 'entry_missing' | 'entry_out_of_order' | 'checkpoint_mismatch' | 'checkpoint_invalid';
  @ApiProperty() detail: string;
  @ApiPropertyOptional({ description: 'The last sealed position the problem may lie in, when it is located within a checkpoint interval.' }) lastSeq?: string;
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
  @ApiProperty({ ...textOrNull, description: 'The first sealed position a problem affects.' }) firstAffectedSeq: string | null;
  @ApiProperty(textOrNull) error: string | null;
}
true satisfies SameShape<VerificationResponse, ReturnType<typeof toVerificationResponse>>;

/** What a checkpoint signs: the size of the sealed log and its Merkle root (RFC 9162). */
export class CheckpointBodyResponse {
  @ApiProperty({ description: 'The registry this log belongs to.' }) origin: string;
  @ApiProperty({ type: 'integer', description: 'Entries sealed: positions 1..size.' }) size: number;
  @ApiProperty({ description: 'RFC 9162 Merkle tree hash of the sealed entries, hex.' }) rootHash: string;
  @ApiProperty({ format: 'date-time' }) sealedAt: string;
  @ApiProperty({ description: 'First 16 hex digits of the SHA-256 of the public key.' }) keyId: string;
}

export class ConsistencyProofResponse {
  @ApiProperty({ type: 'integer', description: 'The size of the checkpoint before this one.' }) fromSize: number;
  @ApiProperty({ type: [String] }) proof: string[];
}

/** A signed checkpoint as served, with its consistency proof from the one before; all null before the first seal. */
export class ServedCheckpointResponse {
  @ApiProperty({ type: CheckpointBodyResponse, nullable: true }) checkpoint: CheckpointBodyResponse | null;
  @ApiProperty({ ...textOrNull, description: 'Ed25519 signature of the canonical JSON of `checkpoint`, base64.' }) signature: string | null;
  @ApiProperty({ type: ConsistencyProofResponse, nullable: true }) consistency: ConsistencyProofResponse | null;
}

export class CheckpointPageResponse {
  @ApiProperty({ type: [ServedCheckpointResponse] }) items: ServedCheckpointResponse[];
  @ApiProperty({ type: 'object', properties: { limit: { type: 'integer' }, offset: { type: 'integer' }, total: { type: 'integer' }, totalIsExact: { type: 'boolean' } } })
  page: { limit: number; offset: number; total: number; totalIsExact: boolean };
}

export class PublicKeyResponse {
  @ApiProperty({ example: 'Ed25519' }) algorithm: string;
  @ApiProperty() keyId: string;
  @ApiProperty({ description: 'SPKI, PEM.' }) publicKeyPem: string;
}

export class SealRequestedResponse {
  @ApiProperty({ enum: [true] }) queued: true;
}

/** A record's sealed entries with their inclusion proofs and the signed checkpoint: verifiable offline with the public key. */
export class ProofBundleResponse {
  @ApiProperty() format: string;
  @ApiProperty() recordType: string;
  @ApiProperty() recordId: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{ checkpoint, signature }, as in ServedCheckpoint.' }) checkpoint: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Each { entry, inclusionProof }.' }) entries: Record<string, unknown>[];
  @ApiProperty({ type: 'integer', description: 'Entries of the record written after the checkpoint: not in this proof yet.' }) unsealedEntries: number;
}
