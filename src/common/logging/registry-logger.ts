import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';
import { RequestContext } from '../context/request-context.js';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's start-up chatter (one line per module and per route: some 190 at boot) is
 * for whoever debugs the framework, not for an operator reading the console.
 */
const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Nest passes the context last and, for errors, a stack before it. */
function split(params: unknown[]): { context?: string; stack?: string } {
  const rest = [...params];
  const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
  const stack = typeof rest[0] === 'string' && rest[0].includes('\n') ? rest[0] : undefined;
  return { context, stack };
}

/**
 * One JSON line per event, through pino, for the API and the worker alike; lines
 * written while serving a request (or a job) carry its request id.
 */
export class RegistryLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  static create(level: string): RegistryLogger {
    return new RegistryLogger(pino({ level, base: { pid: process.pid } }));
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const { context, stack } = split(params);
    const effective: Level = level === 'info' && context && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : level;
    if (!this.pino.isLevelEnabled(effective)) return;
    const bindings: Record<string, unknown> = {};
    if (context) bindings.context = context;
    const requestId = RequestContext.current()?.requestId;
    if (requestId) bindings.requestId = requestId;
    if (message instanceof Error) {
      this.pino[effective]({ ...bindings, err: message }, message.message);
    } else if (message !== null && typeof message === 'object') {
      this.pino[effective]({ ...bindings, ...(message as object) });
    } else {
      if (stack) bindings.stack = stack;
      this.pino[effective](bindings, String(message));
    }
  }
}
