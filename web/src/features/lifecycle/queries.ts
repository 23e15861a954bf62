import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';

export type RecordEventBody = components['schemas']['RecordEventRequest'];
export type LifecycleEvent = RecordEventBody['type'];
export type CorrectionBody = components['schemas']['CorrectionRequest'];
export type LicenceDto = components['schemas']['LicenceResponse'];
export type HolderDto = components['schemas']['HolderResponse'];

/**
 * Everything a change to a firearm may alter: its record and history (['firearm', id]
 * prefixes both), the lists it appears in, and a holder's firearms and licences.
 */
export function invalidateFirearm(client: QueryClient, ...ids: string[]) {
  for (const id of ids) void client.invalidateQueries({ queryKey: ['firearm', id] });
  void client.invalidateQueries({ queryKey: ['firearms'] });
  void client.invalidateQueries({ queryKey: ['licence'] });
  void client.invalidateQueries({ queryKey: ['domestic-transfers'] });
}

export function useRecordEvent(firearmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecordEventBody) => unwrap(await api.POST('/firearms/{id}/events', { params: { path: { id: firearmId } }, body })),
    // A refusal means the page was stale (another officer moved the firearm): refresh it too.
    onSettled: () => invalidateFirearm(client, firearmId),
  });
}

export function useCorrectFirearm(firearmId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CorrectionBody) => unwrap(await api.POST('/firearms/{id}/corrections', { params: { path: { id: firearmId } }, body })),
    onSettled: () => invalidateFirearm(client, firearmId),
  });
}

/** Merges `duplicateId` into `survivorId`; both records' histories stay readable. */
export function useMergeFirearms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ survivorId, duplicateId, reason }: { survivorId: string; duplicateId: string; reason: string }) =>
      unwrap(await api.POST('/firearms/{id}/merge', { params: { path: { id: survivorId } }, body: { duplicateId, reason } })),
    onSettled: (_data, _error, { survivorId, duplicateId }) => invalidateFirearm(client, survivorId, duplicateId),
  });
}

/** Holders by name, document or registration number (the API audits a search of persons). */
export function useHolderSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['holders', { q: term, limit: 10 }],
    enabled: term.length >= 2,
    staleTime: 30_000,
    queryFn: async () => unwrap(await api.GET('/holders', { params: { query: { q: term, limit: 10, offset: 0 } } })),
  });
}

/** A holder's licences, every state, for the officer to choose one (100 is far more than any holder has). */
export function useLicencesOf(holderId: string | null) {
  return useQuery({
    queryKey: ['licences', holderId, { pageSize: 100 }],
    enabled: holderId !== null,
    queryFn: async () => unwrap(await api.GET('/licences', { params: { query: { holderId: holderId!, limit: 100, offset: 0 } } })),
  });
}
