import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { ResponseOf } from '../../shared/api/types';

/** Mirrors toAgencyResponse in src/modules/identity/dto/agency.dto.ts. */
export interface AgencyDto {
  id: string;
  code: string;
  name: string;
  type: string;
  region: string | null;
  active: boolean;
}
export type Agency = ResponseOf<'AgenciesController_get', AgencyDto>;

export function useAgency(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['agency', id],
    enabled: !!id && enabled,
    staleTime: 60 * 60 * 1000,
    queryFn: async () => unwrap(await api.GET('/agencies/{id}', { params: { path: { id: id! } } })) as Agency,
  });
}
