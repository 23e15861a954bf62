import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

const tokens = new Map<string, string>();

/**
 * A demo user's access token, for what a test prepares (or forces) through the API;
 * kept for the rest of the test (a sign-in hashes a password: slow on a loaded
 * machine), never across tests (another may end that user's sessions).
 */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const key = `${test.info().testId} ${username}`;
  const kept = tokens.get(key);
  if (kept) return kept;
  const signedIn = await request.post('/api/auth/sign-in', { data: { username, password: DEMO_PASSWORD } });
  expect(signedIn.status(), `sign-in of ${username}`).toBe(200);
  const token = (await signedIn.json()).accessToken as string;
  tokens.set(key, token);
  return token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Unique per run: the browser tests share one database. */
export const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();

/** A firearm recorded under a make no alias knows: it waits in the review queue. */
export async function firearmWithUnknownMake(request: APIRequestContext, make: string): Promise<string> {
  const token = await tokenOf(request, 'demo.officer');
  const created = await request.post('/api/firearms', { headers: bearer(token), data: { category: 'rifle', make, serialNumber: `Q-${stamp()}` } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body.make.needsReview).toBe(true);
  return body.id;
}

export async function firearmMake(request: APIRequestContext, id: string): Promise<{ asWritten: string; manufacturerCode: string | null }> {
  const token = await tokenOf(request, 'demo.officer');
  const record = await request.get(`/api/firearms/${id}`, { headers: bearer(token) });
  return (await record.json()).make;
}
