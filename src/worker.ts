import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { RegistryLogger } from './common/logging/registry-logger.js';
import { loadConfig } from './config/app-config.js';
import { preflight } from './common/database/preflight.js';
import { assertSchemaCurrent } from './common/database/schema-check.js';
import { exitOnStartupFailure } from './common/startup.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await assertSchemaCurrent(config);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(RegistryLogger));
  app.enableShutdownHooks();
  await app.init();
}

bootstrap().catch(exitOnStartupFailure);
