import type { AppConfig } from '../../config/app-config.js';
import { createDataSource } from './data-source.js';
import { DependencyUnavailableError } from './preflight.js';

/** The processes never migrate on their own; they refuse to run on an old schema. */
export async function assertSchemaCurrent(config: AppConfig): Promise<void> {
  const dataSource = createDataSource(config.DATABASE_URL, config.CONNECT_TIMEOUT_MS);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new DependencyUnavailableError('The database schema has pending migrations: run `npm run migrate` (or the CLI `migrate` command) first.');
    }
  } finally {
    await dataSource.destroy();
  }
}
