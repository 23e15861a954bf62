import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Honours a caller's X-Request-Id when it looks sane, so traces join up across services. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export function loggerParams(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (request, response) => {
        const id = requestIdOf(request);
        response.setHeader('X-Request-Id', id);
        return id;
      },
      // Credentials and tokens never reach the logs.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.headers["set-cookie"]', '*.password', '*.newPassword', '*.currentPassword', '*.refreshToken'],
        censor: '[redacted]',
      },
      customProps: (request) => ({ requestId: (request as IncomingMessage & { id?: unknown }).id }),
      autoLogging: { ignore: (request) => request.url === '/api/health' },
    },
  };
}
