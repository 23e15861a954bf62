import { compact, oneOf, pagingParams, textParam, toPageQuery, uuidParam, type Paging } from '../../shared/lists/paging';
import { RECORD_TYPES } from './audit-words';

/** The audit search's filters, page and the verification being watched, as the URL carries them. */
export interface AuditSearch extends Paging {
  actor?: string;
  recordType?: (typeof RECORD_TYPES)[number];
  action?: string;
  /** Days (YYYY-MM-DD), both inclusive on screen. */
  from?: string;
  to?: string;
  verification?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown) => (typeof v === 'string' && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);

export function parseAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const action = textParam(raw.action, 60);
  return compact({
    actor: uuidParam(raw.actor),
    recordType: oneOf(RECORD_TYPES, raw.recordType),
    action: action && /^[a-z_.]+$/.test(action) ? action : undefined,
    from: day(raw.from),
    to: day(raw.to),
    verification: uuidParam(raw.verification),
    ...pagingParams(raw),
  });
}

/** The API's query: the "to" day is included, so the bound sent is the next midnight (UTC, the API's clock). */
export function toAuditQuery(search: AuditSearch) {
  const { verification: _watched, from, to, ...rest } = search;
  const next = to ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString() : undefined;
  return compact({ ...toPageQuery(rest), from: from ? `${from}T00:00:00.000Z` : undefined, to: next });
}
