import type { components } from '../../shared/api/schema';

type Schemas = components['schemas'];
export const TRACE_DIRECTIONS = ['incoming', 'outgoing'] as const satisfies readonly Schemas['TraceDirection'][];
export const TRACE_STATUSES = ['draft', 'sent', 'acknowledged', 'answered', 'closed'] as const satisfies readonly Schemas['TraceStatus'][];
export const TRACE_PRIORITIES = ['urgent', 'routine'] as const satisfies readonly Schemas['TracePriority'][];
export const TRACE_OUTCOMES = ['traced_to_last_legal_holder', 'traced_to_point_of_diversion', 'origin_established_without_trace', 'not_traced'] as const satisfies readonly Schemas['TraceOutcome'][];

/** The tracing list's filters and page, as the URL carries them. */
export interface TraceListSearch {
  direction?: (typeof TRACE_DIRECTIONS)[number];
  status?: (typeof TRACE_STATUSES)[number];
  priority?: (typeof TRACE_PRIORITIES)[number];
  outcome?: (typeof TRACE_OUTCOMES)[number];
  overdue?: boolean;
  seizureId?: string;
  page?: number;
}

export const TRACE_PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], v: unknown) => values.find((x) => x === v);

/** Anything in the URL, to filters the API accepts; what is not understood is dropped. */
export function parseTraceListSearch(raw: Record<string, unknown>): TraceListSearch {
  const page = Number(raw.page);
  const result: TraceListSearch = {
    direction: oneOf(TRACE_DIRECTIONS, raw.direction),
    status: oneOf(TRACE_STATUSES, raw.status),
    priority: oneOf(TRACE_PRIORITIES, raw.priority),
    outcome: oneOf(TRACE_OUTCOMES, raw.outcome),
    overdue: raw.overdue === true || raw.overdue === 'true' ? true : undefined,
    seizureId: typeof raw.seizureId === 'string' && UUID.test(raw.seizureId) ? raw.seizureId.toLowerCase() : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 4000 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as TraceListSearch;
}

/** The API's query: sorted for an inbox (waiting first, soonest due first), paged as limit and offset. */
export function toTraceListQuery(search: TraceListSearch) {
  const { page = 1, ...filters } = search;
  return { ...filters, order: 'due' as const, limit: TRACE_PAGE_SIZE, offset: (page - 1) * TRACE_PAGE_SIZE };
}

/** Where a new request comes from, as the URL says: a received one, a seized item, a search hit, or typed by hand. */
export interface NewTraceSearch {
  direction?: 'incoming';
  seizureItemId?: string;
  firearmId?: string;
}

export function parseNewTraceSearch(raw: Record<string, unknown>): NewTraceSearch {
  const uuid = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : undefined);
  const result: NewTraceSearch = { direction: raw.direction === 'incoming' ? 'incoming' : undefined, seizureItemId: uuid(raw.seizureItemId), firearmId: uuid(raw.firearmId) };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as NewTraceSearch;
}
