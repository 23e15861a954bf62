import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/app-config.js';
import { preflight } from './common/database/preflight.js';
import { configureApp } from './common/http/configure-app.js';
import { assertSchemaCurrent } from './common/database/schema-check.js';
import { exitOnStartupFailure } from './common/startup.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  await assertSchemaCurrent(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  await app.listen(config.PORT);
}

bootstrap().catch(exitOnStartupFailure);
