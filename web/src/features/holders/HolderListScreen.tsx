import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { PagedTable } from '../../shared/lists/PagedTable';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useAgencies } from '../firearms/queries';
import { HolderFormModal } from './HolderFormModal';
import { HolderTitle } from './HolderTitle';
import { kindWords, optionsOf, organisationTypeWords, wordFor } from './holder-words';
import { type HolderListSearch } from './list-search';
import { useHolderList, type HolderDto } from './queries';

const route = getRouteApi('/app/holders');

/** Holders by name or document (each search is audited by the API), paged on the server, filters in the URL. */
export function HolderListScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useHolderList(search);
  const agencies = useAgencies();
  const [creating, setCreating] = useState<'person' | 'organisation' | null>(null);
  const [q, setQ] = useState(search.q ?? '');
  const [documentNumber, setDocumentNumber] = useState(search.documentNumber ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  useEffect(() => setDocumentNumber(search.documentNumber ?? ''), [search.documentNumber]);
  const title = intl.formatMessage({ id: 'holders.title', defaultMessage: 'Holders' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const personal = permissions.has('holder.personal_data');
  const update = (changes: Partial<HolderListSearch>) => void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }) });
  const agencyName = new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name]));
  const tooShort = q.trim().length === 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {permissions.has('holder.write') ? (
          <Group gap="sm">
            <Button onClick={() => setCreating('person')}>{intl.formatMessage({ id: 'holders.newPerson', defaultMessage: 'Register a person' })}</Button>
            <Button variant="default" onClick={() => setCreating('organisation')}>
              {intl.formatMessage({ id: 'holders.newOrganisation', defaultMessage: 'Register an organisation' })}
            </Button>
          </Group>
        ) : null}
      </Group>
      <form
        aria-label={intl.formatMessage({ id: 'holders.filters', defaultMessage: 'Search holders' })}
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooShort) update({ q: q.trim() || undefined, documentNumber: documentNumber.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label={intl.formatMessage({ id: 'holders.filter.name', defaultMessage: 'Name' })}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            error={tooShort ? intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 2 }) : undefined}
          />
          <TextInput
            label={intl.formatMessage({ id: 'holders.filter.document', defaultMessage: 'Document or registration number' })}
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
            spellCheck={false}
          />
          <Select
            label={intl.formatMessage({ id: 'holders.filter.kind', defaultMessage: 'Kind' })}
            data={optionsOf(intl, kindWords)}
            value={search.kind ?? null}
            onChange={(value) => update({ kind: (value as HolderListSearch['kind']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'holders.filter.agency', defaultMessage: 'Registering agency' })}
            data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={search.agencyId ?? null}
            onChange={(value) => update({ agencyId: value ?? undefined })}
            searchable
            clearable
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{intl.formatMessage({ id: 'holders.filter.apply', defaultMessage: 'Search' })}</Button>
            <Button variant="default" onClick={() => void navigate({ search: {} })}>
              {intl.formatMessage({ id: 'firearms.filter.reset', defaultMessage: 'Reset' })}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      <Text size="sm" c="dimmed">
        {personal
          ? intl.formatMessage({ id: 'holders.audited', defaultMessage: 'Searches by name or document are recorded in the audit trail, with the persons they showed.' })
          : intl.formatMessage({ id: 'holders.organisationsOnly', defaultMessage: 'Your role does not see persons’ personal data: a search by name or number looks at organisations only.' })}
      </Text>
      <ProblemAlert error={list.error} />
      {list.data && !personal && list.data.items.some((h) => h.restricted) ? (
        <Alert color="gray" variant="light">
          {intl.formatMessage({ id: 'holders.restrictedRows', defaultMessage: 'Persons are listed without their names: their details are restricted to roles with personal-data access.' })}
        </Alert>
      ) : null}
      <PagedTable<HolderDto>
        label={title}
        idAccessor="id"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        noRecordsText={intl.formatMessage({ id: 'holders.none', defaultMessage: 'No holder matches this search.' })}
        columns={[
          {
            accessor: 'name',
            title: intl.formatMessage({ id: 'holders.column.name', defaultMessage: 'Name' }),
            render: (h) => (
              <AnchorLink to="/holders/$holderId" params={{ holderId: h.id }} fw={600}>
                <HolderTitle holder={h} />
              </AnchorLink>
            ),
          },
          {
            accessor: 'kind',
            title: intl.formatMessage({ id: 'holders.column.kind', defaultMessage: 'Kind' }),
            render: (h) => (h.kind === 'organisation' ? wordFor(intl, organisationTypeWords, h.organisationType) : wordFor(intl, kindWords, h.kind)),
          },
          {
            accessor: 'document',
            title: intl.formatMessage({ id: 'holders.column.document', defaultMessage: 'Document / registration' }),
            render: (h) => <Text ff="monospace" fz="sm">{h.kind === 'organisation' ? (h.registrationNumber ?? '') : (h.idDocumentNumber ?? '')}</Text>,
          },
          { accessor: 'registeringAgencyId', title: intl.formatMessage({ id: 'holders.column.agency', defaultMessage: 'Registered by' }), render: (h) => agencyName.get(h.registeringAgencyId) ?? '' },
          { accessor: 'createdAt', title: intl.formatMessage({ id: 'holders.column.createdAt', defaultMessage: 'Registered on' }), render: (h) => intl.formatDate(h.createdAt, { dateStyle: 'medium' }) },
        ]}
      />
      <HolderFormModal kind={creating} onClose={() => setCreating(null)} />
    </Stack>
  );
}
