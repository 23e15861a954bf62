import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import type { TraceResult } from '../search/queries';

export type CreateFirearmBody = components['schemas']['CreateFirearmRequest'];
export type CreatePartBody = components['schemas']['CreatePartRequest'];
export type CreateLotBody = components['schemas']['AmmunitionLotRequest'];
export type AmmunitionLot = components['schemas']['AmmunitionLotResponse'];

/** One page of suggestions is plenty for a completion list. */
const SUGGESTIONS = 12;

/** A reference entry as the completion lists show it: the canonical name, and the spelling that matched what was typed. */
export interface Suggestion {
  value: string;
  label: string;
  matched?: string;
}

/** The alias the typed text matched, when it is not the canonical name itself. */
export function matchedAlias(typed: string, name: string, aliases: readonly string[]): string | undefined {
  const key = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
  const wanted = key(typed);
  if (!wanted || key(name).includes(wanted)) return undefined;
  return aliases.find((a) => key(a) === wanted) ?? aliases.find((a) => key(a).includes(wanted));
}

/** Manufacturers or calibres whose name or any spelling contains the typed text (the API folds case, accents and punctuation). */
export function useAliasSuggestions(list: 'manufacturers' | 'calibres', q: string) {
  const typed = q.trim();
  return useQuery({
    queryKey: ['reference', list, 'suggest', typed],
    enabled: typed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
    queryFn: async (): Promise<Suggestion[]> => {
      const page =
        list === 'manufacturers'
          ? unwrap(await api.GET('/reference/manufacturers', { params: { query: { q: typed, limit: SUGGESTIONS } } }))
          : unwrap(await api.GET('/reference/calibres', { params: { query: { q: typed, limit: SUGGESTIONS, active: true } } }));
      return page.items.map((entry) => ({ value: entry.name, label: entry.name, matched: matchedAlias(typed, entry.name, entry.aliases) }));
    },
  });
}

/** Registers a firearm or a part; the answer carries the duplicates the API found after all. */
export function useRegisterItem(kind: 'firearm' | 'part') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateFirearmBody | CreatePartBody) =>
      kind === 'part' ? unwrap(await api.POST('/parts', { body: body as CreatePartBody })) : unwrap(await api.POST('/firearms', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['firearms'] }),
  });
}

export function useRegisterLot() {
  return useMutation({ mutationFn: async (body: CreateLotBody) => unwrap(await api.POST('/ammunition-lots', { body })) });
}

export function useAmmunitionLot(id: string) {
  return useQuery({ queryKey: ['ammunition-lot', id], queryFn: async () => unwrap(await api.GET('/ammunition-lots/{id}', { params: { path: { id } } })) });
}

/**
 * Records already on the register under the same normalised serial, looked up
 * through the trace search (audited like every search) before the officer saves.
 */
export async function findSameSerial(serial: string, make: string): Promise<TraceResult> {
  return unwrap(await api.POST('/trace/search', { body: { serial, ...(make.trim() ? { make: make.trim() } : {}), serialMatch: 'auto', limit: 20, offset: 0 } })) as TraceResult;
}
