import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../../migrations/index.js';

/** One definition of the connection, shared by the API, the worker, the CLI and tests. */
export function dataSourceOptions(
  url: string,
  connectTimeoutMs = 5000,
  pool: { size: number; waitMs: number } = { size: 10, waitMs: connectTimeoutMs },
  readUrl?: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    // With a replica, only what asks for it (`readFromReplica`) reads there: every
    // other query, sessions and permissions included, stays on the primary.
    ...(readUrl ? { replication: { master: { url }, slaves: [{ url: readUrl }], defaultMode: 'master' as const } } : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // pg applies this both to opening a connection and to waiting for a pooled one:
    // past it the request fails fast (503, see pool.ts) instead of queueing.
    connectTimeoutMS: pool.waitMs,
    extra: { max: pool.size, application_name: 'firearms-registry' },
  };
}

export function createDataSource(url: string, connectTimeoutMs?: number): DataSource {
  return new DataSource(dataSourceOptions(url, connectTimeoutMs));
}

