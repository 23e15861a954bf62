import { Alert, Button, Card, Group, Loader, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ButtonLink } from './ButtonLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useFirearm, useFirearmHistory } from '../firearms/queries';
import { formErrorsOf } from './field-problems';
import { useCreateTrace, useSeizedFirearm, useSeizureItem, useTraceFromSeizureItem } from './queries';
import { emptyTraceForm, toCreateBody, type TraceFormValues } from './request-form';
import { TraceRequestFields, useCountryOptions } from './TraceRequestFields';
import { legibilityWord, priorityWord } from './words';

const route = getRouteApi('/app/tracing/new');

/** A new tracing request: received from another state, ours about a seized item or a search hit, or typed by hand. */
export function NewTraceRequestScreen() {
  const intl = useIntl();
  const search = route.useSearch();
  const permissions = usePermissions();
  const title = search.direction === 'incoming'
    ? intl.formatMessage({ id: 'tracing.new.incomingTitle', defaultMessage: 'Enter a received tracing request' })
    : intl.formatMessage({ id: 'tracing.new.outgoingTitle', defaultMessage: 'New outgoing tracing request' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (!permissions.has('tracing.write')) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="gray">{intl.formatMessage({ id: 'tracing.new.notAllowed', defaultMessage: 'Your role cannot create tracing requests.' })}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{title}</Title>
      {search.seizureItemId ? <FromSeizedItem seizureItemId={search.seizureItemId} /> : search.firearmId ? <FromSearchHit firearmId={search.firearmId} /> : <TypedRequest direction={search.direction ?? 'outgoing'} initial={emptyTraceForm()} />}
    </Stack>
  );
}

/** One click from the seized item: the API copies its description and markings; we only say whom to ask and how urgently. */
function FromSeizedItem({ seizureItemId }: { seizureItemId: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const item = useSeizureItem(seizureItemId);
  const firearm = useSeizedFirearm(item.data?.firearmId);
  const countryOptions = useCountryOptions();
  const create = useTraceFromSeizureItem();
  const form = useForm({
    initialValues: { requestedCountry: null as string | null, requestedAgency: '', requestedManufacturer: '', priority: 'routine' as 'routine' | 'urgent', urgencyJustification: '' },
    validate: { urgencyJustification: (v, values) => (values.priority === 'urgent' && v.trim().length < 3 ? intl.formatMessage({ id: 'tracing.form.urgency.required', defaultMessage: 'Say why it is urgent.' }) : null) },
  });
  const [prefilled, setPrefilled] = useState(false);
  useEffect(() => {
    // The state of manufacture is usually the one to ask first.
    if (!prefilled && firearm.data) {
      form.setFieldValue('requestedCountry', firearm.data.countryOfManufacture ?? null);
      setPrefilled(true);
    }
  }, [firearm.data, prefilled]); // eslint-disable-line react-hooks/exhaustive-deps

  if (item.isLoading) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (item.error) return <ProblemAlert error={item.error} />;
  const seized = item.data!;
  const described = firearm.data;
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap={4}>
          <Text fw={600}>{intl.formatMessage({ id: 'tracing.new.seizedItem', defaultMessage: 'The seized item' })}</Text>
          {described ? (
            <Text>
              <Text span ff="monospace" fw={700}>
                {described.serialNumber.asWritten ?? intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
              </Text>{' '}
              · {[described.make.asWritten, described.model, described.calibre.asWritten].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
          {seized.markingsText ? (
            <Text size="sm">
              {intl.formatMessage({ id: 'tracing.new.markingsAsRead', defaultMessage: 'Markings as read at the seizure:' })}{' '}
              <Text span ff="monospace">
                {seized.markingsText}
              </Text>
              {seized.serialLegibility ? ` (${legibilityWord(intl, seized.serialLegibility)})` : ''}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'tracing.new.copied', defaultMessage: 'The request describes the item from its register entry and every marking; you can edit the draft before sending it.' })}
          </Text>
          {seized.firearmId ? (
            <AnchorLink to="/firearms/$firearmId" params={{ firearmId: seized.firearmId }} size="sm">
              {intl.formatMessage({ id: 'tracing.new.openRecord', defaultMessage: 'Open the register entry' })}
            </AnchorLink>
          ) : null}
        </Stack>
      </Card>
      {!seized.firearmId ? <Alert color="yellow">{intl.formatMessage({ id: 'tracing.new.notTraceable', defaultMessage: 'Only a seized firearm or part can be traced; ammunition cannot.' })}</Alert> : null}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            {
              seizureItemId,
              priority: values.priority,
              confidentiality: 'restricted',
              ...(values.priority === 'urgent' ? { urgencyJustification: values.urgencyJustification.trim() } : {}),
              ...(values.requestedCountry ? { requestedCountry: values.requestedCountry } : {}),
              ...(values.requestedAgency.trim() ? { requestedAgency: values.requestedAgency.trim() } : {}),
              ...(values.requestedManufacturer.trim() ? { requestedManufacturer: values.requestedManufacturer.trim() } : {}),
            },
            {
              onSuccess: (request) => void navigate({ to: '/tracing/$requestId', params: { requestId: request.id } }),
              onError: (error) => form.setErrors(formErrorsOf(intl, error)),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select label={intl.formatMessage({ id: 'tracing.field.requestedCountry', defaultMessage: 'Requested state' })} data={countryOptions} searchable clearable nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })} {...form.getInputProps('requestedCountry')} />
            <TextInput label={intl.formatMessage({ id: 'tracing.field.requestedAgency', defaultMessage: 'Requested agency' })} {...form.getInputProps('requestedAgency')} />
            <TextInput label={intl.formatMessage({ id: 'tracing.field.requestedManufacturer', defaultMessage: 'Requested manufacturer' })} {...form.getInputProps('requestedManufacturer')} />
          </SimpleGrid>
          <div>
            <Text size="sm" fw={500} id="seized-priority-label">
              {intl.formatMessage({ id: 'tracing.field.priority', defaultMessage: 'Priority' })}
            </Text>
            <SegmentedControl
              aria-labelledby="seized-priority-label"
              data={(['routine', 'urgent'] as const).map((p) => ({ value: p, label: priorityWord(intl, p) }))}
              value={form.values.priority}
              onChange={(value) => form.setFieldValue('priority', value as 'routine' | 'urgent')}
            />
          </div>
          {form.values.priority === 'urgent' ? <Textarea label={intl.formatMessage({ id: 'tracing.field.urgencyJustification', defaultMessage: 'Why it is urgent' })} withAsterisk autosize minRows={2} {...form.getInputProps('urgencyJustification')} /> : null}
          <ProblemAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!seized.firearmId}>
              {intl.formatMessage({ id: 'tracing.new.createDraft', defaultMessage: 'Create the draft request' })}
            </Button>
            <ButtonLink to="/tracing" variant="default">
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </ButtonLink>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** From a trace-search hit: the item as the register describes it, linked to its entry; the officer completes the request. */
function FromSearchHit({ firearmId }: { firearmId: string }) {
  const intl = useIntl();
  const firearm = useFirearm(firearmId);
  const history = useFirearmHistory(firearmId);
  if (firearm.isLoading || history.isLoading) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (firearm.error) return <ProblemAlert error={firearm.error} />;
  const f = firearm.data!;
  const initial = emptyTraceForm();
  initial.requestedCountry = f.countryOfManufacture ?? '';
  initial.item = {
    category: f.category ?? '',
    make: f.make.asWritten ?? '',
    model: f.model ?? '',
    calibre: f.calibre.asWritten ?? '',
    serialNumber: f.serialNumber.asWritten ?? '',
    serialLegibility: '',
    countryOfManufacture: f.countryOfManufacture ?? '',
    yearOfManufacture: f.yearOfManufacture ? String(f.yearOfManufacture) : '',
    otherFeatures: f.description ?? '',
    markings: (history.data?.markings ?? []).map((m) => ({ text: m.text.asRead, type: m.type, location: m.location ?? '', legibility: m.legibility ?? '' })),
  };
  return (
    <Stack gap="sm">
      <Text size="sm">
        {intl.formatMessage({ id: 'tracing.new.fromHit', defaultMessage: 'Described from the register entry' })}{' '}
        <AnchorLink to="/firearms/$firearmId" params={{ firearmId }} ff="monospace" fw={600}>
          {f.serialNumber.asWritten ?? intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
        </AnchorLink>
      </Text>
      <TypedRequest direction="outgoing" initial={initial} firearmId={firearmId} />
    </Stack>
  );
}

/** The whole description typed in: a request received on paper or by e-mail, or one of ours. */
function TypedRequest({ direction, initial, firearmId }: { direction: 'incoming' | 'outgoing'; initial: TraceFormValues; firearmId?: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateTrace();
  const form = useForm<TraceFormValues>({
    initialValues: initial,
    validate: {
      requestingCountry: (v) => (direction === 'incoming' && !v ? intl.formatMessage({ id: 'tracing.form.requestingCountry.required', defaultMessage: 'Choose the state that sent the request.' }) : null),
      urgencyJustification: (v, values) => (values.priority === 'urgent' && (v ?? '').trim().length < 3 ? intl.formatMessage({ id: 'tracing.form.urgency.required', defaultMessage: 'Say why it is urgent.' }) : null),
      item: { yearOfManufacture: (v) => (v && !/^\d{4}$/.test(String(v).trim()) ? intl.formatMessage({ id: 'tracing.form.year.invalid', defaultMessage: 'A year of four digits.' }) : null) },
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        create.mutate(toCreateBody(values, direction, firearmId), {
          onSuccess: (request) => void navigate({ to: '/tracing/$requestId', params: { requestId: request.id } }),
          onError: (error) => form.setErrors(formErrorsOf(intl, error)),
        }),
      )}
    >
      <Stack gap="md">
        {direction === 'incoming' ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'tracing.new.incomingHelp', defaultMessage: 'Enter the request as received. The register is searched at once; you then confirm which candidate, if any, is the item.' })}
          </Text>
        ) : null}
        <TraceRequestFields form={form} mode={direction === 'incoming' ? 'receive' : 'draft'} />
        <ProblemAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {direction === 'incoming' ? intl.formatMessage({ id: 'tracing.new.record', defaultMessage: 'Record and search the register' }) : intl.formatMessage({ id: 'tracing.new.createDraft', defaultMessage: 'Create the draft request' })}
          </Button>
          <ButtonLink to="/tracing" variant="default">
            {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
          </ButtonLink>
        </Group>
      </Stack>
    </form>
  );
}
