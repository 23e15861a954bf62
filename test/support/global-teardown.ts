import pg from 'pg';

/** Drops this run's template database and its roles (see global-setup). */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.REGISTRY_TEMPLATE_DATABASE;
  if (!template || !process.env.DATABASE_URL) return;
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    const roles = JSON.parse(process.env.REGISTRY_TEST_ROLES ?? '{}') as Record<string, { name: string }>;
    // A test database left behind still holds objects of the owner: the role then stays, harmlessly.
    for (const role of Object.values(roles)) await client.query(`DROP ROLE IF EXISTS ${role.name}`).catch(() => undefined);
  } finally {
    await client.end();
  }
}
