import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** This run's template, named by global-setup. */
export const TEMPLATE_DATABASE = process.env.REGISTRY_TEMPLATE_DATABASE ?? 'registry_template';

/** The server-level URL the test command gave us, pointed at another database. */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

/** The same database as the application's role (owns nothing; see global-setup). */
export function appDatabaseUrl(name: string): string {
  const url = new URL(process.env.REGISTRY_APP_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, copied from the migrated template in milliseconds. */
/** `url` is the application role's; `superuserUrl` the server superuser's, for what an intruder could do. */
export async function createTestDatabase(): Promise<{ name: string; url: string; superuserUrl: string; drop: () => Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    name,
    url: appDatabaseUrl(name),
    superuserUrl: databaseUrl(name),
    drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Maintenance as the server's superuser: the application's role owns no table, so its
 * VACUUM ANALYZE would skip them and leave the planner without statistics.
 */
export async function vacuumAnalyze(superuserUrl: string, ...tables: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const table of tables) await client.query(`VACUUM ANALYZE ${table}`);
  } finally {
    await client.end();
  }
}
