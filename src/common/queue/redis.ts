import { Redis } from 'ioredis';

/** BullMQ workers block on Redis; they need retries unlimited per request. */
export function createRedis(url: string, connectTimeoutMs: number, purpose: 'queue' | 'worker' | 'probe'): Redis {
  return new Redis(url, {
    connectTimeout: connectTimeoutMs,
    maxRetriesPerRequest: purpose === 'worker' ? null : purpose === 'probe' ? 0 : 3,
    enableOfflineQueue: purpose !== 'probe',
    lazyConnect: purpose === 'probe',
    retryStrategy: purpose === 'probe' ? () => null : (times) => Math.min(times * 200, 2000),
  });
}
