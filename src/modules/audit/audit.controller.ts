import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationService } from './audit-verification.service.js';
import { AuditSearchQuery, RecordParams, toAuditEntryResponse, toVerificationResponse } from './dto/audit.dto.js';
import { Responds } from '../../common/http/responds.js';
import { AuditEntryResponse, RecordVerificationResponse, VerificationResponse } from './dto/audit.openapi.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly verifications: AuditVerificationService,
  ) {}

  /** Search the trail by actor, record type, action and time range, newest first. */
  @Responds(AuditEntryResponse, { list: true })
  @Get('entries')
  @Permission('audit.read')
  async search(@Query() query: AuditSearchQuery) {
    const [entries, total] = await this.audit.search({ ...query, actorUserId: query.actor });
    return pageOf(entries, total, query, toAuditEntryResponse);
  }

  /** The trail of one record, newest first. */
  @Responds(AuditEntryResponse, { list: true })
  @Get('records/:recordType/:recordId')
  @Permission('audit.read')
  async trail(@Param() params: RecordParams, @Query() query: PageQuery) {
    const [entries, total] = await this.audit.trailOf(params.recordType, params.recordId, query.limit, query.offset);
    return pageOf(entries, total, query, toAuditEntryResponse);
  }

  /** Whether one record's chain is intact, and its first broken link if not. */
  @Responds(RecordVerificationResponse)
  @Get('records/:recordType/:recordId/verification')
  @Permission('audit.verify')
  async verifyRecord(@Param() params: RecordParams) {
    const result = await this.audit.verifyRecord(params.recordType, params.recordId);
    return { ...params, entriesChecked: result.entriesChecked, intact: result.problem === null, problem: result.problem };
  }

  /** Start a verification of the whole trail in the background. */
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
