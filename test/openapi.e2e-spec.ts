import { startRegistry, type TestRegistry } from './support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(() => registry?.close());

// Schema validation of the whole document runs in `npm test` through the CLI
// (`openapi --validate`): the validator does not load inside jest's ESM sandbox.
describe('the OpenAPI document', () => {
  it('declares bearer security on every route but the public ones', async () => {
    const { body } = await registry.http().get('/openapi.json');
    const open = new Set(['/health', '/ready', '/auth/sign-in', '/auth/refresh']);
    const unsecured: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, { security?: unknown[] }>>(body.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!open.has(path) && !(operation.security ?? []).length) unsecured.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(unsecured).toEqual([]);
  });
});
