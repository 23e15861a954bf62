import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import type { components } from '../../shared/api/schema';
import { toTradeListQuery, type CreateLicenceBody, type CreateReceiptBody, type CreateShipmentBody, type TradeListSearch } from './trade-form';

type Schemas = components['schemas'];
const path = (id: string) => ({ params: { path: { id } } });

export function useLicenceList(search: TradeListSearch) {
  return useQuery({
    queryKey: ['trade', 'licences', search],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/trade-licences', { params: { query: toTradeListQuery(search) } })),
  });
}

export function useLicence(id: string) {
  return useQuery({ queryKey: ['trade', 'licence', id], queryFn: async () => unwrap(await api.GET('/trade-licences/{id}', path(id))) });
}

export function useReconciliation(id: string) {
  return useQuery({ queryKey: ['trade', 'licence', id, 'reconciliation'], queryFn: async () => unwrap(await api.GET('/trade-licences/{id}/reconciliation', path(id))) });
}

export function useShipments(licenceId: string) {
  return useQuery({ queryKey: ['trade', 'licence', licenceId, 'shipments'], queryFn: async () => unwrap(await api.GET('/trade-shipments', { params: { query: { licenceId, limit: 200 } } })) });
}

export function useShipment(id: string) {
  return useQuery({ queryKey: ['trade', 'shipment', id], queryFn: async () => unwrap(await api.GET('/trade-shipments/{id}', path(id))) });
}

/** A change under a licence moves its balances: its page, reconciliation and shipments are read again. */
function useTradeChange() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['trade'] });
}

export function useCreateLicence() {
  const changed = useTradeChange();
  return useMutation({ mutationFn: async (body: CreateLicenceBody) => unwrap(await api.POST('/trade-licences', { body })), onSuccess: changed });
}

export function useRevokeLicence(id: string) {
  const changed = useTradeChange();
  return useMutation({ mutationFn: async (body: Schemas['RevokeTradeLicenceRequest']) => unwrap(await api.POST('/trade-licences/{id}/revoke', { ...path(id), body })), onSuccess: changed });
}

export function useShip(licenceId: string) {
  const changed = useTradeChange();
  return useMutation({ mutationFn: async (body: CreateShipmentBody) => unwrap(await api.POST('/trade-licences/{id}/shipments', { ...path(licenceId), body })), onSuccess: changed });
}

export function useReceive(shipmentId: string) {
  const changed = useTradeChange();
  return useMutation({ mutationFn: async (body: CreateReceiptBody) => unwrap(await api.POST('/trade-shipments/{id}/receipts', { ...path(shipmentId), body })), onSuccess: changed });
}

export function useConfirmDelivery(shipmentId: string) {
  const changed = useTradeChange();
  return useMutation({ mutationFn: async (body: Schemas['DeliveryConfirmationRequest']) => unwrap(await api.POST('/trade-shipments/{id}/delivery-confirmation', { ...path(shipmentId), body })), onSuccess: changed });
}

export function useReportLost(shipmentId: string) {
  const changed = useTradeChange();
  return useMutation({
    mutationFn: async ({ itemId, reason }: { itemId: string; reason: string }) => unwrap(await api.POST('/trade-shipments/{id}/items/{itemId}/lost', { params: { path: { id: shipmentId, itemId } }, body: { reason } })),
    onSuccess: changed,
  });
}
