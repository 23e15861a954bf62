import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';

/**
 * Rows of an UPDATE … RETURNING. TypeORM's manager.query() wraps UPDATE results
 * as [rows, count] on PostgreSQL; the structured result is unambiguous.
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return result.records as T[];
  } finally {
    // A runner made here holds a pooled connection until released; the caller's is the caller's.
    if (runner !== manager.queryRunner) await runner.release();
  }
}

/** The name of a prepared statement: one per text, so a connection never meets two texts under one name. */
export function statementName(sql: string): string {
  return `s_${createHash('sha256').update(sql).digest('base64url').slice(0, 32)}`;
}

/**
 * Rows of a named (server-side prepared) statement. PostgreSQL parses and plans it
 * once per connection; after five executions it may keep one generic plan for any
 * values. On a hot path that is most of the statement's cost (a trace search by
 * exact serial: about 1 ms of parse and plan for 0.2 ms of execution). So only for
 * statements whose right plan does not depend on the values, such as equality on
 * indexed keys. TypeORM's query() cannot name a statement: this takes a pooled
 * connection through a query runner.
 */
export async function queryPrepared<T>(dataSource: DataSource, sql: string, parameters: unknown[], mode: ReplicationMode = 'master'): Promise<T[]> {
  const runner = dataSource.createQueryRunner(mode);
  try {
    const connection = (await runner.connect()) as { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
    return (await connection.query({ name: statementName(sql), text: sql, values: parameters })).rows;
  } finally {
    await runner.release();
  }
}

/** A jsonb object column. `any` because TypeORM's insert typing rejects `unknown` values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;

/**
 * Runs a list's or a search's reads on the replica DATABASE_READ_URL names (on the
 * primary when there is none). What it returns may lag the primary by the replica's
 * delay: never for a read that decides a write, a session or a permission.
 */
export async function readFromReplica<T>(dataSource: DataSource, body: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    return await body(runner);
  } finally {
    await runner.release();
  }
}
