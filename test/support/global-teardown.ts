import pg from 'pg';

/** Drops this run's template database (see global-setup). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.REGISTRY_TEMPLATE_DATABASE;
  if (!template || !process.env.DATABASE_URL) return;
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
