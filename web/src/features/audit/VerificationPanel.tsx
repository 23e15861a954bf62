import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { recordTypeWord } from './audit-words';
import { useSealedSize, useStartVerification, useVerification } from './queries';
import { problemWord, verificationStatusWord } from './verification-words';

/**
 * The full verification of the trail against the registry's signed checkpoints, run by
 * the worker. The run's id is in the URL, so a reload keeps watching it.
 */
export function VerificationPanel({ id, onStarted }: { id: string | undefined; onStarted: (id: string) => void }) {
  const intl = useIntl();
  const start = useStartVerification();
  const run = useVerification(id);
  const sealed = useSealedSize();
  const v = run.data;
  const done = v?.status === 'completed' || v?.status === 'failed';
  // The latest checkpoint's size is what the run walks through at least; entries written since add a few.
  const expected = Math.max(sealed.data ?? 0, v?.entriesChecked ?? 0);
  const percent = done ? 100 : expected > 0 && v ? Math.min(99, Math.round((v.entriesChecked / expected) * 100)) : 0;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="audit-verification-title">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} size="h4" id="audit-verification-title">
          {intl.formatMessage({ id: 'audit.verification.title', defaultMessage: 'Verify the whole trail' })}
        </Title>
        <Button onClick={() => start.mutate(undefined, { onSuccess: (answer) => onStarted(answer.id) })} loading={start.isPending} disabled={!!v && !done}>
          {intl.formatMessage({ id: 'audit.verification.start', defaultMessage: 'Run a verification' })}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {intl.formatMessage({
          id: 'audit.verification.explain',
          defaultMessage: 'Checks every entry’s hash and chain link and the whole log against the signed checkpoints: an entry altered, removed, reordered or inserted is reported with the first position affected.',
        })}
      </Text>
      <ProblemAlert error={start.error ?? run.error} />
      {v ? (
        <Stack gap="sm" aria-live="polite">
          <Group gap="md">
            <Text size="sm" fw={600} data-testid="verification-status">
              {verificationStatusWord(intl, v.status)}
            </Text>
            <Text size="sm">
              {intl.formatMessage(
                { id: 'audit.verification.progress', defaultMessage: '{entries, number} entries in {records, number} records checked' },
                { entries: v.entriesChecked, records: v.recordsChecked },
              )}
            </Text>
          </Group>
          <Progress
            value={percent}
            animated={!done}
            color={v.intact === false || v.status === 'failed' ? 'red.9' : 'blue.8'}
            aria-label={intl.formatMessage({ id: 'audit.verification.progressLabel', defaultMessage: 'Verification progress' })}
          />
          {v.status === 'completed' && v.intact ? (
            <Alert color="green" variant="light" styles={{ title: { color: BADGE_COLOURS.valid } }} title={intl.formatMessage({ id: 'audit.verification.intactTitle', defaultMessage: 'The trail is intact' })} data-testid="verification-result">
              {intl.formatMessage(
                { id: 'audit.verification.intact', defaultMessage: 'Every one of the {entries, number} entries matches its hash, its chain and the signed checkpoints. Finished {at}.' },
                { entries: v.entriesChecked, at: v.finishedAt ? intl.formatDate(v.finishedAt, { dateStyle: 'medium', timeStyle: 'medium' }) : '' },
              )}
            </Alert>
          ) : null}
          {v.status === 'completed' && v.intact === false ? (
            <Alert color="red" variant="light" styles={{ title: { color: 'var(--mantine-color-red-9)' } }} title={intl.formatMessage({ id: 'audit.verification.tamperedTitle', defaultMessage: 'The trail has been tampered with' })} data-testid="verification-result">
              {v.firstAffectedSeq ? (
                <Text size="sm" mb="xs">
                  {intl.formatMessage({ id: 'audit.verification.firstAffected', defaultMessage: 'First entry affected: position {seq}.' }, { seq: v.firstAffectedSeq })}
                </Text>
              ) : null}
              <List size="sm">
                {v.problems.map((p, i) => (
                  <List.Item key={`${p.entryId ?? p.seq ?? ''}-${i}`}>
                    {intl.formatMessage(
                      { id: 'audit.verification.problem', defaultMessage: '{problem} — {record} {id}, position {seq}' },
                      { problem: problemWord(intl, p.problem), record: p.recordType ? recordTypeWord(intl, p.recordType) : '', id: p.recordId ?? '', seq: p.seq ?? '—' },
                    )}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {v.status === 'failed' ? (
            <Alert color="red" variant="light" styles={{ title: { color: 'var(--mantine-color-red-9)' } }} title={intl.formatMessage({ id: 'audit.verification.failedTitle', defaultMessage: 'The verification could not finish' })}>
              {intl.formatMessage({ id: 'audit.verification.failed', defaultMessage: 'Run it again; if it fails again, the worker’s log says why.' })}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}
