import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators.js';
import { Responds } from '../../common/http/responds.js';
import { HealthResponse, ReadinessResponse, type Check } from './dto/health.openapi.js';
import { QUEUE_CONNECTION } from '../../common/queue/job-queue.js';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_CONNECTION) private readonly redis: Redis,
  ) {}

  /** The process is up (liveness). */
  @Responds(HealthResponse, { errors: [] })
  @Get('health')
  @HttpCode(200)
  health(): HealthResponse {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis both answer (readiness). */
  @Responds(ReadinessResponse, { errors: [] })
  @Get('ready')
  @ApiServiceUnavailableResponse({ type: ReadinessResponse, description: 'PostgreSQL or Redis does not answer (the same document, not a problem).' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const [postgres, redis] = await Promise.all([
      this.probe(() => this.dataSource.query('SELECT 1')),
      this.probe(() => this.redis.ping()),
    ]);
    const ok = postgres === 'ok' && redis === 'ok';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis } };
  }

  private async probe(check: () => Promise<unknown>): Promise<Check> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref());
    try {
      await Promise.race([check(), timeout]);
      return 'ok';
    } catch {
      return 'unreachable';
    }
  }
}
