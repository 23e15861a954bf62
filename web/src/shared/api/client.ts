import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, NETWORK_PROBLEM } from './problem';

/** Every API path is relative to /api (the OpenAPI document's server). */
export const API_BASE = '/api';

export interface AuthHooks {
  /** The access token to send, if signed in. */
  accessToken(): string | null;
  /** One refresh for every concurrent 401; resolves to the new access token or null when the session is over. */
  refresh(): Promise<string | null>;
}

const signedOut: AuthHooks = { accessToken: () => null, refresh: async () => null };

/** Codes that mean "the access token no longer works", as opposed to a wrong password or a refusal. */
const TOKEN_PROBLEMS = new Set(['INVALID_TOKEN', 'AUTHENTICATION_REQUIRED']);
const NO_RETRY = ['/auth/sign-in', '/auth/refresh'];

async function tokenProblem(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  try {
    const body = (await response.clone().json()) as { code?: string };
    return TOKEN_PROBLEMS.has(body.code ?? '');
  } catch {
    return true;
  }
}

/**
 * fetch with the bearer token; on an expired token it waits for the shared refresh and
 * replays the request once. A 401 for a wrong password (INVALID_CREDENTIALS) is passed
 * through untouched, so a form can show it next to the field.
 */
export function authFetch(hooks: () => AuthHooks, base: (request: Request) => Promise<Response>) {
  return async (input: Request): Promise<Response> => {
    const replay = input.clone();
    const send = (request: Request, token: string | null) => {
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return base(request).catch(() => {
        throw new ApiError(NETWORK_PROBLEM);
      });
    };
    const response = await send(input, hooks().accessToken());
    if (NO_RETRY.some((path) => new URL(input.url).pathname.endsWith(path)) || !(await tokenProblem(response))) return response;
    const token = await hooks().refresh();
    return token ? send(replay, token) : response;
  };
}

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** A typed client; tests pass their own fetch, the app uses `api` below. */
export function createApi(options: { fetch?: (request: Request) => Promise<Response>; baseUrl?: string } = {}) {
  let hooks = signedOut;
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? API_BASE, fetch: authFetch(() => hooks, options.fetch ?? ((request) => globalThis.fetch(request))) });
  return Object.assign(client, {
    setAuthHooks(next: AuthHooks | null) {
      hooks = next ?? signedOut;
    },
  });
}

export const api = createApi();
