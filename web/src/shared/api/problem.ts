/**
 * The API's errors are RFC 9457 problem+json with a stable `code` (mirrors
 * ProblemDocument in src/common/errors/problem.filter.ts). The interface words the
 * code in the user's language; `detail` is English and only a fallback.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  detail?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  lockedUntil?: string;
  reason?: string;
  [key: string]: unknown;
}

/** Thrown by the query helpers when the API answers with an error (or not at all). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.detail ?? ''}`);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problem.code;
  }

  /** The field problems, by field name, for forms to show next to their inputs. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/** Reads a problem out of an error body, whatever arrived (a proxy's HTML page, nothing at all). */
export function toProblem(body: unknown, response: Pick<Response, 'status' | 'headers'>): Problem {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const base: Problem =
    typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string'
      ? { ...(body as Problem), status: response.status }
      : { status: response.status, code: response.status >= 500 || response.status === 0 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR' };
  if (base.retryAfterSeconds === undefined && Number.isFinite(retryAfter) && retryAfter > 0) base.retryAfterSeconds = retryAfter;
  return base;
}

export const NETWORK_PROBLEM: Problem = { status: 0, code: 'NETWORK_UNREACHABLE' };

/** Unwraps an openapi-fetch result: the data, or an ApiError with the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) throw new ApiError(toProblem(result.error, result.response));
  return result.data as T;
}
