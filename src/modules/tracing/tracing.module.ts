import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FirearmsModule } from '../firearms/firearms.module.js';
import { MarkingsModule } from '../markings/markings.module.js';
import { SeizuresModule } from '../seizures/seizures.module.js';
import { StatisticsService } from './statistics.service.js';
import { StatisticsController, TracingController } from './tracing.controller.js';
import { TracingService } from './tracing.service.js';

/** Tracing requests in and out (ITI), their answers, seizure statistics (SDG 16.4.2) and the IAFQ export. */
@Module({
  imports: [AuditModule, MarkingsModule, FirearmsModule, SeizuresModule],
  controllers: [TracingController, StatisticsController],
  providers: [TracingService, StatisticsService],
})
export class TracingModule {}
