import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { ApiError, toProblem, unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toTraceListQuery, type TraceListSearch } from './list-search';

type Schemas = components['schemas'];
export type TraceRequestDto = Schemas['TraceRequestResponse'];
export type TraceSummaryDto = Schemas['TraceRequestSummaryResponse'];
export type CreateTraceBody = Schemas['CreateTraceRequest'];
export type UpdateTraceBody = Schemas['UpdateTraceRequest'];
export type TracedItemBody = Schemas['TracedItemRequest'];
export type AnswerBody = Schemas['AnswerTraceRequest'];
export type ReplyBody = Schemas['TraceReplyRequest'];

/** A register candidate as stored on an incoming request (TracingService.candidatesFor). */
export interface StoredCandidate {
  firearmId: string;
  score: number;
  reasons: { code: string; detail: string; points: number }[];
  status: string;
  category: string | null;
  make: string | null;
  model: string | null;
  calibre: string | null;
  serialNumber: string | null;
}

/** The answer as the API words it (answerView in src/modules/tracing/dto/trace-request.response.ts). */
export interface TraceAnswerView {
  outcome?: string;
  outcomeReason?: string | null;
  summary?: string | null;
  suggestedOutcome?: string;
  reason?: string | null;
  answeredAt?: string;
  firearm?: { id: string; category: string | null; make: string | null; model: string | null; calibre: string | null; serialNumber: string | null; countryOfManufacture: string | null; yearOfManufacture: number | null; status: string; markings: { type: string; text: string; location: string | null; legibility: string | null }[] } | null;
  chain?: { eventId: string; type: string; occurredOn: string; place: string | null; country: string | null; holder: { id: string; name?: string | null; restricted?: boolean } | null; licence: { number: string; kind: string; issuedOn: string | null; expiresOn: string | null } | null; referenceDocuments: string[] }[];
  lastLegalHolder?: { id: string; name?: string | null; restricted?: boolean } | null;
  diversion?: { kind: string; eventId: string; occurredOn: string } | null;
}

export function useTraceList(search: TraceListSearch) {
  return useQuery({
    queryKey: ['tracing', 'list', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/tracing/requests', { params: { query: toTraceListQuery(search) } })),
  });
}

export function useTraceRequest(id: string) {
  return useQuery({
    queryKey: ['tracing', 'request', id],
    queryFn: async () => unwrap(await api.GET('/tracing/requests/{id}', { params: { path: { id } } })),
  });
}

export function useAnswerPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tracing', 'request', id, 'preview'],
    enabled,
    retry: false,
    queryFn: async () => unwrap(await api.GET('/tracing/requests/{id}/answer-preview', { params: { path: { id } } })).answer as TraceAnswerView,
  });
}

export function useSeizureItem(id: string | undefined) {
  return useQuery({
    queryKey: ['seizure-item', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/seizure-items/{id}', { params: { path: { id: id! } } })),
  });
}

/** Every change to a request answers with the whole request: it replaces the cached one. */
function useRequestMutation<V>(id: string, call: (id: string, variables: V) => Promise<TraceRequestDto>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(id, variables),
    onSuccess: (request) => {
      client.setQueryData(['tracing', 'request', id], request);
      void client.invalidateQueries({ queryKey: ['tracing', 'list'] });
      void client.invalidateQueries({ queryKey: ['tracing', 'request', id, 'preview'] });
    },
  });
}

const path = (id: string) => ({ params: { path: { id } } });

export const useUpdateTrace = (id: string) => useRequestMutation(id, async (i, body: UpdateTraceBody) => unwrap(await api.PATCH('/tracing/requests/{id}', { ...path(i), body })));
export const useSendTrace = (id: string) => useRequestMutation(id, async (i, _: void) => unwrap(await api.POST('/tracing/requests/{id}/send', { ...path(i), body: {} })));
export const useAcknowledgeTrace = (id: string) => useRequestMutation(id, async (i, _: void) => unwrap(await api.POST('/tracing/requests/{id}/acknowledge', path(i))));
export const useConfirmMatch = (id: string) => useRequestMutation(id, async (i, body: Schemas['ConfirmMatchRequest']) => unwrap(await api.POST('/tracing/requests/{id}/match', { ...path(i), body })));
export const useAnswerTrace = (id: string) => useRequestMutation(id, async (i, body: AnswerBody) => unwrap(await api.POST('/tracing/requests/{id}/answer', { ...path(i), body })));
export const useCloseTrace = (id: string) => useRequestMutation(id, async (i, body: Schemas['CloseTraceRequest']) => unwrap(await api.POST('/tracing/requests/{id}/close', { ...path(i), body })));

export function useReplyTrace(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReplyBody) => unwrap(await api.POST('/tracing/requests/{id}/replies', { ...path(id), body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['tracing', 'request', id] }),
  });
}

export function useCreateTrace() {
  return useMutation({ mutationFn: async (body: CreateTraceBody) => unwrap(await api.POST('/tracing/requests', { body })) });
}

export function useTraceFromSeizureItem() {
  return useMutation({ mutationFn: async (body: Schemas['TraceFromSeizureItemRequest']) => unwrap(await api.POST('/tracing/requests/from-seizure-item', { body })) });
}

/**
 * The printable request or answer: fetched with the session's token (a plain link
 * would carry none), then handed to the browser as a file named after the reference.
 */
export async function downloadPdf(id: string, which: 'request' | 'answer', reference: string): Promise<void> {
  const options = { ...path(id), parseAs: 'blob' as const };
  const result = which === 'request' ? await api.GET('/tracing/requests/{id}/request.pdf', options) : await api.GET('/tracing/requests/{id}/answer.pdf', options);
  if (!result.response.ok || !(result.data instanceof Blob)) throw new ApiError(toProblem(result.error, result.response));
  const url = URL.createObjectURL(result.data);
  const link = document.createElement('a');
  link.href = url;
  link.download = `trace-${which}-${reference.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The register entry of a seized item, once the item says which (an item without one is ammunition). */
export function useSeizedFirearm(id: string | null | undefined) {
  return useQuery({
    queryKey: ['firearm', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/firearms/{id}', { params: { path: { id: id! } } })),
  });
}
