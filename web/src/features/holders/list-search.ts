import { compact, oneOf, pagingParams, textParam, uuidParam, type Paging } from '../../shared/lists/paging';

export const HOLDER_KINDS = ['person', 'organisation'] as const;
export const ORGANISATION_TYPES = ['manufacturer', 'dealer', 'broker', 'carrier', 'state_agency', 'security_company', 'shooting_club', 'other'] as const;
export const SEXES = ['female', 'male', 'unknown'] as const;
export const LICENCE_KINDS = ['possession', 'dealer', 'manufacturer'] as const;

/** The holders list's filters and page in the URL (HolderListQuery in src/modules/holders/dto/holder.dto.ts). */
export interface HolderListSearch extends Paging {
  q?: string;
  documentNumber?: string;
  kind?: (typeof HOLDER_KINDS)[number];
  agencyId?: string;
}

/** What the URL says, reduced to what the API accepts: a name needs 2 characters. */
export function parseHolderListSearch(raw: Record<string, unknown>): HolderListSearch {
  return compact({
    q: textParam(raw.q, 100, 2),
    documentNumber: textParam(raw.documentNumber, 100),
    kind: oneOf(HOLDER_KINDS, raw.kind),
    agencyId: uuidParam(raw.agencyId),
    ...pagingParams(raw),
  });
}
