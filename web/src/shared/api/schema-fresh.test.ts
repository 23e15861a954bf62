import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the generator script
import { renderSchema } from '../../../scripts/render-schema.mjs';

describe('generated API client', () => {
  it('schema.d.ts is what openapi-typescript makes of the committed openapi.json (regenerate with `npm run api:generate -w web`)', async () => {
    const document = JSON.parse(readFileSync(path.join(import.meta.dirname, 'openapi.json'), 'utf8'));
    expect(readFileSync(path.join(import.meta.dirname, 'schema.d.ts'), 'utf8')).toBe(await renderSchema(document));
  }, 60_000);
});
