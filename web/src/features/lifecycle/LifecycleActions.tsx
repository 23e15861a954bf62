import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { eventWord } from '../../shared/ui/register-words';
import type { FirearmRecord } from '../firearms/queries';
import { EventModal } from './EventModal';
import type { LifecycleEvent } from './queries';
import { actionWord } from './words';

/**
 * What the officer may do next with this record: one button per event the lifecycle
 * allows from its status (the API's allowedEvents), each opening that event's form.
 * Only a role with firearm.write sees them; a merged record takes no more events.
 */
export function LifecycleActions({ firearm }: { firearm: FirearmRecord }) {
  const intl = useIntl();
  const permissions = usePermissions();
  const [open, setOpen] = useState<LifecycleEvent | null>(null);
  const [recorded, setRecorded] = useState<LifecycleEvent | null>(null);
  if (!permissions.has('firearm.write') || firearm.mergedIntoId) return null;
  const events = (firearm.allowedEvents ?? []) as LifecycleEvent[];
  return (
    <Card withBorder component="section" aria-labelledby="lifecycle-actions" padding="md">
      <Title order={2} size="h4" id="lifecycle-actions" mb="sm">
        {intl.formatMessage({ id: 'lifecycle.actions.title', defaultMessage: 'Record an event' })}
      </Title>
      <Stack gap="sm">
        {recorded ? (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' })} onClose={() => setRecorded(null)}>
            {intl.formatMessage({ id: 'lifecycle.recorded', defaultMessage: 'Recorded: {event}. The history below is up to date.' }, { event: eventWord(intl, recorded) })}
          </Alert>
        ) : null}
        {events.length > 0 ? (
          <Group gap="xs">
            {events.map((type) => (
              <Button key={type} size="xs" variant={type === 'reported_stolen' || type === 'destroyed' ? 'filled' : 'default'} color={type === 'reported_stolen' || type === 'destroyed' ? 'red.8' : undefined} onClick={() => setOpen(type)}>
                {actionWord(intl, type)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm">{intl.formatMessage({ id: 'lifecycle.actions.none', defaultMessage: 'No event can be recorded: the record is closed.' })}</Text>
        )}
      </Stack>
      {open ? (
        <EventModal
          firearm={firearm}
          type={open}
          onClose={() => setOpen(null)}
          onRecorded={(type) => setRecorded(type)}
        />
      ) : null}
    </Card>
  );
}
