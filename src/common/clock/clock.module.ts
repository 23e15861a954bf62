import { Global, Module } from '@nestjs/common';
import { useValidationClock } from '../validation/time-rules.js';
import { Clock } from './clock.js';

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {
  // The DTOs' date rules read the same (possibly replaced) clock as the services.
  constructor(clock: Clock) {
    useValidationClock(clock);
  }
}
