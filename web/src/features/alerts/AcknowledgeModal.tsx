import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormModal } from '../../shared/ui/FormModal';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useAcknowledgeAlert, type HitAlertDto } from './queries';

const NOTE_MAX = 2000;

/** "Our agency knows": an optional note (what was done) goes into the alert and the audit trail. */
export function AcknowledgeModal({ alert, firearmLabel, onClose }: { alert: HitAlertDto | null; firearmLabel: string; onClose: () => void }) {
  const intl = useIntl();
  const acknowledge = useAcknowledgeAlert();
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    acknowledge.reset();
    onClose();
  };
  const tooLong = note.length > NOTE_MAX;
  return (
    <FormModal opened={alert !== null} onClose={close} title={intl.formatMessage({ id: 'alerts.ack.title', defaultMessage: 'Acknowledge the alert' })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!alert || tooLong) return;
          acknowledge.mutate({ id: alert.id, note: note.trim() || undefined }, { onSuccess: close });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{intl.formatMessage({ id: 'alerts.ack.explain', defaultMessage: 'Acknowledging records that your agency knows that {firearm} has resurfaced.' }, { firearm: firearmLabel })}</Text>
          <ProblemAlert error={acknowledge.error} />
          <Textarea
            label={intl.formatMessage({ id: 'alerts.ack.note', defaultMessage: 'Note (optional)' })}
            description={intl.formatMessage({ id: 'alerts.ack.noteHelp', defaultMessage: 'What your agency did, for example: owner informed, case reopened.' })}
            autosize
            minRows={2}
            data-autofocus
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={tooLong ? intl.formatMessage({ id: 'field.tooLong', defaultMessage: 'At most {max} characters.' }, { max: NOTE_MAX }) : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={acknowledge.isPending}>
              {intl.formatMessage({ id: 'alerts.ack.submit', defaultMessage: 'Acknowledge' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
