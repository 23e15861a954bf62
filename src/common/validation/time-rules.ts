import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { Clock, isoDay } from '../clock/clock.js';

/**
 * Date rules on DTOs ("not in the future"), read against the application's Clock.
 * class-validator builds its constraints outside Nest's injector, so ClockModule hands
 * the injected Clock (or a test's replacement) over at start-up; until then the system
 * time is used. The imports check rows with the same DTOs, so a file meets the same rule.
 */
let clock: Pick<Clock, 'now'> = new Clock();

export function useValidationClock(source: Pick<Clock, 'now'>): void {
  clock = source;
}

/** An ISO date (or date-time) not after today (UTC). */
export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => `${args.property} must not be in the future`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || value.slice(0, 10) <= isoDay(clock.now()) },
    });
}

/** A year not after the current one (UTC). */
export function NotAfterCurrentYear(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notAfterCurrentYear',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => `${args.property} must not be after the current year (${clock.now().getUTCFullYear()})`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'number' || value <= clock.now().getUTCFullYear() },
    });
}
