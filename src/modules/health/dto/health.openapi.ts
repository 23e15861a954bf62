import { ApiProperty } from '@nestjs/swagger';

export type Check = 'ok' | 'unreachable';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

export class ReadinessChecks {
  @ApiProperty({ enum: ['ok', 'unreachable'] }) postgres: Check;
  @ApiProperty({ enum: ['ok', 'unreachable'] }) redis: Check;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({ type: ReadinessChecks }) checks: ReadinessChecks;
}
