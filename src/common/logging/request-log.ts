import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Honours a caller's X-Request-Id when it looks sane, so traces join up across services. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Probes hit every few seconds (load balancers, compose health checks): a line each would drown the log. */
const PROBES = new Set(['/api/health', '/api/ready']);

/**
 * One line per request: method, path, status, time. No headers at all (so no
 * Authorization, cookies or Set-Cookie), no body, and no query string, which can
 * hold a person's name or a serial searched for.
 */
export function requestLog(logger: Pino) {
  return pinoHttp({
    logger,
    genReqId: (request) => (request as IncomingMessage & { id?: string }).id ?? requestIdOf(request),
    serializers: {
      req: (request: { id?: unknown; method?: string; url?: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url?.split('?')[0],
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    // Defence in depth, should a serializer above ever widen.
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.headers["set-cookie"]', '*.password', '*.newPassword', '*.currentPassword', '*.refreshToken'],
      censor: '[redacted]',
    },
    customProps: (request: IncomingMessage) => ({ requestId: (request as IncomingMessage & { id?: unknown }).id }),
    autoLogging: { ignore: (request: IncomingMessage) => PROBES.has(request.url?.split('?')[0] ?? '') },
  }) as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
