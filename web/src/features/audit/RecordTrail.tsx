import { Badge, Card, Group, List, Loader, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { actionWord, fieldWord, valueWord } from './audit-words';
import { changesOf } from './changes';
import { TRAIL_PAGE_SIZE, useAgencyNames, useRecordTrail, useRecordVerification, type AuditEntryDto, type ChainProblemDto } from './queries';
import { problemWord } from './verification-words';

interface RecordTrailProps {
  /** The audit trail's record type: firearm, part, holder, seizure, trace_request, trade_licence… */
  recordType: string;
  recordId: string;
}

/**
 * A record's audit trail for the roles that read it (administrators, auditors):
 * who did what and when, from which agency and request, what changed, and whether the
 * chain of its entries is intact. Renders nothing for other roles.
 */
export function RecordTrail({ recordType, recordId }: RecordTrailProps) {
  const intl = useIntl();
  const permissions = usePermissions();
  const headingId = useId();
  const [page, setPage] = useState(1);
  const readable = permissions.has('audit.read');
  const trail = useRecordTrail(recordType, recordId, page, readable);
  const verification = useRecordVerification(recordType, recordId, readable && permissions.has('audit.verify'));
  if (!readable) return null;
  const total = trail.data?.page.total ?? 0;

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} className="record-trail">
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {intl.formatMessage({ id: 'audit.trail.title', defaultMessage: 'Audit trail' })}
        </Title>
        <ChainStatus intact={verification.data?.intact} entries={verification.data?.entriesChecked} problem={verification.data?.problem ?? null} pending={verification.isPending && verification.fetchStatus !== 'idle'} />
      </Group>
      <ProblemAlert error={trail.error ?? verification.error} />
      {trail.isPending ? <Loader size="sm" aria-label={intl.formatMessage({ id: 'audit.trail.loading', defaultMessage: 'Loading the trail' })} /> : null}
      {trail.data && trail.data.items.length === 0 ? <Text c="dimmed">{intl.formatMessage({ id: 'audit.trail.empty', defaultMessage: 'No entry for this record.' })}</Text> : null}
      {trail.data && trail.data.items.length > 0 ? (
        <Stack gap="sm">
          <EntryTable entries={trail.data.items} label={intl.formatMessage({ id: 'audit.trail.title', defaultMessage: 'Audit trail' })} />
          {total > TRAIL_PAGE_SIZE ? (
            <Pagination
              total={Math.ceil(total / TRAIL_PAGE_SIZE)}
              value={page}
              onChange={setPage}
              size="sm"
              getControlProps={(control) =>
                control === 'previous'
                  ? { 'aria-label': intl.formatMessage({ id: 'common.previousPage', defaultMessage: 'Previous page' }) }
                  : control === 'next'
                    ? { 'aria-label': intl.formatMessage({ id: 'common.nextPage', defaultMessage: 'Next page' }) }
                    : {}
              }
            />
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}

function ChainStatus({ intact, entries, problem, pending }: { intact: boolean | undefined; entries: number | undefined; problem: ChainProblemDto | null; pending: boolean }) {
  const intl = useIntl();
  if (pending) return <Loader size="xs" aria-label={intl.formatMessage({ id: 'audit.trail.verifying', defaultMessage: 'Verifying the chain' })} />;
  if (intact === undefined) return null;
  return intact ? (
    <Badge color={BADGE_COLOURS.valid} variant="filled" radius="sm" tt="none" h="auto" py={4} data-testid="trail-verification">
      {intl.formatMessage({ id: 'audit.trail.verified', defaultMessage: 'Verified, {count, plural, one {# entry} other {# entries}}' }, { count: entries ?? 0 })}
    </Badge>
  ) : (
    <Badge color="red.9" variant="filled" radius="sm" tt="none" h="auto" py={4} data-testid="trail-verification">
      {intl.formatMessage({ id: 'audit.trail.broken', defaultMessage: 'Chain broken: {problem}' }, { problem: problem ? problemWord(intl, problem.problem) : '' })}
    </Badge>
  );
}

/** Entries as a table: when, who (with agency and request), what, and the fields changed. */
function EntryTable({ entries, label }: { entries: AuditEntryDto[]; label: string }) {
  const intl = useIntl();
  const agencies = useAgencyNames();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{intl.formatMessage({ id: 'audit.col.when', defaultMessage: 'When' })}</Table.Th>
            <Table.Th scope="col">{intl.formatMessage({ id: 'audit.col.who', defaultMessage: 'Who' })}</Table.Th>
            <Table.Th scope="col">{intl.formatMessage({ id: 'audit.col.action', defaultMessage: 'Action' })}</Table.Th>
            <Table.Th scope="col">{intl.formatMessage({ id: 'audit.col.changes', defaultMessage: 'What changed' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{intl.formatDate(entry.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' })}</Table.Td>
              <Table.Td>
                <EntryWho entry={entry} agencyName={agencies.data} />
              </Table.Td>
              <Table.Td>{actionWord(intl, entry.action)}</Table.Td>
              <Table.Td>
                <EntryChanges entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Who wrote an entry: the user, their agency and the HTTP request it came with. */
export function EntryWho({ entry, agencyName }: { entry: AuditEntryDto; agencyName: Map<string, string> | undefined }) {
  const intl = useIntl();
  return (
    <>
      <Text size="sm" fw={600}>
        {entry.actor.username}
      </Text>
      {entry.actor.agencyId ? (
        <Text size="xs" c="dimmed">
          {agencyName?.get(entry.actor.agencyId) ?? entry.actor.agencyId}
        </Text>
      ) : null}
      {entry.requestId ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {intl.formatMessage({ id: 'audit.entry.request', defaultMessage: 'Request {id}' }, { id: entry.requestId })}
        </Text>
      ) : null}
    </>
  );
}

/** What an entry changed, field by field in the user's words, and the reason given. */
export function EntryChanges({ entry }: { entry: AuditEntryDto }) {
  const intl = useIntl();
  const changes = changesOf(entry);
  return (
    <Stack gap={2}>
      {changes.length > 0 ? (
        <List size="sm" spacing={2} listStyleType="none" m={0} p={0}>
          {changes.map((c) => {
            const field = fieldWord(intl, c.field);
            const text =
              'before' in c && 'after' in c
                ? intl.formatMessage({ id: 'audit.change.fromTo', defaultMessage: '{field}: {before} → {after}' }, { field, before: valueWord(intl, c.field, c.before), after: valueWord(intl, c.field, c.after) })
                : 'after' in c
                  ? intl.formatMessage({ id: 'audit.change.set', defaultMessage: '{field}: {after}' }, { field, after: valueWord(intl, c.field, c.after) })
                  : intl.formatMessage({ id: 'audit.change.was', defaultMessage: '{field}: was {before}' }, { field, before: valueWord(intl, c.field, c.before) });
            return (
              <List.Item key={c.field} data-restricted={c.restricted || undefined}>
                {text}
              </List.Item>
            );
          })}
        </List>
      ) : null}
      {entry.reason ? (
        <Text size="sm" fs="italic">
          {intl.formatMessage({ id: 'audit.entry.reason', defaultMessage: 'Reason: {reason}' }, { reason: entry.reason })}
        </Text>
      ) : null}
    </Stack>
  );
}
