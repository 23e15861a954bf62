import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import path from 'node:path';
import { AppConfig } from '../../config/app-config.js';
import { securityHeaders } from '../../modules/web/security-headers.js';
import { webInterface } from '../../modules/web/web-interface.js';
import { projectRoot } from '../project-root.js';
import { RequestContext } from '../context/request-context.js';
import { ProblemFilter } from '../errors/problem.filter.js';
import { registryValidationPipe } from '../errors/validation.js';
import { refuseHostileInput } from './hostile-input.js';
import { RegistryLogger } from '../logging/registry-logger.js';
import { requestIdOf, requestLog } from '../logging/request-log.js';
import { API_PREFIX, setUpOpenApi } from './openapi.js';

/**
 * Everything the HTTP stack needs beyond the module graph, shared by main.ts and
 * the e2e harness so tests exercise exactly what production serves.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  const logger = app.get(RegistryLogger);
  app.useLogger(logger);
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY.split(',').map((p) => p.trim()));
  // Every API route lives under /api so that the web interface owns every other path.
  app.setGlobalPrefix(API_PREFIX);
  app.use((request: Request & { id?: string }, response: Response, next: NextFunction) => {
    const requestId = requestIdOf(request);
    request.id = requestId;
    response.setHeader('X-Request-Id', requestId);
    RequestContext.run({ requestId, clientAddress: request.ip ?? null, actor: null }, next);
  });
  app.use(requestLog(logger.pino));
  app.use(securityHeaders());
  // The web interface, same origin: every GET outside /api (Nest's router never sees them).
  app.use(webInterface(config.WEB_DIST_DIR ?? path.join(projectRoot(), 'web', 'dist')));
  const origins = (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  app.enableCors(origins.length > 0 ? { origin: origins, exposedHeaders: ['X-Request-Id'] } : { origin: false });
  app.useBodyParser('json', { limit: config.BODY_LIMIT_BYTES });
  app.use(refuseHostileInput);
  app.useGlobalPipes(registryValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
}
