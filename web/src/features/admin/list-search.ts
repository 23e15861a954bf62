import { booleanParam, compact, oneOf, pagingParams, textParam, uuidParam, type Paging } from '../../shared/lists/paging';

export const ROLES = ['admin', 'registry_officer', 'investigator', 'auditor'] as const;
export const AGENCY_TYPES = ['national_firearms_authority', 'police', 'gendarmerie', 'customs', 'border_guard', 'prosecution', 'judiciary', 'armed_forces', 'forensic_laboratory', 'other'] as const;
export const REFERENCE_LISTS = ['unresolved', 'manufacturers', 'calibres', 'categories', 'actions', 'countries'] as const;
export type ReferenceList = (typeof REFERENCE_LISTS)[number];

/** UserListQuery (src/modules/identity/dto/user.dto.ts) in the URL. */
export interface UserListSearch extends Paging {
  q?: string;
  role?: (typeof ROLES)[number];
  agencyId?: string;
  disabled?: boolean;
}

export function parseUserListSearch(raw: Record<string, unknown>): UserListSearch {
  return compact({ q: textParam(raw.q, 100), role: oneOf(ROLES, raw.role), agencyId: uuidParam(raw.agencyId), disabled: booleanParam(raw.disabled), ...pagingParams(raw) });
}

/** AgencyListQuery (src/modules/identity/dto/agency.dto.ts) in the URL. */
export interface AgencyListSearch extends Paging {
  type?: (typeof AGENCY_TYPES)[number];
  region?: string;
  active?: boolean;
}

export function parseAgencyListSearch(raw: Record<string, unknown>): AgencyListSearch {
  return compact({ type: oneOf(AGENCY_TYPES, raw.type), region: textParam(raw.region, 100), active: booleanParam(raw.active), ...pagingParams(raw) });
}

/** Which reference list is open (the review queue first: it is the daily work), its search and page. */
export interface ReferenceSearch extends Paging {
  list?: ReferenceList;
  q?: string;
}

export function parseReferenceSearch(raw: Record<string, unknown>): ReferenceSearch {
  const list = oneOf(REFERENCE_LISTS, raw.list);
  return compact({ list: list === 'unresolved' ? undefined : list, q: textParam(raw.q, 100), ...pagingParams(raw) });
}
