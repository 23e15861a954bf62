import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { readFromReplica } from '../database/sql.js';

export const MAX_PAGE_SIZE = 200;
/** Largest offset a list accepts: deeper pages would scan; a screen narrows its filters instead. */
export const MAX_OFFSET = 100_000;

/**
 * Up to this many matching rows a list counts exactly; past it the total is the
 * planner's estimate and `totalIsExact` is false, so a screen says "about 250,000".
 * Counting ten million rows on every page is what made the first screen slow; and a
 * filter no index covers whole (stolen pistols) pays a table read per row counted,
 * which at 10,000 rows cost more than the page itself (bench:lists).
 */
export const EXACT_TOTAL_LIMIT = 1_000;

/** The paging query every list endpoint accepts. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset: number = 0;
}

/** A list's total: exact while cheap to count, otherwise an estimate above EXACT_TOTAL_LIMIT. */
export interface Total {
  total: number;
  exact: boolean;
}

export interface Page<T> {
  items: T[];
  page: { limit: number; offset: number; total: number; totalIsExact: boolean };
}

export function pageOf<T, S>(items: S[], total: number | Total, query: PageQuery, map: (s: S) => T): Page<T> {
  const counted = typeof total === 'number' ? { total, exact: true } : total;
  return { items: items.map(map), page: { limit: query.limit, offset: query.offset, total: counted.total, totalIsExact: counted.exact } };
}

/**
 * One page of a list and its total, instead of TypeORM's getManyAndCount (which
 * counts every matching row). The query carries its order, take and skip.
 */
export async function pageRows<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<[E[], Total]> {
  // Inside a transaction the page is read there; otherwise on the replica, if any.
  if ((query as unknown as { queryRunner?: QueryRunner }).queryRunner) return readPage(query);
  return readFromReplica(query.connection, (runner) => readPage(query.setQueryRunner(runner)));
}

async function readPage<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<[E[], Total]> {
  const offset = query.expressionMap.skip ?? 0;
  const limit = query.expressionMap.take;
  const rows = offset > 0 && limit !== undefined && !hasJoins(query) && keyColumns(query).length === 1 ? await deferredPage(query, offset, limit) : await query.getMany();
  // A page that is not full ends the list: it is its own count.
  if (limit !== undefined && rows.length < limit && (rows.length > 0 || offset === 0)) return [rows, { total: offset + rows.length, exact: true }];
  return [rows, await boundedCount(query)];
}

const hasJoins = (query: SelectQueryBuilder<ObjectLiteral>) => query.expressionMap.joinAttributes.length > 0;
const keyColumns = (query: SelectQueryBuilder<ObjectLiteral>) => query.expressionMap.mainAlias!.metadata.primaryColumns.map((c) => `${query.alias}.${c.databaseName}`);

/**
 * A deep page without reading the rows it skips: their keys come off the index that
 * serves the order (an index-only scan), then only the page's rows are read.
 * OFFSET 100,000 read 100,000 rows from the table before; now 100,000 index entries.
 */
async function deferredPage<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, offset: number, limit: number): Promise<E[]> {
  const [key] = keyColumns(query);
  const keys = (await query.clone().skip(undefined).take(undefined).select(key, 'key').offset(offset).limit(limit).getRawMany()) as { key: unknown }[];
  if (keys.length === 0) return [];
  return query.clone().skip(undefined).take(undefined).andWhere(`${key} IN (:...deferredPageKeys)`, { deferredPageKeys: keys.map((k) => k.key) }).getMany();
}

/** Counts up to EXACT_TOTAL_LIMIT + 1 matching rows; beyond, the planner's estimate. */
export async function boundedCount<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<Total> {
  const matching = query.clone().orderBy().skip(undefined).take(undefined).offset(undefined).limit(undefined);
  // Distinct keys only where a join to many rows could count a record twice: without a
  // join the count reads the index alone.
  matching.select(hasJoins(query) ? `DISTINCT ${keyColumns(query).join(', ')}` : keyColumns(query).join(', '));
  const [sql, parameters] = matching.getQueryAndParameters();
  // The count runs where the list ran (inside its transaction, when it has one).
  const runner = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const run = (text: string) => query.connection.query(text, parameters, runner);
  const [{ n }] = (await run(`SELECT count(*)::int AS n FROM (${sql} LIMIT ${EXACT_TOTAL_LIMIT + 1}) matching`)) as { n: number }[];
  if (n <= EXACT_TOTAL_LIMIT) return { total: n, exact: true };
  const [{ 'QUERY PLAN': plan }] = (await run(`EXPLAIN (FORMAT JSON) ${sql}`)) as { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[];
  return { total: Math.max(EXACT_TOTAL_LIMIT + 1, Math.round(plan[0].Plan['Plan Rows'])), exact: false };
}
