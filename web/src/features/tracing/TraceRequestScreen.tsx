import { Alert, Badge, Button, Card, Divider, Grid, Group, List, Loader, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { RecordTrail } from '../audit/RecordTrail';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import { reasonWords } from '../search/reasons';
import { AnswerView } from './AnswerView';
import { asSearchCandidate, momentOf, serialKeysOf } from './candidates';
import { DueBadge } from './DueBadge';
import { formErrorsOf } from './field-problems';
import { TRACE_OUTCOMES } from './list-search';
import {
  downloadPdf,
  useAcknowledgeTrace,
  useAnswerPreview,
  useAnswerTrace,
  useCloseTrace,
  useConfirmMatch,
  useReplyTrace,
  useSendTrace,
  useTraceRequest,
  useUpdateTrace,
  type StoredCandidate,
  type TraceAnswerView,
  type TraceRequestDto,
} from './queries';
import { hasChanges, toUpdateBody, traceFormFrom, type TraceFormValues } from './request-form';
import { TraceRequestFields } from './TraceRequestFields';
import { confidentialityWord, directionWord, legibilityWord, markingTypeWord, outcomeWord, priorityWord, traceStatusWord } from './words';

const route = getRouteApi('/app/tracing/$requestId');

/** One tracing request, and the next step of its work: edit and send, match and answer, replies, close. */
export function TraceRequestScreen() {
  const intl = useIntl();
  const { requestId } = route.useParams();
  const query = useTraceRequest(requestId);
  const request = query.data;
  const heading = request
    ? intl.formatMessage({ id: 'tracing.request.title', defaultMessage: 'Tracing request {reference}' }, { reference: request.reference })
    : intl.formatMessage({ id: 'tracing.request.loadingTitle', defaultMessage: 'Tracing request' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  if (query.isLoading) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (!request) return <ProblemAlert error={query.error} />;
  return <RequestPage request={request} heading={heading} />;
}

function RequestPage({ request, heading }: { request: TraceRequestDto; heading: string }) {
  const intl = useIntl();
  const permissions = usePermissions();
  const may = permissions.has('tracing.write');
  const [editing, setEditing] = useState(false);
  const [pdfError, setPdfError] = useState<unknown>(null);
  const now = useMemo(() => new Date(), [request.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const incoming = request.direction === 'incoming';
  const open = request.status === 'sent' || request.status === 'acknowledged';
  const editable = may && (request.direction === 'outgoing' ? request.status === 'draft' : open);
  const pdf = (which: 'request' | 'answer') => {
    setPdfError(null);
    downloadPdf(request.id, which, request.reference).catch(setPdfError);
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={6}>
        <AnchorLink to="/tracing" search={{ direction: request.direction }} size="sm">
          {incoming ? intl.formatMessage({ id: 'tracing.request.backInbox', defaultMessage: '← Inbox' }) : intl.formatMessage({ id: 'tracing.request.backOutbox', defaultMessage: '← Outbox' })}
        </AnchorLink>
        <Title order={1}>{heading}</Title>
        <Group gap="xs">
          <Badge variant="outline" color="gray.7" radius="sm" tt="none">
            {directionWord(intl, request.direction)}
          </Badge>
          <Badge variant="filled" color="blue.9" radius="sm" tt="none" data-testid="trace-status">
            {traceStatusWord(intl, request.status, request.direction)}
          </Badge>
          {request.priority === 'urgent' ? (
            <Badge variant="filled" color="red.9" radius="sm" tt="none">
              {priorityWord(intl, 'urgent')}
            </Badge>
          ) : null}
          <DueBadge request={request} now={now} />
        </Group>
      </Stack>
      <Group gap="sm">
        <Button variant="default" onClick={() => pdf('request')}>
          {intl.formatMessage({ id: 'tracing.pdf.request', defaultMessage: 'Download the request (PDF)' })}
        </Button>
        {request.status === 'answered' || (request.status === 'closed' && request.answer) ? (
          <Button variant="default" onClick={() => pdf('answer')}>
            {intl.formatMessage({ id: 'tracing.pdf.answer', defaultMessage: 'Download the answer (PDF)' })}
          </Button>
        ) : null}
        {editable && !editing ? (
          <Button variant="default" onClick={() => setEditing(true)}>
            {incoming ? intl.formatMessage({ id: 'tracing.request.correct', defaultMessage: 'Correct the request' }) : intl.formatMessage({ id: 'tracing.request.edit', defaultMessage: 'Edit the draft' })}
          </Button>
        ) : null}
      </Group>
      <ProblemAlert error={pdfError} />

      {editing ? (
        <EditRequest request={request} onDone={() => setEditing(false)} />
      ) : (
        <>
          {may ? <NextStep request={request} /> : null}
          {request.answer ? (
            <Card withBorder component="section" aria-labelledby="answer-heading">
              <Title order={2} size="h3" id="answer-heading" mb="sm">
                {incoming ? intl.formatMessage({ id: 'tracing.answer.ourAnswer', defaultMessage: 'Our answer' }) : intl.formatMessage({ id: 'tracing.answer.received', defaultMessage: 'The answer received' })}
              </Title>
              <AnswerView answer={request.answer as TraceAnswerView} />
            </Card>
          ) : null}
          <Description request={request} />
          <Replies request={request} may={may && request.status !== 'closed'} />
          <RecordTrail recordType="trace_request" recordId={request.id} />
        </>
      )}
    </Stack>
  );
}

/** What the officer does next, by direction and status. */
function NextStep({ request }: { request: TraceRequestDto }) {
  const incoming = request.direction === 'incoming';
  const open = request.status === 'sent' || request.status === 'acknowledged';
  return (
    <Stack gap="md">
      {request.status === 'draft' ? <SendDraft request={request} /> : null}
      {open ? <Acknowledge request={request} /> : null}
      {incoming && open ? <MatchAndAnswer request={request} /> : null}
      {!incoming && open ? <RecordAnswer request={request} /> : null}
      {request.status !== 'closed' ? <CloseRequest request={request} /> : null}
    </Stack>
  );
}

function StepCard({ title, children }: { title: string; children: ReactNode }) {
  const id = `step-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function SendDraft({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const send = useSendTrace(request.id);
  const target = request.requestedCountry || request.requestedManufacturer;
  return (
    <StepCard title={intl.formatMessage({ id: 'tracing.send.title', defaultMessage: 'Send the request' })}>
      <Stack gap="xs">
        <Text size="sm">
          {target
            ? intl.formatMessage({ id: 'tracing.send.help', defaultMessage: 'Check the description, download the request as PDF for the requested party, then mark it sent: the due date starts today.' })
            : intl.formatMessage({ id: 'tracing.send.noTarget', defaultMessage: 'Name the requested state or manufacturer (edit the draft) before sending.' })}
        </Text>
        <ProblemAlert error={send.error} />
        <Button w="fit-content" onClick={() => send.mutate()} loading={send.isPending} disabled={!target}>
          {intl.formatMessage({ id: 'tracing.send.submit', defaultMessage: 'Mark as sent' })}
        </Button>
      </Stack>
    </StepCard>
  );
}

function Acknowledge({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const ack = useAcknowledgeTrace(request.id);
  if (request.status !== 'sent') return null;
  const incoming = request.direction === 'incoming';
  return (
    <Group gap="sm">
      <Button variant="default" onClick={() => ack.mutate()} loading={ack.isPending}>
        {incoming ? intl.formatMessage({ id: 'tracing.ack.incoming', defaultMessage: 'Acknowledge receipt' }) : intl.formatMessage({ id: 'tracing.ack.outgoing', defaultMessage: 'Record their acknowledgement' })}
      </Button>
      <ProblemAlert error={ack.error} />
    </Group>
  );
}

/** Incoming: the register's candidates, the investigator's confirmation, the preview of the answer, the answer. */
function MatchAndAnswer({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const categories = useReferenceList('categories');
  const countries = useReferenceList('countries');
  const match = useConfirmMatch(request.id);
  const decided = request.match.firearmId !== null || request.match.none;
  const preview = useAnswerPreview(request.id, decided);
  const candidates = request.candidates as unknown as StoredCandidate[];
  const context = {
    serialKeys: serialKeysOf(request.item.serialNumber),
    categoryName: (code: string) => {
      const c = categories.data?.find((x) => x.code === code);
      return c ? localName(c, locale) : code;
    },
    countryName: (code: string) => {
      const c = countries.data?.find((x) => x.alpha2 === code);
      return c ? localName(c, locale) : code;
    },
  };
  return (
    <>
      <StepCard title={intl.formatMessage({ id: 'tracing.match.title', defaultMessage: 'Candidates in the register' })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'tracing.match.help', defaultMessage: 'Found by the trace search on the description received. Confirm the one that is the item after checking its record, or that none is.' })}
          </Text>
          {candidates.length === 0 ? <Text size="sm">{intl.formatMessage({ id: 'tracing.match.none', defaultMessage: 'The register search found no candidate.' })}</Text> : null}
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {candidates.map((c, i) => {
              const confirmed = request.match.firearmId === c.firearmId;
              const candidate = asSearchCandidate(c);
              return (
                <li key={c.firearmId}>
                  <Card withBorder padding="sm" style={confirmed ? { borderColor: 'var(--mantine-color-green-9)', borderWidth: 2 } : undefined}>
                    <Group justify="space-between" align="flex-start">
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Text size="sm" c="dimmed">
                            {intl.formatMessage({ id: 'search.rank', defaultMessage: 'No. {rank}' }, { rank: i + 1 })}
                          </Text>
                          <AnchorLink to="/firearms/$firearmId" params={{ firearmId: c.firearmId }} ff="monospace" fw={700}>
                            {c.serialNumber ?? intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
                          </AnchorLink>
                          <StatusBadge status={c.status} />
                          {confirmed ? (
                            <Badge color="#1b5e20" variant="filled" radius="sm" tt="none">
                              {intl.formatMessage({ id: 'tracing.match.confirmed', defaultMessage: 'Confirmed match' })}
                            </Badge>
                          ) : null}
                        </Group>
                        <Text size="sm">{[c.make, c.model, c.calibre, c.category ? context.categoryName(c.category) : null].filter(Boolean).join(' · ')}</Text>
                        <Text size="sm" fw={600}>
                          {intl.formatMessage({ id: 'search.why', defaultMessage: 'Why it matches' })}
                        </Text>
                        <List size="sm" spacing={2}>
                          {c.reasons.map((r, j) => (
                            <List.Item key={`${r.code}-${j}`}>{reasonWords(intl, r, candidate, context)}</List.Item>
                          ))}
                        </List>
                      </Stack>
                      <Stack gap={4} align="flex-end">
                        <Text size="sm" c="dimmed">
                          {intl.formatMessage({ id: 'search.score', defaultMessage: 'Score {score, number}' }, { score: c.score })}
                        </Text>
                        {!confirmed ? (
                          <Button size="xs" onClick={() => match.mutate({ firearmId: c.firearmId })} loading={match.isPending && match.variables?.firearmId === c.firearmId}>
                            {intl.formatMessage({ id: 'tracing.match.confirm', defaultMessage: 'Confirm {serial} as the item' }, { serial: c.serialNumber ?? '' })}
                          </Button>
                        ) : null}
                      </Stack>
                    </Group>
                  </Card>
                </li>
              );
            })}
          </Stack>
          <Group gap="sm">
            {request.match.none ? (
              <Badge color="gray.7" variant="filled" radius="sm" tt="none">
                {intl.formatMessage({ id: 'tracing.match.noneConfirmed', defaultMessage: 'Confirmed: no record matches' })}
              </Badge>
            ) : (
              <Button variant="default" onClick={() => match.mutate({ none: true })} loading={match.isPending && match.variables?.none === true}>
                {intl.formatMessage({ id: 'tracing.match.noneButton', defaultMessage: 'None of these is the item' })}
              </Button>
            )}
          </Group>
          <ProblemAlert error={match.error} />
        </Stack>
      </StepCard>
      {decided ? (
        <StepCard title={intl.formatMessage({ id: 'tracing.preview.title', defaultMessage: 'Preview of the answer' })}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'tracing.preview.help', defaultMessage: 'What the answer will say, generated from the register now: the chain of legal custody up to the last legal holder or the point of diversion.' })}
            </Text>
            {preview.isLoading ? <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} /> : null}
            <ProblemAlert error={preview.error} />
            {preview.data ? <AnswerView answer={preview.data} preview /> : null}
            <Divider />
            <AnswerForm request={request} suggested={preview.data?.suggestedOutcome} />
          </Stack>
        </StepCard>
      ) : null}
    </>
  );
}

/** Incoming: the outcome defaults to the one the chain suggests; a "not traced" answer says why. */
function AnswerForm({ request, suggested }: { request: TraceRequestDto; suggested?: string }) {
  const intl = useIntl();
  const answer = useAnswerTrace(request.id);
  const form = useForm({
    initialValues: { outcome: '' as string | null, outcomeReason: '', summary: '' },
    validate: { outcomeReason: (v, values) => (values.outcome === 'not_traced' && !v.trim() && suggested !== 'not_traced' ? intl.formatMessage({ id: 'tracing.answer.reasonRequired', defaultMessage: 'Say why the item could not be traced.' }) : null) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        answer.mutate(
          { ...(v.outcome ? { outcome: v.outcome as (typeof TRACE_OUTCOMES)[number] } : {}), ...(v.outcomeReason.trim() ? { outcomeReason: v.outcomeReason.trim() } : {}), ...(v.summary.trim() ? { summary: v.summary.trim() } : {}) },
          { onError: (error) => form.setErrors(formErrorsOf(intl, error)) },
        ),
      )}
    >
      <Stack gap="sm">
        <Select
          label={intl.formatMessage({ id: 'tracing.answer.outcomeField', defaultMessage: 'Outcome' })}
          description={suggested ? intl.formatMessage({ id: 'tracing.answer.outcomeDefault', defaultMessage: 'Left empty: {outcome}, as the chain suggests.' }, { outcome: outcomeWord(intl, suggested) }) : undefined}
          data={TRACE_OUTCOMES.map((o) => ({ value: o, label: outcomeWord(intl, o) }))}
          clearable
          {...form.getInputProps('outcome')}
        />
        <Textarea label={intl.formatMessage({ id: 'tracing.answer.reasonField', defaultMessage: 'Reason (required for “not traced”)' })} autosize minRows={2} {...form.getInputProps('outcomeReason')} />
        <Textarea label={intl.formatMessage({ id: 'tracing.answer.summaryField', defaultMessage: 'Summary for the requesting state' })} autosize minRows={3} {...form.getInputProps('summary')} />
        <ProblemAlert error={answer.error} />
        <Button type="submit" w="fit-content" loading={answer.isPending}>
          {intl.formatMessage({ id: 'tracing.answer.submit', defaultMessage: 'Answer the request' })}
        </Button>
      </Stack>
    </form>
  );
}

/** Outgoing: what the requested state or manufacturer established, as they answered. */
function RecordAnswer({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const answer = useAnswerTrace(request.id);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm({
    initialValues: { outcome: '' as string | null, outcomeReason: '', summary: '', answeredOn: today },
    validate: {
      outcome: (v) => (!v ? intl.formatMessage({ id: 'tracing.answer.outcomeRequired', defaultMessage: 'Choose what they established.' }) : null),
      outcomeReason: (v, values) => (values.outcome === 'not_traced' && !v.trim() ? intl.formatMessage({ id: 'tracing.answer.reasonRequired', defaultMessage: 'Say why the item could not be traced.' }) : null),
      answeredOn: (v) => (v > today ? intl.formatMessage({ id: 'form.problem.future', defaultMessage: 'Cannot be in the future.' }) : null),
    },
  });
  return (
    <StepCard title={intl.formatMessage({ id: 'tracing.answer.recordTitle', defaultMessage: 'Record the answer received' })}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          const answeredAt = momentOf(v.answeredOn, new Date());
          answer.mutate(
            { outcome: v.outcome as (typeof TRACE_OUTCOMES)[number], ...(v.outcomeReason.trim() ? { outcomeReason: v.outcomeReason.trim() } : {}), ...(v.summary.trim() ? { summary: v.summary.trim() } : {}), ...(answeredAt ? { answeredAt } : {}) },
            { onError: (error) => form.setErrors(formErrorsOf(intl, error, (field) => (field === 'answeredAt' ? 'answeredOn' : field))) },
          );
        })}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={intl.formatMessage({ id: 'tracing.answer.outcomeField', defaultMessage: 'Outcome' })} withAsterisk data={TRACE_OUTCOMES.map((o) => ({ value: o, label: outcomeWord(intl, o) }))} {...form.getInputProps('outcome')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'tracing.answer.answeredOn', defaultMessage: 'Answered on' })} max={today} {...form.getInputProps('answeredOn')} />
          </SimpleGrid>
          <Textarea label={intl.formatMessage({ id: 'tracing.answer.reasonField', defaultMessage: 'Reason (required for “not traced”)' })} autosize minRows={2} {...form.getInputProps('outcomeReason')} />
          <Textarea label={intl.formatMessage({ id: 'tracing.answer.theirSummary', defaultMessage: 'Their answer, summarised' })} autosize minRows={3} {...form.getInputProps('summary')} />
          <ProblemAlert error={answer.error} />
          <Button type="submit" w="fit-content" loading={answer.isPending}>
            {intl.formatMessage({ id: 'tracing.answer.record', defaultMessage: 'Record the answer' })}
          </Button>
        </Stack>
      </form>
    </StepCard>
  );
}

function CloseRequest({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const close = useCloseTrace(request.id);
  const [reason, setReason] = useState('');
  return (
    <StepCard title={intl.formatMessage({ id: 'tracing.close.title', defaultMessage: 'Close the request' })}>
      <Stack gap="xs">
        <Textarea label={intl.formatMessage({ id: 'tracing.close.reason', defaultMessage: 'Reason (kept in the audit trail)' })} autosize minRows={1} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <ProblemAlert error={close.error} />
        <Button variant="default" w="fit-content" loading={close.isPending} onClick={() => close.mutate(reason.trim() ? { reason: reason.trim() } : {})}>
          {intl.formatMessage({ id: 'tracing.close.submit', defaultMessage: 'Close' })}
        </Button>
      </Stack>
    </StepCard>
  );
}

function EditRequest({ request, onDone }: { request: TraceRequestDto; onDone: () => void }) {
  const intl = useIntl();
  const update = useUpdateTrace(request.id);
  const incoming = request.direction === 'incoming';
  const form = useForm<TraceFormValues>({
    initialValues: traceFormFrom(request),
    validate: {
      urgencyJustification: (v, values) => (values.priority === 'urgent' && (v ?? '').trim().length < 3 ? intl.formatMessage({ id: 'tracing.form.urgency.required', defaultMessage: 'Say why it is urgent.' }) : null),
      reason: (v) => (incoming && (v ?? '').trim().length < 3 ? intl.formatMessage({ id: 'tracing.form.reason.required', defaultMessage: 'Say why the request received is corrected.' }) : null),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const body = toUpdateBody(values, request);
        if (!hasChanges(body)) return onDone();
        update.mutate(body, { onSuccess: onDone, onError: (error) => form.setErrors(formErrorsOf(intl, error)) });
      })}
    >
      <Stack gap="md">
        {incoming ? (
          <Alert color="blue" variant="light">
            {intl.formatMessage({ id: 'tracing.edit.rerun', defaultMessage: 'A corrected item description searches the register again; a match confirmed on the old one is voided.' })}
          </Alert>
        ) : null}
        <TraceRequestFields form={form} mode={incoming ? 'correct' : 'draft'} />
        <ProblemAlert error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {intl.formatMessage({ id: 'tracing.edit.save', defaultMessage: 'Save the changes' })}
          </Button>
          <Button variant="default" onClick={onDone}>
            {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function Description({ request }: { request: TraceRequestDto }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const countries = useReferenceList('countries');
  const categories = useReferenceList('categories');
  const country = (code: string | null | undefined) => {
    if (!code) return '';
    const c = countries.data?.find((x) => x.alpha2 === code);
    return c ? localName(c, locale) : code;
  };
  const category = (code: string | null) => {
    if (!code) return '';
    const c = categories.data?.find((x) => x.code === code);
    return c ? localName(c, locale) : code;
  };
  const when = (iso: string | null) => (iso ? intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) : '');
  const item = request.item;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder component="section" aria-labelledby="item-heading" h="100%">
          <Title order={2} size="h3" id="item-heading" mb="sm">
            {intl.formatMessage({ id: 'tracing.form.item', defaultMessage: 'The item' })}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Field label={intl.formatMessage({ id: 'tracing.item.serial', defaultMessage: 'Serial number as read' })}>
              <Text span ff="monospace" fw={700}>
                {item.serialNumber ?? ''}
              </Text>
              {item.serialLegibility ? ` (${legibilityWord(intl, item.serialLegibility)})` : ''}
            </Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.category', defaultMessage: 'Category' })}>{category(item.category)}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.make', defaultMessage: 'Make' })}>{item.make}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.model', defaultMessage: 'Model' })}>{item.model}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.calibre', defaultMessage: 'Calibre' })}>{item.calibre}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.country', defaultMessage: 'Country of manufacture' })}>{country(item.countryOfManufacture)}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.year', defaultMessage: 'Year of manufacture' })}>{item.yearOfManufacture ? String(item.yearOfManufacture) : ''}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.item.otherFeatures', defaultMessage: 'Other features' })}>{item.otherFeatures}</Field>
          </SimpleGrid>
          <Text size="xs" c="dimmed" fw={600} mt="sm">
            {intl.formatMessage({ id: 'tracing.item.markings', defaultMessage: 'Markings' })}
          </Text>
          {item.markings.length ? (
            <List size="sm">
              {item.markings.map((mk, i) => (
                <List.Item key={i}>
                  <Text span ff="monospace">
                    {mk.text}
                  </Text>
                  {[markingTypeWord(intl, mk.type), mk.location, legibilityWord(intl, mk.legibility)].filter(Boolean).length ? ` (${[markingTypeWord(intl, mk.type), mk.location, legibilityWord(intl, mk.legibility)].filter(Boolean).join(', ')})` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">—</Text>
          )}
          {item.firearmId ? (
            <AnchorLink to="/firearms/$firearmId" params={{ firearmId: item.firearmId }} size="sm" mt="sm" display="inline-block">
              {intl.formatMessage({ id: 'tracing.new.openRecord', defaultMessage: 'Open the register entry' })}
            </AnchorLink>
          ) : null}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Card withBorder component="section" aria-labelledby="terms-heading" h="100%">
          <Title order={2} size="h3" id="terms-heading" mb="sm">
            {intl.formatMessage({ id: 'tracing.request.terms', defaultMessage: 'Parties and terms' })}
          </Title>
          <Stack gap="xs">
            <Field label={intl.formatMessage({ id: 'tracing.field.requestingCountry', defaultMessage: 'Requesting state' })}>{[country(request.requestingCountry), request.requestingAgency].filter(Boolean).join(' · ')}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.requested', defaultMessage: 'Requested state or manufacturer' })}>{[country(request.requestedCountry), request.requestedAgency, request.requestedManufacturer].filter(Boolean).join(' · ')}</Field>
            <Field label={incoming(request) ? intl.formatMessage({ id: 'tracing.field.receivedAt', defaultMessage: 'Received on' }) : intl.formatMessage({ id: 'tracing.field.sentAt', defaultMessage: 'Sent on' })}>{when(request.requestedAt)}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.acknowledgedAt', defaultMessage: 'Acknowledged' })}>{when(request.acknowledgedAt)}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.answeredAt', defaultMessage: 'Answered' })}>{when(request.answeredAt)}</Field>
            {request.closedAt ? <Field label={intl.formatMessage({ id: 'tracing.field.closedAt', defaultMessage: 'Closed' })}>{when(request.closedAt)}</Field> : null}
            <Field label={intl.formatMessage({ id: 'tracing.field.priority', defaultMessage: 'Priority' })}>{[priorityWord(intl, request.priority), request.urgencyJustification].filter(Boolean).join(' — ')}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.confidentiality', defaultMessage: 'Confidentiality' })}>{[confidentialityWord(intl, request.confidentiality), request.useRestrictions].filter(Boolean).join(' — ')}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.foundPlace', defaultMessage: 'Place found' })}>{request.context.foundPlace}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.foundCircumstances', defaultMessage: 'Circumstances' })}>{request.context.foundCircumstances}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.illicitNature', defaultMessage: 'Why it is illicit' })}>{request.illicitNature}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.legalBasis', defaultMessage: 'Legal basis' })}>{request.legalBasis}</Field>
            <Field label={intl.formatMessage({ id: 'tracing.field.intendedUse', defaultMessage: 'Use of the information' })}>{request.intendedUse}</Field>
            {request.outcome ? <Field label={intl.formatMessage({ id: 'tracing.field.outcome', defaultMessage: 'Outcome' })}>{outcomeWord(intl, request.outcome)}</Field> : null}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

const incoming = (r: TraceRequestDto) => r.direction === 'incoming';

/** Letters exchanged after the request, each with the references of its attached documents. */
function Replies({ request, may }: { request: TraceRequestDto; may: boolean }) {
  const intl = useIntl();
  const reply = useReplyTrace(request.id);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm({
    initialValues: { direction: 'received' as 'received' | 'sent', body: '', attachments: '', occurredOn: today },
    validate: {
      body: (v) => (!v.trim() ? intl.formatMessage({ id: 'form.problem.required', defaultMessage: 'Required.' }) : null),
      occurredOn: (v) => (v > today ? intl.formatMessage({ id: 'form.problem.future', defaultMessage: 'Cannot be in the future.' }) : null),
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="replies-heading">
      <Title order={2} size="h3" id="replies-heading" mb="sm">
        {intl.formatMessage({ id: 'tracing.replies.title', defaultMessage: 'Correspondence' })}
      </Title>
      {request.replies.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'tracing.replies.none', defaultMessage: 'No reply recorded yet.' })}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {request.replies.map((r) => (
            <li key={r.id}>
              <Text size="sm" fw={600}>
                {intl.formatMessage(
                  { id: 'tracing.replies.heading', defaultMessage: '{direction, select, received {Received} other {Sent}} on {date}' },
                  { direction: r.direction, date: intl.formatDate(r.occurredAt, { dateStyle: 'medium', timeZone: 'UTC' }) },
                )}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.body}
              </Text>
              {r.attachments.length ? (
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'tracing.replies.references', defaultMessage: 'References: {list}' }, { list: r.attachments.join(', ') })}
                </Text>
              ) : null}
            </li>
          ))}
        </Stack>
      )}
      {may ? (
        <form
          noValidate
          onSubmit={form.onSubmit((v) => {
            const occurredAt = momentOf(v.occurredOn, new Date());
            const attachments = v.attachments.split(/[\n;]/).map((a) => a.trim()).filter(Boolean);
            reply.mutate(
              { direction: v.direction, body: v.body.trim(), ...(attachments.length ? { attachments } : {}), ...(occurredAt ? { occurredAt } : {}) },
              { onSuccess: () => form.reset(), onError: (error) => form.setErrors(formErrorsOf(intl, error)) },
            );
          })}
        >
          <Stack gap="sm" mt="md">
            <Divider />
            <Group gap="sm" align="flex-end">
              <div>
                <Text size="sm" fw={500} id="reply-direction-label">
                  {intl.formatMessage({ id: 'tracing.replies.direction', defaultMessage: 'This reply was' })}
                </Text>
                <SegmentedControl
                  aria-labelledby="reply-direction-label"
                  value={form.values.direction}
                  onChange={(value) => form.setFieldValue('direction', value as 'received' | 'sent')}
                  data={[
                    { value: 'received', label: intl.formatMessage({ id: 'tracing.replies.received', defaultMessage: 'Received' }) },
                    { value: 'sent', label: intl.formatMessage({ id: 'tracing.replies.sent', defaultMessage: 'Sent by us' }) },
                  ]}
                />
              </div>
              <TextInput type="date" label={intl.formatMessage({ id: 'tracing.replies.date', defaultMessage: 'Date' })} max={today} {...form.getInputProps('occurredOn')} />
            </Group>
            <Textarea label={intl.formatMessage({ id: 'tracing.replies.body', defaultMessage: 'Text of the reply' })} withAsterisk autosize minRows={3} {...form.getInputProps('body')} />
            <Textarea label={intl.formatMessage({ id: 'tracing.replies.attachments', defaultMessage: 'References of attached documents (one per line)' })} autosize minRows={1} {...form.getInputProps('attachments')} />
            <ProblemAlert error={reply.error} />
            <Button type="submit" variant="default" w="fit-content" loading={reply.isPending}>
              {intl.formatMessage({ id: 'tracing.replies.submit', defaultMessage: 'Record the reply' })}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
