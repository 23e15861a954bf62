import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../../shared/ui/PasswordField';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSessionStore } from '../../app/session/SessionContext';
import type { Profile } from '../../app/session/session-store';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';

/** Used by the sign-in page and by the dialog that renews an ended session over an open screen. */
export function SignInForm({ username = '', onSignedIn }: { username?: string; onSignedIn: (profile: Profile) => void }) {
  const intl = useIntl();
  const session = useSessionStore();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({
    initialValues: { username, password: '' },
    validate: {
      username: (v) => (v.trim() ? null : intl.formatMessage({ id: 'signIn.username.required', defaultMessage: 'Enter your username.' })),
      password: (v) => (v ? null : intl.formatMessage({ id: 'signIn.password.required', defaultMessage: 'Enter your password.' })),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setPending(true);
    setError(null);
    try {
      onSignedIn(await session.signIn(values.username.trim(), values.password));
    } catch (caught) {
      setError(caught);
      form.setFieldValue('password', '');
    } finally {
      setPending(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={error} />
        <TextInput
          label={intl.formatMessage({ id: 'signIn.username', defaultMessage: 'Username' })}
          autoComplete="username"
          required
          withAsterisk={false}
          autoFocus={!username}
          {...form.getInputProps('username')}
        />
        <PasswordField
          label={intl.formatMessage({ id: 'signIn.password', defaultMessage: 'Password' })}
          autoComplete="current-password"
          required
          withAsterisk={false}
          autoFocus={!!username}
          data-autofocus={username ? true : undefined}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={pending}>
          {intl.formatMessage({ id: 'signIn.submit', defaultMessage: 'Sign in' })}
        </Button>
      </Stack>
    </form>
  );
}
