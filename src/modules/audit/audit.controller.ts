import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationService } from './audit-verification.service.js';
import { AuditSearchQuery, RecordParams, toAuditEntryResponse, toVerificationResponse } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly verifications: AuditVerificationService,
  ) {}

  /** Search the trail by actor, record type, action and time range, newest first. */
  @Get('entries')
  @Permission('audit.read')
  async search(@Query() query: AuditSearchQuery) {
    const [entries, total] = await this.audit.search({ ...query, actorUserId: query.actor });
    return pageOf(entries, total, query, toAuditEntryResponse);
  }

  /** The trail of one record, newest first. */
  @Get('records/:recordType/:recordId')
  @Permission('audit.read')
  async trail(@Param() params: RecordParams, @Query() query: PageQuery) {
    const [entries, total] = await this.audit.trailOf(params.recordType, params.recordId, query.limit, query.offset);
    return pageOf(entries, total, query, toAuditEntryResponse);
  }

  /** Whether one record's chain is intact, and its first broken link if not. */
  @Get('records/:recordType/:recordId/verification')
  @Permission('audit.verify')
  async verifyRecord(@Param() params: RecordParams) {
    const result = await this.audit.verifyRecord(params.recordType, params.recordId);
    return { ...params, entriesChecked: result.entriesChecked, intact: result.problem === null, problem: result.problem };
  }

  /** Start a verification of the whole trail in the background. */
  @Post('verifications')
  @HttpCode(202)
  @Permission('audit.verify')
  @ApiAcceptedResponse({ description: 'Queued; poll GET /audit/verifications/{id}.' })
  async requestVerification() {
    return toVerificationResponse(await this.verifications.request());
  }

  @Get('verifications/:id')
  @Permission('audit.verify')
  async verification(@Param('id', new ParseUUIDPipe()) id: string) {
    return toVerificationResponse(await this.verifications.get(id));
  }
}
