import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { ResponseOf } from '../../shared/api/types';
import type { components } from '../../shared/api/schema';

export type TraceCriteria = components['schemas']['TraceSearchRequest'];

/** Mirrors lastLegalHolderOf / holderSummary (src/modules/holders/dto/holder.dto.ts). */
export interface HolderSummaryDto {
  id: string;
  kind?: 'person' | 'organisation';
  name?: string | null;
  organisationType?: string | null;
  restricted?: boolean;
}

/** Mirrors TraceReason in src/modules/markings/trace.service.ts. */
export interface TraceReasonDto {
  code: string;
  detail: string;
  points: number;
  markingId?: string;
}

/** Mirrors the answer of TraceService.search (src/modules/markings/trace.service.ts). */
export interface TraceResultDto {
  queryId: string;
  criteria: Record<string, unknown> & { serialKeys?: { normalised: string; folded: string; wildcards: boolean }; makeResolvedTo?: string; calibreResolvedTo?: string };
  serialSearch: { mode: 'exact' | 'contains' | 'pattern'; widened: boolean } | null;
  flagged: number;
  mayBeIncomplete: boolean;
  items: TraceCandidateDto[];
  page: { limit: number; offset: number; total: number };
}

export interface TraceCandidateDto {
  firearmId: string;
  itemKind: string;
  score: number;
  reasons: TraceReasonDto[];
  alert: 'stolen' | 'lost' | null;
  status: string;
  category: string | null;
  make: { asWritten: string | null; manufacturerCode: string | null };
  model: string | null;
  calibre: { asWritten: string | null; calibreCode: string | null };
  serialNumber: { asWritten: string | null; normalised: string | null; folded: string | null };
  countryOfManufacture: string | null;
  yearOfManufacture: number | null;
  lastLegalHolder: HolderSummaryDto | null;
}

export type TraceResult = ResponseOf<'TraceController_search', TraceResultDto>;

export const TRACE_PAGE_SIZE = 20;

/** Criteria go in a POST body (never the URL), as the API asks; cached per criteria for the way back from a record. */
export function useTraceSearch(criteria: TraceCriteria | null) {
  return useQuery({
    queryKey: ['trace', criteria],
    enabled: criteria !== null,
    staleTime: 5 * 60 * 1000,
    retry: false,
    queryFn: async () => unwrap(await api.POST('/trace/search', { body: criteria! })) as TraceResult,
  });
}

/** Mirrors FirearmCategory / Country in src/modules/reference/reference.entities.ts. */
export interface ReferenceNameDto {
  code?: string;
  alpha2?: string;
  nameEn: string;
  nameFr: string;
  nameEs: string;
}

export function useReferenceList(list: 'categories' | 'countries') {
  return useQuery({
    queryKey: ['reference', list],
    staleTime: 24 * 60 * 60 * 1000,
    queryFn: async () =>
      // One page of 500 holds a whole table (about 250 countries); the form filters it locally.
      (list === 'categories' ? unwrap(await api.GET('/reference/categories', { params: { query: { limit: 500, active: true } } })) : unwrap(await api.GET('/reference/countries', { params: { query: { limit: 500, active: true } } }))).items as ReferenceNameDto[],
  });
}

export function localName(entry: ReferenceNameDto, locale: string): string {
  return locale === 'fr' ? entry.nameFr : locale === 'es' ? entry.nameEs : entry.nameEn;
}
