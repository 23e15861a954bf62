import pg from 'pg';
import { createRedis } from '../queue/redis.js';
import type { AppConfig } from '../../config/app-config.js';

export class DependencyUnavailableError extends Error {}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Reaches PostgreSQL and Redis once before the application is built, so a wrong
 * URL or a stopped service ends start-up in seconds with a message naming it,
 * instead of a wall of retries.
 */
export async function preflight(config: AppConfig): Promise<void> {
  const databases = [['DATABASE_URL', config.DATABASE_URL], ['DATABASE_READ_URL', config.DATABASE_READ_URL]] as const;
  for (const [variable, url] of databases) {
    if (!url) continue;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: config.CONNECT_TIMEOUT_MS });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw new DependencyUnavailableError(`Cannot reach PostgreSQL at ${describeUrl(url)} (${variable}): ${(error as Error).message || (error as { code?: string }).code}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  const redis = createRedis(config.REDIS_URL, config.CONNECT_TIMEOUT_MS, 'probe');
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    // Managed Redis services may refuse CONFIG; then the operator vouches for the policy.
    const policy = ((await redis.config('GET', 'maxmemory-policy').catch(() => [])) as string[]) ?? [];
    if (policy[1] && policy[1] !== 'noeviction') {
      throw new DependencyUnavailableError(`Redis at ${describeUrl(config.REDIS_URL)} uses maxmemory-policy "${policy[1]}"; the job queue needs "noeviction" or it loses jobs.`);
    }
  } catch (error) {
    if (error instanceof DependencyUnavailableError) throw error;
    throw new DependencyUnavailableError(`Cannot reach Redis at ${describeUrl(config.REDIS_URL)} (REDIS_URL): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
