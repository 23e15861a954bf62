import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../src/common/http/openapi.js';
import { projectRoot } from '../src/common/project-root.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(() => registry?.close());

// The web interface's typed client is generated from web/src/shared/api/openapi.json
// (web's own test checks schema.d.ts against that file); this checks the file against the code.
describe('the web interface’s generated API client', () => {
  it('was generated from the OpenAPI document the code produces today (else run `npm run api:generate -w web`)', () => {
    const committed = JSON.parse(readFileSync(path.join(projectRoot(), 'web/src/shared/api/openapi.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument(registry.app)))).toEqual(committed);
  });
});
