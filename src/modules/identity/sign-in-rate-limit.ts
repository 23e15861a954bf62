import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { QUEUE_CONNECTION } from '../../common/queue/job-queue.js';
import { FAILURE_MEMORY_SECONDS, retryDelaySeconds } from './lockout.js';

const WINDOW_SECONDS = 60;

/**
 * Sign-in throttles kept in Redis, so every API instance shares the counts: attempts
 * per client address in a fixed window, and failures per (username, address) with
 * growing delays (lockout.ts). The account's own soft lock is in the database, with
 * the account.
 */
@Injectable()
export class SignInRateLimit {
  constructor(
    @Inject(QUEUE_CONNECTION) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async hit(clientAddress: string | null): Promise<void> {
    const key = `${this.config.QUEUE_PREFIX}:sign-in:${clientAddress ?? 'unknown'}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS, 'NX').exec()) as [[null, number]];
    if (count > this.config.SIGN_IN_ATTEMPTS_PER_MINUTE) {
      throw new DomainError('TOO_MANY_REQUESTS', `Too many sign-in attempts from this address; wait ${WINDOW_SECONDS} seconds.`, { retryAfterSeconds: WINDOW_SECONDS });
    }
  }

  /** Refuses, before any password is checked, an address that must still wait before trying this username again. */
  async assertMayTry(username: string, clientAddress: string | null, now: Date): Promise<void> {
    const [failures, last] = await this.redis.hmget(this.pairKey(username, clientAddress), 'failures', 'last');
    const waitUntil = Number(last ?? 0) + retryDelaySeconds(Number(failures ?? 0)) * 1000;
    if (waitUntil > now.getTime()) {
      const seconds = Math.ceil((waitUntil - now.getTime()) / 1000);
      throw new DomainError('TOO_MANY_REQUESTS', `Too many failed sign-ins for this username from this address; wait ${seconds} seconds.`, { retryAfterSeconds: seconds });
    }
  }

  async recordFailure(username: string, clientAddress: string | null, now: Date): Promise<void> {
    const key = this.pairKey(username, clientAddress);
    await this.redis.multi().hincrby(key, 'failures', 1).hset(key, 'last', String(now.getTime())).expire(key, FAILURE_MEMORY_SECONDS).exec();
  }

  async clear(username: string, clientAddress: string | null): Promise<void> {
    await this.redis.del(this.pairKey(username, clientAddress));
  }

  private pairKey(username: string, clientAddress: string | null): string {
    return `${this.config.QUEUE_PREFIX}:sign-in-failures:${clientAddress ?? 'unknown'}:${username.toLowerCase().slice(0, 200)}`;
  }
}
