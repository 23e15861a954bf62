import { ActionIcon, Button, Fieldset, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { localName, useReferenceList } from '../search/queries';
import { EMPTY_MARKING, type TraceFormValues } from './request-form';
import { confidentialityWord, legibilityWord, priorityWord } from './words';

const LEGIBILITIES = ['intact', 'partial', 'altered', 'obliterated'] as const;
const CONFIDENTIALITY = ['restricted', 'confidential', 'public'] as const;

/** Countries by their name in the user's language, for every country field. */
export function useCountryOptions() {
  const { locale } = useLocale();
  const countries = useReferenceList('countries');
  return useMemo(() => (countries.data ?? []).map((c) => ({ value: c.alpha2!, label: localName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)), [countries.data, locale]);
}

export type TraceFormMode = 'receive' | 'correct' | 'draft';

/**
 * The description of a tracing request as the ITI asks for it: the parties, the
 * item with every marking, where and how it was found, priority and confidentiality.
 * Received requests name the requesting state; our own name the requested one.
 */
export function TraceRequestFields({ form, mode }: { form: UseFormReturnType<TraceFormValues>; mode: TraceFormMode }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const categories = useReferenceList('categories');
  const countryOptions = useCountryOptions();
  const categoryOptions = (categories.data ?? []).map((c) => ({ value: c.code!, label: localName(c, locale) }));
  const legibilityOptions = LEGIBILITIES.map((l) => ({ value: l, label: legibilityWord(intl, l) }));
  const incoming = mode !== 'draft';
  const nothing = intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' });
  const country = (path: string, label: string, required = false) => (
    <Select label={label} data={countryOptions} searchable clearable nothingFoundMessage={nothing} withAsterisk={required} {...form.getInputProps(path)} />
  );

  return (
    <Stack gap="md">
      <Fieldset legend={intl.formatMessage({ id: 'tracing.form.parties', defaultMessage: 'Parties' })}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label={incoming ? intl.formatMessage({ id: 'tracing.field.theirReference', defaultMessage: 'Their reference' }) : intl.formatMessage({ id: 'tracing.field.reference', defaultMessage: 'Reference' })}
            description={mode === 'receive' ? intl.formatMessage({ id: 'tracing.form.reference.help', defaultMessage: 'As written on the request; left empty, the registry gives one.' }) : undefined}
            {...form.getInputProps('reference')}
          />
          {incoming ? (
            <>
              {country('requestingCountry', intl.formatMessage({ id: 'tracing.field.requestingCountry', defaultMessage: 'Requesting state' }), true)}
              <TextInput label={intl.formatMessage({ id: 'tracing.field.requestingAgency', defaultMessage: 'Requesting agency' })} {...form.getInputProps('requestingAgency')} />
              <TextInput type="date" label={intl.formatMessage({ id: 'tracing.field.receivedAt', defaultMessage: 'Received on' })} description={intl.formatMessage({ id: 'tracing.form.receivedAt.help', defaultMessage: 'Left empty: today. The due date counts from it.' })} {...form.getInputProps('receivedAt')} />
            </>
          ) : (
            <>
              {country('requestedCountry', intl.formatMessage({ id: 'tracing.field.requestedCountry', defaultMessage: 'Requested state' }))}
              <TextInput label={intl.formatMessage({ id: 'tracing.field.requestedAgency', defaultMessage: 'Requested agency' })} {...form.getInputProps('requestedAgency')} />
              <TextInput label={intl.formatMessage({ id: 'tracing.field.requestedManufacturer', defaultMessage: 'Requested manufacturer' })} description={intl.formatMessage({ id: 'tracing.form.manufacturer.help', defaultMessage: 'When a manufacturer is asked directly.' })} {...form.getInputProps('requestedManufacturer')} />
            </>
          )}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={intl.formatMessage({ id: 'tracing.form.item', defaultMessage: 'The item' })}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Select label={intl.formatMessage({ id: 'tracing.item.category', defaultMessage: 'Category' })} data={categoryOptions} clearable {...form.getInputProps('item.category')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.item.make', defaultMessage: 'Make' })} {...form.getInputProps('item.make')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.item.model', defaultMessage: 'Model' })} {...form.getInputProps('item.model')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.item.calibre', defaultMessage: 'Calibre' })} {...form.getInputProps('item.calibre')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.item.serial', defaultMessage: 'Serial number as read' })} ff="monospace" spellCheck={false} autoComplete="off" {...form.getInputProps('item.serialNumber')} />
          <Select label={intl.formatMessage({ id: 'tracing.item.serialLegibility', defaultMessage: 'Legibility of the serial' })} data={legibilityOptions} clearable {...form.getInputProps('item.serialLegibility')} />
          {country('item.countryOfManufacture', intl.formatMessage({ id: 'tracing.item.country', defaultMessage: 'Country of manufacture' }))}
          <TextInput label={intl.formatMessage({ id: 'tracing.item.year', defaultMessage: 'Year of manufacture' })} inputMode="numeric" {...form.getInputProps('item.yearOfManufacture')} />
        </SimpleGrid>
        <Textarea mt="sm" label={intl.formatMessage({ id: 'tracing.item.otherFeatures', defaultMessage: 'Other features' })} autosize minRows={2} {...form.getInputProps('item.otherFeatures')} />
        <Text fw={600} size="sm" mt="md">
          {intl.formatMessage({ id: 'tracing.item.markings', defaultMessage: 'Markings' })}
        </Text>
        <Stack gap="xs">
          {form.values.item.markings.map((_, index) => (
            <Group key={index} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                style={{ flex: 2, minWidth: 200 }}
                label={intl.formatMessage({ id: 'tracing.marking.text', defaultMessage: 'Marking {n}: text as read' }, { n: index + 1 })}
                ff="monospace"
                {...form.getInputProps(`item.markings.${index}.text`)}
              />
              <TextInput style={{ flex: 1, minWidth: 140 }} label={intl.formatMessage({ id: 'tracing.marking.type', defaultMessage: 'Kind (manufacture, import…)' })} {...form.getInputProps(`item.markings.${index}.type`)} />
              <TextInput style={{ flex: 1, minWidth: 140 }} label={intl.formatMessage({ id: 'tracing.marking.location', defaultMessage: 'Location on the weapon' })} {...form.getInputProps(`item.markings.${index}.location`)} />
              <Select style={{ flex: 1, minWidth: 140 }} label={intl.formatMessage({ id: 'tracing.marking.legibility', defaultMessage: 'Legibility' })} data={legibilityOptions} clearable {...form.getInputProps(`item.markings.${index}.legibility`)} />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={intl.formatMessage({ id: 'tracing.marking.remove', defaultMessage: 'Remove marking {n}' }, { n: index + 1 })}
                onClick={() => form.removeListItem('item.markings', index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="default" w="fit-content" onClick={() => form.insertListItem('item.markings', { ...EMPTY_MARKING })}>
            {intl.formatMessage({ id: 'tracing.marking.add', defaultMessage: 'Add a marking' })}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={intl.formatMessage({ id: 'tracing.form.context', defaultMessage: 'Where and how it was found' })}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={intl.formatMessage({ id: 'tracing.field.foundPlace', defaultMessage: 'Place found' })} {...form.getInputProps('foundPlace')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.field.illicitNature', defaultMessage: 'Why it is illicit' })} {...form.getInputProps('illicitNature')} />
          <Textarea label={intl.formatMessage({ id: 'tracing.field.foundCircumstances', defaultMessage: 'Circumstances' })} autosize minRows={2} {...form.getInputProps('foundCircumstances')} />
          <Textarea label={intl.formatMessage({ id: 'tracing.field.intendedUse', defaultMessage: 'Use of the information' })} autosize minRows={2} {...form.getInputProps('intendedUse')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.field.legalBasis', defaultMessage: 'Legal basis' })} {...form.getInputProps('legalBasis')} />
          <TextInput label={intl.formatMessage({ id: 'tracing.field.useRestrictions', defaultMessage: 'Restrictions on use' })} {...form.getInputProps('useRestrictions')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={intl.formatMessage({ id: 'tracing.form.handling', defaultMessage: 'Priority and confidentiality' })}>
        <Stack gap="sm">
          <div>
            <Text size="sm" fw={500} id="trace-priority-label">
              {intl.formatMessage({ id: 'tracing.field.priority', defaultMessage: 'Priority' })}
            </Text>
            <SegmentedControl
              aria-labelledby="trace-priority-label"
              data={(['routine', 'urgent'] as const).map((p) => ({ value: p, label: priorityWord(intl, p) }))}
              value={form.values.priority}
              onChange={(value) => form.setFieldValue('priority', value as TraceFormValues['priority'])}
            />
          </div>
          {form.values.priority === 'urgent' ? <Textarea label={intl.formatMessage({ id: 'tracing.field.urgencyJustification', defaultMessage: 'Why it is urgent' })} withAsterisk autosize minRows={2} {...form.getInputProps('urgencyJustification')} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={intl.formatMessage({ id: 'tracing.field.confidentiality', defaultMessage: 'Confidentiality' })} data={CONFIDENTIALITY.map((c) => ({ value: c, label: confidentialityWord(intl, c) }))} allowDeselect={false} {...form.getInputProps('confidentiality')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'tracing.field.dueAtOverride', defaultMessage: 'Due date' })} description={intl.formatMessage({ id: 'tracing.form.dueAt.help', defaultMessage: 'Left empty: set by the priority (urgent 2 days, routine 30 days).' })} {...form.getInputProps('dueAt')} />
          </SimpleGrid>
          {mode === 'correct' ? <Textarea label={intl.formatMessage({ id: 'tracing.field.correctionReason', defaultMessage: 'Why the request is corrected' })} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} /> : null}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
