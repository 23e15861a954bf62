import 'mantine-datatable/styles.css';
import { Badge, Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import { ButtonLink } from '../tracing/ButtonLink';
import { useCountryOptions } from '../tracing/TraceRequestFields';
import { useLicenceList } from './queries';
import { LICENCE_KINDS, LICENCE_STATUSES, TRADE_PAGE_SIZE, type TradeLicenceDto, type TradeListSearch } from './trade-form';
import { kindWord, licenceStatusWord } from './words';

const route = getRouteApi('/app/trade');

/** Revoked and expired stand out; a licence in use is quiet. */
export function LicenceStatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  const color = status === 'revoked' ? 'red.9' : status === 'expired' ? '#9c3500' : status === 'used' ? 'gray.7' : '#1b5e20';
  return (
    <Badge color={color} variant="filled" radius="sm" tt="none" data-testid="licence-status">
      {licenceStatusWord(intl, status)}
    </Badge>
  );
}

/** Import, export and transit licences (Firearms Protocol art. 10), filtered and paged on the server. */
export function TradeLicenceListScreen() {
  const intl = useIntl();
  const { locale } = useLocale();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useLicenceList(search);
  const countries = useReferenceList('countries');
  const countryOptions = useCountryOptions();
  const title = intl.formatMessage({ id: 'trade.title', defaultMessage: 'Trade licences' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const update = (changes: Partial<TradeListSearch>, resetPage = true) => void navigate({ search: (previous) => ({ ...previous, ...changes, ...(resetPage ? { page: undefined } : {}) }) });
  const [number, setNumber] = useState(search.number ?? '');
  useEffect(() => setNumber(search.number ?? ''), [search.number]);
  const country = (code: string) => {
    const c = countries.data?.find((x) => x.alpha2 === code);
    return c ? localName(c, locale) : code;
  };
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {permissions.has('transfer.write') ? <ButtonLink to="/trade/new">{intl.formatMessage({ id: 'trade.list.new', defaultMessage: 'Record a licence' })}</ButtonLink> : null}
      </Group>
      <form
        aria-label={intl.formatMessage({ id: 'trade.list.filters', defaultMessage: 'Filters' })}
        onSubmit={(event) => {
          event.preventDefault();
          update({ number: number.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          <Select
            label={intl.formatMessage({ id: 'trade.filter.kind', defaultMessage: 'Kind' })}
            data={LICENCE_KINDS.map((k) => ({ value: k, label: kindWord(intl, k) }))}
            value={search.kind ?? null}
            onChange={(value) => update({ kind: (value as TradeListSearch['kind']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'trade.filter.status', defaultMessage: 'Status' })}
            data={LICENCE_STATUSES.map((k) => ({ value: k, label: licenceStatusWord(intl, k) }))}
            value={search.status ?? null}
            onChange={(value) => update({ status: (value as TradeListSearch['status']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'trade.filter.country', defaultMessage: 'Country (export, import or transit)' })}
            data={countryOptions}
            searchable
            clearable
            nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
            value={search.country ?? null}
            onChange={(value) => update({ country: value ?? undefined })}
          />
          <TextInput label={intl.formatMessage({ id: 'trade.filter.number', defaultMessage: 'Licence number (exact)' })} value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{intl.formatMessage({ id: 'trade.filter.apply', defaultMessage: 'Apply' })}</Button>
            <Button variant="default" onClick={() => void navigate({ search: {} })}>
              {intl.formatMessage({ id: 'trade.filter.reset', defaultMessage: 'Reset' })}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      <ProblemAlert error={list.error} />
      <DataTable<TradeLicenceDto>
        aria-label={title}
        withTableBorder
        striped
        minHeight={180}
        idAccessor="id"
        records={list.data?.items ?? []}
        fetching={list.isFetching}
        totalRecords={list.data?.page.total ?? 0}
        recordsPerPage={TRADE_PAGE_SIZE}
        page={search.page ?? 1}
        onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
        paginationText={({ from, to, totalRecords }) => intl.formatMessage({ id: 'common.range', defaultMessage: '{from}–{to} of {total}' }, { from, to, total: totalRecords })}
        getPaginationControlProps={(control) =>
          control === 'previous'
            ? { 'aria-label': intl.formatMessage({ id: 'common.previousPage', defaultMessage: 'Previous page' }) }
            : control === 'next'
              ? { 'aria-label': intl.formatMessage({ id: 'common.nextPage', defaultMessage: 'Next page' }) }
              : {}
        }
        noRecordsText={intl.formatMessage({ id: 'trade.list.none', defaultMessage: 'No licence matches these filters.' })}
        columns={[
          {
            accessor: 'number',
            title: intl.formatMessage({ id: 'trade.field.number', defaultMessage: 'Licence number' }),
            render: (l) => (
              <AnchorLink to="/trade/$licenceId" params={{ licenceId: l.id }} ff="monospace" fw={600}>
                {l.number}
              </AnchorLink>
            ),
          },
          { accessor: 'kind', title: intl.formatMessage({ id: 'trade.field.kind', defaultMessage: 'Kind' }), render: (l) => kindWord(intl, l.kind) },
          { accessor: 'status', title: intl.formatMessage({ id: 'trade.field.status', defaultMessage: 'Status' }), render: (l) => <LicenceStatusBadge status={l.status} /> },
          { accessor: 'route', title: intl.formatMessage({ id: 'trade.field.route', defaultMessage: 'From → to' }), render: (l) => `${country(l.exportingCountry)} → ${country(l.importingCountry)}` },
          { accessor: 'finalRecipient', title: intl.formatMessage({ id: 'trade.field.finalRecipient', defaultMessage: 'Final recipient' }), render: (l) => l.finalRecipient.name ?? '' },
          { accessor: 'expiresOn', title: intl.formatMessage({ id: 'trade.field.validity', defaultMessage: 'Valid' }), noWrap: true, render: (l) => `${date(l.issuedOn)} – ${date(l.expiresOn)}` },
        ]}
      />
    </Stack>
  );
}
