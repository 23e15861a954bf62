import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { MONO } from '../register/ReferencePicker';
import { FormModal } from '../../shared/ui/FormModal';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { showProblems } from '../register/field-problems';
import { CodeField } from '../register/ReferencePicker';
import { optionsOf } from '../register/words';
import { useAddMarking, useRecentCampaigns, type CreateMarkingBody } from './queries';
import { legibilityWords, markingTypeWords, methodWords } from './words';

export type MarkingTarget = { firearmId: string } | { ammunitionLotId: string };

interface Values {
  type: string | null;
  text: string;
  location: string;
  method: string | null;
  legibility: string | null;
  importCountry: string | null;
  importYear: string;
  appliedOn: string;
  readOn: string;
  campaignId: string | null;
  notes: string;
}

const EMPTY: Values = { type: 'manufacture', text: '', location: '', method: null, legibility: 'intact', importCountry: null, importYear: '', appliedOn: '', readOn: '', campaignId: null, notes: '' };
const FIELDS = Object.keys(EMPTY);

/** The body the API takes: the text exactly as typed (never trimmed inside), blanks left out, import facts only on an import mark. */
export function markingBody(target: MarkingTarget, values: Values): CreateMarkingBody {
  const body: Record<string, unknown> = { ...target, type: values.type ?? undefined, text: values.text, legibility: values.legibility ?? undefined };
  if (values.location.trim()) body.location = values.location.trim();
  if (values.method) body.method = values.method;
  if (values.type === 'import') {
    if (values.importCountry) body.importCountry = values.importCountry;
    if (values.importYear.trim()) body.importYear = Number.isInteger(Number(values.importYear.trim())) ? Number(values.importYear.trim()) : values.importYear.trim();
  }
  if (values.appliedOn) body.appliedOn = values.appliedOn;
  if (values.readOn) body.readOn = values.readOn;
  if (values.campaignId) body.campaignId = values.campaignId;
  if (values.notes.trim()) body.notes = values.notes.trim();
  return body as unknown as CreateMarkingBody;
}

/** Adds one mark to a firearm, part or ammunition lot; the API's field problems appear next to their inputs. */
export function MarkingFormModal({ target, opened, onClose }: { target: MarkingTarget; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const add = useAddMarking();
  const campaigns = useRecentCampaigns(opened);
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      type: (v) => (v ? null : required),
      text: (v) => (v.length > 0 ? null : required),
      legibility: (v) => (v ? null : required),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    add.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await add.mutateAsync(markingBody(target, values));
      close();
    } catch (caught) {
      if (!showProblems(intl, form, caught, FIELDS)) setError(caught);
    }
  });
  return (
    <FormModal opened={opened} onClose={close} title={intl.formatMessage({ id: 'markings.add.title', defaultMessage: 'Add a marking' })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={intl.formatMessage({ id: 'markings.field.type', defaultMessage: 'Kind of marking' })} data={optionsOf(intl, markingTypeWords)} withAsterisk allowDeselect={false} data-autofocus {...form.getInputProps('type')} />
            <Select label={intl.formatMessage({ id: 'markings.field.legibility', defaultMessage: 'Legibility' })} data={optionsOf(intl, legibilityWords)} withAsterisk allowDeselect={false} {...form.getInputProps('legibility')} />
          </SimpleGrid>
          <TextInput
            label={intl.formatMessage({ id: 'markings.field.text', defaultMessage: 'Text exactly as read' })}
            description={intl.formatMessage({ id: 'markings.field.text.help', defaultMessage: 'Keep spaces, dashes and case as they are on the item; write ? for a character that cannot be read.' })}
            withAsterisk
            styles={MONO}
            spellCheck={false}
            autoComplete="off"
            {...form.getInputProps('text')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={intl.formatMessage({ id: 'markings.field.location', defaultMessage: 'Where on the item' })} {...form.getInputProps('location')} />
            <Select label={intl.formatMessage({ id: 'markings.field.method', defaultMessage: 'Method' })} data={optionsOf(intl, methodWords)} clearable {...form.getInputProps('method')} />
          </SimpleGrid>
          {form.values.type === 'import' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <CodeField list="countries" label={intl.formatMessage({ id: 'markings.field.importCountry', defaultMessage: 'Importing country' })} {...form.getInputProps('importCountry')} />
              <TextInput label={intl.formatMessage({ id: 'markings.field.importYear', defaultMessage: 'Year of import' })} inputMode="numeric" {...form.getInputProps('importYear')} />
            </SimpleGrid>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput type="date" label={intl.formatMessage({ id: 'markings.field.appliedOn', defaultMessage: 'Applied on' })} {...form.getInputProps('appliedOn')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'markings.field.readOn', defaultMessage: 'Read on' })} {...form.getInputProps('readOn')} />
            <Select
              label={intl.formatMessage({ id: 'markings.field.campaign', defaultMessage: 'Marking campaign' })}
              data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              clearable
              searchable
              nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
              {...form.getInputProps('campaignId')}
            />
          </SimpleGrid>
          <Textarea label={intl.formatMessage({ id: 'markings.field.notes', defaultMessage: 'Notes' })} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {intl.formatMessage({ id: 'markings.add.submit', defaultMessage: 'Add the marking' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
