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
 *
 * Least privilege, as in production: this run's owner role owns the template and
 * runs the migrations; the registries under test log in as this run's app role, a
 * member of `registry_app`. DATABASE_URL stays the superuser's, for making and
 * dropping databases (and for the tamper drills).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the tests with `npm test`, which starts PostgreSQL and Redis.');
  const run = randomBytes(4).toString('hex');
  const TEMPLATE_DATABASE = `registry_template_${run}`;
  const owner = { name: `test_owner_${run}`, password: randomBytes(12).toString('hex') };
  const app = { name: `test_app_${run}`, password: randomBytes(12).toString('hex') };
  process.env.REGISTRY_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_app') THEN CREATE ROLE registry_app NOLOGIN; END IF;
    EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await client.query(`CREATE ROLE ${owner.name} LOGIN PASSWORD '${owner.password}'`);
    await client.query(`CREATE ROLE ${app.name} LOGIN PASSWORD '${app.password}' IN ROLE registry_app`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE} OWNER ${owner.name}`);
  } finally {
    await client.end();
  }
  const as = (role: { name: string; password: string }, database: string) => {
    const url = new URL(server);
    url.username = role.name;
    url.password = role.password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  process.env.REGISTRY_TEST_ROLES = JSON.stringify({ owner, app });
  // The app role's URL on the server; test files point it at their own database.
  process.env.REGISTRY_APP_DATABASE_URL = as(app, 'postgres');

  const root = path.resolve(import.meta.dirname, '../..');
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), command], {
      env: {
        ...process.env,
        DATABASE_URL: as(app, TEMPLATE_DATABASE),
        MIGRATION_DATABASE_URL: as(owner, TEMPLATE_DATABASE),
        JWT_SECRET: process.env.JWT_SECRET ?? 'x'.repeat(40),
        LOG_LEVEL: 'warn',
      },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${command} of the template database failed:\n${result.stdout}${result.stderr}`);
  }
}
