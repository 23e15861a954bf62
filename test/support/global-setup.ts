import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

// jest loads this file outside its module mapper, so it imports nothing from
// the project's sources: it migrates through the built CLI, as production does.

/**
 * Migrates and loads reference data once into a template database; each test
 * file copies it. The template is this run's own: runs sharing a PostgreSQL
 * server (two engineers, parallel CI jobs) would otherwise drop it under each
 * other. Test files read its name from the environment, which jest's workers
 * inherit; global-teardown drops it.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which starts PostgreSQL and Redis.');
  const TEMPLATE_DATABASE = `registry_template_${randomBytes(4).toString('hex')}`;
  process.env.REGISTRY_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await client.end();

  const template = new URL(server);
  template.pathname = `/${TEMPLATE_DATABASE}`;
  const root = path.resolve(import.meta.dirname, '../..');
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), command], {
      env: { ...process.env, DATABASE_URL: template.toString(), JWT_SECRET: process.env.JWT_SECRET ?? 'x'.repeat(40), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${command} of the template database failed:\n${result.stdout}${result.stderr}`);
  }
}
