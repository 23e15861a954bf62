import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_STATUS, type ErrorCode, titleOf } from './error-codes.js';
import { DomainError, type FieldProblem } from './domain-error.js';
import { isPoolExhausted } from '../database/pool.js';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId?: string;
  errors?: FieldProblem[];
  [key: string]: unknown;
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'AUTHENTICATION_REQUIRED',
  403: 'PERMISSION_DENIED',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turns anything thrown while handling a request into RFC 9457 problem+json. */
export function toProblem(error: unknown, request: Pick<Request, 'originalUrl' | 'url'> & { id?: unknown }): ProblemDocument {
  let code: ErrorCode = 'INTERNAL_ERROR';
  let detail = 'An unexpected error occurred; it has been logged with the request id.';
  let extras: Record<string, unknown> = {};

  // Nest wraps body-parser's errors in an HttpException; the original says what went wrong.
  const bodyError = isBodyParserError(error) ? error : error instanceof HttpException && isBodyParserError(error.cause) ? error.cause : null;
  if (error instanceof DomainError) {
    code = error.code;
    detail = error.detail;
    extras = error.extras;
  } else if (isPoolExhausted(error)) {
    // Overload: refused at once with a hint, so clients back off instead of piling up.
    code = 'SERVICE_UNAVAILABLE';
    detail = 'The registry is busy; try again in a moment.';
    extras = { retryAfterSeconds: 1 };
  } else if (bodyError) {
    code = bodyError.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : bodyError.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : 'VALIDATION_FAILED';
    detail =
      code === 'PAYLOAD_TOO_LARGE'
        ? `The request body exceeds the limit of ${bodyError.limit} bytes.`
        : code === 'MALFORMED_JSON'
          ? 'The request body is not valid JSON.'
          : bodyError.message;
  } else if (isBackendUnavailable(error)) {
    // Redis or PostgreSQL unreachable: an honest "try again shortly", not an internal error.
    code = 'SERVICE_UNAVAILABLE';
    detail = 'A service the registry depends on is unreachable; try again shortly.';
    extras = { retryAfterSeconds: RETRY_AFTER_UNAVAILABLE_SECONDS };
  } else if (error instanceof HttpException) {
    const status = error.getStatus();
    code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
    detail = code === 'ROUTE_NOT_FOUND' ? `No route ${request.originalUrl ?? request.url}.` : error.message;
  }

  return {
    type: `urn:firearms-registry:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: titleOf(code),
    status: ERROR_STATUS[code],
    detail,
    code,
    instance: request.originalUrl ?? request.url,
    ...(request.id ? { requestId: String(request.id) } : {}),
    ...extras,
  };
}

const RETRY_AFTER_UNAVAILABLE_SECONDS = 10;
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * ioredis gives up on a command after its retries (MaxRetriesPerRequestError) or when
 * its connection is closed; pg reports a refused or dropped connection by errno code.
 */
function isBackendUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return error.name === 'MaxRetriesPerRequestError' || error.message === 'Connection is closed.' || error.message.startsWith('Connection terminated') || (typeof code === 'string' && UNREACHABLE.has(code));
}

function isBodyParserError(error: unknown): error is { type: string; limit?: number; message: string } {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string' && 'expose' in error;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: unknown }>();
    const response = http.getResponse<Response>();
    const problem = toProblem(error, request);
    if (problem.status >= 500) this.logger.error({ err: error, code: problem.code }, 'request failed');
    if (typeof problem.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    response.status(problem.status).type('application/problem+json').json(problem);
  }
}
