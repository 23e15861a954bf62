import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { HolderName } from '../../shared/ui/badges';
import { eventWord, statusWord } from '../../shared/ui/register-words';
import { localName, useReferenceList } from '../search/queries';
import type { TraceAnswerView } from './queries';
import { diversionWord, legibilityWord, markingTypeWord, outcomeWord } from './words';

/**
 * The answer to an incoming request (generated, or as a preview): the firearm with its
 * markings, the chain of legal custody up to the last legal holder or the point of
 * diversion, and the outcome. Outgoing answers (what another state told us) have only
 * the outcome and its summary.
 */
export function AnswerView({ answer, preview = false }: { answer: TraceAnswerView; preview?: boolean }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const countries = useReferenceList('countries');
  const country = (code: string | null) => {
    if (!code) return '';
    const c = countries.data?.find((x) => x.alpha2 === code);
    return c ? localName(c, locale) : code;
  };
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  const outcome = answer.outcome ?? answer.suggestedOutcome;
  const reason = answer.outcomeReason ?? answer.reason;
  const firearm = answer.firearm;
  const chain = answer.chain ?? [];
  return (
    <Stack gap="sm">
      {outcome ? (
        <Group gap="xs">
          <Text fw={600}>{preview ? intl.formatMessage({ id: 'tracing.answer.suggestedOutcome', defaultMessage: 'Suggested outcome:' }) : intl.formatMessage({ id: 'tracing.answer.outcome', defaultMessage: 'Outcome:' })}</Text>
          <Badge color={outcome === 'not_traced' ? 'gray.7' : '#1b5e20'} variant="filled" radius="sm" tt="none">
            {outcomeWord(intl, outcome)}
          </Badge>
        </Group>
      ) : null}
      {reason ? <Text size="sm">{reason}</Text> : null}
      {answer.summary ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {answer.summary}
        </Text>
      ) : null}
      {firearm ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {intl.formatMessage({ id: 'tracing.answer.firearm', defaultMessage: 'The firearm in the register' })}
          </Title>
          <Text size="sm">
            <Text span ff="monospace" fw={700}>
              {firearm.serialNumber ?? ''}
            </Text>{' '}
            · {[firearm.make, firearm.model, firearm.calibre, country(firearm.countryOfManufacture), firearm.yearOfManufacture].filter(Boolean).join(' · ')} · {statusWord(intl, firearm.status)}
          </Text>
          {firearm.markings.length ? (
            <List size="sm">
              {firearm.markings.map((mk, i) => (
                <List.Item key={i}>
                  <Text span ff="monospace">
                    {mk.text}
                  </Text>
                  {[markingTypeWord(intl, mk.type), mk.location, legibilityWord(intl, mk.legibility)].filter(Boolean).length ? ` (${[markingTypeWord(intl, mk.type), mk.location, legibilityWord(intl, mk.legibility)].filter(Boolean).join(', ')})` : ''}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      ) : null}
      {answer.chain !== undefined ? (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {intl.formatMessage({ id: 'tracing.answer.chain', defaultMessage: 'Chain of legal custody' })}
          </Title>
          {chain.length === 0 ? (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'tracing.answer.noChain', defaultMessage: 'The register holds no lawful event for this item.' })}
            </Text>
          ) : (
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.date', defaultMessage: 'Date' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.event', defaultMessage: 'Event' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.holder', defaultMessage: 'Holder' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.licence', defaultMessage: 'Licence' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.where', defaultMessage: 'Place or country' })}</Table.Th>
                  <Table.Th>{intl.formatMessage({ id: 'tracing.answer.documents', defaultMessage: 'Documents' })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {chain.map((e) => (
                  <Table.Tr key={e.eventId}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(e.occurredOn)}</Table.Td>
                    <Table.Td>{eventWord(intl, e.type)}</Table.Td>
                    <Table.Td>{e.holder ? <HolderName holder={e.holder} /> : ''}</Table.Td>
                    <Table.Td>{e.licence ? e.licence.number : ''}</Table.Td>
                    <Table.Td>{[e.place, country(e.country)].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>{e.referenceDocuments.join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      ) : null}
      {answer.lastLegalHolder !== undefined && firearm ? (
        <Text size="sm">
          <Text span fw={600}>
            {intl.formatMessage({ id: 'tracing.answer.lastLegalHolder', defaultMessage: 'Last legal holder:' })}
          </Text>{' '}
          <HolderName holder={answer.lastLegalHolder} />
        </Text>
      ) : null}
      {answer.diversion ? (
        <Alert color={answer.diversion.kind === 'last_known_transfer' ? 'gray' : 'red'} variant="light" p="xs">
          {answer.diversion.kind === 'last_known_transfer'
            ? intl.formatMessage({ id: 'tracing.answer.lastTransfer', defaultMessage: 'Last known transfer: {date}' }, { date: date(answer.diversion.occurredOn) })
            : intl.formatMessage({ id: 'tracing.answer.diversion', defaultMessage: 'Point of diversion: {kind}, {date}' }, { kind: diversionWord(intl, answer.diversion.kind), date: date(answer.diversion.occurredOn) })}
        </Alert>
      ) : null}
    </Stack>
  );
}
