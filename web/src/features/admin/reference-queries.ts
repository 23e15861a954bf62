import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toPageQuery } from '../../shared/lists/paging';
import type { ReferenceSearch } from './list-search';

export type ManufacturerDto = components['schemas']['ManufacturerEntryResponse'];
export type CalibreDto = components['schemas']['CalibreEntryResponse'];
export type NamedDto = components['schemas']['NamedEntryResponse'];
export type CountryDto = components['schemas']['CountryResponse'];
export type UnresolvedMakeDto = components['schemas']['UnresolvedMakeResponse'];

export interface ReferencePage<T> {
  items: T[];
  page: { limit: number; offset: number; total: number; totalIsExact?: boolean };
}

export function useUnresolvedMakes(search: ReferenceSearch) {
  return useQuery({
    queryKey: ['reference', 'unresolved', search],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { limit, offset } = toPageQuery(search);
      return unwrap(await api.GET('/reference/manufacturers/unresolved', { params: { query: { limit, offset } } }));
    },
  });
}

export function useManufacturers(search: Pick<ReferenceSearch, 'q' | 'page' | 'pageSize'>, enabled = true) {
  return useQuery({
    queryKey: ['reference', 'manufacturers', search],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/reference/manufacturers', { params: { query: toPageQuery(search) } })),
  });
}

type PagedList = 'countries' | 'categories' | 'actions' | 'calibres';

/** Countries, categories, actions and calibres, paged and searched (code, names, spellings) by the API. */
export function useReferencePage<T extends CountryDto | NamedDto | CalibreDto>(list: PagedList, search: ReferenceSearch) {
  return useQuery({
    queryKey: ['reference', list, 'page', search],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const { q, limit, offset } = toPageQuery(search);
      const query = { limit, offset, ...(q ? { q } : {}) };
      const page = unwrap(await api.GET(`/reference/${list}` as '/reference/countries', { params: { query } }));
      return page as unknown as ReferencePage<T>;
    },
  });
}

function useReferenceMutation<V, R>(send: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => void client.invalidateQueries({ queryKey: ['reference'] }) });
}

/** Adds spellings to a manufacturer: the API resolves the firearms kept under them and says how many. */
export const useAddManufacturerAliases = () =>
  useReferenceMutation(async ({ code, aliases }: { code: string; aliases: string[] }) =>
    unwrap(await api.POST('/reference/manufacturers/{code}/aliases', { params: { path: { code } }, body: { aliases } })),
  );

export const useCreateManufacturer = () =>
  useReferenceMutation(async (body: components['schemas']['CreateManufacturerRequest']) => unwrap(await api.POST('/reference/manufacturers', { body })));

export const useAddCalibreAliases = () =>
  useReferenceMutation(async ({ code, aliases }: { code: string; aliases: string[] }) =>
    unwrap(await api.POST('/reference/calibres/{code}/aliases', { params: { path: { code } }, body: { aliases } })),
  );

export const useCreateCalibre = () => useReferenceMutation(async (body: components['schemas']['CreateCalibreRequest']) => unwrap(await api.POST('/reference/calibres', { body })));

export const useCreateNamed = () =>
  useReferenceMutation(async ({ list, body }: { list: 'categories' | 'actions'; body: components['schemas']['CreateNamedRequest'] }) =>
    unwrap(await api.POST('/reference/{list}', { params: { path: { list } }, body })),
  );

export const useUpdateNamed = () =>
  useReferenceMutation(async ({ list, code, body }: { list: 'countries' | 'categories' | 'actions'; code: string; body: components['schemas']['UpdateNamedRequest'] }) =>
    unwrap(await api.PATCH('/reference/{list}/{code}', { params: { path: { list, code } }, body })),
  );
