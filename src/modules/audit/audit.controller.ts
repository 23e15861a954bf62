import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { AuditService } from './audit.service.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditVerificationService } from './audit-verification.service.js';
import { AuditSearchQuery, RecordParams, toVerificationResponse } from './dto/audit.dto.js';
import { Responds } from '../../common/http/responds.js';
import { AuditEntryResponse, CheckpointPageResponse, ProofBundleResponse, PublicKeyResponse, RecordVerificationResponse, SealRequestedResponse, ServedCheckpointResponse, VerificationResponse } from './dto/audit.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly log: AuditLogService,
    private readonly verifications: AuditVerificationService,
  ) {}

  /** Search the trail by actor, record type, action and time range, newest first; person fields redacted without holder.personal_data. */
  @Responds(AuditEntryResponse, { list: true })
  @Get('entries')
  @Permission('audit.read')
  async search(@Query() query: AuditSearchQuery, @CurrentActor() actor: Actor) {
    const [entries, total] = await this.log.search({ ...query, actorUserId: query.actor }, personalData(actor));
    return pageOf(entries, total, query, (e) => e);
  }

  /** The trail of one record, newest first; person fields redacted without holder.personal_data. */
  @Responds(AuditEntryResponse, { list: true })
  @Get('records/:recordType/:recordId')
  @Permission('audit.read')
  async trail(@Param() params: RecordParams, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    const [entries, total] = await this.log.trail(params.recordType, params.recordId, query.limit, query.offset, personalData(actor));
    return pageOf(entries, total, query, (e) => e);
  }

  /** Whether one record's chain is intact, and its first broken link if not. */
  @Responds(RecordVerificationResponse)
  @Get('records/:recordType/:recordId/verification')
  @Permission('audit.verify')
  async verifyRecord(@Param() params: RecordParams) {
    const result = await this.audit.verifyRecord(params.recordType, params.recordId);
    return { ...params, entriesChecked: result.entriesChecked, intact: result.problem === null, problem: result.problem };
  }

  /**
   * The record's sealed entries, each with its inclusion proof in the latest signed checkpoint:
   * verifiable offline with the public key alone (`verify-audit --proof FILE --public-key FILE`).
   */
  @Responds(ProofBundleResponse)
  @Get('records/:recordType/:recordId/proof')
  @Permission('audit.verify')
  async proof(@Param() params: RecordParams, @CurrentActor() actor: Actor) {
    return this.log.proof(params.recordType, params.recordId, personalData(actor));
  }

  /** The latest signed checkpoint: number of sealed entries and the Merkle root over them. */
  @Responds(ServedCheckpointResponse)
  @Get('checkpoints/latest')
  @Permission('audit.read')
  async latestCheckpoint() {
    return this.log.latestCheckpoint();
  }

  /** Every signed checkpoint, newest first, each with its consistency proof from the one before. */
  @Responds(CheckpointPageResponse)
  @Get('checkpoints')
  @Permission('audit.read')
  async checkpoints(@Query() query: PageQuery) {
    return this.log.checkpoints(query.limit, query.offset);
  }

  /** The Ed25519 public key checkpoints are signed with. */
  @Responds(PublicKeyResponse)
  @Get('checkpoints/public-key')
  @Permission('audit.read')
  async publicKey() {
    return this.log.publicKey();
  }

  /** Seal the trail now (the worker also does within AUDIT_SEAL_INTERVAL_SECONDS of new entries). */
  @Responds(SealRequestedResponse, { description: 'Queued; the checkpoint appears in GET /audit/checkpoints/latest.', errors: [] })
  @Post('checkpoints')
  @HttpCode(202)
  @Permission('audit.verify')
  async seal() {
    return this.log.requestSeal();
  }

  /** Start a verification of the whole trail, against the registry's own checkpoints, in the background. */
  @Responds(VerificationResponse, { description: 'Queued; poll GET /audit/verifications/{id}.', errors: [] })
  @Post('verifications')
  @HttpCode(202)
  @Permission('audit.verify')
  async requestVerification() {
    return toVerificationResponse(await this.verifications.request());
  }

  @Responds(VerificationResponse)
  @Get('verifications/:id')
  @Permission('audit.verify')
  async verification(@Param('id', new ParseUUIDPipe()) id: string) {
    return toVerificationResponse(await this.verifications.get(id));
  }
}
