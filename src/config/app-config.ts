import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every environment variable the registry reads, validated once at start-up so a
 * typo stops the process with the variable's name instead of failing later.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// connection URL' })
  REDIS_URL: string;

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (use a random secret)' })
  JWT_SECRET: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Comma-separated browser origins allowed by CORS; empty keeps CORS closed. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /** The built web interface (index.html + assets/); default `<project>/web/dist`. Absent folder: API only. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Largest accepted JSON body, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

  /** How long start-up waits for PostgreSQL and Redis before giving up. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  CONNECT_TIMEOUT_MS = 5000;

  /** Sign-in attempts allowed per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_ATTEMPTS_PER_MINUTE = 20;

  /** Redis key prefix of the job queues: lets several registries share one Redis. */
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'must be 1–40 lower-case letters, digits, dashes or underscores' })
  QUEUE_PREFIX = 'registry';

  /** Where uploaded import files are kept; the API and the worker must both reach it. */
  @IsOptional()
  @IsString()
  IMPORT_DIR?: string;

  /** Largest accepted import file, in bytes (default 256 MiB). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_BYTES = 256 * 1024 * 1024;

  /** How long a worker holds a job before another may take it over (a killed worker's job resumes after this). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS = 30_000;

  /** Days an urgent tracing request has before it is overdue (ITI: "in good time"). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  TRACE_DUE_DAYS_URGENT = 2;

  /** Days a routine tracing request has before it is overdue. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  TRACE_DUE_DAYS_ROUTINE = 30;

  /** Creates this administrator on first start when no administrator exists yet. */
  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_PASSWORD?: string;
}

const VARIABLES = [
  'NODE_ENV', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PORT', 'LOG_LEVEL', 'CORS_ORIGINS', 'WEB_DIST_DIR', 'BODY_LIMIT_BYTES',
  'ACCESS_TOKEN_TTL_SECONDS', 'REFRESH_TOKEN_TTL_SECONDS', 'CONNECT_TIMEOUT_MS', 'SIGN_IN_ATTEMPTS_PER_MINUTE', 'QUEUE_PREFIX', 'IMPORT_DIR', 'IMPORT_MAX_BYTES', 'JOB_LOCK_MS', 'TRACE_DUE_DAYS_URGENT', 'TRACE_DUE_DAYS_ROUTINE', 'BOOTSTRAP_ADMIN_USERNAME', 'BOOTSTRAP_ADMIN_PASSWORD',
] as const satisfies readonly (keyof AppConfig)[];

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of VARIABLES) {
    if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => ({
        variable: e.property,
        message: e.value === undefined ? 'is required but not set' : Object.values(e.constraints ?? {}).join('; '),
      })),
    );
  }
  if (config.BOOTSTRAP_ADMIN_USERNAME && !config.BOOTSTRAP_ADMIN_PASSWORD) {
    throw new ConfigError([{ variable: 'BOOTSTRAP_ADMIN_PASSWORD', message: 'is required when BOOTSTRAP_ADMIN_USERNAME is set' }]);
  }
  return config;
}
