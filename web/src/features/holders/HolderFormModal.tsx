import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import { documentTypeWords, optionsOf, organisationTypeWords, sexWords } from './holder-words';
import { useCreateHolder, type CreateHolderBody } from './queries';

const PERSON_FIELDS = ['familyName', 'givenNames', 'birthDate', 'sex', 'nationality', 'idDocumentType', 'idDocumentNumber', 'idDocumentCountry', 'address', 'phone'] as const;
const ORGANISATION_FIELDS = ['organisationType', 'legalName', 'registrationNumber', 'country', 'address', 'phone'] as const;
type Values = Record<(typeof PERSON_FIELDS)[number] | (typeof ORGANISATION_FIELDS)[number], string>;
const EMPTY = Object.fromEntries([...PERSON_FIELDS, ...ORGANISATION_FIELDS].map((f) => [f, ''])) as Values;

/** The body the API takes: only the kind's fields, blanks left out (the API refuses empty codes). */
export function holderBody(kind: 'person' | 'organisation', values: Values): CreateHolderBody {
  const fields = kind === 'person' ? PERSON_FIELDS : ORGANISATION_FIELDS;
  const body: Record<string, string> = { kind };
  for (const f of fields) if (values[f].trim()) body[f] = values[f].trim();
  return body as unknown as CreateHolderBody;
}

/** Registers a person or an organisation; field problems from the API appear next to their input. */
export function HolderFormModal({ kind, onClose }: { kind: 'person' | 'organisation' | null; onClose: () => void }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const create = useCreateHolder();
  const countries = useReferenceList('countries');
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      familyName: (v) => (kind === 'person' && !v.trim() ? required : null),
      legalName: (v) => (kind === 'organisation' && !v.trim() ? required : null),
      organisationType: (v) => (kind === 'organisation' && !v ? required : null),
    },
  });
  const countryOptions = (countries.data ?? []).map((c) => ({ value: c.alpha2!, label: localName(c, locale) }));
  const close = () => {
    form.reset();
    setError(null);
    create.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!kind) return;
    setError(null);
    try {
      const holder = await create.mutateAsync(holderBody(kind, values));
      close();
      void navigate({ to: '/holders/$holderId', params: { holderId: holder.id } });
    } catch (caught) {
      if (!showFieldProblems(intl, form, kind === 'person' ? PERSON_FIELDS : ORGANISATION_FIELDS, caught)) setError(caught);
    }
  });
  const title =
    kind === 'organisation'
      ? intl.formatMessage({ id: 'holders.form.organisationTitle', defaultMessage: 'Register an organisation' })
      : intl.formatMessage({ id: 'holders.form.personTitle', defaultMessage: 'Register a person' });

  return (
    <FormModal opened={kind !== null} onClose={close} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          {kind === 'person' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={intl.formatMessage({ id: 'holders.field.familyName', defaultMessage: 'Family name' })} required data-autofocus {...form.getInputProps('familyName')} />
              <TextInput label={intl.formatMessage({ id: 'holders.field.givenNames', defaultMessage: 'Given names' })} {...form.getInputProps('givenNames')} />
              <TextInput type="date" label={intl.formatMessage({ id: 'holders.field.birthDate', defaultMessage: 'Date of birth' })} {...form.getInputProps('birthDate')} />
              <Select label={intl.formatMessage({ id: 'holders.field.sex', defaultMessage: 'Sex' })} data={optionsOf(intl, sexWords)} clearable {...form.getInputProps('sex')} />
              <Select label={intl.formatMessage({ id: 'holders.field.nationality', defaultMessage: 'Nationality' })} data={countryOptions} searchable clearable {...form.getInputProps('nationality')} />
              <Select label={intl.formatMessage({ id: 'holders.field.idDocumentType', defaultMessage: 'Identity document' })} data={optionsOf(intl, documentTypeWords)} clearable {...form.getInputProps('idDocumentType')} />
              <TextInput label={intl.formatMessage({ id: 'holders.field.idDocumentNumber', defaultMessage: 'Document number' })} spellCheck={false} {...form.getInputProps('idDocumentNumber')} />
              <Select label={intl.formatMessage({ id: 'holders.field.idDocumentCountry', defaultMessage: 'Issued by (country)' })} data={countryOptions} searchable clearable {...form.getInputProps('idDocumentCountry')} />
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={intl.formatMessage({ id: 'holders.field.legalName', defaultMessage: 'Legal name' })} required data-autofocus {...form.getInputProps('legalName')} />
              <Select label={intl.formatMessage({ id: 'holders.field.organisationType', defaultMessage: 'Type of organisation' })} data={optionsOf(intl, organisationTypeWords)} required {...form.getInputProps('organisationType')} />
              <TextInput label={intl.formatMessage({ id: 'holders.field.registrationNumber', defaultMessage: 'Registration number' })} spellCheck={false} {...form.getInputProps('registrationNumber')} />
              <Select label={intl.formatMessage({ id: 'holders.field.country', defaultMessage: 'Country' })} data={countryOptions} searchable clearable {...form.getInputProps('country')} />
            </SimpleGrid>
          )}
          <Textarea label={intl.formatMessage({ id: 'holders.field.address', defaultMessage: 'Address' })} autosize minRows={2} {...form.getInputProps('address')} />
          <TextInput type="tel" label={intl.formatMessage({ id: 'holders.field.phone', defaultMessage: 'Telephone' })} {...form.getInputProps('phone')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'holders.form.submit', defaultMessage: 'Register' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
