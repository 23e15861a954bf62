import { Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './common/database/database.module.js';
import { QueueModule } from './common/queue/queue.module.js';
import { LoggingModule } from './common/logging/logging.module.js';
import { ClockModule } from './common/clock/clock.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { HoldersModule } from './modules/holders/holders.module.js';
import { FirearmsModule } from './modules/firearms/firearms.module.js';
import { MarkingsModule } from './modules/markings/markings.module.js';
import { SeizuresModule } from './modules/seizures/seizures.module.js';
import { TransfersModule } from './modules/transfers/transfers.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { TracingModule } from './modules/tracing/tracing.module.js';

/** The API process: HTTP controllers over the shared domain modules. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    QueueModule,
    ClockModule,
    HealthModule,
    AuditModule,
    IdentityModule,
    ReferenceModule,
    HoldersModule,
    FirearmsModule,
    MarkingsModule,
    SeizuresModule,
    TransfersModule,
    ImportsModule,
    TracingModule,
  ],
})
export class AppModule {}
