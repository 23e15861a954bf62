import { readFileSync } from 'node:fs';
import path from 'node:path';
import type supertest from 'supertest';
import { startRegistry, type TestRegistry } from './support/registry.js';

// A stand-in for web/dist, so these tests do not depend on the interface's own code.
const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/web-dist');
const CHUNK = '/assets/index-Fx7a01b2.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry({ WEB_DIST_DIR: FIXTURE });
});

afterAll(() => registry?.close());

function directives(response: supertest.Response): Map<string, string> {
  const policy = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)] as [string, string]),
  );
}

function nonceInPage(html: string): string | undefined {
  return /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1];
}

describe('an officer opens the web interface on the API server', () => {
  it('answers index.html at / with no-cache, so a new release is picked up at once', async () => {
    const response = await registry.root().get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('caches hashed assets for a year, immutable', async () => {
    const response = await registry.root().get(CHUNK);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends assets compressed to a browser on a slow link, and identical once decoded', async () => {
    const original = readFileSync(path.join(FIXTURE, CHUNK));
    const response = await registry
      .root()
      .get(CHUNK)
      .set('Accept-Encoding', 'gzip, deflate, br')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    // superagent decodes the body itself: what went over the wire is the Content-Length.
    expect(Number(response.headers['content-length'])).toBeLessThan(original.length / 3);
    expect((response.body as Buffer).equals(original)).toBe(true);
  });

  it('answers index.html on a reload of any screen (deep link), not a 404', async () => {
    for (const screen of ['/firearms', '/firearms/0b6e8f8e-8f5c-4c3e-9d7a-2f1b8f2b9c11', '/firearms?status=stolen&page=2']) {
      const response = await registry.root().get(screen);
      expect({ screen, status: response.status, type: response.headers['content-type'], cache: response.headers['cache-control'] }).toEqual({
        screen,
        status: 200,
        type: expect.stringMatching(/^text\/html/),
        cache: 'no-cache',
      });
      expect(response.text).toContain('<div id="root"></div>');
    }
  });

  it('answers a missing asset with a 404, never with index.html (a stale chunk must not run HTML)', async () => {
    for (const missing of ['/assets/index-gone1234.js', '/robots.txt']) {
      const response = await registry.root().get(missing);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
    }
  });

  it('never serves a file from outside the build folder', async () => {
    for (const attempt of ['/assets/..%2f..%2f..%2fpackage.json', '/..%2fweb-interface-serving.e2e-spec.ts', '/assets/%2e%2e/%2e%2e/support/registry.ts']) {
      const response = await registry.root().get(attempt);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('startRegistry');
    }
  });

  it('serves root files of the build (favicon) with no-cache', async () => {
    const response = await registry.root().get('/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});

describe('the Content-Security-Policy allows the interface and nothing else', () => {
  it('limits every source to the registry itself, with no inline script or style', async () => {
    const response = await registry.root().get('/firearms');
    const policy = directives(response);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('script-src-attr')).toBe("'none'");
    expect(policy.get('style-src')).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}=='$/);
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it("hands the page the nonce its <style> elements may carry, fresh for every response", async () => {
    const first = await registry.root().get('/');
    const second = await registry.root().get('/');
    const nonce = nonceInPage(first.text);
    expect(nonce).toBeDefined();
    expect(directives(first).get('style-src')).toContain(`'nonce-${nonce}'`);
    expect(nonceInPage(second.text)).not.toBe(nonce);
  });

  it('gives Swagger UI its own, relaxed policy on its route only', async () => {
    const docs = await registry.http().get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
    expect(directives(docs).get('style-src')).toContain("'unsafe-inline'");
    const api = await registry.http().get('/health');
    expect(directives(api).get('style-src')).not.toContain("'unsafe-inline'");
  });
});

describe('the API keeps its own answers under /api', () => {
  it('answers an unknown API route with problem+json, not with the interface', async () => {
    for (const route of ['/api/no-such-route', '/api', '/api/firearms/x/y/z.js']) {
      const response = await registry.root().get(route);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('refuses a write to a screen path as problem+json (the interface only reads)', async () => {
    const response = await registry.root().post('/firearms').send({});
    expect(response.status).toBe(405);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.body.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('an API-only deployment (no web build)', () => {
  let apiOnly: TestRegistry;

  beforeAll(async () => {
    apiOnly = await startRegistry({ WEB_DIST_DIR: path.join(FIXTURE, 'not-built') });
  });

  afterAll(() => apiOnly?.close());

  it('says at / that the interface is not built, and where the API is', async () => {
    const response = await apiOnly.root().get('/');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain('web interface is not built');
    expect(response.text).toContain('/api/docs');
    expect((await apiOnly.http().get('/health')).status).toBe(200);
  });
});
