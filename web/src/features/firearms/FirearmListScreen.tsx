import 'mantine-datatable/styles.css';
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { getRouteApi } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { HolderName, StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { FIREARM_STATUSES, statusWord } from '../../shared/ui/register-words';
import { localName, useReferenceList } from '../search/queries';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, sortOf, sortStatusOf, type FirearmListSearch, type SortColumn } from './list-search';
import { SortHeader, type SortDirection } from '../../shared/ui/SortHeader';
import { useAgencies, useFirearmList, type FirearmDto } from './queries';
import { RegisterActions } from '../register/RegisterActions';

const route = getRouteApi('/app/firearms');

/** The register, filtered and paged on the server; every filter and the page live in the URL. */
export function FirearmListScreen() {
  const intl = useIntl();
  const { locale } = useLocale();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useFirearmList(search);
  const agencies = useAgencies();
  const categories = useReferenceList('categories');
  const title = intl.formatMessage({ id: 'firearms.title', defaultMessage: 'Firearms' });
  useEffect(() => {
    document.title = title;
  }, [title]);

  const update = (changes: Partial<FirearmListSearch>, resetPage = true) =>
    void navigate({ search: (previous) => ({ ...previous, ...changes, ...(resetPage ? { page: undefined } : {}) }) });

  // Text filters apply on submit, not per keystroke (one request per search on slow links).
  const [make, setMake] = useState(search.make ?? '');
  const [holderId, setHolderId] = useState(search.holderId ?? '');
  useEffect(() => setMake(search.make ?? ''), [search.make]);
  useEffect(() => setHolderId(search.holderId ?? ''), [search.holderId]);

  const agencyName = useMemo(() => new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name])), [agencies.data]);
  const categoryOptions = (categories.data ?? []).map((c) => ({ value: c.code!, label: localName(c, locale) }));
  const categoryName = (code: string | null) => (code ? (categoryOptions.find((o) => o.value === code)?.label ?? code) : '');
  const pageSize = search.pageSize ?? DEFAULT_PAGE_SIZE;
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium' });
  const sorted = sortStatusOf(search.sort);
  const sortable = (column: SortColumn, label: string, firstDirection: SortDirection = 'asc') => (
    <SortHeader label={label} direction={sorted.columnAccessor === column ? sorted.direction : null} firstDirection={firstDirection} onSort={(direction) => update({ sort: sortOf({ columnAccessor: column, direction }) })} />
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        <RegisterActions />
      </Group>
      <form
        aria-label={intl.formatMessage({ id: 'firearms.filters', defaultMessage: 'Filters' })}
        onSubmit={(event) => {
          event.preventDefault();
          update({ make: make.trim() || undefined, holderId: holderId.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={intl.formatMessage({ id: 'firearms.filter.status', defaultMessage: 'Status' })}
            data={FIREARM_STATUSES.map((s) => ({ value: s, label: statusWord(intl, s) }))}
            value={search.status ?? null}
            onChange={(value) => update({ status: (value as FirearmListSearch['status']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'firearms.filter.category', defaultMessage: 'Category' })}
            data={categoryOptions}
            value={search.category ?? null}
            onChange={(value) => update({ category: value ?? undefined })}
            clearable
          />
          <TextInput label={intl.formatMessage({ id: 'firearms.filter.make', defaultMessage: 'Make' })} value={make} onChange={(e) => setMake(e.currentTarget.value)} />
          <Select
            label={intl.formatMessage({ id: 'firearms.filter.agency', defaultMessage: 'Registering agency' })}
            data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={search.agencyId ?? null}
            onChange={(value) => update({ agencyId: value ?? undefined })}
            searchable
            clearable
          />
          <TextInput
            label={intl.formatMessage({ id: 'firearms.filter.holder', defaultMessage: 'Holder (identifier)' })}
            value={holderId}
            onChange={(e) => setHolderId(e.currentTarget.value)}
            spellCheck={false}
          />
          <TextInput
            type="date"
            label={intl.formatMessage({ id: 'firearms.filter.registeredFrom', defaultMessage: 'Registered from' })}
            value={search.registeredFrom ?? ''}
            onChange={(e) => update({ registeredFrom: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label={intl.formatMessage({ id: 'firearms.filter.registeredTo', defaultMessage: 'Registered until' })}
            value={search.registeredTo ?? ''}
            onChange={(e) => update({ registeredTo: e.currentTarget.value || undefined })}
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{intl.formatMessage({ id: 'firearms.filter.apply', defaultMessage: 'Apply' })}</Button>
            <Button variant="default" onClick={() => void navigate({ search: {} })}>
              {intl.formatMessage({ id: 'firearms.filter.reset', defaultMessage: 'Reset' })}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      <ProblemAlert error={list.error} />
      <DataTable<FirearmDto>
        aria-label={title}
        withTableBorder
        striped
        minHeight={180}
        idAccessor="id"
        records={list.data?.items ?? []}
        fetching={list.isFetching}
        totalRecords={list.data?.page.total ?? 0}
        recordsPerPage={pageSize}
        page={search.page ?? 1}
        onPageChange={(page) => update({ page: page > 1 ? page : undefined }, false)}
        recordsPerPageOptions={[...PAGE_SIZES]}
        onRecordsPerPageChange={(size) => update({ pageSize: size === DEFAULT_PAGE_SIZE ? undefined : size })}
        recordsPerPageLabel={intl.formatMessage({ id: 'common.perPage', defaultMessage: 'Rows per page' })}
        paginationText={({ from, to, totalRecords }) => intl.formatMessage({ id: 'common.range', defaultMessage: '{from}–{to} of {total}' }, { from, to, total: totalRecords })}
        getPaginationControlProps={(control) =>
          control === 'previous'
            ? { 'aria-label': intl.formatMessage({ id: 'common.previousPage', defaultMessage: 'Previous page' }) }
            : control === 'next'
              ? { 'aria-label': intl.formatMessage({ id: 'common.nextPage', defaultMessage: 'Next page' }) }
              : {}
        }
        noRecordsText={intl.formatMessage({ id: 'firearms.none', defaultMessage: 'No firearm matches these filters.' })}
        columns={[
          {
            accessor: 'serialNumber',
            title: sortable('serialNumber', intl.formatMessage({ id: 'firearm.serial', defaultMessage: 'Serial number' })),
            render: (f) => (
              <AnchorLink to="/firearms/$firearmId" params={{ firearmId: f.id }} ff="monospace" fw={600}>
                {f.serialNumber.asWritten ?? intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
              </AnchorLink>
            ),
          },
          { accessor: 'make', title: sortable('make', intl.formatMessage({ id: 'firearm.make', defaultMessage: 'Make' })), render: (f) => f.make.asWritten ?? f.make.manufacturerCode ?? '' },
          { accessor: 'model', title: intl.formatMessage({ id: 'firearm.model', defaultMessage: 'Model' }), render: (f) => f.model ?? '' },
          { accessor: 'category', title: intl.formatMessage({ id: 'firearm.category', defaultMessage: 'Category' }), render: (f) => categoryName(f.category) },
          { accessor: 'status', title: intl.formatMessage({ id: 'firearm.status', defaultMessage: 'Status' }), noWrap: true, width: 150, render: (f) => <StatusBadge status={f.status} /> },
          {
            accessor: 'currentHolder',
            title: intl.formatMessage({ id: 'firearm.holder', defaultMessage: 'Holder' }),
            render: (f) => (f.currentHolder ? <HolderName holder={f.currentHolder} /> : ''),
          },
          { accessor: 'registeringAgencyId', title: intl.formatMessage({ id: 'firearm.agency', defaultMessage: 'Agency' }), render: (f) => agencyName.get(f.registeringAgencyId) ?? '' },
          { accessor: 'createdAt', title: sortable('createdAt', intl.formatMessage({ id: 'firearm.registeredOn', defaultMessage: 'Registered' }), 'desc'), render: (f) => date(f.createdAt) },
        ]}
      />
    </Stack>
  );
}
