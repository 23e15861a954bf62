import { Alert, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from '../../shared/ui/PasswordField';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSession, useSessionStore } from '../../app/session/SessionContext';
import { ApiError } from '../../shared/api/problem';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { fieldProblemMessage } from './field-problems';

const MIN_LENGTH = 12;

/**
 * Changing one's password, forced after an administrator set it. A wrong current
 * password is a 401 INVALID_CREDENTIALS naming the field: shown next to that field,
 * never taken for an ended session.
 */
export function ChangePasswordScreen() {
  const intl = useIntl();
  const store = useSessionStore();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const forced = session.status === 'signed_in' && session.profile.mustChangePassword;
  const title = intl.formatMessage({ id: 'password.title', defaultMessage: 'Change your password' });
  useEffect(() => {
    document.title = title;
  }, [title]);

  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (v) => (v ? null : intl.formatMessage({ id: 'password.current.required', defaultMessage: 'Enter your current password.' })),
      newPassword: (v) =>
        v.length >= MIN_LENGTH ? null : intl.formatMessage({ id: 'password.new.tooShort', defaultMessage: 'At least {min} characters.' }, { min: MIN_LENGTH }),
      confirmation: (v, values) => (v === values.newPassword ? null : intl.formatMessage({ id: 'password.confirmation.mismatch', defaultMessage: 'The two new passwords differ.' })),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setPending(true);
    setError(null);
    try {
      await store.changePassword(values.currentPassword, values.newPassword);
      void navigate({ to: '/' });
    } catch (caught) {
      const fields = caught instanceof ApiError ? caught.fieldErrors() : {};
      const named = Object.keys(fields).filter((f) => f in values);
      if (caught instanceof ApiError && named.length > 0) {
        for (const field of named) form.setFieldError(field, fieldProblemMessage(intl, caught.problem, field));
      } else setError(caught);
    } finally {
      setPending(false);
    }
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={440}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              {title}
            </Title>
            {forced ? (
              <Alert color="yellow" role="status">
                {intl.formatMessage({ id: 'password.forced', defaultMessage: 'Your password was set by an administrator. Choose your own before continuing.' })}
              </Alert>
            ) : null}
            <ProblemAlert error={error} />
            <PasswordField label={intl.formatMessage({ id: 'password.current', defaultMessage: 'Current password' })} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
            <PasswordField
              label={intl.formatMessage({ id: 'password.new', defaultMessage: 'New password' })}
              description={intl.formatMessage({ id: 'password.rules', defaultMessage: 'At least 12 characters, not containing your username.' })}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label={intl.formatMessage({ id: 'password.confirmation', defaultMessage: 'New password again' })} autoComplete="new-password" required {...form.getInputProps('confirmation')} />
            <Button type="submit" loading={pending}>
              {intl.formatMessage({ id: 'password.submit', defaultMessage: 'Change password' })}
            </Button>
            {!forced ? (
              <Text size="sm">
                <Button variant="subtle" onClick={() => void navigate({ to: '/' })} px={0}>
                  {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
                </Button>
              </Text>
            ) : null}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
