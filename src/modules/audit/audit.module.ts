import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditVerificationService } from './audit-verification.service.js';
import { AuditSealer } from './audit-sealer.service.js';
import { AuditLogService } from './audit-log.service.js';
import { CheckpointStore } from './checkpoint-store.js';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditVerificationService, AuditSealer, AuditLogService, CheckpointStore],
  exports: [AuditService, AuditVerificationService, AuditSealer, AuditLogService, CheckpointStore],
})
export class AuditModule {}
