#!/usr/bin/env node
/**
 * Regenerates the typed API client's types.
 *
 *   npm run api:generate -w web                 # document from the code (builds the API; starts local services if DATABASE_URL is unset)
 *   npm run api:generate -w web -- --from FILE  # document from a file, e.g. saved from /api/openapi.json
 *
 * Writes src/shared/api/openapi.json (the document, committed so staleness is testable)
 * and src/shared/api/schema.d.ts (openapi-typescript's output).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderSchema } from './render-schema.mjs';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(web, '..');
const documentFile = path.join(web, 'src/shared/api/openapi.json');
const schemaFile = path.join(web, 'src/shared/api/schema.d.ts');

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (values.from) {
  copyFileSync(path.resolve(values.from), documentFile);
} else {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/registry.mjs'), 'openapi', '--out', documentFile], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
writeFileSync(schemaFile, await renderSchema(JSON.parse(readFileSync(documentFile, 'utf8'))));
process.stdout.write(`wrote ${path.relative(root, documentFile)} and ${path.relative(root, schemaFile)}\n`);
