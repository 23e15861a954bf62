import { readFileSync } from 'node:fs';
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

  /**
   * The owner role's connection, used by `migrate` only (DATABASE_URL is the
   * application role's, which owns nothing). Defaults to DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  MIGRATION_DATABASE_URL?: string;

  /**
   * A streaming replica for the API's lists and trace searches (optional). Everything
   * else, writes, reads inside a transaction, sessions and permissions, stays on DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_READ_URL?: string;

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

  /** Connections each API or worker process keeps to PostgreSQL (size it to max_connections / processes). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 10;

  /** How long a request waits for a free connection before it is refused with 503 and Retry-After. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  DATABASE_POOL_WAIT_MS = 2000;

  /** Sign-in attempts allowed per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_ATTEMPTS_PER_MINUTE = 20;

  /**
   * Which proxies in front of the API may say who the client is (X-Forwarded-For), in
   * Express's "trust proxy" terms: a hop count, or addresses, subnets and the names
   * loopback, linklocal, uniquelocal, comma-separated. Unset, the socket's address is the
   * client: behind a reverse proxy every client would then share the proxy's address and
   * its sign-in throttles.
   */
  @IsOptional()
  @Matches(/^(\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, { message: 'must be a hop count or comma-separated addresses, subnets or loopback/linklocal/uniquelocal' })
  TRUST_PROXY?: string;

  /** ISO 3166 alpha-2 code of the state this registry belongs to: the letterhead of its printed documents. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 country code, e.g. SN' })
  REGISTRY_COUNTRY?: string;

  /** The national tracing contact point printed on requests and answers: address, telephone, e-mail. */
  @IsOptional()
  @IsString()
  DOCUMENT_CONTACT_POINT?: string;

  /** Language of printed documents (tracing request and answer): en, fr or es. */
  @IsIn(['en', 'fr', 'es'])
  DOCUMENT_LANGUAGE: 'en' | 'fr' | 'es' = 'en';

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

  /** Most bytes an XLSX file may unpack to (a zip bomb is refused past it; memory stays bounded either way). */
  @Transform(toInt)
  @IsInt()
  @Min(1024 * 1024)
  IMPORT_XLSX_MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

  /** How often the worker looks for imports no run holds (lease lapsed, job lost) to resume or fail them. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  IMPORT_SWEEP_MS = 30_000;

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

  /**
   * Ed25519 private key (PKCS#8 PEM) the worker signs audit checkpoints with; kept
   * outside the database. Without it the trail is not sealed.
   */
  @IsOptional()
  @IsString()
  AUDIT_SIGNING_KEY_FILE?: string;

  /** The matching public key (SPKI PEM), served and used to verify; derived from the signing key when unset. */
  @IsOptional()
  @IsString()
  AUDIT_PUBLIC_KEY_FILE?: string;

  /** Signed checkpoints, one JSON document a line, appended by the worker; outside PostgreSQL. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_FILE?: string;

  /** New entries are sealed at most this long after they are written. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  AUDIT_SEAL_INTERVAL_SECONDS = 60;

  /** Most entries one checkpoint adds: a tampered entry is located within this many. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  AUDIT_SEAL_BATCH = 1000;

  /**
   * Where the worker writes its heartbeat (JSON with the time), after checking that PostgreSQL
   * and Redis answer and that its queue workers run; `dist/src/worker-health.js` reads it (the
   * container's health check). Unset: no heartbeat.
   */
  @IsOptional()
  @IsString()
  WORKER_HEARTBEAT_FILE?: string;

  /** Seconds between heartbeats; the health check fails when the last one is three intervals old. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  WORKER_HEARTBEAT_SECONDS = 10;

  /** Creates this administrator on first start when no administrator exists yet. */
  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  BOOTSTRAP_ADMIN_PASSWORD?: string;
}

const VARIABLES = [
  'NODE_ENV', 'DATABASE_URL', 'MIGRATION_DATABASE_URL', 'DATABASE_READ_URL', 'REDIS_URL', 'JWT_SECRET', 'PORT', 'LOG_LEVEL', 'CORS_ORIGINS', 'WEB_DIST_DIR', 'BODY_LIMIT_BYTES',
  'ACCESS_TOKEN_TTL_SECONDS', 'REFRESH_TOKEN_TTL_SECONDS', 'CONNECT_TIMEOUT_MS', 'DATABASE_POOL_SIZE', 'DATABASE_POOL_WAIT_MS', 'SIGN_IN_ATTEMPTS_PER_MINUTE', 'TRUST_PROXY', 'REGISTRY_COUNTRY', 'DOCUMENT_CONTACT_POINT', 'DOCUMENT_LANGUAGE', 'QUEUE_PREFIX', 'IMPORT_DIR', 'IMPORT_MAX_BYTES', 'JOB_LOCK_MS', 'IMPORT_SWEEP_MS', 'IMPORT_XLSX_MAX_UNPACKED_BYTES', 'TRACE_DUE_DAYS_URGENT', 'TRACE_DUE_DAYS_ROUTINE', 'BOOTSTRAP_ADMIN_USERNAME', 'BOOTSTRAP_ADMIN_PASSWORD',
  'AUDIT_SIGNING_KEY_FILE', 'AUDIT_PUBLIC_KEY_FILE', 'AUDIT_CHECKPOINT_FILE', 'AUDIT_SEAL_INTERVAL_SECONDS', 'AUDIT_SEAL_BATCH',
  'WORKER_HEARTBEAT_FILE', 'WORKER_HEARTBEAT_SECONDS',
] as const satisfies readonly (keyof AppConfig)[];

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Secrets that may come from a file instead (`JWT_SECRET_FILE=/run/secrets/jwt_secret`): Docker secrets, never the environment. */
const SECRET_FILES = ['JWT_SECRET', 'DATABASE_PASSWORD', 'MIGRATION_DATABASE_PASSWORD', 'BOOTSTRAP_ADMIN_PASSWORD'] as const;

/**
 * The environment with `X_FILE` secrets read, and the connection URLs built from parts
 * when not given whole: DATABASE_HOST, DATABASE_PORT (5432), DATABASE_NAME (registry),
 * DATABASE_USER, DATABASE_PASSWORD; MIGRATION_DATABASE_USER / _PASSWORD for the owner.
 * Parts are percent-encoded, so a password may hold `@`, `/`, `:` or `#`.
 */
export function resolveEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const resolved: NodeJS.ProcessEnv = { ...env };
  const problems: { variable: string; message: string }[] = [];
  for (const name of SECRET_FILES) {
    const file = env[`${name}_FILE`];
    if (!file || env[name]) continue;
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push({ variable: `${name}_FILE`, message: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  const byParts = (user: string | undefined, password: string | undefined, variable: string) => {
    if (!resolved.DATABASE_HOST) return undefined;
    if (!user) {
      problems.push({ variable, message: 'is required when DATABASE_HOST is set and no URL is given' });
      return undefined;
    }
    const url = new URL('postgres://placeholder');
    url.hostname = resolved.DATABASE_HOST;
    url.port = resolved.DATABASE_PORT || '5432';
    url.pathname = `/${encodeURIComponent(resolved.DATABASE_NAME || 'registry')}`;
    url.username = encodeURIComponent(user);
    if (password) url.password = encodeURIComponent(password);
    return url.toString();
  };
  if (!resolved.DATABASE_URL) resolved.DATABASE_URL = byParts(resolved.DATABASE_USER, resolved.DATABASE_PASSWORD, 'DATABASE_USER');
  if (!resolved.MIGRATION_DATABASE_URL && resolved.MIGRATION_DATABASE_USER) {
    resolved.MIGRATION_DATABASE_URL = byParts(resolved.MIGRATION_DATABASE_USER, resolved.MIGRATION_DATABASE_PASSWORD, 'MIGRATION_DATABASE_USER');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return resolved;
}

export function loadConfig(given: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = resolveEnvironment(given);
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
