import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { HoldersModule } from '../holders/holders.module.js';
import { MarkingsModule } from '../markings/markings.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AmmunitionService } from './ammunition.service.js';
import { AmmunitionController, FirearmsController, PartsController } from './firearms.controller.js';
import { FirearmsBulkService } from './firearms-bulk.service.js';
import { FirearmsService } from './firearms.service.js';

@Module({
  imports: [AuditModule, ReferenceModule, HoldersModule, MarkingsModule],
  controllers: [FirearmsController, PartsController, AmmunitionController],
  providers: [FirearmsService, FirearmsBulkService, AmmunitionService],
  exports: [FirearmsService, FirearmsBulkService, AmmunitionService],
})
export class FirearmsModule {}
