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

type Schema = { $ref?: string; type?: string; format?: string; items?: Schema; properties?: Record<string, Schema>; allOf?: Schema[]; enum?: unknown[] };
type Operation = { operationId?: string; requestBody?: unknown; parameters?: { in: string; name: string; schema?: Schema }[]; responses: Record<string, { content?: Record<string, { schema?: Schema }> }> };

async function documentOperations() {
  const { body } = await registry.http().get('/openapi.json');
  const operations: { name: string; operation: Operation }[] = [];
  for (const [path, byMethod] of Object.entries<Record<string, Operation>>(body.paths)) {
    for (const [method, operation] of Object.entries(byMethod)) operations.push({ name: `${method.toUpperCase()} ${path}`, operation });
  }
  return { document: body, operations };
}

/**
 * Names that carry a record's id. Not: `requestId` (the HTTP request's correlation id)
 * and the audit trail's `recordId` (a uuid, or the code of a reference record).
 */
const isIdName = (name: string) => (name === 'id' || /[a-z]Ids?$/.test(name)) && name !== 'requestId' && name !== 'recordId' && name !== 'keyId';

describe('the OpenAPI document, for a generated typed client', () => {
  it('gives every operation a success response with a schema, a file type, or 204', async () => {
    const { operations } = await documentOperations();
    const undescribed = operations
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
        return success.length !== 1 || !success.every(([status, response]) => status === '204' || Object.values(response.content ?? {}).some((media) => media.schema));
      })
      .map(({ name }) => name);
    expect(undescribed).toEqual([]);
  });

  it('declares every error response as problem+json, and the usual errors on every operation', async () => {
    const { operations } = await documentOperations();
    const wrong: string[] = [];
    for (const { name, operation } of operations) {
      const errors = Object.entries(operation.responses).filter(([status]) => !/^2\d\d$/.test(status));
      if (!errors.some(([status]) => status === 'default')) wrong.push(`${name}: no default error`);
      for (const [status, response] of errors) {
        // Readiness answers 503 with its own document, so a probe reads one shape.
        if (name === 'GET /ready' && status === '503') continue;
        const media = Object.keys(response.content ?? {});
        if (media.length !== 1 || response.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/Problem') wrong.push(`${name} ${status}: ${media.join(',') || 'no content'}`);
      }
      const takesInput = (operation.parameters ?? []).length > 0 || 'requestBody' in operation;
      if (takesInput && !errors.some(([status]) => status === '400')) wrong.push(`${name}: takes input but declares no 400`);
    }
    expect(wrong).toEqual([]);
  });

  it('describes the problem document with every code of the error table, in its order', async () => {
    const { document } = await documentOperations();
    const { ERROR_STATUS } = await import('../src/common/errors/error-codes.js');
    expect(document.components.schemas.ErrorCode.enum).toEqual(Object.keys(ERROR_STATUS));
    expect(Object.keys(document.components.schemas.Problem.properties)).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId', 'errors']));
  });

  it('marks every id (path and query parameters, request and response fields) as format uuid', async () => {
    const { document, operations } = await documentOperations();
    const loose: string[] = [];
    const check = (where: string, schema: Schema | undefined) => {
      const target = schema?.type === 'array' ? schema.items : schema;
      if (target && !target.$ref && target.format !== 'uuid') loose.push(where);
    };
    for (const { name, operation } of operations) {
      for (const parameter of operation.parameters ?? []) {
        if ((parameter.in === 'path' || parameter.in === 'query') && isIdName(parameter.name)) check(`${name} ${parameter.in} ${parameter.name}`, parameter.schema);
      }
    }
    for (const [schemaName, schema] of Object.entries<Schema>(document.components.schemas)) {
      const walk = (path: string, s: Schema) => {
        for (const [property, value] of Object.entries(s.properties ?? {})) {
          if (isIdName(property)) check(`${path}.${property}`, value);
          if (value.properties) walk(`${path}.${property}`, value);
          if (value.items?.properties) walk(`${path}.${property}[]`, value.items);
        }
      };
      walk(schemaName, schema);
    }
    expect(loose).toEqual([]);
  });
});
