import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../app/session/SessionContext';
import { LanguageSwitcher } from '../../app/shell/LanguageSwitcher';
import { SignInForm } from './SignInForm';

export function SignInScreen() {
  const intl = useIntl();
  const session = useSession();
  const search = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const router = useRouter();
  const appName = intl.formatMessage({ id: 'app.name', defaultMessage: 'National Firearms Registry' });
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'signIn.title', defaultMessage: 'Sign in' })} · ${appName}`;
  }, [intl, appName]);

  const reason = session.status === 'signed_out' ? session.reason : null;
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text fw={600} c="dimmed" size="sm">
              {appName}
            </Text>
            <LanguageSwitcher />
          </Group>
          <Title order={1} size="h2">
            {intl.formatMessage({ id: 'signIn.title', defaultMessage: 'Sign in' })}
          </Title>
          {reason === 'expired' || reason === 'idle' ? (
            <Alert color="yellow" role="status">
              {reason === 'idle'
                ? intl.formatMessage({ id: 'signIn.reason.idle', defaultMessage: 'You were signed out after a period without activity.' })
                : intl.formatMessage({ id: 'signIn.reason.expired', defaultMessage: 'Your session has ended. Sign in again.' })}
            </Alert>
          ) : null}
          {reason === 'signed_out' ? (
            <Alert color="blue" role="status">
              {intl.formatMessage({ id: 'signIn.reason.signedOut', defaultMessage: 'You have signed out.' })}
            </Alert>
          ) : null}
          <SignInForm
            onSignedIn={(profile) => {
              void router.invalidate();
              if (profile.mustChangePassword) void navigate({ to: '/change-password' });
              else if (search.redirect) router.history.push(search.redirect);
              else void navigate({ to: '/' });
            }}
          />
        </Stack>
      </Paper>
    </Center>
  );
}
