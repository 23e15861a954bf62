import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ReasonModal } from '../../shared/ui/ReasonModal';
import { localName, useReferenceList } from '../search/queries';
import { licenceKindWords, optionsOf } from './holder-words';
import { isoDay } from './licence-state';
import { useIssueLicence, useSetLicenceState, type LicenceDto } from './queries';

const LICENCE_FIELDS = ['number', 'kind', 'issuedOn', 'expiresOn', 'categories', 'conditions'] as const;

/** Five years from the day of issue, the day before: a possession licence's usual term. */
function defaultExpiry(issuedOn: string): string {
  const day = new Date(`${issuedOn}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() + 5);
  day.setUTCDate(day.getUTCDate() - 1);
  return isoDay(day);
}

export function IssueLicenceModal({ holderId, opened, onClose }: { holderId: string; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const issue = useIssueLicence();
  const categories = useReferenceList('categories');
  const [error, setError] = useState<unknown>(null);
  const today = isoDay(new Date());
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm({
    initialValues: { number: '', kind: 'possession', issuedOn: today, expiresOn: defaultExpiry(today), categories: [] as string[], conditions: '' },
    validate: {
      number: (v) => (v.trim().length >= 2 ? null : required),
      issuedOn: (v) => (v ? null : required),
      expiresOn: (v, values) => (!v ? required : v < values.issuedOn ? intl.formatMessage({ id: 'field.beforeIssue', defaultMessage: 'Must be after the date of issue.' }) : null),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await issue.mutateAsync({
        holderId,
        number: values.number.trim(),
        kind: values.kind as LicenceDto['kind'],
        issuedOn: values.issuedOn,
        expiresOn: values.expiresOn,
        categories: values.categories,
        ...(values.conditions.trim() ? { conditions: values.conditions.trim() } : {}),
      });
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, LICENCE_FIELDS, caught)) setError(caught);
    }
  });
  return (
    <FormModal opened={opened} onClose={close} title={intl.formatMessage({ id: 'licences.issue.title', defaultMessage: 'Issue a licence' })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={intl.formatMessage({ id: 'licences.field.number', defaultMessage: 'Licence number' })} required data-autofocus spellCheck={false} {...form.getInputProps('number')} />
            <Select label={intl.formatMessage({ id: 'licences.field.kind', defaultMessage: 'Kind of licence' })} data={optionsOf(intl, licenceKindWords)} required allowDeselect={false} {...form.getInputProps('kind')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'licences.field.issuedOn', defaultMessage: 'Issued on' })} required {...form.getInputProps('issuedOn')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'licences.field.expiresOn', defaultMessage: 'Expires on' })} required {...form.getInputProps('expiresOn')} />
          </SimpleGrid>
          <MultiSelect
            label={intl.formatMessage({ id: 'licences.field.categories', defaultMessage: 'Categories covered' })}
            description={intl.formatMessage({ id: 'licences.field.categoriesHelp', defaultMessage: 'None chosen: the licence covers every category.' })}
            data={(categories.data ?? []).map((c) => ({ value: c.code!, label: localName(c, locale) }))}
            searchable
            clearable
            {...form.getInputProps('categories')}
          />
          <Textarea label={intl.formatMessage({ id: 'licences.field.conditions', defaultMessage: 'Conditions' })} autosize minRows={2} {...form.getInputProps('conditions')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={issue.isPending}>
              {intl.formatMessage({ id: 'licences.issue.submit', defaultMessage: 'Issue the licence' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export type LicenceStateChange = { licence: LicenceDto; state: 'active' | 'suspended' | 'revoked' };

/** Suspends, revokes or reinstates a licence; the reason goes into the audit trail. */
export function LicenceStateModal({ change, onClose }: { change: LicenceStateChange | null; onClose: () => void }) {
  const intl = useIntl();
  const setState = useSetLicenceState();
  const number = change?.licence.number ?? '';
  const words = {
    suspended: [intl.formatMessage({ id: 'licences.suspend.title', defaultMessage: 'Suspend licence {number}' }, { number }), intl.formatMessage({ id: 'licences.suspend', defaultMessage: 'Suspend' })],
    revoked: [intl.formatMessage({ id: 'licences.revoke.title', defaultMessage: 'Revoke licence {number}' }, { number }), intl.formatMessage({ id: 'licences.revoke', defaultMessage: 'Revoke' })],
    active: [intl.formatMessage({ id: 'licences.reinstate.title', defaultMessage: 'Reinstate licence {number}' }, { number }), intl.formatMessage({ id: 'licences.reinstate', defaultMessage: 'Reinstate' })],
  };
  const [title, submitLabel] = change ? words[change.state] : ['', ''];
  return (
    <ReasonModal
      opened={change !== null}
      title={title}
      submitLabel={submitLabel}
      danger={change?.state !== 'active'}
      onClose={onClose}
      onSubmit={(reason) => setState.mutateAsync({ id: change!.licence.id, state: change!.state, reason })}
    >
      {change?.state === 'revoked' ? (
        <Alert color="yellow" variant="light">
          {intl.formatMessage({ id: 'licences.revoke.final', defaultMessage: 'A revoked licence cannot be reinstated: a new licence would have to be issued.' })}
        </Alert>
      ) : null}
    </ReasonModal>
  );
}
