import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one error type services throw. The code is stable (clients and the future
 * web interface translate it); the detail is for the officer reading the screen.
 */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: { errors?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
    this.status = ERROR_STATUS[code];
  }
}
