import { tmpdir } from 'node:os';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../../config/app-config.js';
import { AuditModule } from '../audit/audit.module.js';
import { HoldersModule } from '../holders/holders.module.js';
import { FirearmsModule } from '../firearms/firearms.module.js';
import { MarkingsModule } from '../markings/markings.module.js';
import { SeizuresModule } from '../seizures/seizures.module.js';
import { ImportRunner } from './import-runner.js';
import { ImportKinds } from './import-kinds.js';
import { ImportSweep } from './import-sweep.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';
import { FirearmsImport } from './kinds/firearms.import.js';
import { HoldersImport } from './kinds/holders.import.js';
import { LicencesImport } from './kinds/licences.import.js';
import { MarkingsImport } from './kinds/markings.import.js';
import { SeizureItemsImport } from './kinds/seizure-items.import.js';

@Module({
  imports: [
    AuditModule,
    HoldersModule,
    MarkingsModule,
    FirearmsModule,
    SeizuresModule,
    // Uploads stream to disk (never into memory), refused past the configured size.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ dest: tmpdir(), limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1 } }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ImportsService, ImportRunner, ImportSweep, ImportKinds, FirearmsImport, HoldersImport, LicencesImport, MarkingsImport, SeizureItemsImport],
  exports: [ImportsService, ImportRunner, ImportSweep],
})
export class ImportsModule {}
