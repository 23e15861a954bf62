import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { dataSourceOptions } from './data-source.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      // Preflight has already reached the database: no retry loop at start-up.
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, config.CONNECT_TIMEOUT_MS, { size: config.DATABASE_POOL_SIZE, waitMs: config.DATABASE_POOL_WAIT_MS }, config.DATABASE_READ_URL),
        retryAttempts: 0,
      }),
    }),
  ],
})
export class DatabaseModule {}
