import { compact, oneOf, pagingParams, toPageQuery, type Paging } from '../../shared/lists/paging';

export const ALERT_STATES = ['open', 'acknowledged'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/**
 * The inbox's filters in the URL (HitAlertListQuery in src/modules/seizures/dto/seizure.dto.ts).
 * By default it shows what is still to do: open alerts addressed to the user's agency.
 */
export interface AlertListSearch extends Paging {
  /** Open unless the URL asks for acknowledged ones, or `all`. */
  state?: AlertState | 'all';
  /** Every agency's alerts (oversight), not only those addressed to the user's. */
  everyAgency?: true;
}

export function parseAlertListSearch(raw: Record<string, unknown>): AlertListSearch {
  const state = raw.state === 'all' ? 'all' : oneOf(ALERT_STATES, raw.state);
  return compact({
    state: state === 'open' ? undefined : state,
    everyAgency: raw.everyAgency === true || raw.everyAgency === 'true' ? (true as const) : undefined,
    ...pagingParams(raw),
  });
}

/** The API's query for an inbox page. */
export function toAlertListQuery(search: AlertListSearch): { state?: AlertState; mine?: 'true'; limit: number; offset: number } {
  const { state = 'open', everyAgency, ...paging } = search;
  const { limit, offset } = toPageQuery(paging);
  return compact({ state: state === 'all' ? undefined : state, mine: everyAgency ? undefined : ('true' as const), limit, offset });
}

/** How often the badge asks for the count of open alerts: a resurfaced stolen firearm should not wait long. */
export const ALERT_COUNT_REFRESH_MS = 60_000;
