import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toPageQuery, type Paging } from '../../shared/lists/paging';

export type Marking = components['schemas']['MarkingResponse'];
export type CreateMarkingBody = components['schemas']['CreateMarkingRequest'];
export type Campaign = components['schemas']['CampaignResponse'];
export type CreateCampaignBody = components['schemas']['CreateCampaignRequest'];

/** The marks of one ammunition lot (a firearm's come with its history, merged records included). */
export function useLotMarkings(ammunitionLotId: string) {
  return useQuery({
    queryKey: ['markings', { ammunitionLotId }],
    queryFn: async () => unwrap(await api.GET('/markings', { params: { query: { ammunitionLotId, limit: 200 } } })).items,
  });
}

/** Records one mark; the record that carries it, and its campaign, are read again. */
export function useAddMarking() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateMarkingBody) => unwrap(await api.POST('/markings', { body })),
    onSuccess: (marking) => {
      if (marking.firearmId) void client.invalidateQueries({ queryKey: ['firearm', marking.firearmId] });
      void client.invalidateQueries({ queryKey: ['markings'] });
      if (marking.campaignId) void client.invalidateQueries({ queryKey: ['marking-campaign', marking.campaignId] });
    },
  });
}

export function useCampaigns(paging: Paging) {
  return useQuery({
    queryKey: ['marking-campaigns', paging],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { limit, offset } = toPageQuery(paging);
      return unwrap(await api.GET('/marking-campaigns', { params: { query: { limit, offset } } }));
    },
  });
}

/** The campaigns a mark may be recorded under: the most recent first, one page is enough for a choice. */
export function useRecentCampaigns(enabled: boolean) {
  return useQuery({
    queryKey: ['marking-campaigns', 'recent'],
    enabled,
    staleTime: 60 * 1000,
    queryFn: async () => unwrap(await api.GET('/marking-campaigns', { params: { query: { limit: 50, offset: 0 } } })).items,
  });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: ['marking-campaign', id], queryFn: async () => unwrap(await api.GET('/marking-campaigns/{id}', { params: { path: { id } } })) });
}

/** The campaign's log: its marks in the order they were recorded, a page at a time. */
export function useCampaignLog(campaignId: string, paging: Paging) {
  return useQuery({
    queryKey: ['markings', { campaignId }, paging],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { limit, offset } = toPageQuery(paging);
      return unwrap(await api.GET('/markings', { params: { query: { campaignId, limit, offset } } }));
    },
  });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateCampaignBody) => unwrap(await api.POST('/marking-campaigns', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['marking-campaigns'] }),
  });
}
