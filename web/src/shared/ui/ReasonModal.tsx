import { Button, Group, Stack, Textarea } from '@mantine/core';
import { FormModal } from './FormModal';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { showFieldProblems } from './field-words';
import { ProblemAlert } from './ProblemAlert';

/** An action that needs a reason for the audit trail (3 to 500 characters, as the API asks). */
export function ReasonModal({ opened, title, submitLabel, danger, children, onSubmit, onClose }: { opened: boolean; title: string; submitLabel: string; danger?: boolean; children?: ReactNode; onSubmit: (reason: string) => Promise<unknown>; onClose: () => void }) {
  const intl = useIntl();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim().length >= 3 ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 3 })) },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    setError(null);
    setPending(true);
    try {
      await onSubmit(reason.trim());
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['reason'], caught)) setError(caught);
    } finally {
      setPending(false);
    }
  });
  return (
    <FormModal opened={opened} onClose={close} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          {children}
          <Textarea label={intl.formatMessage({ id: 'common.reason', defaultMessage: 'Reason (kept in the audit trail)' })} required data-autofocus autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" color={danger ? 'red.8' : undefined} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
