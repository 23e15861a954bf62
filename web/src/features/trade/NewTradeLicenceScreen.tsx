import { Alert, Button, Fieldset, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { formErrorsOf } from '../tracing/field-problems';
import { ButtonLink } from '../tracing/ButtonLink';
import { useCountryOptions } from '../tracing/TraceRequestFields';
import { ItemLines } from './ItemLines';
import { useCreateLicence } from './queries';
import { emptyLicenceForm, LICENCE_KINDS, noticesFor, toLicenceBody, type LicenceFormValues } from './trade-form';
import { kindWord } from './words';

/** API field names to the form's: parties are sent as objects, the import licence as one. */
const formField = (field: string) => field.replace(/^(exporter|importer|finalRecipient)\.(name|holderId)$/, '$1').replace(/^importLicence\.(\w)/, (_, c: string) => `importLicence${c.toUpperCase()}`).replace(/^importLicence$/, 'importLicenceNumber');

/** An import, export or transit licence with every field art. 10 asks for, and what it authorises line by line. */
export function NewTradeLicenceScreen() {
  const intl = useIntl();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const countries = useCountryOptions();
  const create = useCreateLicence();
  const title = intl.formatMessage({ id: 'trade.new.title', defaultMessage: 'Record a trade licence' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const required = intl.formatMessage({ id: 'form.problem.required', defaultMessage: 'Required.' });
  const need = (v: unknown) => (typeof v === 'string' && v.trim() ? null : required);
  const form = useForm<LicenceFormValues>({
    initialValues: emptyLicenceForm(),
    validate: {
      number: need,
      issuingAuthority: need,
      issuingCountry: need,
      issuedOn: need,
      expiresOn: (v, values) => need(v) ?? (v < values.issuedOn ? intl.formatMessage({ id: 'trade.form.expiresBeforeIssue', defaultMessage: 'Expires before it is issued.' }) : null),
      exportingCountry: need,
      importingCountry: need,
      exporter: need,
      importer: need,
      finalRecipient: need,
      importLicenceNumber: (v, values) => (values.kind === 'export' && !v.trim() ? intl.formatMessage({ id: 'trade.form.importLicenceRequired', defaultMessage: 'An export licence needs the importing country’s import licence (art. 10.2).' }) : null),
      importLicenceCountry: (v, values) => (values.kind === 'export' && values.importLicenceNumber.trim() && !v ? required : null),
      items: { quantity: (v) => (/^\d+$/.test(String(v ?? '').trim()) && Number(v) >= 1 ? null : intl.formatMessage({ id: 'trade.form.quantity', defaultMessage: 'A whole number, at least 1.' })) },
    },
  });
  // One notice of no objection per transit state, on an export licence.
  const { kind, transitCountries } = form.values;
  useEffect(() => {
    form.setFieldValue('transitNotices', noticesFor(kind, transitCountries, form.values.transitNotices));
  }, [kind, transitCountries.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps
  const country = (field: keyof LicenceFormValues, label: string, asterisk = true) => (
    <Select label={label} data={countries} searchable clearable withAsterisk={asterisk} nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })} {...form.getInputProps(field)} />
  );
  const countryLabel = (code: string) => countries.find((c) => c.value === code)?.label ?? code;

  if (!permissions.has('transfer.write')) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="gray">{intl.formatMessage({ id: 'trade.new.notAllowed', defaultMessage: 'Your role cannot record trade licences.' })}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{title}</Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(toLicenceBody(values), {
            onSuccess: (licence) => void navigate({ to: '/trade/$licenceId', params: { licenceId: licence.id } }),
            onError: (error) => form.setErrors(formErrorsOf(intl, error, formField)),
          }),
        )}
      >
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} id="licence-kind-label">
              {intl.formatMessage({ id: 'trade.field.kind', defaultMessage: 'Kind' })}
            </Text>
            <SegmentedControl aria-labelledby="licence-kind-label" data={LICENCE_KINDS.map((k) => ({ value: k, label: kindWord(intl, k) }))} value={form.values.kind} onChange={(v) => form.setFieldValue('kind', v as LicenceFormValues['kind'])} />
          </div>
          <Fieldset legend={intl.formatMessage({ id: 'trade.form.issue', defaultMessage: 'Issue' })}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <TextInput label={intl.formatMessage({ id: 'trade.field.number', defaultMessage: 'Licence number' })} withAsterisk {...form.getInputProps('number')} />
              <TextInput label={intl.formatMessage({ id: 'trade.field.issuingAuthority', defaultMessage: 'Issuing authority' })} withAsterisk {...form.getInputProps('issuingAuthority')} />
              {country('issuingCountry', intl.formatMessage({ id: 'trade.field.issuingCountry', defaultMessage: 'Issuing state' }))}
              <TextInput label={intl.formatMessage({ id: 'trade.field.placeOfIssue', defaultMessage: 'Place of issue' })} {...form.getInputProps('placeOfIssue')} />
              <TextInput type="date" label={intl.formatMessage({ id: 'trade.field.issuedOn', defaultMessage: 'Issued on' })} withAsterisk {...form.getInputProps('issuedOn')} />
              <TextInput type="date" label={intl.formatMessage({ id: 'trade.field.expiresOn', defaultMessage: 'Expires on' })} withAsterisk {...form.getInputProps('expiresOn')} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={intl.formatMessage({ id: 'trade.form.movement', defaultMessage: 'Countries and parties' })}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {country('exportingCountry', intl.formatMessage({ id: 'trade.field.exportingCountry', defaultMessage: 'Exporting state' }))}
              {country('importingCountry', intl.formatMessage({ id: 'trade.field.importingCountry', defaultMessage: 'Importing state' }))}
              <MultiSelect
                label={intl.formatMessage({ id: 'trade.field.transitCountries', defaultMessage: 'Transit states' })}
                data={countries}
                searchable
                clearable
                nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
                {...form.getInputProps('transitCountries')}
              />
              <TextInput label={intl.formatMessage({ id: 'trade.field.exporter', defaultMessage: 'Exporter (name as on the licence)' })} withAsterisk {...form.getInputProps('exporter')} />
              <TextInput label={intl.formatMessage({ id: 'trade.field.importer', defaultMessage: 'Importer (name as on the licence)' })} withAsterisk {...form.getInputProps('importer')} />
              <TextInput label={intl.formatMessage({ id: 'trade.field.finalRecipient', defaultMessage: 'Final recipient' })} withAsterisk {...form.getInputProps('finalRecipient')} />
              <TextInput label={intl.formatMessage({ id: 'trade.field.endUserCertificate', defaultMessage: 'End-user certificate' })} {...form.getInputProps('endUserCertificateRef')} />
            </SimpleGrid>
          </Fieldset>
          {form.values.kind === 'export' ? (
            <Fieldset legend={intl.formatMessage({ id: 'trade.form.importLicence', defaultMessage: 'The importing state’s import licence (art. 10.2)' })}>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                <TextInput label={intl.formatMessage({ id: 'trade.field.importLicenceNumber', defaultMessage: 'Import licence number' })} withAsterisk {...form.getInputProps('importLicenceNumber')} />
                {country('importLicenceCountry', intl.formatMessage({ id: 'trade.field.importLicenceCountry', defaultMessage: 'Issued by' }))}
                <TextInput type="date" label={intl.formatMessage({ id: 'trade.field.importLicenceIssuedOn', defaultMessage: 'Issued on' })} {...form.getInputProps('importLicenceIssuedOn')} />
                <TextInput type="date" label={intl.formatMessage({ id: 'trade.field.importLicenceExpiresOn', defaultMessage: 'Expires on' })} {...form.getInputProps('importLicenceExpiresOn')} />
              </SimpleGrid>
              {form.values.transitNotices.length ? (
                <Stack gap="xs" mt="sm">
                  <Text size="sm" fw={600}>
                    {intl.formatMessage({ id: 'trade.form.notices', defaultMessage: 'Transit states’ notices of no objection (art. 10.2(b))' })}
                  </Text>
                  {form.values.transitNotices.map((n, i) => (
                    <Group key={n.country} gap="xs" align="flex-end">
                      <Text size="sm" w={160}>
                        {countryLabel(n.country)}
                      </Text>
                      <TextInput label={intl.formatMessage({ id: 'trade.field.noticeReference', defaultMessage: 'Notice reference ({country})' }, { country: countryLabel(n.country) })} {...form.getInputProps(`transitNotices.${i}.reference`)} />
                      <TextInput type="date" label={intl.formatMessage({ id: 'trade.field.noticeDate', defaultMessage: 'Notice date ({country})' }, { country: countryLabel(n.country) })} {...form.getInputProps(`transitNotices.${i}.date`)} />
                    </Group>
                  ))}
                </Stack>
              ) : null}
            </Fieldset>
          ) : null}
          <Fieldset legend={intl.formatMessage({ id: 'trade.form.items', defaultMessage: 'What the licence authorises' })}>
            <ItemLines form={form} use="licence" />
          </Fieldset>
          <Textarea label={intl.formatMessage({ id: 'trade.field.notes', defaultMessage: 'Notes' })} autosize minRows={2} {...form.getInputProps('notes')} />
          <ProblemAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'trade.new.submit', defaultMessage: 'Record the licence' })}
            </Button>
            <ButtonLink to="/trade" variant="default">
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </ButtonLink>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
