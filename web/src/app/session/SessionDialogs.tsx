import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { SignInForm } from '../../features/session/SignInForm';
import { useSession, useSessionStore } from './SessionContext';
import { idleLimits, useIdleTimeout } from './idle';

/**
 * The idle warning, and the sign-in dialog shown when the session ends under an open
 * screen. Both cover the screen without unmounting it, so what the user was typing is
 * still there after "Stay signed in" or after signing in again.
 */
export function SessionDialogs() {
  const intl = useIntl();
  const store = useSessionStore();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const limits = useMemo(() => idleLimits(), []);
  const { warningUntil, stay } = useIdleTimeout(session.status === 'signed_in', () => void store.expire('idle'), limits);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (!warningUntil) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [warningUntil]);

  const seconds = warningUntil ? Math.max(0, Math.ceil((warningUntil - now) / 1000)) : 0;
  const expired = session.status === 'expired' ? session : null;

  return (
    <>
      <Modal
        opened={warningUntil !== null && session.status === 'signed_in'}
        onClose={stay}
        title={intl.formatMessage({ id: 'session.idle.title', defaultMessage: 'Are you still there?' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'session.idle.stay', defaultMessage: 'Stay signed in' }) }}
        centered
      >
        <Stack>
          <Text role="timer" aria-live="polite">
            {intl.formatMessage(
              { id: 'session.idle.body', defaultMessage: 'For your security you will be signed out in {seconds, plural, one {# second} other {# seconds}}. What you have typed is kept.' },
              { seconds },
            )}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void store.signOut('idle')}>
              {intl.formatMessage({ id: 'shell.signOut', defaultMessage: 'Sign out' })}
            </Button>
            <Button onClick={stay} data-autofocus>
              {intl.formatMessage({ id: 'session.idle.stay', defaultMessage: 'Stay signed in' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={expired !== null}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        overlayProps={{ blur: 6, backgroundOpacity: 0.6 }}
        title={intl.formatMessage({ id: 'session.expired.title', defaultMessage: 'Sign in again to continue' })}
        centered
      >
        {expired ? (
          <Stack>
            <Text>
              {expired.reason === 'idle'
                ? intl.formatMessage({ id: 'session.expired.idle', defaultMessage: 'You were signed out after a period without activity. Your screen and what you typed are kept.' })
                : intl.formatMessage({ id: 'session.expired.body', defaultMessage: 'Your session has ended. Your screen and what you typed are kept.' })}
            </Text>
            <SignInForm
              username={expired.profile.username}
              onSignedIn={(profile) => {
                if (profile.id !== expired.profile.id) {
                  queryClient.clear();
                  void navigate({ to: '/' });
                } else void queryClient.invalidateQueries();
              }}
            />
            <Button variant="subtle" onClick={() => void store.signOut('signed_out').then(() => navigate({ to: '/sign-in' }))}>
              {intl.formatMessage({ id: 'session.expired.signOut', defaultMessage: 'Sign out instead' })}
            </Button>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
