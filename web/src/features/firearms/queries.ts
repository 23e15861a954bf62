import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { ResponseOf } from '../../shared/api/types';
import type { HolderSummary } from '../../shared/ui/badges';
import { toListQuery, type FirearmListSearch } from './list-search';

/** Mirrors toFirearmResponse in src/modules/firearms/dto/firearm.response.ts. */
export interface FirearmDto {
  id: string;
  itemKind: string;
  partType: string | null;
  category: string | null;
  action: string | null;
  make: { asWritten: string | null; manufacturerCode: string | null; needsReview: boolean };
  model: string | null;
  calibre: { asWritten: string | null; calibreCode: string | null };
  serialNumber: { asWritten: string | null; normalised: string | null; folded: string | null };
  countryOfManufacture: string | null;
  yearOfManufacture: number | null;
  barrelLengthMm: number | null;
  origin: string | null;
  description: string | null;
  status: string;
  alert: 'stolen' | 'lost' | null;
  lastLegalHolder: HolderSummary | null;
  currentHolder: HolderSummary | null;
  registeringAgencyId: string;
  mergedIntoId: string | null;
  allowedEvents?: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Mirrors toHitAlertResponse in src/modules/seizures/hit-alerts.ts. */
export interface HitAlertDto {
  id: string;
  state: string;
  statusBefore: string;
  triggerEventType: string;
  addressedAgencyId: string;
  raisedAt: string;
}

/** Mirrors the answer of RegisterController.get in src/modules/firearms/firearms.controller.ts. */
export interface FirearmRecordDto extends FirearmDto {
  unregisteredBeforeSeizure: boolean;
  openAlerts: HitAlertDto[];
  possibleDuplicates: FirearmDto[];
}

/** Mirrors toEventResponse in src/modules/firearms/dto/firearm.response.ts. */
export interface FirearmEventDto {
  id: string;
  ordinal: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  agencyId: string | null;
  place: string | null;
  holder: HolderSummary | null;
  previousHolder: HolderSummary | null;
  statusBefore: string | null;
  statusAfter: string | null;
  referenceDocuments: unknown;
  notes: string | null;
  reason: string | null;
}

/** Mirrors toMarkingResponse in src/modules/markings/dto/marking.response.ts. */
export interface MarkingDto {
  id: string;
  firearmId: string | null;
  type: string;
  text: { asRead: string; normalised: string; folded: string };
  location: string | null;
  method: string | null;
  legibility: string | null;
  importCountry: string | null;
  importYear: number | null;
  appliedOn: string | null;
  readOn: string | null;
}

/** Mirrors the answer of RegisterController.history in src/modules/firearms/firearms.controller.ts. */
export interface FirearmHistoryDto {
  firearm: FirearmDto;
  currentStatus: string;
  lastLegalHolder: HolderSummary | null;
  holderChain: { holder: HolderSummary; from: string; until: string | null; byEvent: string }[];
  events: FirearmEventDto[];
  markings: MarkingDto[];
  mergedRecordIds: string[];
}

/** Mirrors Page in src/common/pagination/page.ts. */
export interface PageDto<T> {
  items: T[];
  page: { limit: number; offset: number; total: number };
}

export type FirearmPage = ResponseOf<'FirearmsController_list', PageDto<FirearmDto>>;
export type FirearmRecord = ResponseOf<'FirearmsController_get', FirearmRecordDto>;
export type FirearmHistory = ResponseOf<'FirearmsController_history', FirearmHistoryDto>;

export function useFirearmList(search: FirearmListSearch) {
  return useQuery({
    queryKey: ['firearms', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/firearms', { params: { query: toListQuery(search) } })) as FirearmPage,
  });
}

export function useFirearm(id: string) {
  return useQuery({
    queryKey: ['firearm', id],
    queryFn: async () => unwrap(await api.GET('/firearms/{id}', { params: { path: { id } } })) as FirearmRecord,
  });
}

export function useFirearmHistory(id: string) {
  return useQuery({
    queryKey: ['firearm', id, 'history'],
    queryFn: async () => unwrap(await api.GET('/firearms/{id}/history', { params: { path: { id } } })) as FirearmHistory,
  });
}

/** Mirrors AgencyListQuery's answer (src/modules/identity/dto/agency.dto.ts), for names and the agency filter. */
export function useAgencies() {
  return useQuery({
    queryKey: ['agencies'],
    staleTime: 60 * 60 * 1000,
    queryFn: async () => unwrap(await api.GET('/agencies', { params: { query: { limit: 200 } } })) as unknown as PageDto<{ id: string; code: string; name: string }>,
  });
}
