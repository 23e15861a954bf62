import { Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { LotMarkingsSection } from '../markings/MarkingsSection';
import { useAmmunitionLot } from './queries';

const route = getRouteApi('/app/ammunition-lots/$lotId');

/** One ammunition lot: what it is, and its markings (headstamp marks, import marks). */
export function AmmunitionLotScreen() {
  const intl = useIntl();
  const { lotId } = route.useParams();
  const lot = useAmmunitionLot(lotId);
  const heading = lot.data
    ? intl.formatMessage({ id: 'register.lot.heading', defaultMessage: 'Ammunition lot {lot}' }, { lot: lot.data.lotNumber ?? lot.data.calibre.asWritten ?? '' })
    : intl.formatMessage({ id: 'register.lot.loading', defaultMessage: 'Ammunition lot' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  const rows: [string, ReactNode][] = lot.data
    ? [
        [intl.formatMessage({ id: 'register.field.calibre', defaultMessage: 'Calibre' }), [lot.data.calibre.asWritten, lot.data.calibre.calibreCode && lot.data.calibre.calibreCode !== lot.data.calibre.asWritten ? `(${lot.data.calibre.calibreCode})` : null].filter(Boolean).join(' ')],
        [intl.formatMessage({ id: 'register.field.make', defaultMessage: 'Make (manufacturer)' }), lot.data.make.asWritten],
        [intl.formatMessage({ id: 'register.field.lotNumber', defaultMessage: 'Lot or batch number' }), lot.data.lotNumber],
        [intl.formatMessage({ id: 'register.field.yearOfManufacture', defaultMessage: 'Year of manufacture' }), lot.data.yearOfManufacture === null ? null : String(lot.data.yearOfManufacture)],
        [intl.formatMessage({ id: 'register.field.quantity', defaultMessage: 'Quantity (rounds)' }), intl.formatNumber(lot.data.quantity)],
        [intl.formatMessage({ id: 'register.field.headstamp', defaultMessage: 'Headstamp, as read' }), lot.data.headstamp],
        [intl.formatMessage({ id: 'firearm.registeredOn', defaultMessage: 'Registered' }), intl.formatDate(lot.data.createdAt, { dateStyle: 'long' })],
        [intl.formatMessage({ id: 'register.field.description', defaultMessage: 'Other features' }), lot.data.description],
      ]
    : [];
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{heading}</Title>
      <ProblemAlert error={lot.error} />
      {lot.isPending ? <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} /> : null}
      {lot.data ? (
        <>
          <StatusBadge status={lot.data.status} />
          <Card withBorder component="section" aria-labelledby="lot-description" padding="md">
            <Title order={2} size="h4" id="lot-description" mb="sm">
              {intl.formatMessage({ id: 'record.description', defaultMessage: 'Description' })}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
              {rows.map(([label, value]) => (
                <div key={label}>
                  <Text component="dt" size="xs" c="dimmed" fw={600}>
                    {label}
                  </Text>
                  <Text component="dd" m={0} size="sm">
                    {value === null || value === undefined || value === '' ? '—' : value}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Card>
          <LotMarkingsSection ammunitionLotId={lotId} />
        </>
      ) : null}
    </Stack>
  );
}
