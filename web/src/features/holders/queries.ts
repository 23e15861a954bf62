import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toPageQuery, type Paging } from '../../shared/lists/paging';
import type { HolderListSearch } from './list-search';

export type HolderDto = components['schemas']['HolderResponse'];
export type LicenceDto = components['schemas']['LicenceResponse'];
export type CreateHolderBody = components['schemas']['CreateHolderRequest'];
export type CreateLicenceBody = components['schemas']['CreateLicenceRequest'];

export function useHolderList(search: HolderListSearch) {
  return useQuery({
    queryKey: ['holders', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/holders', { params: { query: toPageQuery(search) } })),
  });
}

/** A person's details come only with holder.personal_data (the API audits the view). */
export function useHolder(id: string) {
  return useQuery({ queryKey: ['holder', id], queryFn: async () => unwrap(await api.GET('/holders/{id}', { params: { path: { id } } })) });
}

export function useHolderLicences(holderId: string, paging: Paging, enabled = true) {
  return useQuery({
    queryKey: ['licences', holderId, paging],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/licences', { params: { query: { holderId, ...toPageQuery(paging) } } })),
  });
}

export const fetchLicencePage = async (holderId: string, limit: number, offset: number) => unwrap(await api.GET('/licences', { params: { query: { holderId, limit, offset } } }));

/** The list leaves firearmIds empty: each licence of the page is read for the firearms it covers. */
export function useCoveredFirearms(licenceIds: string[]) {
  return useQueries({
    queries: licenceIds.map((id) => ({
      queryKey: ['licence', id],
      queryFn: async () => unwrap(await api.GET('/licences/{id}', { params: { path: { id } } })),
    })),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data.firearmIds] as const] : []))),
  });
}

export function useHolderFirearms(holderId: string, paging: Paging) {
  return useQuery({
    queryKey: ['firearms', { holderId, ...paging }],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/firearms', { params: { query: { holderId, ...toPageQuery(paging) } } })),
  });
}

export function useCreateHolder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateHolderBody) => unwrap(await api.POST('/holders', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['holders'] }),
  });
}

export function useIssueLicence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateLicenceBody) => unwrap(await api.POST('/licences', { body })),
    onSuccess: (licence) => void client.invalidateQueries({ queryKey: ['licences', licence.holderId] }),
  });
}

export function useSetLicenceState() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, state, reason }: { id: string; state: 'active' | 'suspended' | 'revoked'; reason: string }) =>
      unwrap(await api.POST('/licences/{id}/state', { params: { path: { id } }, body: { state, reason } })),
    onSuccess: (licence) => {
      void client.invalidateQueries({ queryKey: ['licences', licence.holderId] });
      void client.invalidateQueries({ queryKey: ['licence', licence.id] });
    },
  });
}
