import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormModal } from '../../shared/ui/FormModal';
import { ApiError } from '../../shared/api/problem';
import { fieldWords } from '../../shared/ui/field-words';
import { isoDay } from '../holders/licence-state';
import { useCountryOptions } from '../tracing/TraceRequestFields';
import { emptyEventForm, eventBody, formFieldOf, formKindOf, witnessesOf, type EventFormValues } from './event-forms';
import { HolderLicencePicker } from './HolderLicencePicker';
import { useRecordEvent, type LicenceDto, type LifecycleEvent } from './queries';
import { RefusalAlert } from './RefusalAlert';
import { actionWord } from './words';

const API_FIELDS = ['occurredOn', 'place', 'notes', 'holderId', 'licenceId', 'details.country', 'details.certificateNumber', 'details.verifyingAuthority', 'details.method', 'details.witnesses'] as const;

/** One lifecycle event's form: the facts that event carries, checked here and again by the API. */
export function EventModal({ firearm, type, onClose, onRecorded }: { firearm: { id: string; category: string | null }; type: LifecycleEvent; onClose: () => void; onRecorded: (type: LifecycleEvent) => void }) {
  const intl = useIntl();
  const record = useRecordEvent(firearm.id);
  const countries = useCountryOptions();
  const [error, setError] = useState<unknown>(null);
  const [licence, setLicence] = useState<LicenceDto | null>(null);
  const kind = formKindOf(type);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const need = (v: string | null) => (v && v.trim() ? null : required);
  const form = useForm<EventFormValues>({
    initialValues: emptyEventForm(isoDay(new Date())),
    validate: {
      occurredOn: (v) => (!v ? required : v > isoDay(new Date()) ? intl.formatMessage({ id: 'field.future', defaultMessage: 'Cannot be in the future.' }) : null),
      holderId: (v) => (kind === 'holder' ? need(v) : null),
      licenceId: (v) => (kind === 'holder' ? need(v) : null),
      certificateNumber: (v) => (kind === 'deactivation' ? need(v) : null),
      verifyingAuthority: (v) => (kind === 'deactivation' ? need(v) : null),
      method: (v) => (kind === 'destruction' ? need(v) : null),
      place: (v) => (kind === 'destruction' ? need(v) : null),
      witnesses: (v) => (kind === 'destruction' && witnessesOf(v).length === 0 ? intl.formatMessage({ id: 'lifecycle.field.witnessesNeeded', defaultMessage: 'Name at least one witness.' }) : null),
    },
  });
  // The API says "details.method: is required (…)": the form's field is "method", and the words are ours.
  const showProblems = (caught: unknown): boolean => {
    if (!(caught instanceof ApiError)) return false;
    let shown = false;
    for (const problem of caught.problem.errors ?? []) {
      if (!(API_FIELDS as readonly string[]).includes(problem.field)) continue;
      form.setFieldError(formFieldOf(problem.field), /^(is required|must list)/.test(problem.message) ? required : fieldWords(intl, problem.message));
      shown = true;
    }
    return shown;
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await record.mutateAsync(eventBody(type, values));
      onRecorded(type);
      onClose();
    } catch (caught) {
      if (!showProblems(caught)) setError(caught);
    }
  });
  const title = actionWord(intl, type);
  return (
    <FormModal opened onClose={onClose} title={title} size={kind === 'holder' || kind === 'optionalHolder' ? 'lg' : 'md'}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <RefusalAlert error={error} licence={licence} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={intl.formatMessage({ id: 'lifecycle.field.occurredOn', defaultMessage: 'Date of the event' })} required data-autofocus {...form.getInputProps('occurredOn')} />
            <TextInput
              label={kind === 'destruction' ? intl.formatMessage({ id: 'lifecycle.field.destructionPlace', defaultMessage: 'Place of destruction' }) : intl.formatMessage({ id: 'lifecycle.field.place', defaultMessage: 'Place' })}
              required={kind === 'destruction'}
              {...form.getInputProps('place')}
            />
          </SimpleGrid>
          {kind === 'holder' || kind === 'optionalHolder' ? (
            <HolderLicencePicker
              category={firearm.category}
              holderId={form.values.holderId}
              licenceId={form.values.licenceId}
              required={kind === 'holder'}
              holderError={form.errors.holderId}
              licenceError={form.errors.licenceId}
              onChange={(holderId, chosen) => {
                form.setValues({ holderId, licenceId: chosen?.id ?? null });
                form.clearFieldError('holderId');
                form.clearFieldError('licenceId');
                setLicence(chosen);
                setError(null);
              }}
            />
          ) : null}
          {kind === 'country' ? (
            <Select
              label={type === 'exported' ? intl.formatMessage({ id: 'lifecycle.field.exportCountry', defaultMessage: 'Country of destination' }) : intl.formatMessage({ id: 'lifecycle.field.importCountry', defaultMessage: 'Country of origin' })}
              data={countries}
              searchable
              clearable
              nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
              {...form.getInputProps('country')}
            />
          ) : null}
          {kind === 'deactivation' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={intl.formatMessage({ id: 'lifecycle.field.certificateNumber', defaultMessage: 'Deactivation certificate number' })} required spellCheck={false} {...form.getInputProps('certificateNumber')} />
              <TextInput label={intl.formatMessage({ id: 'lifecycle.field.verifyingAuthority', defaultMessage: 'Verifying authority' })} required {...form.getInputProps('verifyingAuthority')} />
            </SimpleGrid>
          ) : null}
          {kind === 'destruction' ? (
            <>
              <TextInput
                label={intl.formatMessage({ id: 'lifecycle.field.method', defaultMessage: 'Method of destruction' })}
                description={intl.formatMessage({ id: 'lifecycle.field.methodHelp', defaultMessage: 'For example cutting, crushing, smelting.' })}
                required
                {...form.getInputProps('method')}
              />
              <Textarea
                label={intl.formatMessage({ id: 'lifecycle.field.witnesses', defaultMessage: 'Witnesses' })}
                description={intl.formatMessage({ id: 'lifecycle.field.witnessesHelp', defaultMessage: 'One name per line, as they signed the record.' })}
                required
                autosize
                minRows={2}
                {...form.getInputProps('witnesses')}
              />
            </>
          ) : null}
          <TextInput label={intl.formatMessage({ id: 'lifecycle.field.reference', defaultMessage: 'Reference document' })} description={intl.formatMessage({ id: 'lifecycle.field.referenceHelp', defaultMessage: 'For example a police report or permit number.' })} {...form.getInputProps('referenceDocument')} />
          <Textarea label={intl.formatMessage({ id: 'lifecycle.field.notes', defaultMessage: 'Notes' })} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={record.isPending} color={type === 'destroyed' || type === 'reported_stolen' ? 'red.8' : undefined}>
              {intl.formatMessage({ id: 'lifecycle.submit', defaultMessage: 'Record' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
