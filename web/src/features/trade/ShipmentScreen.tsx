import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { formErrorsOf } from '../tracing/field-problems';
import { useCountryOptions } from '../tracing/TraceRequestFields';
import { ItemLines, lineWords } from './ItemLines';
import { useConfirmDelivery, useReceive, useReportLost, useShipment } from './queries';
import { DiscrepancyText, useCategoryName } from './Reconciliation';
import { receiptLinesFrom, toReceiptBody, type ItemLineValues, type ShipmentDto } from './trade-form';
import { kindWord, shippedStatusWord } from './words';

const route = getRouteApi('/app/trade/shipments/$shipmentId');

/** A shipment: what left, what arrived (receipts), its discrepancies, items lost, delivery confirmed. */
export function ShipmentScreen() {
  const intl = useIntl();
  const { shipmentId } = route.useParams();
  const query = useShipment(shipmentId);
  const shipment = query.data;
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  const heading = shipment
    ? intl.formatMessage({ id: 'trade.shipment.title', defaultMessage: 'Shipment {reference}' }, { reference: shipment.reference ?? date(shipment.shippedOn) })
    : intl.formatMessage({ id: 'trade.shipment.loadingTitle', defaultMessage: 'Shipment' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  if (query.isLoading) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (!shipment) return <ProblemAlert error={query.error} />;
  return <ShipmentPage shipment={shipment} heading={heading} />;
}

function ShipmentPage({ shipment, heading }: { shipment: ShipmentDto; heading: string }) {
  const intl = useIntl();
  const may = usePermissions().has('transfer.write');
  const categoryName = useCategoryName();
  const countries = useCountryOptions();
  const [receiving, setReceiving] = useState(false);
  const date = (iso: string | null) => (iso ? intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' }) : '');
  const inTransit = shipment.totals.inTransit > 0;
  const items = new Map(shipment.items.map((i) => [i.id, i]));
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={6}>
        <AnchorLink to="/trade/$licenceId" params={{ licenceId: shipment.licence.id }} size="sm">
          {intl.formatMessage({ id: 'trade.shipment.back', defaultMessage: '← {kind} {number}' }, { kind: kindWord(intl, shipment.licence.kind), number: shipment.licence.number })}
        </AnchorLink>
        <Title order={1}>{heading}</Title>
        <Text size="sm">
          {[
            intl.formatMessage({ id: 'trade.shipment.shippedOnValue', defaultMessage: 'Shipped on {date}' }, { date: date(shipment.shippedOn) }),
            shipment.carrier.name,
            shipment.route.map((c) => countries.find((o) => o.value === c)?.label ?? c).join(' → '),
            shipment.routeDescription,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray.7" radius="sm" tt="none">
            {intl.formatMessage({ id: 'trade.shipment.totals', defaultMessage: '{shipped, number} shipped, {received, number} received, {inTransit, number} in transit, {lost, number} lost' }, shipment.totals)}
          </Badge>
          {shipment.deliveryConfirmation ? (
            <Badge variant="filled" color="#1b5e20" radius="sm" tt="none">
              {intl.formatMessage({ id: 'trade.shipment.confirmed', defaultMessage: 'Delivery confirmed on {date} ({reference})' }, { date: date(shipment.deliveryConfirmation.confirmedOn), reference: shipment.deliveryConfirmation.reference ?? '' })}
            </Badge>
          ) : null}
        </Group>
      </Stack>

      <Card withBorder component="section" aria-labelledby="shipped-heading">
        <Title order={2} size="h3" id="shipped-heading" mb="sm">
          {intl.formatMessage({ id: 'trade.shipment.shippedItems', defaultMessage: 'What was shipped' })}
        </Title>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{intl.formatMessage({ id: 'trade.rec.goods', defaultMessage: 'Goods' })}</Table.Th>
              <Table.Th>{intl.formatMessage({ id: 'trade.line.lot', defaultMessage: 'Lot or batch' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.shipped', defaultMessage: 'Shipped' })}</Table.Th>
              <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.received', defaultMessage: 'Received' })}</Table.Th>
              <Table.Th>{intl.formatMessage({ id: 'trade.field.status', defaultMessage: 'Status' })}</Table.Th>
              {may ? <Table.Th>{intl.formatMessage({ id: 'trade.lost.column', defaultMessage: 'Lost in transit' })}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shipment.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{lineWords(intl, i, categoryName)}</Table.Td>
                <Table.Td>{i.lotNumber ?? ''}</Table.Td>
                <Table.Td ta="right">{intl.formatNumber(i.quantity)}</Table.Td>
                <Table.Td ta="right">{intl.formatNumber(i.quantityReceived)}</Table.Td>
                <Table.Td>{[shippedStatusWord(intl, i.status), i.lostReason].filter(Boolean).join(' — ')}</Table.Td>
                {may ? <Table.Td>{i.quantityInTransit > 0 && i.status !== 'lost' ? <ReportLost shipmentId={shipment.id} itemId={i.id} label={lineWords(intl, i, categoryName)} /> : null}</Table.Td> : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>

      <Card withBorder component="section" aria-labelledby="receipts-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="receipts-heading">
            {intl.formatMessage({ id: 'trade.receipts.title', defaultMessage: 'Receipts' })}
          </Title>
          {may && inTransit && !receiving ? <Button onClick={() => setReceiving(true)}>{intl.formatMessage({ id: 'trade.receipts.record', defaultMessage: 'Record what arrived' })}</Button> : null}
        </Group>
        {receiving ? <ReceiptForm shipment={shipment} onDone={() => setReceiving(false)} /> : null}
        {shipment.receipts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'trade.receipts.none', defaultMessage: 'Nothing received yet.' })}
          </Text>
        ) : (
          <Stack gap="sm">
            {shipment.receipts.map((r) => (
              <div key={r.id}>
                <Text size="sm" fw={600}>
                  {[intl.formatMessage({ id: 'trade.receipts.on', defaultMessage: 'Received on {date}' }, { date: date(r.receivedOn) }), r.place, r.receivedBy].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm">{r.items.map((i) => `${lineWords(intl, i, categoryName)} × ${intl.formatNumber(i.quantity)}`).join('; ')}</Text>
              </div>
            ))}
          </Stack>
        )}
      </Card>

      <Card withBorder component="section" aria-labelledby="discrepancies-heading">
        <Title order={2} size="h3" id="discrepancies-heading" mb="sm">
          {intl.formatMessage({ id: 'trade.rec.discrepancies', defaultMessage: '{count, plural, =0 {No discrepancy} one {# discrepancy} other {# discrepancies}}' }, { count: shipment.discrepancies.length })}
        </Title>
        {shipment.discrepancies.length === 0 ? (
          <Text size="sm" c="dimmed">
            {shipment.receipts.length ? intl.formatMessage({ id: 'trade.rec.allMatch', defaultMessage: 'Everything received matches what was shipped.' }) : intl.formatMessage({ id: 'trade.rec.awaiting', defaultMessage: 'Compared once something is received.' })}
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {shipment.discrepancies.map((d, i) => {
              const shipped = d.shipmentItemId ? items.get(d.shipmentItemId) : undefined;
              return (
                <li key={i}>
                  <DiscrepancyText d={d} item={shipped ? lineWords(intl, { ...shipped, serialNumber: null }, categoryName) : d.item} />
                </li>
              );
            })}
          </Stack>
        )}
      </Card>

      {may && !shipment.deliveryConfirmation && shipment.receipts.length > 0 ? <DeliveryConfirmation shipment={shipment} /> : null}
    </Stack>
  );
}

function ReceiptForm({ shipment, onDone }: { shipment: ShipmentDto; onDone: () => void }) {
  const intl = useIntl();
  const receive = useReceive(shipment.id);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<{ receivedOn: string; place: string; receivedBy: string; notes: string; items: ItemLineValues[] }>({
    initialValues: { receivedOn: today, place: '', receivedBy: '', notes: '', items: receiptLinesFrom(shipment) },
    validate: {
      receivedOn: (v) => (!v ? intl.formatMessage({ id: 'form.problem.required', defaultMessage: 'Required.' }) : v > today ? intl.formatMessage({ id: 'form.problem.future', defaultMessage: 'Cannot be in the future.' }) : null),
      items: { quantity: (v) => (/^\d+$/.test(String(v ?? '').trim()) && Number(v) >= 1 ? null : intl.formatMessage({ id: 'trade.form.quantity', defaultMessage: 'A whole number, at least 1.' })) },
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => receive.mutate(toReceiptBody(values), { onSuccess: onDone, onError: (error) => form.setErrors(formErrorsOf(intl, error)) }))}>
      <Stack gap="sm" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput type="date" label={intl.formatMessage({ id: 'trade.receipt.receivedOn', defaultMessage: 'Received on' })} withAsterisk max={today} {...form.getInputProps('receivedOn')} />
          <TextInput label={intl.formatMessage({ id: 'trade.receipt.place', defaultMessage: 'Place' })} {...form.getInputProps('place')} />
          <TextInput label={intl.formatMessage({ id: 'trade.receipt.receivedBy', defaultMessage: 'Received by' })} {...form.getInputProps('receivedBy')} />
        </SimpleGrid>
        <Alert color="blue" variant="light" p="xs">
          {intl.formatMessage({ id: 'trade.receipt.help', defaultMessage: 'Proposed as shipped. Correct each serial as read on the item and each quantity as counted; remove what did not arrive. Differences become discrepancies.' })}
        </Alert>
        <ItemLines form={form} use="receipt" />
        <Textarea label={intl.formatMessage({ id: 'trade.field.notes', defaultMessage: 'Notes' })} autosize minRows={1} {...form.getInputProps('notes')} />
        <ProblemAlert error={receive.error} />
        <Group>
          <Button type="submit" loading={receive.isPending}>
            {intl.formatMessage({ id: 'trade.receipt.submit', defaultMessage: 'Record the receipt' })}
          </Button>
          <Button variant="default" onClick={onDone}>
            {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeliveryConfirmation({ shipment }: { shipment: ShipmentDto }) {
  const intl = useIntl();
  const confirm = useConfirmDelivery(shipment.id);
  const today = new Date().toISOString().slice(0, 10);
  const required = intl.formatMessage({ id: 'form.problem.required', defaultMessage: 'Required.' });
  const form = useForm({
    initialValues: { confirmedOn: today, reference: '', confirmedBy: '' },
    validate: { confirmedOn: (v) => (v ? null : required), reference: (v) => (v.trim().length >= 2 ? null : required), confirmedBy: (v) => (v.trim().length >= 2 ? null : required) },
  });
  return (
    <Card withBorder component="section" aria-labelledby="delivery-heading">
      <Title order={2} size="h4" id="delivery-heading" mb="xs">
        {intl.formatMessage({ id: 'trade.delivery.title', defaultMessage: 'Confirm the delivery' })}
      </Title>
      <form noValidate onSubmit={form.onSubmit((v) => confirm.mutate({ confirmedOn: v.confirmedOn, reference: v.reference.trim(), confirmedBy: v.confirmedBy.trim() }, { onError: (error) => form.setErrors(formErrorsOf(intl, error)) }))}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {shipment.licence.kind === 'import'
              ? intl.formatMessage({ id: 'trade.delivery.import', defaultMessage: 'Our confirmation of receipt to the exporting state (art. 10.4).' })
              : intl.formatMessage({ id: 'trade.delivery.export', defaultMessage: 'The receiving state’s confirmation that the shipment arrived (art. 10.4).' })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput type="date" label={intl.formatMessage({ id: 'trade.delivery.confirmedOn', defaultMessage: 'Confirmed on' })} withAsterisk {...form.getInputProps('confirmedOn')} />
            <TextInput label={intl.formatMessage({ id: 'trade.delivery.reference', defaultMessage: 'Reference of the confirmation' })} withAsterisk {...form.getInputProps('reference')} />
            <TextInput label={intl.formatMessage({ id: 'trade.delivery.confirmedBy', defaultMessage: 'Confirmed by (authority)' })} withAsterisk {...form.getInputProps('confirmedBy')} />
          </SimpleGrid>
          <ProblemAlert error={confirm.error} />
          <Button type="submit" w="fit-content" loading={confirm.isPending}>
            {intl.formatMessage({ id: 'trade.delivery.submit', defaultMessage: 'Record the confirmation' })}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function ReportLost({ shipmentId, itemId, label }: { shipmentId: string; itemId: string; label: string }) {
  const intl = useIntl();
  const lost = useReportLost(shipmentId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Button size="xs" variant="default" onClick={() => setOpen(true)} aria-label={intl.formatMessage({ id: 'trade.lost.open', defaultMessage: 'Report lost: {item}' }, { item: label })}>
        {intl.formatMessage({ id: 'trade.lost.button', defaultMessage: 'Report lost' })}
      </Button>
    );
  return (
    <Stack gap={4}>
      <TextInput size="xs" label={intl.formatMessage({ id: 'trade.lost.reason', defaultMessage: 'What happened' })} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <ProblemAlert error={lost.error} />
      <Group gap={4}>
        <Button size="xs" color="red.9" disabled={reason.trim().length < 3} loading={lost.isPending} onClick={() => lost.mutate({ itemId, reason: reason.trim() }, { onSuccess: () => setOpen(false) })}>
          {intl.formatMessage({ id: 'trade.lost.submit', defaultMessage: 'Report' })}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
        </Button>
      </Group>
    </Stack>
  );
}
