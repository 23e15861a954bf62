import { Injectable } from '@nestjs/common';

/** Injectable time, so tests can move it (lock-outs, expiry, due dates). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
