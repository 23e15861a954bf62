import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toPageQuery, type Paging } from '../../shared/lists/paging';
import type { AgencyListSearch, UserListSearch } from './list-search';

export type UserDto = components['schemas']['UserResponse'];
export type AgencyDto = components['schemas']['AgencyResponse'];
export type CreateUserBody = components['schemas']['CreateUserRequest'];
export type CreateAgencyBody = components['schemas']['CreateAgencyRequest'];
export type UpdateAgencyBody = components['schemas']['UpdateAgencyRequest'];

export const fetchUserPage = async (search: UserListSearch, limit: number, offset: number) =>
  unwrap(await api.GET('/users', { params: { query: { ...toPageQuery(search), limit, offset } } }));

export function useUserList(search: UserListSearch) {
  return useQuery({ queryKey: ['users', search], placeholderData: keepPreviousData, queryFn: async () => unwrap(await api.GET('/users', { params: { query: toPageQuery(search) } })) });
}

/** Every user change answers the user as it now is: the lists are refetched. */
function useUserMutation<V>(send: (variables: V) => Promise<UserDto>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => void client.invalidateQueries({ queryKey: ['users'] }) });
}

export const useCreateUser = () => useUserMutation(async (body: CreateUserBody) => unwrap(await api.POST('/users', { body })));
export const useDisableUser = () =>
  useUserMutation(async ({ id, reason }: { id: string; reason: string }) => unwrap(await api.POST('/users/{id}/disable', { params: { path: { id } }, body: { reason } })));
export const useEnableUser = () =>
  useUserMutation(async ({ id, reason }: { id: string; reason: string }) => unwrap(await api.POST('/users/{id}/enable', { params: { path: { id } }, body: { reason } })));
export const useResetPassword = () =>
  useUserMutation(async ({ id, temporaryPassword }: { id: string; temporaryPassword: string }) =>
    unwrap(await api.POST('/users/{id}/password-reset', { params: { path: { id } }, body: { temporaryPassword } })),
  );

export function useAgencyList(search: AgencyListSearch) {
  return useQuery({ queryKey: ['agencies', search], placeholderData: keepPreviousData, queryFn: async () => unwrap(await api.GET('/agencies', { params: { query: toPageQuery(search) } })) });
}

export function useSaveAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string | null; body: CreateAgencyBody | UpdateAgencyBody }) =>
      id ? unwrap(await api.PATCH('/agencies/{id}', { params: { path: { id } }, body })) : unwrap(await api.POST('/agencies', { body: body as CreateAgencyBody })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['agencies'] }),
  });
}

export function useRetention() {
  return useQuery({ queryKey: ['reference', 'retention'], queryFn: async () => unwrap(await api.GET('/reference/retention')) });
}

export function useSetRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ recordClass, minimumYears, reason }: { recordClass: 'manufacture' | 'other'; minimumYears: number; reason: string }) =>
      unwrap(await api.PUT('/reference/retention/{recordClass}', { params: { path: { recordClass } }, body: { minimumYears, reason } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['reference', 'retention'] }),
  });
}

export type { Paging };
