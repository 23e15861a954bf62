import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationService } from './audit-verification.service.js';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditVerificationService],
  exports: [AuditService, AuditVerificationService],
})
export class AuditModule {}
