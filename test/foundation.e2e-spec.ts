import { startRegistry, type TestRegistry } from './support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry({ BODY_LIMIT_BYTES: '4096' });
});

afterAll(() => registry?.close());

describe('health and readiness', () => {
  it('GET /health answers without sign-in', async () => {
    const response = await registry.http().get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /ready reports PostgreSQL and Redis reachable', async () => {
    const response = await registry.http().get('/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });
});

describe('OpenAPI', () => {
  it('serves the document generated from the code, with bearer security', async () => {
    const response = await registry.http().get('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(response.body.paths['/auth/sign-in']).toBeDefined();
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves the interactive page at /docs', async () => {
    const response = await registry.http().get('/docs/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger-ui');
  });
});

describe('problem+json errors', () => {
  it('refuses unknown fields, naming them', async () => {
    const response = await registry.http().post('/auth/sign-in').send({ username: 'a', password: 'b', isAdmin: true });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', title: expect.any(String), type: expect.stringContaining('validation-failed') });
    expect(response.body.errors).toContainEqual({ field: 'isAdmin', message: 'property isAdmin should not exist' });
  });

  it('refuses wrong types, naming the field and the reason', async () => {
    const response = await registry.http().post('/auth/sign-in').send({ username: 42, password: 'x' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ field: 'username', message: 'username must be a string' });
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await registry.http().post('/auth/sign-in').send({ username: 'a', password: 'x'.repeat(10_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('refuses malformed JSON', async () => {
    const response = await registry.http().post('/auth/sign-in').set('Content-Type', 'application/json').send('{"username": ');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
  });

  it('answers unknown routes with a problem document', async () => {
    const response = await registry.http().get('/no/such/route');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', instance: '/api/no/such/route' });
  });
});

describe('request ids and headers', () => {
  it('gives every response a request id, and echoes a sane one from the caller', async () => {
    const generated = await registry.http().get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await registry.http().get('/health').set('X-Request-Id', 'trace-abc-12345');
    expect(echoed.headers['x-request-id']).toBe('trace-abc-12345');
  });

  it('puts the request id into problem documents', async () => {
    const response = await registry.http().get('/nowhere').set('X-Request-Id', 'trace-problem-1');
    expect(response.body.requestId).toBe('trace-problem-1');
  });

  it('sends security headers and keeps CORS closed by default', async () => {
    const response = await registry.http().get('/health').set('Origin', 'https://evil.example');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
