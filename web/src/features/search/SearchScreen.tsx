import { Alert, Badge, Button, Card, Collapse, Group, List, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { ApiError } from '../../shared/api/problem';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { HolderName, StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, TRACE_PAGE_SIZE, useReferenceList, useTraceSearch, type TraceCandidateDto, type TraceCriteria, type TraceResult } from './queries';
import { reasonWords, type ReasonContext } from './reasons';
import { serialRefusal } from './serial-refusal';
import { criteriaFrom, EMPTY_FORM, type SearchFormValues } from './search-form';

/** The last search of this tab, in memory only (serials stay out of URLs and storage), for the way back from a record. */
let lastSearch: { values: SearchFormValues; criteria: TraceCriteria } | null = null;

export function SearchScreen() {
  const intl = useIntl();
  const { locale } = useLocale();
  const permissions = usePermissions();
  const [criteria, setCriteria] = useState<TraceCriteria | null>(lastSearch?.criteria ?? null);
  const [showMore, setShowMore] = useState(false);
  const search = useTraceSearch(criteria);
  const categories = useReferenceList('categories');
  const countries = useReferenceList('countries');
  const title = intl.formatMessage({ id: 'search.title', defaultMessage: 'Search a firearm' });
  useEffect(() => {
    document.title = title;
  }, [title]);

  const form = useForm<SearchFormValues>({ initialValues: lastSearch?.values ?? EMPTY_FORM });

  // A refused serial is shown next to the box, with how to fix it.
  const problem = search.error instanceof ApiError ? search.error.problem : null;
  useEffect(() => {
    if (!problem || !criteria) return;
    if (problem.code === 'INVALID_SERIAL_PATTERN') form.setFieldError('serial', serialRefusal(intl, problem, criteria.serial ?? ''));
    else if (problem.code === 'TRACE_CRITERIA_MISSING') form.setFieldError('serial', intl.formatMessage({ id: 'error.TRACE_CRITERIA_MISSING', defaultMessage: 'Enter a serial or at least one other criterion.' }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, criteria, intl]);

  const categoryOptions = useMemo(() => (categories.data ?? []).map((c) => ({ value: c.code!, label: localName(c, locale) })), [categories.data, locale]);
  const countryOptions = useMemo(
    () => (countries.data ?? []).map((c) => ({ value: c.alpha2!, label: localName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
    [countries.data, locale],
  );
  const context: ReasonContext = {
    serialKeys: search.data?.criteria.serialKeys,
    categoryName: (code) => categoryOptions.find((o) => o.value === code)?.label ?? code,
    countryName: (code) => countryOptions.find((o) => o.value === code)?.label ?? code,
  };

  const run = (values: SearchFormValues, offset = 0) => {
    const next = criteriaFrom(values, offset);
    if (!next) {
      form.setFieldError('serial', intl.formatMessage({ id: 'error.TRACE_CRITERIA_MISSING', defaultMessage: 'Enter a serial or at least one other criterion.' }));
      return;
    }
    lastSearch = { values, criteria: next };
    setCriteria(next);
  };

  if (!permissions.has('trace.search')) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="gray">{intl.formatMessage({ id: 'search.notAllowed', defaultMessage: 'Your role cannot search the registry by serial.' })}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{title}</Title>
      <form role="search" onSubmit={form.onSubmit((values) => run(values))} noValidate>
        <Stack gap="sm">
          <TextInput
            label={intl.formatMessage({ id: 'search.serial', defaultMessage: 'Serial number as read' })}
            description={intl.formatMessage({
              id: 'search.serial.help',
              defaultMessage: 'Type what you can read. Use ? for one unreadable character and * for several. Look-alike characters (O and 0, I and 1, S and 5) are found either way.',
            })}
            size="md"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('serial')}
          />
          <Button variant="subtle" px={0} w="fit-content" onClick={() => setShowMore((v) => !v)} aria-expanded={showMore} aria-controls="search-more">
            {showMore
              ? intl.formatMessage({ id: 'search.fewerCriteria', defaultMessage: 'Fewer criteria' })
              : intl.formatMessage({ id: 'search.moreCriteria', defaultMessage: 'More criteria: make, model, calibre, category, country' })}
          </Button>
          <Collapse expanded={showMore} id="search-more">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <TextInput label={intl.formatMessage({ id: 'search.make', defaultMessage: 'Make' })} {...form.getInputProps('make')} />
              <TextInput label={intl.formatMessage({ id: 'search.model', defaultMessage: 'Model' })} {...form.getInputProps('model')} />
              <TextInput label={intl.formatMessage({ id: 'search.calibre', defaultMessage: 'Calibre' })} {...form.getInputProps('calibre')} />
              <Select label={intl.formatMessage({ id: 'search.category', defaultMessage: 'Category' })} data={categoryOptions} clearable {...form.getInputProps('category')} />
              <Select
                label={intl.formatMessage({ id: 'search.country', defaultMessage: 'Country of manufacture' })}
                data={countryOptions}
                searchable
                clearable
                nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
                {...form.getInputProps('countryOfManufacture')}
              />
            </SimpleGrid>
          </Collapse>
          <Group>
            <Button type="submit" size="md" loading={search.isFetching}>
              {intl.formatMessage({ id: 'search.submit', defaultMessage: 'Search' })}
            </Button>
            <Button
              variant="default"
              size="md"
              onClick={() => {
                form.setValues(EMPTY_FORM);
                form.clearErrors();
                lastSearch = null;
                setCriteria(null);
              }}
            >
              {intl.formatMessage({ id: 'search.clear', defaultMessage: 'Clear' })}
            </Button>
          </Group>
        </Stack>
      </form>

      {problem && problem.code !== 'INVALID_SERIAL_PATTERN' && problem.code !== 'TRACE_CRITERIA_MISSING' ? <ProblemAlert error={search.error} /> : null}
      {search.isFetching && !search.data ? <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} /> : null}
      {search.data && !search.error ? <Results result={search.data} context={context} onPage={(offset) => lastSearch && run(lastSearch.values, offset)} /> : null}
    </Stack>
  );
}

function Results({ result, context, onPage }: { result: TraceResult; context: ReasonContext; onPage: (offset: number) => void }) {
  const intl = useIntl();
  const { offset, limit, total } = result.page;
  return (
    <Stack gap="md" component="section" aria-labelledby="results-heading">
      <Title order={2} size="h3" id="results-heading">
        {intl.formatMessage({ id: 'search.results', defaultMessage: 'Candidates' })}
      </Title>
      <Text role="status" aria-live="polite">
        {intl.formatMessage(
          { id: 'search.summary', defaultMessage: '{total, plural, =0 {No firearm matches.} one {# candidate} other {# candidates}}{flagged, plural, =0 {} other {, # flagged stolen or lost}}.' },
          { total, flagged: result.flagged },
        )}
      </Text>
      {result.serialSearch?.widened ? (
        <Alert color="blue">{intl.formatMessage({ id: 'search.widened', defaultMessage: 'No serial matches exactly; showing serials and markings that contain what you typed.' })}</Alert>
      ) : null}
      {result.mayBeIncomplete ? (
        <Alert color="yellow">{intl.formatMessage({ id: 'search.incomplete', defaultMessage: 'Many firearms match; the list may be incomplete. Add criteria to narrow it.' })}</Alert>
      ) : null}
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {result.items.map((candidate, index) => (
          <li key={candidate.firearmId}>
            <CandidateCard candidate={candidate} rank={offset + index + 1} context={context} />
          </li>
        ))}
      </Stack>
      {total > limit ? (
        <Group>
          <Button variant="default" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
            {intl.formatMessage({ id: 'common.previousPage', defaultMessage: 'Previous page' })}
          </Button>
          <Text size="sm">
            {intl.formatMessage({ id: 'common.range', defaultMessage: '{from}–{to} of {total}' }, { from: offset + 1, to: Math.min(offset + limit, total), total })}
          </Text>
          <Button variant="default" disabled={offset + limit >= total} onClick={() => onPage(offset + TRACE_PAGE_SIZE)}>
            {intl.formatMessage({ id: 'common.nextPage', defaultMessage: 'Next page' })}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function CandidateCard({ candidate, rank, context }: { candidate: TraceCandidateDto; rank: number; context: ReasonContext }) {
  const intl = useIntl();
  // An outgoing tracing request about this hit, described from its register entry.
  const mayTrace = usePermissions().has('tracing.write');
  const serial = candidate.serialNumber.asWritten ?? candidate.serialNumber.normalised ?? '';
  const description = [candidate.make.asWritten, candidate.model, candidate.calibre.asWritten].filter(Boolean).join(' · ');
  return (
    <Card withBorder padding="md" radius="sm" style={candidate.alert ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {intl.formatMessage({ id: 'search.rank', defaultMessage: 'No. {rank}' }, { rank })}
            </Text>
            <AnchorLink to="/firearms/$firearmId" params={{ firearmId: candidate.firearmId }} fw={700} ff="monospace" size="lg">
              {serial || intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
            </AnchorLink>
            {candidate.alert ? (
              <Badge color={candidate.alert === 'stolen' ? 'red.9' : 'orange.9'} variant="filled" radius="sm">
                {candidate.alert === 'stolen'
                  ? intl.formatMessage({ id: 'alert.stolen', defaultMessage: 'Reported stolen' })
                  : intl.formatMessage({ id: 'alert.lost', defaultMessage: 'Reported lost' })}
              </Badge>
            ) : (
              <StatusBadge status={candidate.status} />
            )}
          </Group>
          <Text size="sm">{description}</Text>
          <Text size="sm" c="dimmed">
            {[candidate.category ? context.categoryName(candidate.category) : null, candidate.countryOfManufacture ? context.countryName(candidate.countryOfManufacture) : null, candidate.yearOfManufacture]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'search.score', defaultMessage: 'Score {score, number}' }, { score: candidate.score })}
          </Text>
          {mayTrace ? (
            <AnchorLink to="/tracing/new" search={{ firearmId: candidate.firearmId }} size="sm">
              {intl.formatMessage({ id: 'search.requestTrace', defaultMessage: 'Request a trace of {serial}' }, { serial })}
            </AnchorLink>
          ) : null}
        </Stack>
      </Group>
      <Text size="sm" mt="xs">
        {intl.formatMessage({ id: 'search.lastLegalHolder', defaultMessage: 'Last legal holder:' })} <HolderName holder={candidate.lastLegalHolder} />
      </Text>
      <Text size="sm" mt="xs" fw={600}>
        {intl.formatMessage({ id: 'search.why', defaultMessage: 'Why it matches' })}
      </Text>
      <List size="sm" spacing={2}>
        {candidate.reasons.map((reason, i) => (
          <List.Item key={`${reason.code}-${i}`}>{reasonWords(intl, reason, candidate, context)}</List.Item>
        ))}
      </List>
    </Card>
  );
}
