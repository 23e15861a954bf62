import { Transform } from 'class-transformer';

/**
 * A query-string flag arrives as the text `true` or `false`; anything else is left as
 * sent, so `@IsBoolean()` refuses it by name instead of it being read as false.
 */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
}
