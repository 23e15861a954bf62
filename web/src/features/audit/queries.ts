import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toAuditQuery, type AuditSearch } from './list-search';

type Schemas = components['schemas'];
export type AuditEntryDto = Schemas['AuditEntryResponse'];
export type VerificationDto = Schemas['VerificationResponse'];
export type ChainProblemDto = Schemas['ChainProblemResponse'];

export const TRAIL_PAGE_SIZE = 10;

export function useRecordTrail(recordType: string, recordId: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'trail', recordType, recordId, page],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/audit/records/{recordType}/{recordId}', { params: { path: { recordType, recordId }, query: { limit: TRAIL_PAGE_SIZE, offset: (page - 1) * TRAIL_PAGE_SIZE } } })),
  });
}

export function useRecordVerification(recordType: string, recordId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'trail', recordType, recordId, 'verification'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/audit/records/{recordType}/{recordId}/verification', { params: { path: { recordType, recordId } } })),
  });
}

export function useAuditSearch(search: AuditSearch) {
  return useQuery({
    queryKey: ['audit', 'entries', toAuditQuery(search)],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/audit/entries', { params: { query: toAuditQuery(search) } })),
  });
}

/** Users whose name or username holds `q`, for the actor filter (and the one already chosen). */
export function useActorOptions(q: string) {
  return useQuery({
    queryKey: ['audit', 'actors', q],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/users', { params: { query: { q: q || undefined, limit: 50 } } })),
  });
}

export function useAgencyNames() {
  return useQuery({
    queryKey: ['audit', 'agencies'],
    staleTime: 60 * 60 * 1000,
    queryFn: async () => unwrap(await api.GET('/agencies', { params: { query: { limit: 200 } } })),
    select: (page) => new Map(page.items.map((a) => [a.id, a.name])),
  });
}

export function useStartVerification() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/audit/verifications')) });
}

/** A running verification, asked again every second until it ends. */
export function useVerification(id: string | undefined) {
  return useQuery({
    queryKey: ['audit', 'verification', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/audit/verifications/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'completed' || query.state.data.status === 'failed') ? false : 1_000),
  });
}

/** How many entries the latest signed checkpoint covers: the size a full verification walks through. */
export function useSealedSize() {
  return useQuery({ queryKey: ['audit', 'checkpoint'], queryFn: async () => unwrap(await api.GET('/audit/checkpoints/latest')).checkpoint?.size ?? null });
}
