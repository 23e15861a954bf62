import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { QUEUE_CONNECTION } from '../../common/queue/job-queue.js';

const WINDOW_SECONDS = 60;

/**
 * Caps sign-in attempts per client address in a fixed window, in Redis so every
 * API instance shares the count. The per-account lock-out is separate (in the
 * database, with the account).
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
}
