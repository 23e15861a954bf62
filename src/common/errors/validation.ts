import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from './domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Numbers a request gave that no integer column or JavaScript arithmetic holds exactly (1e20, 1e400). */
function unsafeNumbers(value: unknown, path = '', depth = 0): FieldProblem[] {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? [] : [{ field: path, message: `must be a number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` }];
  if (value === null || typeof value !== 'object' || depth > 32 || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, v]) => unsafeNumbers(v, path ? `${path}.${key}` : key, depth + 1));
}

/**
 * Refuses numbers out of any range the registry stores, whatever the DTO declares:
 * `@IsInt()` alone lets 1e20 through to PostgreSQL, which fails with a 500.
 */
class RegistryValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result = await super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = unsafeNumbers(result);
      if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    }
    return result;
  }
}

/** Whitelists DTO fields, refuses unknown ones and reports every bad field by name. */
export function registryValidationPipe(): ValidationPipe {
  return new RegistryValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new DomainError('VALIDATION_FAILED', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });
    },
  });
}
