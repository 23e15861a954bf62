import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;
/** PostgreSQL's OFFSET is a bigint; no list is near this long, and 1e20 would fail in the database. */
export const MAX_OFFSET = 2_147_483_647;

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

export interface Page<T> {
  items: T[];
  page: { limit: number; offset: number; total: number };
}

export function pageOf<T, S>(items: S[], total: number, query: PageQuery, map: (s: S) => T): Page<T> {
  return { items: items.map(map), page: { limit: query.limit, offset: query.offset, total } };
}
