import 'mantine-datatable/styles.css';
import { RecordTrail } from '../audit/RecordTrail';
import { Alert, Badge, Button, Card, Grid, Group, Loader, MultiSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { formErrorsOf } from '../tracing/field-problems';
import { useCountryOptions } from '../tracing/TraceRequestFields';
import { ItemLines, lineWords } from './ItemLines';
import { useLicence, useReconciliation, useRevokeLicence, useShip, useShipments } from './queries';
import { ReconciliationView, useCategoryName } from './Reconciliation';
import { linesFromLicence, toShipmentBody, type ItemLineValues, type TradeLicenceDto } from './trade-form';
import { LicenceStatusBadge } from './TradeLicenceListScreen';
import { kindWord } from './words';

const route = getRouteApi('/app/trade/$licenceId');

/** A licence: its fields, what it authorises and what moved under it, its shipments; a shipment declared; revocation. */
export function TradeLicenceScreen() {
  const intl = useIntl();
  const { licenceId } = route.useParams();
  const licence = useLicence(licenceId);
  const heading = licence.data
    ? intl.formatMessage({ id: 'trade.licence.title', defaultMessage: '{kind} {number}' }, { kind: kindWord(intl, licence.data.kind), number: licence.data.number })
    : intl.formatMessage({ id: 'trade.licence.loadingTitle', defaultMessage: 'Trade licence' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  if (licence.isLoading) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (!licence.data) return <ProblemAlert error={licence.error} />;
  return (
    <Stack gap="lg">
      <LicencePage licence={licence.data} heading={heading} />
      <RecordTrail recordType="trade_licence" recordId={licence.data.id} />
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}

function LicencePage({ licence, heading }: { licence: TradeLicenceDto; heading: string }) {
  const intl = useIntl();
  const may = usePermissions().has('transfer.write');
  const countries = useCountryOptions();
  const reconciliation = useReconciliation(licence.id);
  const shipments = useShipments(licence.id);
  const [shipping, setShipping] = useState(false);
  const country = (code: string | null) => (code ? (countries.find((c) => c.value === code)?.label ?? code) : '');
  const date = (iso: string | null) => (iso ? intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' }) : '');
  const usable = licence.status === 'issued' || licence.status === 'partly_used';

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={6}>
        <AnchorLink to="/trade" size="sm">
          {intl.formatMessage({ id: 'trade.licence.back', defaultMessage: '← Trade licences' })}
        </AnchorLink>
        <Group gap="sm">
          <Title order={1}>{heading}</Title>
          <LicenceStatusBadge status={licence.status} />
        </Group>
        {licence.status === 'revoked' && licence.stateReason ? (
          <Alert color="red" variant="light">
            {intl.formatMessage({ id: 'trade.licence.revokedBecause', defaultMessage: 'Revoked: {reason}' }, { reason: licence.stateReason })}
          </Alert>
        ) : null}
      </Stack>

      <Card withBorder component="section" aria-labelledby="licence-fields">
        <Title order={2} size="h3" id="licence-fields" mb="sm">
          {intl.formatMessage({ id: 'trade.licence.fields', defaultMessage: 'The licence' })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
          <Field label={intl.formatMessage({ id: 'trade.field.issuingAuthority', defaultMessage: 'Issuing authority' })}>{`${licence.issuingAuthority} (${country(licence.issuingCountry)})`}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.placeOfIssue', defaultMessage: 'Place of issue' })}>{licence.placeOfIssue}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.issuedOn', defaultMessage: 'Issued on' })}>{date(licence.issuedOn)}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.expiresOn', defaultMessage: 'Expires on' })}>{date(licence.expiresOn)}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.exportingCountry', defaultMessage: 'Exporting state' })}>{country(licence.exportingCountry)}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.importingCountry', defaultMessage: 'Importing state' })}>{country(licence.importingCountry)}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.transitCountries', defaultMessage: 'Transit states' })}>{licence.transitCountries.map(country).join(', ')}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.endUserCertificate', defaultMessage: 'End-user certificate' })}>{licence.endUserCertificateRef}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.exporter', defaultMessage: 'Exporter (name as on the licence)' })}>{licence.exporter.name}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.importer', defaultMessage: 'Importer (name as on the licence)' })}>{licence.importer.name}</Field>
          <Field label={intl.formatMessage({ id: 'trade.field.finalRecipient', defaultMessage: 'Final recipient' })}>{licence.finalRecipient.name}</Field>
          {licence.importLicence ? (
            <Field label={intl.formatMessage({ id: 'trade.field.importLicenceNumber', defaultMessage: 'Import licence number' })}>{[licence.importLicence.number, country(licence.importLicence.country), date(licence.importLicence.expiresOn)].filter(Boolean).join(' · ')}</Field>
          ) : null}
          {licence.transitNotices.map((n) => (
            <Field key={n.country} label={intl.formatMessage({ id: 'trade.field.noticeReference', defaultMessage: 'Notice reference ({country})' }, { country: country(n.country) })}>{`${n.reference} · ${date(n.date)}`}</Field>
          ))}
          {licence.notes ? <Field label={intl.formatMessage({ id: 'trade.field.notes', defaultMessage: 'Notes' })}>{licence.notes}</Field> : null}
        </SimpleGrid>
      </Card>

      <Card withBorder component="section" aria-labelledby="reconciliation-heading">
        <Title order={2} size="h3" id="reconciliation-heading" mb="sm">
          {intl.formatMessage({ id: 'trade.rec.title', defaultMessage: 'Reconciliation: licensed, shipped, received' })}
        </Title>
        <ProblemAlert error={reconciliation.error} />
        {reconciliation.data ? <ReconciliationView reconciliation={reconciliation.data} /> : <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />}
      </Card>

      <Card withBorder component="section" aria-labelledby="shipments-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="shipments-heading">
            {intl.formatMessage({ id: 'trade.shipments.title', defaultMessage: 'Shipments' })}
          </Title>
          {may && usable && !shipping ? <Button onClick={() => setShipping(true)}>{intl.formatMessage({ id: 'trade.shipments.declare', defaultMessage: 'Declare a shipment' })}</Button> : null}
        </Group>
        {shipping ? <ShipmentForm licence={licence} onDone={() => setShipping(false)} /> : null}
        <ProblemAlert error={shipments.error} />
        {shipments.data && shipments.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'trade.shipments.none', defaultMessage: 'Nothing shipped under this licence yet.' })}
          </Text>
        ) : null}
        {shipments.data?.items.length ? (
          <Table striped withTableBorder fz="sm" mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'trade.shipment.reference', defaultMessage: 'Shipment' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'trade.shipment.shippedOn', defaultMessage: 'Shipped on' })}</Table.Th>
                <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.shipped', defaultMessage: 'Shipped' })}</Table.Th>
                <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.received', defaultMessage: 'Received' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'trade.shipment.delivery', defaultMessage: 'Delivery confirmed' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'trade.shipment.discrepancies', defaultMessage: 'Discrepancies' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shipments.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <AnchorLink to="/trade/shipments/$shipmentId" params={{ shipmentId: s.id }} fw={600}>
                      {s.reference ?? intl.formatMessage({ id: 'trade.shipment.noReference', defaultMessage: 'Shipment of {date}' }, { date: date(s.shippedOn) })}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{date(s.shippedOn)}</Table.Td>
                  <Table.Td ta="right">{intl.formatNumber(s.totals.shipped)}</Table.Td>
                  <Table.Td ta="right">{intl.formatNumber(s.totals.received)}</Table.Td>
                  <Table.Td>{s.deliveryConfirmation ? date(s.deliveryConfirmation.confirmedOn) : '—'}</Table.Td>
                  <Table.Td>
                    {s.discrepancies.length ? (
                      <Badge color="#9c3500" variant="filled" radius="sm" tt="none">
                        {intl.formatNumber(s.discrepancies.length)}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>

      {may && licence.status !== 'revoked' ? <Revoke licence={licence} /> : null}
    </Stack>
  );
}

function ShipmentForm({ licence, onDone }: { licence: TradeLicenceDto; onDone: () => void }) {
  const intl = useIntl();
  const ship = useShip(licence.id);
  const countries = useCountryOptions();
  const categoryName = useCategoryName();
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<{ reference: string; shippedOn: string; carrierName: string; route: string[]; routeDescription: string; notes: string; items: ItemLineValues[] }>({
    initialValues: { reference: '', shippedOn: today, carrierName: '', route: [licence.exportingCountry, ...licence.transitCountries, licence.importingCountry], routeDescription: '', notes: '', items: linesFromLicence(licence) },
    validate: {
      shippedOn: (v) => (!v ? intl.formatMessage({ id: 'form.problem.required', defaultMessage: 'Required.' }) : null),
      items: { quantity: (v) => (/^\d+$/.test(String(v ?? '').trim()) && Number(v) >= 1 ? null : intl.formatMessage({ id: 'trade.form.quantity', defaultMessage: 'A whole number, at least 1.' })) },
    },
  });
  const licenceLines = licence.items.map((l) => ({ value: String(l.lineNo), label: `${l.lineNo}. ${lineWords(intl, l, categoryName)}` }));
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => ship.mutate(toShipmentBody(values), { onSuccess: onDone, onError: (error) => form.setErrors(formErrorsOf(intl, error)) }))}
    >
      <Stack gap="sm" mb="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={intl.formatMessage({ id: 'trade.shipment.referenceField', defaultMessage: 'Carrier’s or customs reference' })} {...form.getInputProps('reference')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput type="date" label={intl.formatMessage({ id: 'trade.shipment.shippedOn', defaultMessage: 'Shipped on' })} withAsterisk {...form.getInputProps('shippedOn')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={intl.formatMessage({ id: 'trade.shipment.carrier', defaultMessage: 'Carrier' })} {...form.getInputProps('carrierName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MultiSelect label={intl.formatMessage({ id: 'trade.shipment.route', defaultMessage: 'Countries on the way, in order' })} data={countries} searchable {...form.getInputProps('route')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={intl.formatMessage({ id: 'trade.shipment.routeDescription', defaultMessage: 'Route' })} {...form.getInputProps('routeDescription')} />
          </Grid.Col>
        </Grid>
        <Text size="sm" fw={600}>
          {intl.formatMessage({ id: 'trade.shipment.items', defaultMessage: 'What is shipped (proposed from what the licence still allows)' })}
        </Text>
        <ItemLines form={form} use="shipment" licenceLines={licenceLines} />
        <Textarea label={intl.formatMessage({ id: 'trade.field.notes', defaultMessage: 'Notes' })} autosize minRows={1} {...form.getInputProps('notes')} />
        <ProblemAlert error={ship.error} />
        <Group>
          <Button type="submit" loading={ship.isPending}>
            {intl.formatMessage({ id: 'trade.shipment.submit', defaultMessage: 'Declare the shipment' })}
          </Button>
          <Button variant="default" onClick={onDone}>
            {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Revoke({ licence }: { licence: TradeLicenceDto }) {
  const intl = useIntl();
  const revoke = useRevokeLicence(licence.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim().length < 3 ? intl.formatMessage({ id: 'trade.revoke.reasonRequired', defaultMessage: 'Say why the licence is revoked.' }) : null) },
  });
  return (
    <Card withBorder component="section" aria-labelledby="revoke-heading">
      <Title order={2} size="h4" id="revoke-heading" mb="xs">
        {intl.formatMessage({ id: 'trade.revoke.title', defaultMessage: 'Revoke the licence' })}
      </Title>
      <form noValidate onSubmit={form.onSubmit((v) => revoke.mutate({ reason: v.reason.trim() }, { onError: (error) => form.setErrors(formErrorsOf(intl, error)) }))}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'trade.revoke.help', defaultMessage: 'Nothing more can be shipped or received under a revoked licence. What already moved stays on record.' })}
          </Text>
          <Textarea label={intl.formatMessage({ id: 'trade.revoke.reason', defaultMessage: 'Reason' })} withAsterisk autosize minRows={1} {...form.getInputProps('reason')} />
          <ProblemAlert error={revoke.error} />
          <Button type="submit" color="red.9" w="fit-content" loading={revoke.isPending}>
            {intl.formatMessage({ id: 'trade.revoke.submit', defaultMessage: 'Revoke' })}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
