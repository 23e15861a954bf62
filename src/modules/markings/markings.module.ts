import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { MarkingCampaignsController, MarkingsController, TraceController } from './markings.controller.js';
import { MarkingsService } from './markings.service.js';
import { TraceService } from './trace.service.js';

/** Markings, marking campaigns and the trace search. Reads firearms through SQL, so FirearmsModule can import this one. */
@Module({
  imports: [AuditModule, ReferenceModule],
  controllers: [MarkingsController, MarkingCampaignsController, TraceController],
  providers: [MarkingsService, TraceService],
  exports: [MarkingsService, TraceService],
})
export class MarkingsModule {}
