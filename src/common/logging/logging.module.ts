import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { RegistryLogger } from './registry-logger.js';

/** The process's one logger, at LOG_LEVEL; main.ts and worker.ts hand it to Nest. */
@Global()
@Module({
  providers: [{ provide: RegistryLogger, inject: [AppConfig], useFactory: (config: AppConfig) => RegistryLogger.create(config.LOG_LEVEL) }],
  exports: [RegistryLogger],
})
export class LoggingModule {}
