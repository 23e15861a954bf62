import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import jwt from 'jsonwebtoken';
import { FREE_ATTEMPTS } from '../src/modules/identity/lockout.js';
import { startRegistry, TEST_PASSWORD, type TestRegistry, type TestUser } from './support/registry.js';

/** Issue #3: signing in, sessions and tokens, lock-out, password rules, agencies and users. */

let registry: TestRegistry;
let admin: TestUser;

/**
 * Everything the application logs in this file. nestjs-pino builds one logger per
 * process on first use, so the first registry started here decides the level and
 * the destination for all: it logs at "info", and since process.stdout.write is
 * already replaced when that logger is built, pino writes through it (it only
 * bypasses process.stdout for fd 1 when stdout is untouched).
 */
let logs = '';
const realStdoutWrite = process.stdout.write;

beforeAll(async () => {
  process.stdout.write = ((chunk: string | Uint8Array) => {
    logs += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  // Behind the test's own loopback "proxy": X-Forwarded-For says which client a request comes from.
  registry = await startRegistry({ LOG_LEVEL: 'info', TRUST_PROXY: 'loopback' });
  admin = await registry.as('admin');
});

afterAll(async () => {
  await registry?.close();
  process.stdout.write = realStdoutWrite;
});

const unique = (prefix: string) => `${prefix}.${randomBytes(3).toString('hex')}`;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const me = (token: string) => registry.http().get('/auth/me').set(bearer(token));
const signIn = (username: string, password = TEST_PASSWORD, from?: string) => {
  const request = registry.http().post('/auth/sign-in');
  return (from ? request.set('X-Forwarded-For', from) : request).send({ username, password });
};
let addresses = 0;
/** A client address of its own for each use (TEST-NET-3), so throttles of one test do not reach the next. */
const newAddress = () => `203.0.113.${++addresses}`;

async function trailActions(recordType: string, recordId: string): Promise<string[]> {
  const response = await registry.http().get(`/audit/records/${recordType}/${recordId}?limit=200`).set(bearer(admin.token));
  expect(response.status).toBe(200);
  return (response.body.items as { action: string }[]).map((e) => e.action).reverse();
}

/** Every key anywhere in a JSON document. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe('signing in', () => {
  it('records the sign-in under the user who signed in, so a search by actor finds it', async () => {
    const officer = await registry.createUser(['registry_officer']);
    const found = await registry.http().get(`/audit/entries?actor=${officer.id}&action=signed_in`).set(bearer(admin.token));
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ recordId: officer.id, actor: { userId: officer.id, username: officer.username, roles: ['registry_officer'] } });
  });

  it('returns an access token, a refresh token and the profile, and no password hash', async () => {
    const officer = await registry.createUser(['registry_officer']);
    const response = await signIn(officer.username);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: registry.config.ACCESS_TOKEN_TTL_SECONDS,
      user: { id: officer.id, username: officer.username, agencyId: registry.agencyId, roles: ['registry_officer'], mustChangePassword: false },
    });
    expect(response.body.user.permissions).toEqual(expect.arrayContaining(['firearm.write', 'agency.read']));
    expect((await me(response.body.accessToken)).status).toBe(200);

    const [{ password_hash: hash }] = await registry.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [officer.id]);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(response.text).not.toContain(hash);
    expect(response.text).not.toContain('$argon2');
    expect(keysOf(response.body).filter((k) => /password|hash/i.test(k) && k !== 'mustChangePassword')).toEqual([]);
  });

  it('refuses a wrong password and an unknown username alike, with 401 INVALID_CREDENTIALS', async () => {
    const officer = await registry.createUser(['registry_officer']);
    const wrongPassword = await signIn(officer.username, 'Not-The-Right-Password-1');
    const unknownUser = await signIn(unique('nobody'), 'Not-The-Right-Password-1');
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
      expect(response.body.accessToken).toBeUndefined();
    }
    // Nothing in the answer tells the two apart.
    const shape = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(shape(unknownUser.body)).toEqual(shape(wrongPassword.body));
  });

  it('throttles wrong passwords per account and address: the attacker waits, the owner elsewhere signs in', async () => {
    const officer = await registry.createUser(['registry_officer']);
    const owner = newAddress();
    const attacker = newAddress();
    expect((await signIn(officer.username, TEST_PASSWORD, owner)).status).toBe(200);
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
      const response = await signIn(officer.username, `Wrong-Password-${attempt}-xyz`, attacker);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
    }
    // The attacker's address waits before its next try on this account, even with the right password.
    const throttled = await signIn(officer.username, TEST_PASSWORD, attacker);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(throttled.body.accessToken).toBeUndefined();
    // The owner, from their own address, is not locked out by someone else's failures.
    const ownSignIn = await signIn(officer.username, TEST_PASSWORD, owner);
    expect(ownSignIn.status).toBe(200);
    expect(ownSignIn.body.accessToken).toEqual(expect.any(String));
    // The attacker's address may still try other accounts (the per-address cap is separate).
    const other = await registry.createUser(['registry_officer']);
    expect((await signIn(other.username, 'Wrong-Password-9-xyz', attacker)).status).toBe(401);

    expect(await trailActions('user', officer.id)).toEqual(['created', 'signed_in', 'signed_in', ...Array(FREE_ATTEMPTS).fill('sign_in_failed'), 'locked_out', 'signed_in']);
    // The earlier sessions keep working throughout.
    expect((await me(officer.token)).status).toBe(200);
  });

  it('throttles a username that does not exist exactly as one that does: no enumeration by throttling', async () => {
    const officer = await registry.createUser(['registry_officer']);
    const attacker = newAddress();
    const answers = async (username: string) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt++) statuses.push((await signIn(username, `Wrong-Password-${attempt}-xyz`, attacker)).status);
      return statuses;
    };
    const known = await answers(officer.username);
    const unknown = await answers(unique('nobody'));
    expect(known).toEqual([...Array(FREE_ATTEMPTS).fill(401), 429]);
    expect(unknown).toEqual(known);
  });

  it('soft-locks an account attacked from many addresses: its owner still signs in from an address they used, a new address gets the answer of a wrong password', async () => {
    // (Not an administrator, only because a later test counts them; the rule is the same for every role.)
    const officer = await registry.createUser(['registry_officer']);
    const office = newAddress();
    expect((await signIn(officer.username, TEST_PASSWORD, office)).status).toBe(200);
    // One wrong password from each of many addresses: no single address is throttled.
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) expect((await signIn(officer.username, `Wrong-Password-${attempt}-xyz`, newAddress())).status).toBe(401);

    const stranger = newAddress();
    const rightPasswordFromStranger = await signIn(officer.username, TEST_PASSWORD, stranger);
    const wrongPassword = await signIn(officer.username, 'Not-The-Right-Password-1', newAddress());
    const unknownUser = await signIn(unique('nobody'), 'Not-The-Right-Password-1', newAddress());
    // Locked, wrong and unknown: one answer, nothing in it to tell them apart (no 423, no lock date).
    const shape = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    for (const response of [rightPasswordFromStranger, wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_CREDENTIALS');
      expect(response.body.accessToken).toBeUndefined();
      expect(response.headers['retry-after']).toBeUndefined();
      expect(shape(response.body)).toEqual(shape(unknownUser.body));
    }

    // The owner, at the office, is not locked out at will by strangers.
    const atOffice = await signIn(officer.username, TEST_PASSWORD, office);
    expect(atOffice.status).toBe(200);
    // A sign-in ends the lock: the stranger's address, with the right password, now gets in.
    expect((await signIn(officer.username, TEST_PASSWORD, stranger)).status).toBe(200);
    const actions = await trailActions('user', officer.id);
    expect(actions).toEqual(['created', 'signed_in', 'signed_in', ...Array(FREE_ATTEMPTS).fill('sign_in_failed'), 'locked_out', 'sign_in_refused', 'sign_in_failed', 'locked_out', 'signed_in', 'signed_in']);
  });

  it('spends a password hash on every refusal: unknown, wrong and locked take as long as a real check', async () => {
    const officer = await registry.createUser(['registry_officer']);
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) await signIn(officer.username, `Wrong-Password-${attempt}-xyz`, newAddress());
    const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
    const hash = await argon2.hash('a password of no importance', options);
    const timed = async (body: () => Promise<unknown>) => {
      let fastest = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        await body();
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    };
    // A busy machine makes requests slower, never faster, so the lower bound holds under load.
    const oneHash = await timed(() => argon2.verify(hash, 'another one'));
    for (const [what, attempt] of [
      ['unknown', () => signIn(unique('nobody'), 'Not-The-Right-Password-1', newAddress())],
      ['wrong', () => signIn(officer.username, 'Not-The-Right-Password-1', newAddress())],
      ['locked', () => signIn(officer.username, TEST_PASSWORD, newAddress())],
    ] as const) {
      const ms = await timed(attempt);
      expect({ what, hashed: ms > oneHash * 0.7 }).toEqual({ what, hashed: true });
    }
  });
});

describe('sessions and tokens', () => {
  it('rotates refresh tokens; reusing a spent one revokes the session and every token of it', async () => {
    const officer = await registry.createUser(['investigator']);
    const first = (await signIn(officer.username)).body;

    const rotated = await registry.http().post('/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
    expect(rotated.body.user.id).toBe(officer.id);
    expect((await me(rotated.body.accessToken)).status).toBe(200);

    const replay = await registry.http().post('/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');

    // The thief's replay ended the whole session: the newer tokens stop too.
    expect((await me(rotated.body.accessToken)).status).toBe(401);
    expect((await me(first.accessToken)).status).toBe(401);
    expect((await registry.http().post('/auth/refresh').send({ refreshToken: rotated.body.refreshToken })).status).toBe(401);
    expect(await trailActions('user', officer.id)).toContain('session_revoked');

    // Other sessions of the same user are untouched.
    expect((await me(officer.token)).status).toBe(200);
  });

  it('refuses an unknown refresh token', async () => {
    const response = await registry.http().post('/auth/refresh').send({ refreshToken: randomBytes(32).toString('base64url') });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('sign-out ends the session at once: its access and refresh tokens are refused', async () => {
    const officer = await registry.createUser(['investigator']);
    const session = (await signIn(officer.username)).body;
    expect((await me(session.accessToken)).status).toBe(200);

    const out = await registry.http().post('/auth/sign-out').set(bearer(session.accessToken));
    expect(out.status).toBe(204);
    const after = await me(session.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('INVALID_TOKEN');
    expect((await registry.http().post('/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    expect((await me(officer.token)).status).toBe(200);
  });

  it("refuses a disabled user's existing token at once, and their sign-in, until re-enabled", async () => {
    const officer = await registry.createUser(['registry_officer']);
    const session = (await signIn(officer.username)).body;
    expect((await registry.http().get('/agencies').set(bearer(officer.token))).status).toBe(200);

    const disabled = await registry.http().post(`/users/${officer.id}/disable`).set(bearer(admin.token)).send({ reason: 'Left the agency' });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: officer.id, disabled: true });

    expect((await registry.http().get('/agencies').set(bearer(officer.token))).status).toBe(401);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await registry.http().post('/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    const refused = await signIn(officer.username);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('ACCOUNT_DISABLED');

    expect((await registry.http().post(`/users/${officer.id}/enable`).set(bearer(admin.token)).send({ reason: 'Came back' })).status).toBe(200);
    expect((await signIn(officer.username)).status).toBe(200);
  });

  it('refuses tampered, foreign, expired, never-expiring and ten-year access tokens with 401', async () => {
    const officer = await registry.createUser(['auditor']);
    const [header, payload, signature] = officer.token.split('.');
    const claims = jwt.decode(officer.token) as jwt.JwtPayload;

    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: admin.id })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const foreign = jwt.sign({ ...claims }, 'another-secret-that-is-at-least-32-characters');
    const now = Math.floor(Date.now() / 1000);
    const expired = jwt.sign({ ...claims, iat: now - 3600, exp: now - 60 }, registry.config.JWT_SECRET, { algorithm: 'HS256' });
    const stillValid = jwt.sign({ ...claims, iat: now, exp: now + 300 }, registry.config.JWT_SECRET, { algorithm: 'HS256' });
    const { exp: _exp, ...withoutExpiry } = claims;
    const neverExpiring = jwt.sign({ ...withoutExpiry, iat: now }, registry.config.JWT_SECRET, { algorithm: 'HS256' });
    const tenYears = jwt.sign({ ...claims, iat: now, exp: now + 10 * 365 * 24 * 3600 }, registry.config.JWT_SECRET, { algorithm: 'HS256' });

    // Control: the same claims, signed the same way, pass while unexpired.
    expect((await me(stillValid)).status).toBe(200);
    for (const token of [`${header}.${forgedPayload}.${signature}`, `${header}.${payload}.${flipped}`, unsigned, foreign, expired, neverExpiring, tenYears]) {
      const response = await me(token);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
    }
    expect((await me(expired)).body.detail).toMatch(/expired/);
  });
});

describe('passwords', () => {
  it('a reset by an administrator unlocks, ends sessions and forces a change before anything else', async () => {
    const officer = await registry.createUser(['registry_officer']);
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) await signIn(officer.username, `Wrong-Password-${attempt}-xyz`, newAddress());
    expect((await signIn(officer.username, TEST_PASSWORD, newAddress())).status).toBe(401);
    const [{ locked_until: lockedUntil }] = await registry.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [officer.id]);
    expect(lockedUntil).not.toBeNull();

    const temporary = 'Temporary-Reset-Pass-77';
    const reset = await registry.http().post(`/users/${officer.id}/password-reset`).set(bearer(admin.token)).send({ temporaryPassword: temporary });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ mustChangePassword: true, lockedUntil: null });
    expect((await me(officer.token)).status).toBe(401);
    expect((await signIn(officer.username)).status).toBe(401);

    const session = await signIn(officer.username, temporary);
    expect(session.status).toBe(200);
    expect(session.body.user.mustChangePassword).toBe(true);
    const token = session.body.accessToken as string;

    const blocked = await registry.http().get('/agencies').set(bearer(token));
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const profile = await me(token);
    expect(profile.status).toBe(200);
    expect(profile.body.mustChangePassword).toBe(true);

    const wrongCurrent = await registry.http().post('/auth/password').set(bearer(token)).send({ currentPassword: 'Not-The-Temporary-1', newPassword: 'A-Brand-New-Secret-2026' });
    expect(wrongCurrent.status).toBe(401);
    expect(wrongCurrent.body.code).toBe('INVALID_CREDENTIALS');
    const same = await registry.http().post('/auth/password').set(bearer(token)).send({ currentPassword: temporary, newPassword: temporary });
    expect(same.status).toBe(422);

    const changed = await registry.http().post('/auth/password').set(bearer(token)).send({ currentPassword: temporary, newPassword: 'A-Brand-New-Secret-2026' });
    expect(changed.status).toBe(204);
    expect((await registry.http().get('/agencies').set(bearer(token))).status).toBe(200);
    expect((await me(token)).body.mustChangePassword).toBe(false);
    expect((await signIn(officer.username, temporary)).status).toBe(401);
    expect((await signIn(officer.username, 'A-Brand-New-Secret-2026')).status).toBe(200);
    expect(await trailActions('user', officer.id)).toEqual(expect.arrayContaining(['password_reset', 'password_changed']));
  });

  it('changing one\'s password ends the other sessions but keeps the current one', async () => {
    const officer = await registry.createUser(['investigator']);
    const other = (await signIn(officer.username)).body.accessToken as string;
    const changed = await registry.http().post('/auth/password').set(bearer(officer.token)).send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-Long-Secret-99' });
    expect(changed.status).toBe(204);
    expect((await me(officer.token)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
  });

  it('enforces the password policy with 422 and the field at fault', async () => {
    const username = unique('marie.dupont');
    const create = (initialPassword: string) =>
      registry.http().post('/users').set(bearer(admin.token)).send({ username, displayName: 'Marie Dupont', agencyId: registry.agencyId, roles: ['investigator'], initialPassword });

    const tooShort = await create('Short-1!');
    expect(tooShort.status).toBe(422);
    expect(tooShort.body).toMatchObject({ code: 'PASSWORD_POLICY_VIOLATION' });
    expect(tooShort.body.errors).toContainEqual({ field: 'initialPassword', message: 'must be at least 12 characters' });

    const isUsername = await create(username);
    expect(isUsername.status).toBe(422);
    expect(isUsername.body.errors).toContainEqual({ field: 'initialPassword', message: 'must not contain the username' });
    expect((await registry.http().get(`/users?q=${username}`).set(bearer(admin.token))).body.page.total).toBe(0);

    const officer = await registry.createUser(['investigator']);
    const change = await registry.http().post('/auth/password').set(bearer(officer.token)).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(change.status).toBe(422);
    expect(change.body.errors).toContainEqual({ field: 'newPassword', message: 'must be at least 12 characters' });
    const reset = await registry.http().post(`/users/${officer.id}/password-reset`).set(bearer(admin.token)).send({ temporaryPassword: `x-${officer.username}-x` });
    expect(reset.status).toBe(422);
    expect(reset.body.errors).toContainEqual({ field: 'temporaryPassword', message: 'must not contain the username' });
    expect((await signIn(officer.username)).status).toBe(200);
  });
});

describe('the sign-in rate limit', () => {
  let limited: TestRegistry;
  beforeAll(async () => {
    limited = await startRegistry({ SIGN_IN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => limited?.close());

  it('answers 429 once an address exceeds its attempts per minute, whatever the credentials', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await limited.http().post('/auth/sign-in').send({ username: unique('nobody'), password: 'Whatever-Password-1' })).status).toBe(401);
    }
    const refused = await limited.http().post('/auth/sign-in').send({ username: unique('nobody'), password: 'Whatever-Password-1' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 });
    expect(refused.headers['retry-after']).toBe('60');
  });
});

describe('secrets in logs and answers', () => {
  /** What the application logged while the body ran. */
  async function capture(body: () => Promise<void>): Promise<string> {
    const from = logs.length;
    await body();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return logs.slice(from);
  }

  it('never writes a password to the logs, to an answer or to the audit trail', async () => {
    const secret = `Secret-${randomBytes(6).toString('hex')}`;
    const newSecret = `Renewed-${randomBytes(6).toString('hex')}`;
    const chief = admin;
    const answers: string[] = [];
    const log = await capture(async () => {
      const http = registry.http();
      const username = unique('aminata.fall');
      const created = await http.post('/users').set(bearer(chief.token)).send({ username, displayName: 'Aminata Fall', agencyId: registry.agencyId, roles: ['investigator'], initialPassword: secret });
      answers.push(created.text);
      answers.push((await http.post('/auth/sign-in').send({ username, password: `${secret}-wrong` })).text);
      const session = await http.post('/auth/sign-in').send({ username, password: secret });
      answers.push(session.text);
      answers.push((await http.post('/auth/password').set(bearer(session.body.accessToken)).send({ currentPassword: secret, newPassword: newSecret })).text);
      answers.push((await http.post(`/users/${created.body.id}/password-reset`).set(bearer(chief.token)).send({ temporaryPassword: `${secret}-reset` })).text);
      // Refused bodies are logged and answered too: unknown field, wrong type, broken JSON.
      answers.push((await http.post('/auth/sign-in').send({ username, password: secret, remember: true })).text);
      answers.push((await http.post('/auth/sign-in').send({ username: 42, password: secret })).text);
      answers.push((await http.post('/auth/sign-in').set('Content-Type', 'application/json').send(`{"username":"${username}","password":"${secret}`)).text);
    });

    // The capture works: the requests were logged…
    expect(log).toContain('/auth/sign-in');
    expect(log).toContain('/auth/password');
    // …and no password, in any form, is among them.
    for (const text of [log, ...answers]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(newSecret);
    }
    const [{ count }] = await registry.dataSource.query(`SELECT count(*)::int AS count FROM audit_entry WHERE concat_ws(' ', record_id, before::text, after::text, reason) LIKE $1`, [`%${secret.slice(7)}%`]);
    expect(count).toBe(0);
  });
});

describe('the last administrator', () => {
  it('cannot be disabled or demoted; another administrator can', async () => {
    const others = await registry.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE 'admin' = ANY(roles) AND disabled_at IS NULL AND id <> $1`, [admin.id]);
    expect(others[0].count).toBe(0);

    const disable = await registry.http().post(`/users/${admin.id}/disable`).set(bearer(admin.token)).send({ reason: 'Testing the rule' });
    expect(disable.status).toBe(409);
    expect(disable.body.code).toBe('LAST_ADMIN');
    const demote = await registry.http().patch(`/users/${admin.id}`).set(bearer(admin.token)).send({ roles: ['auditor'] });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('LAST_ADMIN');
    const still = await registry.http().get(`/users/${admin.id}`).set(bearer(admin.token));
    expect(still.body).toMatchObject({ roles: ['admin'], disabled: false });

    const deputy = await registry.http().post('/users').set(bearer(admin.token)).send({ username: unique('deputy'), displayName: 'Deputy', agencyId: registry.agencyId, roles: ['admin'], initialPassword: 'Deputy-Admin-Pass-2026' });
    expect(deputy.status).toBe(201);
    const demoted = await registry.http().patch(`/users/${deputy.body.id}`).set(bearer(admin.token)).send({ roles: ['auditor'] });
    expect(demoted.status).toBe(200);
    expect(demoted.body.roles).toEqual(['auditor']);
    expect((await registry.http().post(`/users/${admin.id}/disable`).set(bearer(admin.token)).send({ reason: 'Testing the rule' })).status).toBe(409);
  });
});

describe('the last administrators', () => {
  let race: TestRegistry;
  beforeAll(async () => {
    race = await startRegistry();
  });
  afterAll(() => race?.close());

  it('cannot disable each other at the same moment and leave the registry without one', async () => {
    let survivor: TestUser | null = null;
    for (let round = 1; round <= 3; round++) {
      const [a, b] = [await race.createUser(['admin']), await race.createUser(['admin'])];
      if (survivor) expect((await race.http().post(`/users/${survivor.id}/disable`).set(bearer(a.token)).send({ reason: 'Next round' })).status).toBe(200);
      const [aDisablesB, bDisablesA] = await Promise.all([
        race.http().post(`/users/${b.id}/disable`).set(bearer(a.token)).send({ reason: 'Race' }),
        race.http().post(`/users/${a.id}/disable`).set(bearer(b.token)).send({ reason: 'Race' }),
      ]);
      // One wins; the other is refused as the last administrator, or, if it came
      // second altogether, because its own account is disabled by then.
      const statuses = [aDisablesB.status, bDisablesA.status];
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect([[409], [401]]).toContainEqual(statuses.filter((s) => s !== 200));
      const [{ count }] = await race.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE 'admin' = ANY(roles) AND disabled_at IS NULL`);
      expect(count).toBe(1);
      survivor = aDisablesB.status === 200 ? a : b;
    }
  });
});

describe('agencies', () => {
  it('are created, read, updated, filtered and paged', async () => {
    const region = unique('Region');
    const http = () => registry.http();
    const create = (code: string, name: string, type: string) => http().post('/agencies').set(bearer(admin.token)).send({ code, name, type, region });
    const suffix = randomBytes(2).toString('hex').toUpperCase();
    const dakar = await create(`PN-DKR-${suffix}`, 'Police nationale Dakar', 'police');
    expect(dakar.status).toBe(201);
    expect(dakar.body).toMatchObject({ id: expect.any(String), code: `PN-DKR-${suffix}`, type: 'police', region, active: true });
    expect((await create(`DOU-${suffix}`, 'Douanes Dakar', 'customs')).status).toBe(201);
    const thies = await create(`PN-THS-${suffix}`, 'Police nationale Thiès', 'police');

    const taken = await create(`PN-DKR-${suffix}`, 'Someone else', 'police');
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'AGENCY_CODE_TAKEN' });
    const badCode = await create('pn dkr', 'Bad code', 'police');
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors.map((e: { field: string }) => e.field)).toContain('code');

    const list = (query: string) => http().get(`/agencies?region=${region}&${query}`).set(bearer(admin.token));
    const all = await list('');
    expect(all.body.page).toEqual({ limit: 50, offset: 0, total: 3, totalIsExact: true });
    expect(all.body.items.map((a: { name: string }) => a.name)).toEqual(['Douanes Dakar', 'Police nationale Dakar', 'Police nationale Thiès']);
    expect((await list('type=police')).body.items.map((a: { name: string }) => a.name)).toEqual(['Police nationale Dakar', 'Police nationale Thiès']);
    const firstPage = await list('limit=2&offset=0');
    const secondPage = await list('limit=2&offset=2');
    expect(firstPage.body.items).toHaveLength(2);
    expect(secondPage.body.items).toHaveLength(1);
    expect(secondPage.body.page).toEqual({ limit: 2, offset: 2, total: 3, totalIsExact: true });
    expect((await list('limit=0')).status).toBe(400);

    const updated = await http().patch(`/agencies/${thies.body.id}`).set(bearer(admin.token)).send({ name: 'Police nationale Thiès-Ville', active: false });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Police nationale Thiès-Ville', active: false, code: `PN-THS-${suffix}` });
    expect((await list('active=false')).body.items.map((a: { id: string }) => a.id)).toEqual([thies.body.id]);
    expect((await list('active=true')).body.page.total).toBe(2);

    const read = await http().get(`/agencies/${dakar.body.id}`).set(bearer(await registry.as('investigator').then((u) => u.token)));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(dakar.body);
    const missing = await http().get('/agencies/4f9c2f59-0d5b-4a53-9a3e-6b1f4c1e2a11').set(bearer(admin.token));
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('AGENCY_NOT_FOUND');
    expect((await http().get('/agencies/not-a-uuid').set(bearer(admin.token))).status).toBe(400);
  });
});

describe('users', () => {
  it('are created, read, updated, filtered and paged, and never show a password hash', async () => {
    const agency = await registry.http().post('/agencies').set(bearer(admin.token)).send({ code: `GN-${randomBytes(2).toString('hex').toUpperCase()}`, name: 'Gendarmerie', type: 'gendarmerie' });
    const agencyId = agency.body.id as string;
    const prefix = unique('gn');
    const create = (name: string, roles: string[], extra: Record<string, unknown> = {}) =>
      registry.http().post('/users').set(bearer(admin.token)).send({ username: `${prefix}.${name}`, displayName: name, agencyId, roles, initialPassword: 'Initial-Gendarme-Pass-1', ...extra });

    const ana = await create('ana_ba', ['investigator'], { email: 'ana.ba@gendarmerie.example' });
    expect(ana.status).toBe(201);
    expect(ana.body).toMatchObject({ username: `${prefix}.ana_ba`, agencyId, roles: ['investigator'], disabled: false, mustChangePassword: true, email: 'ana.ba@gendarmerie.example' });
    expect(keysOf(ana.body).filter((k) => /hash|password|tokenVersion|failed/i.test(k) && k !== 'mustChangePassword')).toEqual([]);
    const anaDot = await create('ana.ba', ['registry_officer']);
    const omar = await create('omar', ['registry_officer', 'investigator']);
    expect(anaDot.status).toBe(201);
    expect(omar.status).toBe(201);

    const taken = await create('ANA_BA', ['investigator']);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('USERNAME_TAKEN');
    const noAgency = await registry.http().post('/users').set(bearer(admin.token)).send({ username: unique('ghost'), displayName: 'Ghost', agencyId: '0b9d3f7e-8a7c-4d5e-9f1a-2b3c4d5e6f70', roles: ['investigator'], initialPassword: 'Initial-Ghost-Pass-12' });
    expect(noAgency.status).toBe(404);
    expect(noAgency.body.code).toBe('AGENCY_NOT_FOUND');
    expect((await create('badrole', ['superuser'])).status).toBe(400);

    const list = async (query: string) => {
      const response = await registry.http().get(`/users?agencyId=${agencyId}&${query}`).set(bearer(admin.token));
      expect(response.status).toBe(200);
      return response.body as { items: { username: string; id: string }[]; page: { total: number; limit: number; offset: number } };
    };
    const names = (page: { items: { username: string }[] }) => page.items.map((u) => u.username.slice(prefix.length + 1));
    expect(names(await list(''))).toEqual(['ana.ba', 'ana_ba', 'omar']);
    expect(names(await list('role=investigator'))).toEqual(['ana_ba', 'omar']);
    // "_" is a literal underscore, not a LIKE wildcard.
    expect(names(await list('q=a_b'))).toEqual(['ana_ba']);
    expect(names(await list('q=OMAR'))).toEqual(['omar']);
    const page2 = await list('limit=2&offset=2');
    expect(names(page2)).toEqual(['omar']);
    expect(page2.page).toEqual({ limit: 2, offset: 2, total: 3, totalIsExact: true });

    expect((await registry.http().post(`/users/${omar.body.id}/disable`).set(bearer(admin.token)).send({ reason: 'Transferred' })).status).toBe(200);
    expect(names(await list('disabled=true'))).toEqual(['omar']);
    expect(names(await list('disabled=false'))).toEqual(['ana.ba', 'ana_ba']);

    const updated = await registry.http().patch(`/users/${anaDot.body.id}`).set(bearer(admin.token)).send({ displayName: 'Ana Ba', roles: ['investigator'] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: 'Ana Ba', roles: ['investigator'] });
    const read = await registry.http().get(`/users/${anaDot.body.id}`).set(bearer(await registry.as('auditor').then((u) => u.token)));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(updated.body);
    expect((await registry.http().patch(`/users/${anaDot.body.id}`).set(bearer(admin.token)).send({ username: 'renamed' })).status).toBe(400);
    const missing = await registry.http().get('/users/4f9c2f59-0d5b-4a53-9a3e-6b1f4c1e2a11').set(bearer(admin.token));
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
  });
});

describe('the whole log of this file', () => {
  it('holds none of the passwords the tests above sent', () => {
    expect(logs).toContain('request completed');
    const sent = [TEST_PASSWORD, 'Temporary-Reset-Pass-77', 'A-Brand-New-Secret-2026', 'Another-Long-Secret-99', 'Deputy-Admin-Pass-2026', 'Initial-Gendarme-Pass-1', 'Not-The-Right-Password-1', 'Whatever-Password-1'];
    expect(sent.filter((password) => logs.includes(password))).toEqual([]);
  });
});
