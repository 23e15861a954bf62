import 'mantine-datatable/styles.css';
import { Button, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ButtonLink } from './ButtonLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import { DueBadge } from './DueBadge';
import { TRACE_OUTCOMES, TRACE_PAGE_SIZE, TRACE_PRIORITIES, TRACE_STATUSES, type TraceListSearch } from './list-search';
import { useTraceList, type TraceSummaryDto } from './queries';
import { directionWord, outcomeWord, priorityWord, traceStatusWord } from './words';

const route = getRouteApi('/app/tracing');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Incoming (inbox) and outgoing (outbox) tracing requests, what waits for an answer first, soonest due on top. */
export function TracingListScreen() {
  const intl = useIntl();
  const { locale } = useLocale();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useTraceList(search);
  const countries = useReferenceList('countries');
  const now = useMemo(() => new Date(), [list.dataUpdatedAt]); // eslint-disable-line react-hooks/exhaustive-deps
  const title = intl.formatMessage({ id: 'tracing.title', defaultMessage: 'Tracing requests' });
  useEffect(() => {
    document.title = title;
  }, [title]);

  const update = (changes: Partial<TraceListSearch>, resetPage = true) => void navigate({ search: (previous) => ({ ...previous, ...changes, ...(resetPage ? { page: undefined } : {}) }) });
  const [seizureId, setSeizureId] = useState(search.seizureId ?? '');
  useEffect(() => setSeizureId(search.seizureId ?? ''), [search.seizureId]);
  const seizureInvalid = seizureId.trim() !== '' && !UUID.test(seizureId.trim());

  const countryName = (code: string | null) => {
    if (!code) return '';
    const country = countries.data?.find((c) => c.alpha2 === code);
    return country ? localName(country, locale) : code;
  };
  const counterpart = (r: TraceSummaryDto) => (r.direction === 'incoming' ? countryName(r.requestingCountry) : [countryName(r.requestedCountry), r.requestedManufacturer].filter(Boolean).join(' · '));
  const view = search.direction ?? 'all';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {permissions.has('tracing.write') ? (
          <Group gap="sm">
            <ButtonLink to="/tracing/new" search={{ direction: 'incoming' }}>
              {intl.formatMessage({ id: 'tracing.list.receive', defaultMessage: 'Enter a received request' })}
            </ButtonLink>
            <ButtonLink to="/tracing/new" variant="default">
              {intl.formatMessage({ id: 'tracing.list.newOutgoing', defaultMessage: 'New outgoing request' })}
            </ButtonLink>
          </Group>
        ) : null}
      </Group>
      <SegmentedControl
        w="fit-content"
        aria-label={intl.formatMessage({ id: 'tracing.list.view', defaultMessage: 'Requests to show' })}
        value={view}
        onChange={(value) => update({ direction: value === 'all' ? undefined : (value as TraceListSearch['direction']) })}
        data={[
          { value: 'incoming', label: intl.formatMessage({ id: 'tracing.list.inbox', defaultMessage: 'Inbox (incoming)' }) },
          { value: 'outgoing', label: intl.formatMessage({ id: 'tracing.list.outbox', defaultMessage: 'Outbox (outgoing)' }) },
          { value: 'all', label: intl.formatMessage({ id: 'tracing.list.all', defaultMessage: 'All' }) },
        ]}
      />
      <form
        aria-label={intl.formatMessage({ id: 'tracing.list.filters', defaultMessage: 'Filters' })}
        onSubmit={(event) => {
          event.preventDefault();
          if (!seizureInvalid) update({ seizureId: seizureId.trim().toLowerCase() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={intl.formatMessage({ id: 'tracing.filter.status', defaultMessage: 'Status' })}
            data={TRACE_STATUSES.map((s) => ({ value: s, label: traceStatusWord(intl, s, search.direction) }))}
            value={search.status ?? null}
            onChange={(value) => update({ status: (value as TraceListSearch['status']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'tracing.filter.priority', defaultMessage: 'Priority' })}
            data={TRACE_PRIORITIES.map((p) => ({ value: p, label: priorityWord(intl, p) }))}
            value={search.priority ?? null}
            onChange={(value) => update({ priority: (value as TraceListSearch['priority']) ?? undefined })}
            clearable
          />
          <Select
            label={intl.formatMessage({ id: 'tracing.filter.outcome', defaultMessage: 'Outcome' })}
            data={TRACE_OUTCOMES.map((o) => ({ value: o, label: outcomeWord(intl, o) }))}
            value={search.outcome ?? null}
            onChange={(value) => update({ outcome: (value as TraceListSearch['outcome']) ?? undefined })}
            clearable
          />
          <TextInput
            label={intl.formatMessage({ id: 'tracing.filter.seizure', defaultMessage: 'Seizure (identifier)' })}
            value={seizureId}
            onChange={(e) => setSeizureId(e.currentTarget.value)}
            error={seizureInvalid ? intl.formatMessage({ id: 'tracing.filter.seizure.invalid', defaultMessage: 'Paste the seizure’s identifier as shown on the case.' }) : undefined}
            spellCheck={false}
          />
          <Checkbox
            mt="lg"
            label={intl.formatMessage({ id: 'tracing.filter.overdue', defaultMessage: 'Overdue only' })}
            checked={search.overdue ?? false}
            onChange={(e) => update({ overdue: e.currentTarget.checked || undefined })}
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{intl.formatMessage({ id: 'tracing.filter.apply', defaultMessage: 'Apply' })}</Button>
            <Button variant="default" onClick={() => void navigate({ search: search.direction ? { direction: search.direction } : {} })}>
              {intl.formatMessage({ id: 'tracing.filter.reset', defaultMessage: 'Reset' })}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      <ProblemAlert error={list.error} />
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'tracing.list.order', defaultMessage: 'Requests awaiting an answer first, the soonest due on top; then answered and closed ones, newest first.' })}
      </Text>
      <DataTable<TraceSummaryDto>
        aria-label={title}
        withTableBorder
        striped
        minHeight={180}
        idAccessor="id"
        records={list.data?.items ?? []}
        fetching={list.isFetching}
        totalRecords={list.data?.page.total ?? 0}
        recordsPerPage={TRACE_PAGE_SIZE}
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
        noRecordsText={intl.formatMessage({ id: 'tracing.list.none', defaultMessage: 'No tracing request matches these filters.' })}
        columns={[
          {
            accessor: 'reference',
            title: intl.formatMessage({ id: 'tracing.field.reference', defaultMessage: 'Reference' }),
            render: (r) => (
              <AnchorLink to="/tracing/$requestId" params={{ requestId: r.id }} ff="monospace" fw={600}>
                {r.reference}
              </AnchorLink>
            ),
          },
          { accessor: 'dueAt', title: intl.formatMessage({ id: 'tracing.field.dueAt', defaultMessage: 'Due' }), noWrap: true, render: (r) => <DueBadge request={r} now={now} /> },
          ...(view === 'all' ? [{ accessor: 'direction', title: intl.formatMessage({ id: 'tracing.field.direction', defaultMessage: 'Direction' }), render: (r: TraceSummaryDto) => directionWord(intl, r.direction) }] : []),
          {
            accessor: 'counterpart',
            title: view === 'incoming' ? intl.formatMessage({ id: 'tracing.field.requestingCountry', defaultMessage: 'Requesting state' }) : view === 'outgoing' ? intl.formatMessage({ id: 'tracing.field.requested', defaultMessage: 'Requested state or manufacturer' }) : intl.formatMessage({ id: 'tracing.field.counterpart', defaultMessage: 'Other party' }),
            render: counterpart,
          },
          { accessor: 'status', title: intl.formatMessage({ id: 'tracing.field.status', defaultMessage: 'Status' }), render: (r) => traceStatusWord(intl, r.status, r.direction) },
          { accessor: 'priority', title: intl.formatMessage({ id: 'tracing.field.priority', defaultMessage: 'Priority' }), render: (r) => (r.priority === 'urgent' ? <Text span fw={700} size="sm">{priorityWord(intl, r.priority)}</Text> : priorityWord(intl, r.priority)) },
          { accessor: 'outcome', title: intl.formatMessage({ id: 'tracing.field.outcome', defaultMessage: 'Outcome' }), render: (r) => outcomeWord(intl, r.outcome) },
        ]}
      />
    </Stack>
  );
}
