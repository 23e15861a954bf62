import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FirearmsModule } from '../firearms/firearms.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CustodyService } from './custody.service.js';
import { HitAlertsService } from './hit-alerts.service.js';
import { HitAlertsController, SeizureItemsController, SeizuresController, StorageFacilitiesController } from './seizures.controller.js';
import { SeizuresService } from './seizures.service.js';

@Module({
  imports: [AuditModule, ReferenceModule, FirearmsModule],
  controllers: [SeizuresController, SeizureItemsController, StorageFacilitiesController, HitAlertsController],
  providers: [SeizuresService, CustodyService, HitAlertsService],
  exports: [SeizuresService, CustodyService],
})
export class SeizuresModule {}
