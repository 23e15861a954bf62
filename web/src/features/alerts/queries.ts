import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { ALERT_COUNT_REFRESH_MS, toAlertListQuery, type AlertListSearch } from './list-search';

export type HitAlertDto = components['schemas']['HitAlertResponse'];

export function useAlertList(search: AlertListSearch) {
  return useQuery({
    queryKey: ['alerts', 'list', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/alerts', { params: { query: toAlertListQuery(search) } })),
  });
}

/** Open alerts addressed to the user's agency: one row asked for, the total is the count. */
export function useOpenAlertCount(enabled: boolean) {
  return useQuery({
    queryKey: ['alerts', 'open-count'],
    enabled,
    refetchInterval: ALERT_COUNT_REFRESH_MS,
    queryFn: async () => unwrap(await api.GET('/alerts', { params: { query: { state: 'open', mine: 'true', limit: 1, offset: 0 } } })).page.total,
  });
}

/** The case a firearm resurfaced in: where, when, by which agency. */
export function useSeizure(id: string | null) {
  return useQuery({
    queryKey: ['seizure', id],
    enabled: id !== null,
    queryFn: async () => unwrap(await api.GET('/seizures/{id}', { params: { path: { id: id! } } })),
  });
}

/** Acknowledging changes the inbox, the badge and the firearm's open alerts. */
export function useAcknowledgeAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, note }: { id: string; note?: string }) => unwrap(await api.POST('/alerts/{id}/acknowledge', { params: { path: { id } }, body: note ? { note } : {} })),
    onSettled: (alert) => {
      void client.invalidateQueries({ queryKey: ['alerts'] });
      if (alert) void client.invalidateQueries({ queryKey: ['firearm', alert.firearmId] });
    },
  });
}
