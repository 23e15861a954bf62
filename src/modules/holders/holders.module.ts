import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { HoldersController, LicencesController } from './holders.controller.js';
import { HoldersService } from './holders.service.js';
import { LicencesService } from './licences.service.js';

@Module({
  imports: [AuditModule, ReferenceModule],
  controllers: [HoldersController, LicencesController],
  providers: [HoldersService, LicencesService],
  exports: [HoldersService, LicencesService],
})
export class HoldersModule {}
