import { Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import type { components } from '../../shared/api/schema';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useRetention, useSetRetention } from './queries';

type RetentionDto = components['schemas']['RetentionResponse'];
/** The International Tracing Instrument's floors; the API refuses less (RETENTION_BELOW_MINIMUM). */
const FLOORS: Record<string, number> = { manufacture: 30, other: 20 };

function RetentionCard({ setting, canWrite }: { setting: RetentionDto; canWrite: boolean }) {
  const intl = useIntl();
  const save = useSetRetention();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const floor = FLOORS[setting.recordClass] ?? 10;
  const form = useForm({
    initialValues: { minimumYears: setting.minimumYears as number | string, reason: '' },
    validate: {
      minimumYears: (v) => (Number(v) >= floor && Number(v) <= 200 ? null : intl.formatMessage({ id: 'admin.retention.floor', defaultMessage: 'At least {floor} years (International Tracing Instrument), at most 200.' }, { floor })),
      reason: (v) => (v.trim().length >= 3 ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 3 })),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSaved(false);
    try {
      await save.mutateAsync({ recordClass: setting.recordClass as 'manufacture' | 'other', minimumYears: Number(values.minimumYears), reason: values.reason.trim() });
      form.setFieldValue('reason', '');
      setSaved(true);
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['minimumYears', 'reason'], caught)) setError(caught);
    }
  });
  const name =
    setting.recordClass === 'manufacture'
      ? intl.formatMessage({ id: 'admin.retention.manufacture', defaultMessage: 'Manufacturing records' })
      : intl.formatMessage({ id: 'admin.retention.other', defaultMessage: 'All other records' });
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {name}
          </Title>
          <Text size="sm">
            {intl.formatMessage({ id: 'admin.retention.current', defaultMessage: 'Kept at least {years} years. Legal basis: {basis}. Last changed {date}.' }, { years: setting.minimumYears, basis: setting.legalBasis, date: intl.formatDate(setting.updatedAt, { dateStyle: 'medium' }) })}
          </Text>
          {canWrite ? (
            <>
              <ProblemAlert error={error} />
              <NumberInput label={intl.formatMessage({ id: 'admin.retention.years', defaultMessage: 'Minimum years' })} min={floor} max={200} clampBehavior="none" allowDecimal={false} required {...form.getInputProps('minimumYears')} />
              <Textarea label={intl.formatMessage({ id: 'common.reason', defaultMessage: 'Reason (kept in the audit trail)' })} required autosize minRows={2} {...form.getInputProps('reason')} />
              <Group justify="space-between">
                <Text size="sm" role="status">
                  {saved ? intl.formatMessage({ id: 'admin.retention.saved', defaultMessage: 'Saved.' }) : ''}
                </Text>
                <Button type="submit" loading={save.isPending}>
                  {intl.formatMessage({ id: 'common.save', defaultMessage: 'Save' })}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

/** How long records are kept: a policy the administrator sets, never below the ITI's floors. */
export function RetentionScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const retention = useRetention();
  const title = intl.formatMessage({ id: 'admin.retention.title', defaultMessage: 'Retention periods' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{title}</Title>
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'admin.retention.help', defaultMessage: 'Records are never deleted before these periods end. The International Tracing Instrument asks at least 30 years for manufacturing records and 20 for all others.' })}
      </Text>
      <ProblemAlert error={retention.error} />
      {(retention.data ?? []).map((setting) => (
        <RetentionCard key={setting.recordClass} setting={setting} canWrite={permissions.has('reference.write')} />
      ))}
    </Stack>
  );
}
