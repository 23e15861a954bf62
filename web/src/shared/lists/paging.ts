/** Page and page size as the URL carries them; the API pages by limit and offset. */
export interface Paging {
  page?: number;
  pageSize?: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A trimmed text of at most `max` characters (and at least `min`), else dropped. */
export const textParam = (v: unknown, max: number, min = 1) => {
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s.length >= min && s.length <= max ? s : undefined;
};
export const uuidParam = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : undefined);
export const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => values.find((x) => x === v);
export const booleanParam = (v: unknown) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined);

export function pagingParams(raw: Record<string, unknown>): Paging {
  const page = Number(raw.page);
  const pageSize = Number(raw.pageSize);
  return {
    page: Number.isInteger(page) && page > 1 && page <= 4_000 ? page : undefined,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) && pageSize !== DEFAULT_PAGE_SIZE ? pageSize : undefined,
  };
}

/** Drops what is undefined, so the URL carries only the filters set. */
export function compact<T extends object>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as T;
}

/** The API's limit and offset for a page, and the filters without the paging. */
export function toPageQuery<T extends Paging>(search: T): Omit<T, 'page' | 'pageSize'> & { limit: number; offset: number } {
  const { page = 1, pageSize, ...filters } = search;
  const limit = pageSize ?? DEFAULT_PAGE_SIZE;
  return { ...filters, limit, offset: (page - 1) * limit };
}
