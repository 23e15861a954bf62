import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/app-config.js';
import { preflight } from './common/database/preflight.js';
import { configureApp } from './common/http/configure-app.js';
import { assertSchemaCurrent } from './common/database/schema-check.js';
import { exitOnStartupFailure, PortInUseError } from './common/startup.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await assertSchemaCurrent(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  await app.listen(config.PORT).catch(async (error: NodeJS.ErrnoException) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    await app.close().catch(() => undefined);
    throw new PortInUseError(config.PORT);
  });
  // The one start-up line at info: everything Nest says while booting is debug.
  new Logger('Registry').log(`API listening on port ${config.PORT}`);
}

bootstrap().catch(exitOnStartupFailure);
