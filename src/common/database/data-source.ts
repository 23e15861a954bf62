import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from '../../../migrations/index.js';

/** One definition of the connection, shared by the API, the worker, the CLI and tests. */
export function dataSourceOptions(url: string, connectTimeoutMs = 5000): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    connectTimeoutMS: connectTimeoutMs,
    extra: { max: 10, application_name: 'firearms-registry' },
  };
}

export function createDataSource(url: string, connectTimeoutMs?: number): DataSource {
  return new DataSource(dataSourceOptions(url, connectTimeoutMs));
}
