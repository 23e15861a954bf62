import { Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { MarkingFormModal, type MarkingTarget } from './MarkingFormModal';
import { useLotMarkings, type Marking } from './queries';
import { legibilityWord, markingTypeWord, methodWord } from './words';

/** The marks an item carries as a table; the campaign column links to the campaign's log. */
export function MarkingsTable({ markings, label, showItem = false }: { markings: Marking[]; label: string; showItem?: boolean }) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {showItem ? <Table.Th>{intl.formatMessage({ id: 'markings.column.item', defaultMessage: 'Item' })}</Table.Th> : null}
            <Table.Th>{intl.formatMessage({ id: 'marking.type', defaultMessage: 'Kind' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'marking.text', defaultMessage: 'Text as read' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'markings.column.location', defaultMessage: 'Where' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'markings.field.method', defaultMessage: 'Method' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'markings.field.legibility', defaultMessage: 'Legibility' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'marking.import', defaultMessage: 'Import' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'markings.column.when', defaultMessage: 'Applied / read' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {markings.map((m) => (
            <Table.Tr key={m.id}>
              {showItem ? (
                <Table.Td>
                  {m.firearmId ? (
                    <AnchorLink to="/firearms/$firearmId" params={{ firearmId: m.firearmId }}>
                      {intl.formatMessage({ id: 'markings.openFirearm', defaultMessage: 'Firearm record' })}
                    </AnchorLink>
                  ) : m.ammunitionLotId ? (
                    <AnchorLink to="/ammunition-lots/$lotId" params={{ lotId: m.ammunitionLotId }}>
                      {intl.formatMessage({ id: 'markings.openLot', defaultMessage: 'Ammunition lot' })}
                    </AnchorLink>
                  ) : null}
                </Table.Td>
              ) : null}
              <Table.Td>{markingTypeWord(intl, m.type)}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'pre' }}>
                {m.text.asRead}
              </Table.Td>
              <Table.Td>{m.location ?? ''}</Table.Td>
              <Table.Td>{methodWord(intl, m.method)}</Table.Td>
              <Table.Td>{legibilityWord(intl, m.legibility)}</Table.Td>
              <Table.Td>{[m.importCountry, m.importYear].filter(Boolean).join(' ')}</Table.Td>
              <Table.Td>{[m.appliedOn, m.readOn].map((d) => (d ? intl.formatDate(d, { dateStyle: 'medium', timeZone: 'UTC' }) : '—')).join(' / ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A record's markings, with "Add a marking" for the roles that may. */
export function MarkingsSection({ target, markings }: { target: MarkingTarget; markings: Marking[] }) {
  const intl = useIntl();
  const permissions = usePermissions();
  const [adding, setAdding] = useState(false);
  const title = intl.formatMessage({ id: 'record.markings', defaultMessage: 'Markings' });
  return (
    <Card withBorder component="section" aria-labelledby="section-markings" padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="section-markings">
          {title}
        </Title>
        {permissions.has('marking.write') ? (
          <Button size="xs" onClick={() => setAdding(true)}>
            {intl.formatMessage({ id: 'markings.add', defaultMessage: 'Add a marking' })}
          </Button>
        ) : null}
      </Group>
      {markings.length === 0 ? <Text size="sm">{intl.formatMessage({ id: 'record.noMarkings', defaultMessage: 'No marking recorded.' })}</Text> : <MarkingsTable markings={markings} label={title} />}
      <MarkingFormModal target={target} opened={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

/** An ammunition lot's markings, read on their own (a firearm's come with its history). */
export function LotMarkingsSection({ ammunitionLotId }: { ammunitionLotId: string }) {
  const intl = useIntl();
  const markings = useLotMarkings(ammunitionLotId);
  if (markings.isPending) return <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />;
  if (markings.error) return <ProblemAlert error={markings.error} />;
  return <MarkingsSection target={{ ammunitionLotId }} markings={markings.data} />;
}
