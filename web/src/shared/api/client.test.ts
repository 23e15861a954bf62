import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../app/session/session-store';
import { createApi } from './client';

const profile = { id: 'u1', username: 'demo.officer', displayName: 'Officer', agencyId: 'a1', roles: ['registry_officer'], permissions: ['firearm.read'], mustChangePassword: false };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers } });

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

/** A fake API whose access tokens are "access-N"; only the newest works. */
function fakeRegistry() {
  let generation = 1;
  const calls: string[] = [];
  let releaseRefresh: () => void = () => {};
  const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve));
  const fetch = async (request: Request) => {
    const path = new URL(request.url).pathname;
    calls.push(`${request.method} ${path} ${request.headers.get('authorization') ?? '-'}`);
    if (path === '/api/auth/refresh') {
      await refreshGate;
      const body = (await request.json()) as { refreshToken: string };
      if (body.refreshToken !== `refresh-${generation}`) return json(401, { code: 'INVALID_REFRESH_TOKEN' });
      generation += 1;
      return json(200, { tokenType: 'Bearer', accessToken: `access-${generation}`, expiresIn: 900, refreshToken: `refresh-${generation}`, user: profile });
    }
    if (path === '/api/auth/password') {
      return json(401, { code: 'INVALID_CREDENTIALS', errors: [{ field: 'currentPassword', message: 'is wrong' }] });
    }
    if (request.headers.get('authorization') !== `Bearer access-${generation}`) return json(401, { code: 'INVALID_TOKEN' });
    return json(200, { items: [], page: { limit: 25, offset: 0, total: 0 }, echo: path });
  };
  return { fetch, calls, releaseRefresh, revokeSession: () => (generation += 1) };
}

function signedIn() {
  const registry = fakeRegistry();
  const api = createApi({ fetch: registry.fetch, baseUrl: 'http://registry.test/api' });
  const storage = memoryStorage({ 'registry.refreshToken': 'refresh-1' });
  const store = createSessionStore(api, storage);
  return { registry, api, store, storage };
}

describe('token refresh', () => {
  it('renews an expired access token once for concurrent requests, then replays each of them with the new token', async () => {
    const { registry, api, store } = signedIn();
    // No access token in memory yet (as after a reload): the three requests all get 401 INVALID_TOKEN.
    const requests = [api.GET('/firearms'), api.GET('/holders'), api.GET('/agencies')];
    await new Promise((r) => setTimeout(r, 10));
    registry.releaseRefresh();
    const results = await Promise.all(requests);

    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(registry.calls.filter((c) => c.startsWith('POST /api/auth/refresh'))).toHaveLength(1);
    expect(registry.calls.filter((c) => c.endsWith('Bearer access-2'))).toHaveLength(3);
    expect(store.state().status).toBe('signed_in');
  });

  it('marks the session expired (keeping the profile for the sign-in dialog) when the refresh token is refused', async () => {
    const { registry, api, store } = signedIn();
    registry.releaseRefresh();
    await store.restore();
    registry.revokeSession();
    const result = await api.GET('/firearms');
    expect(result.response.status).toBe(401);
    expect(store.state()).toMatchObject({ status: 'expired', reason: 'expired', profile: { username: 'demo.officer' } });
  });

  it('does not take a wrong current password (401 INVALID_CREDENTIALS) for an expired session', async () => {
    const { registry, store } = signedIn();
    registry.releaseRefresh();
    await store.restore();
    const before = registry.calls.length;
    await expect(store.changePassword('wrong', 'A-long-new-password-2026')).rejects.toMatchObject({ problem: { code: 'INVALID_CREDENTIALS', errors: [{ field: 'currentPassword' }] } });
    expect(registry.calls.slice(before).some((c) => c.includes('/auth/refresh'))).toBe(false);
    expect(store.state().status).toBe('signed_in');
  });
});
