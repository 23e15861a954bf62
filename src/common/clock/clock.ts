import { Injectable } from '@nestjs/common';

/** Injectable time, so tests can move it (lock-outs, expiry, due dates). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** The UTC calendar day of an instant, as the registry stores dates (2026-11-23). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
