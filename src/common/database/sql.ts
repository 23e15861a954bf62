import type { EntityManager } from 'typeorm';

/**
 * Rows of an UPDATE … RETURNING. TypeORM's manager.query() wraps UPDATE results
 * as [rows, count] on PostgreSQL; the structured result is unambiguous.
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const result = await runner.query(sql, parameters, true);
  return result.records as T[];
}

/** A jsonb object column. `any` because TypeORM's insert typing rejects `unknown` values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;
