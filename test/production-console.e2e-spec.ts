import { startRegistry, type TestRegistry } from './support/registry.js';
import { freePort, ready, spawnApi, type ApiProcess } from './support/api-process.js';

/** What the built API prints, as an operator sees it on the console (and a log collector stores it). */
let registry: TestRegistry;
let api: ApiProcess;

beforeAll(async () => {
  registry = await startRegistry();
  api = spawnApi(registry.config, await freePort(), { WEB_DIST_DIR: '/nonexistent' });
  await ready(api);
});

afterAll(async () => {
  await api?.stop();
  await registry?.close();
});

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('a quiet console', () => {
  it('starts in a handful of lines: no route mappings, no module list', () => {
    const startup = lines(api.log());
    expect(startup.length).toBeLessThanOrEqual(5);
    expect(startup.map((line) => JSON.parse(line).msg)).toContain(`API listening on port ${new URL(api.url).port}`);
    expect(api.log()).not.toMatch(/Mapped \{|RouterExplorer|RoutesResolver|InstanceLoader/);
    for (const line of startup) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('logs one line per request without its headers, cookies or query string', async () => {
    const { token } = await registry.as('investigator');
    const before = api.log().length;
    const cookie = 'registry_refresh=cookie-value-that-must-not-leak';
    const me = await fetch(`${api.url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}`, Cookie: cookie, 'X-Request-Id': 'console-test-request-0001' } });
    expect(me.status).toBe(200);
    const search = await fetch(`${api.url}/api/firearms?q=Ndiaye-Private-Name`, { headers: { Authorization: `Bearer ${token}` } });
    expect(search.status).toBeLessThan(500);
    // pino writes asynchronously: give the lines a moment.
    await new Promise((r) => setTimeout(r, 300));
    const written = api.log().slice(before);
    const requests = lines(written).map((line) => JSON.parse(line) as { msg: string; req: Record<string, unknown>; res: { statusCode: number }; requestId: string });
    const mine = requests.find((entry) => entry.requestId === 'console-test-request-0001');
    expect(mine).toMatchObject({ msg: 'request completed', req: { method: 'GET', path: '/api/auth/me' }, res: { statusCode: 200 } });
    expect(Object.keys(mine!.req).sort()).toEqual(['id', 'method', 'path', 'remoteAddress']);
    expect(written).not.toContain(token);
    expect(written).not.toContain('cookie-value-that-must-not-leak');
    expect(written.toLowerCase()).not.toMatch(/authorization|"cookie"|set-cookie/);
    expect(written).not.toContain('Ndiaye-Private-Name');
    expect(requests.some((entry) => entry.req?.path === '/api/firearms')).toBe(true);
  });

  it('does not log the health probes a load balancer sends every few seconds', async () => {
    const before = api.log().length;
    for (let i = 0; i < 3; i++) await fetch(`${api.url}/api/ready`);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.log().slice(before)).not.toContain('/api/ready');
  });

  it('a port already in use names the variable that moves it, in one line, without a stack', async () => {
    const port = Number(new URL(api.url).port);
    const second = spawnApi(registry.config, port);
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.log()).toContain(`Port ${port} is already in use`);
    expect(second.log()).toContain('set PORT to a free port');
    expect(second.log()).not.toMatch(/\n\s+at /);
  });
});
