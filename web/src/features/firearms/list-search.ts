import { FIREARM_STATUSES } from '../../shared/ui/register-words';

/** The firearms list's filters and page, as the URL carries them (bookmarkable, shareable). */
export interface FirearmListSearch {
  status?: (typeof FIREARM_STATUSES)[number];
  category?: string;
  make?: string;
  agencyId?: string;
  holderId?: string;
  registeredFrom?: string;
  registeredTo?: string;
  sort?: FirearmListSort;
  page?: number;
  pageSize?: number;
}

/** The API's orders (a leading "-" is newest/last first); the default is left out of the URL. */
export const FIREARM_LIST_SORTS = ['-registered', 'registered', 'serial', '-serial', 'make', '-make'] as const;
export type FirearmListSort = (typeof FIREARM_LIST_SORTS)[number];
export const DEFAULT_SORT: FirearmListSort = '-registered';

/** The list's sortable columns and the API order each stands for. */
export const SORT_COLUMNS = { serialNumber: 'serial', make: 'make', createdAt: 'registered' } as const;
export type SortColumn = keyof typeof SORT_COLUMNS;

export function sortStatusOf(sort: FirearmListSort = DEFAULT_SORT): { columnAccessor: SortColumn; direction: 'asc' | 'desc' } {
  const key = sort.replace(/^-/, '');
  const column = (Object.keys(SORT_COLUMNS) as SortColumn[]).find((c) => SORT_COLUMNS[c] === key)!;
  return { columnAccessor: column, direction: sort.startsWith('-') ? 'desc' : 'asc' };
}

export function sortOf(status: { columnAccessor: string; direction: 'asc' | 'desc' }): FirearmListSort | undefined {
  const key = SORT_COLUMNS[status.columnAccessor as SortColumn];
  if (!key) return undefined;
  const sort = `${status.direction === 'desc' ? '-' : ''}${key}` as FirearmListSort;
  return sort === DEFAULT_SORT ? undefined : sort;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (v: unknown, max: number) => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const date = (v: unknown) => (typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
const uuid = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : undefined);

/**
 * Anything in the URL, to filters the API accepts: a hand-edited or stale link never
 * sends a request the API would refuse; what is not understood is dropped.
 */
export function parseFirearmListSearch(raw: Record<string, unknown>): FirearmListSearch {
  const page = Number(raw.page);
  const pageSize = Number(raw.pageSize);
  const status = FIREARM_STATUSES.find((s) => s === raw.status);
  const result: FirearmListSearch = {
    status,
    category: text(raw.category, 40),
    make: text(raw.make, 200),
    agencyId: uuid(raw.agencyId),
    holderId: uuid(raw.holderId),
    registeredFrom: date(raw.registeredFrom),
    registeredTo: date(raw.registeredTo),
    sort: FIREARM_LIST_SORTS.find((s) => s === raw.sort && s !== DEFAULT_SORT),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) && pageSize !== DEFAULT_PAGE_SIZE ? pageSize : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as FirearmListSearch;
}

/** The API's query for a list search: paging as limit and offset; "registered to" includes that day. */
export function toListQuery(search: FirearmListSearch) {
  const limit = search.pageSize ?? DEFAULT_PAGE_SIZE;
  const { page = 1, pageSize: _pageSize, registeredTo, ...filters } = search;
  return {
    ...filters,
    ...(registeredTo ? { registeredTo: nextDay(registeredTo) } : {}),
    limit,
    offset: (page - 1) * limit,
  };
}

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
