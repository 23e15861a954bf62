import { Button, Card, Group, SimpleGrid, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { PagedTable } from '../../shared/lists/PagedTable';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { actionOptions, actionWord, RECORD_TYPES, recordTypeWord } from './audit-words';
import type { AuditSearch } from './list-search';
import { useActorOptions, useAgencyNames, useAuditSearch, type AuditEntryDto } from './queries';
import { EntryChanges, EntryWho } from './RecordTrail';
import { VerificationPanel } from './VerificationPanel';

const route = getRouteApi('/app/audit');

/** The auditor's desk: every entry of the trail by actor, record type, action and time, and the full verification. */
export function AuditScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const entries = useAuditSearch(search);
  const agencies = useAgencyNames();
  const title = intl.formatMessage({ id: 'audit.title', defaultMessage: 'Audit trail' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const update = (changes: Partial<AuditSearch>, resetPage = true) => void navigate({ search: (previous) => ({ ...previous, ...changes, ...(resetPage ? { page: undefined } : {}) }) });

  const [actorText, setActorText] = useState('');
  const [actorQuery] = useDebouncedValue(actorText, 250);
  const actors = useActorOptions(actorQuery);
  const actorData = useMemo(() => (actors.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName ? `${u.displayName} (${u.username})` : u.username })), [actors.data]);
  const actions = useMemo(() => actionOptions(intl), [intl]);

  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {permissions.has('audit.verify') ? <VerificationPanel id={search.verification} onStarted={(id) => update({ verification: id }, false)} /> : null}
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="audit-search-title">
        <Title order={2} size="h4" id="audit-search-title" mb="sm">
          {intl.formatMessage({ id: 'audit.search.title', defaultMessage: 'Search the entries' })}
        </Title>
        <form aria-label={intl.formatMessage({ id: 'audit.search.filters', defaultMessage: 'Filters' })} onSubmit={(e) => e.preventDefault()}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
            <Select
              label={intl.formatMessage({ id: 'audit.filter.actor', defaultMessage: 'Who' })}
              data={actorData}
              value={search.actor ?? null}
              onChange={(value) => update({ actor: value ?? undefined })}
              searchable
              searchValue={actorText}
              onSearchChange={setActorText}
              filter={({ options }) => options}
              nothingFoundMessage={intl.formatMessage({ id: 'audit.filter.actorNone', defaultMessage: 'No user of that name' })}
              clearable
            />
            <Select
              label={intl.formatMessage({ id: 'audit.filter.recordType', defaultMessage: 'Record type' })}
              data={RECORD_TYPES.map((value) => ({ value, label: recordTypeWord(intl, value) }))}
              value={search.recordType ?? null}
              onChange={(value) => update({ recordType: (value as AuditSearch['recordType']) ?? undefined })}
              searchable
              clearable
            />
            <Select
              label={intl.formatMessage({ id: 'audit.filter.action', defaultMessage: 'Action' })}
              data={actions}
              value={search.action ?? null}
              onChange={(value) => update({ action: value ?? undefined })}
              searchable
              clearable
            />
            <TextInput type="date" label={intl.formatMessage({ id: 'audit.filter.from', defaultMessage: 'From (day)' })} value={search.from ?? ''} onChange={(e) => update({ from: e.currentTarget.value || undefined })} />
            <TextInput type="date" label={intl.formatMessage({ id: 'audit.filter.to', defaultMessage: 'To (day, included)' })} value={search.to ?? ''} onChange={(e) => update({ to: e.currentTarget.value || undefined })} />
          </SimpleGrid>
          <Group mt="sm">
            <Button variant="default" onClick={() => void navigate({ search: search.verification ? { verification: search.verification } : {} })}>
              {intl.formatMessage({ id: 'audit.filter.reset', defaultMessage: 'Clear the filters' })}
            </Button>
          </Group>
        </form>
      </Card>
      <ProblemAlert error={entries.error} />
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'audit.search.order', defaultMessage: 'Newest first. Times in your time zone.' })}
      </Text>
      <PagedTable<AuditEntryDto>
        label={intl.formatMessage({ id: 'audit.search.results', defaultMessage: 'Audit entries' })}
        records={entries.data?.items}
        total={entries.data?.page.total}
        totalIsExact={entries.data?.page.totalIsExact}
        fetching={entries.isFetching}
        paging={search}
        onPaging={(paging) => update(paging, false)}
        idAccessor="id"
        noRecordsText={intl.formatMessage({ id: 'audit.search.none', defaultMessage: 'No entry matches these filters.' })}
        columns={[
          { accessor: 'occurredAt', title: intl.formatMessage({ id: 'audit.col.when', defaultMessage: 'When' }), noWrap: true, render: (e) => intl.formatDate(e.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' }) },
          { accessor: 'actor', title: intl.formatMessage({ id: 'audit.col.who', defaultMessage: 'Who' }), render: (e) => <EntryWho entry={e} agencyName={agencies.data} /> },
          { accessor: 'recordType', title: intl.formatMessage({ id: 'audit.col.record', defaultMessage: 'Record' }), render: (e) => <RecordLink entry={e} /> },
          { accessor: 'action', title: intl.formatMessage({ id: 'audit.col.action', defaultMessage: 'Action' }), render: (e) => actionWord(intl, e.action) },
          { accessor: 'changes', title: intl.formatMessage({ id: 'audit.col.changes', defaultMessage: 'What changed' }), render: (e) => <EntryChanges entry={e} /> },
        ]}
      />
    </Stack>
  );
}

/** The record an entry is about: a link where the interface has a screen for it. */
function RecordLink({ entry }: { entry: AuditEntryDto }) {
  const intl = useIntl();
  const type = recordTypeWord(intl, entry.recordType);
  const id = entry.recordId;
  const link = (() => {
    switch (entry.recordType) {
      case 'firearm':
      case 'part':
        return <AnchorLink to="/firearms/$firearmId" params={{ firearmId: id }} size="sm">{type}</AnchorLink>;
      case 'holder':
        return <AnchorLink to="/holders/$holderId" params={{ holderId: id }} size="sm">{type}</AnchorLink>;
      case 'trace_request':
        return <AnchorLink to="/tracing/$requestId" params={{ requestId: id }} size="sm">{type}</AnchorLink>;
      case 'trade_licence':
        return <AnchorLink to="/trade/$licenceId" params={{ licenceId: id }} size="sm">{type}</AnchorLink>;
      default:
        return <Text size="sm">{type}</Text>;
    }
  })();
  return (
    <Stack gap={0}>
      {link}
      <Text size="xs" c="dimmed" ff="monospace">
        {id}
      </Text>
    </Stack>
  );
}
