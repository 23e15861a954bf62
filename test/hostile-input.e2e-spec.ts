import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { startRegistry, TEST_PASSWORD, type TestRegistry } from './support/registry.js';

/**
 * Issue 16 item 14: input an attacker or a broken client sends is refused with a 4xx
 * that names the field, never a 500 from deep inside a library or the database; an
 * unavailable Redis is an honest 503.
 */

let registry: TestRegistry;
let investigator: string;
let officer: string;

beforeAll(async () => {
  registry = await startRegistry();
  investigator = (await registry.as('investigator')).token;
  officer = (await registry.as('registry_officer')).token;
});

afterAll(() => registry?.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const rawJson = (path: string, body: string, token?: string) => {
  const request = registry.http().post(path).set('Content-Type', 'application/json');
  return (token ? request.set(bearer(token)) : request).send(body);
};

function expectRefused(response: { status: number; body: { code?: string; errors?: { field: string }[] } }, field: string) {
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  expect(response.body.errors?.map((e) => e.field)).toContain(field);
}

describe('a body nested 100,000 levels deep', () => {
  it('is refused with 400 before anything walks it', async () => {
    const arrays = `{"serial":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expectRefused(await rawJson('/trace/search', arrays, investigator), 'body');
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expectRefused(await rawJson('/auth/sign-in', objects), 'body');
  });

  it('while the nesting real requests use passes', async () => {
    const response = await registry.http().post('/trace/search').set(bearer(investigator)).send({ serial: 'ZZ-NOT-ON-RECORD-1' });
    expect(response.status).toBe(200);
  });
});

describe('a NUL character', () => {
  it('in a JSON string is refused, naming the field', async () => {
    expectRefused(await registry.http().post('/auth/sign-in').send({ username: 'ana\u0000ba', password: 'x' }), 'username');
    expectRefused(await registry.http().post('/trace/search').set(bearer(investigator)).send({ serial: 'ZC-104\u0000522' }), 'serial');
  });

  it('in a field name is refused too', async () => {
    expectRefused(await rawJson('/auth/sign-in', '{"username":"a","password":"b","x\\u0000":1}'), 'x\u0000');
  });

  it('in a query string is refused, naming the parameter', async () => {
    expectRefused(await registry.http().get('/holders?q=Diallo%00').set(bearer(officer)), 'q');
    expectRefused(await registry.http().get('/firearms?status=lost%00').set(bearer(officer)), 'status');
  });
});

describe('a lone UTF-16 surrogate', () => {
  it('in a serial is refused, naming the field', async () => {
    expectRefused(await rawJson('/trace/search', '{"serial":"ZC-104\\ud800522"}', investigator), 'serial');
    expectRefused(await rawJson('/trace/search', '{"serial":"\\udfff"}', investigator), 'serial');
  });

  it('while a well-formed pair (an emoji, Cyrillic) is ordinary text', async () => {
    const response = await rawJson('/auth/sign-in', '{"username":"\\u0416\\u0443\\u043a\\u043e\\u0432-\\ud83d\\ude00","password":"Whatever-Password-1"}');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('a paging offset out of range', () => {
  it('offset=1e20 is refused with 400 naming offset', async () => {
    expectRefused(await registry.http().get('/firearms?offset=1e20').set(bearer(officer)), 'offset');
    expectRefused(await registry.http().get('/holders?offset=99999999999').set(bearer(officer)), 'offset');
    expectRefused(await registry.http().get('/firearms?limit=1e400').set(bearer(officer)), 'limit');
  });

  it('while a large but sane offset answers an empty page', async () => {
    const response = await registry.http().get('/firearms?offset=100000').set(bearer(officer));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
  });
});

describe('a __proto__ field', () => {
  it('is refused like any unknown field, at the top and nested', async () => {
    expectRefused(await rawJson('/auth/sign-in', '{"username":"a","password":"b","__proto__":{"isAdmin":true}}'), '__proto__');
    expectRefused(await rawJson('/trace/search', '{"serial":"X1","make":{"__proto__":{"polluted":1}}}', investigator), 'make.__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('and so are constructor and prototype', async () => {
    expectRefused(await rawJson('/auth/sign-in', '{"username":"a","password":"b","constructor":{"prototype":{"x":1}}}'), 'constructor');
  });
});

/** A Redis of this test's own, so stopping it leaves the shared one alone. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  await once(server, 'close');
  return port;
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

describe('signing in while Redis is down', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, and signs in again once Redis is back', async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    let ownRegistry: TestRegistry | undefined;
    try {
      ownRegistry = await startRegistry({ REDIS_URL: `redis://127.0.0.1:${port}` });
      const user = await ownRegistry.createUser(['registry_officer']);
      const signIn = () => ownRegistry!.http().post('/auth/sign-in').send({ username: user.username, password: TEST_PASSWORD });

      await stopRedis(redis);
      const down = await signIn();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
      expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
      expect(down.body.accessToken).toBeUndefined();

      redis = await startRedis(port);
      let back = await signIn();
      for (let i = 0; i < 20 && back.status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        back = await signIn();
      }
      expect(back.status).toBe(200);
    } finally {
      // Closing the registry needs its Redis (queues, counters): bring it back if an expectation failed while it was down.
      if (redis.exitCode !== null || redis.signalCode !== null) redis = await startRedis(port);
      await ownRegistry?.close();
      await stopRedis(redis);
    }
  });
});
