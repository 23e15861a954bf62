import type { AuthHooks, createApi } from '../../shared/api/client';
import { ApiError, unwrap } from '../../shared/api/problem';
import type { ResponseOf } from '../../shared/api/types';

/** Mirrors ProfileResponse in src/modules/identity/dto/auth.dto.ts. */
export interface ProfileDto {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  roles: string[];
  permissions: string[];
  mustChangePassword: boolean;
}

/** Mirrors toTokenResponse in src/modules/identity/dto/auth.dto.ts. */
export interface TokenDto {
  tokenType: string;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: ProfileDto;
}

export type Profile = ResponseOf<'AuthController_me', ProfileDto>;
type Tokens = ResponseOf<'AuthController_signIn', TokenDto>;

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed_out'; reason: 'signed_out' | 'expired' | 'idle' | null }
  | { status: 'signed_in'; profile: Profile }
  /** The session ended under an open screen: the screen stays (and what was typed), a sign-in dialog covers it. */
  | { status: 'expired'; profile: Profile; reason: 'expired' | 'idle' };

const REFRESH_KEY = 'registry.refreshToken';

export interface SessionStore extends AuthHooks {
  state(): SessionState;
  subscribe(listener: () => void): () => void;
  restore(): Promise<void>;
  signIn(username: string, password: string): Promise<Profile>;
  signOut(reason?: 'signed_out' | 'idle'): Promise<void>;
  /** The access token stopped working and could not be renewed, or the user was idle too long. */
  expire(reason: 'expired' | 'idle'): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

/**
 * Who is signed in, and the tokens. The access token lives in memory only; the refresh
 * token in sessionStorage (this tab), so a reload or a deep link keeps the session.
 * Refresh tokens rotate and work once, hence one refresh at a time for all requests.
 */
export function createSessionStore(api: ReturnType<typeof createApi>, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = sessionStorageOrNull()): SessionStore {
  let state: SessionState = { status: 'restoring' };
  let accessToken: string | null = null;
  let refreshing: Promise<string | null> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const keep = (tokens: Tokens) => {
    accessToken = tokens.accessToken;
    storage?.setItem(REFRESH_KEY, tokens.refreshToken);
    set({ status: 'signed_in', profile: tokens.user });
  };
  const forget = () => {
    accessToken = null;
    storage?.removeItem(REFRESH_KEY);
  };

  async function renew(): Promise<string | null> {
    const refreshToken = storage?.getItem(REFRESH_KEY);
    if (!refreshToken) return null;
    try {
      keep(unwrap(await api.POST('/auth/refresh', { body: { refreshToken } })) as unknown as Tokens);
      return accessToken;
    } catch (error) {
      // Only a refused token ends the session; a network failure leaves it for the next try.
      if (error instanceof ApiError && error.problem.status > 0 && error.problem.status < 500) forget();
      return null;
    }
  }

  const store: SessionStore = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    accessToken: () => accessToken,
    refresh() {
      refreshing ??= renew()
        .then((token) => {
          if (!token && state.status === 'signed_in') set({ status: 'expired', profile: state.profile, reason: 'expired' });
          return token;
        })
        .finally(() => {
          refreshing = null;
        });
      return refreshing;
    },
    async restore() {
      if (!storage?.getItem(REFRESH_KEY)) return set({ status: 'signed_out', reason: null });
      const token = await store.refresh();
      if (!token) set({ status: 'signed_out', reason: null });
    },
    async signIn(username, password) {
      const tokens = unwrap(await api.POST('/auth/sign-in', { body: { username, password } })) as unknown as Tokens;
      keep(tokens);
      return tokens.user;
    },
    async signOut(reason = 'signed_out') {
      if (accessToken) await api.POST('/auth/sign-out').catch(() => undefined);
      forget();
      set({ status: 'signed_out', reason });
    },
    async expire(reason) {
      if (state.status !== 'signed_in') return;
      const profile = state.profile;
      // An idle session is ended on the server too, so the tokens left in memory are worthless.
      if (reason === 'idle' && accessToken) await api.POST('/auth/sign-out').catch(() => undefined);
      forget();
      set({ status: 'expired', profile, reason });
    },
    async changePassword(currentPassword, newPassword) {
      const result = await api.POST('/auth/password', { body: { currentPassword, newPassword } });
      if (!result.response.ok) unwrap(result);
      const profile = unwrap(await api.GET('/auth/me')) as unknown as Profile;
      set({ status: 'signed_in', profile });
    },
  };
  api.setAuthHooks(store);
  return store;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
