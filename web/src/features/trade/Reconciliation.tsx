import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { localName, useReferenceList } from '../search/queries';
import { lineWords } from './ItemLines';
import type { ReconciliationDto } from './trade-form';
import { discrepancyWord } from './words';

type Discrepancy = ReconciliationDto['discrepancies'][number];

export function useCategoryName() {
  const { locale } = useLocale();
  const categories = useReferenceList('categories');
  return (code: string) => {
    const c = categories.data?.find((x) => x.code === code);
    return c ? localName(c, locale) : code;
  };
}

/** One discrepancy in words: what differs, by how much, and whether it is still on its way or lost. */
export function DiscrepancyText({ d, item }: { d: Omit<Discrepancy, 'shipmentId'>; item: string }) {
  const intl = useIntl();
  const detail =
    d.type === 'different_serial'
      ? intl.formatMessage({ id: 'trade.discrepancy.serials', defaultMessage: 'shipped as {shipped}, received as {received}' }, { shipped: d.shippedSerial ?? '—', received: d.receivedSerial ?? '—' })
      : d.serial
        ? intl.formatMessage({ id: 'trade.discrepancy.serial', defaultMessage: 'serial {serial}' }, { serial: d.serial })
        : intl.formatMessage({ id: 'trade.discrepancy.quantity', defaultMessage: '{quantity, number} units' }, { quantity: d.quantity ?? 0 });
  const status = d.type === 'missing' ? (d.status === 'lost' ? intl.formatMessage({ id: 'trade.discrepancy.lost', defaultMessage: 'reported lost' }) : intl.formatMessage({ id: 'trade.discrepancy.inTransit', defaultMessage: 'still in transit' })) : null;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={d.type === 'missing' && d.status === 'lost' ? 'red.9' : '#9c3500'} variant="filled" radius="sm" tt="none">
        {discrepancyWord(intl, d.type)}
      </Badge>
      <Text size="sm">{[item, detail, status].filter(Boolean).join(' — ')}</Text>
    </Group>
  );
}

/** Licensed vs shipped vs received, line by line, and each discrepancy. */
export function ReconciliationView({ reconciliation }: { reconciliation: ReconciliationDto }) {
  const intl = useIntl();
  const categoryName = useCategoryName();
  const lines = new Map(reconciliation.lines.map((l) => [l.id, l]));
  const n = (v: number) => intl.formatNumber(v);
  const t = reconciliation.totals;
  return (
    <Stack gap="sm">
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{intl.formatMessage({ id: 'trade.rec.line', defaultMessage: 'Line' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'trade.rec.goods', defaultMessage: 'Goods' })}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.authorised', defaultMessage: 'Licensed' })}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.shipped', defaultMessage: 'Shipped' })}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.received', defaultMessage: 'Received' })}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.remaining', defaultMessage: 'Remaining on the licence' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reconciliation.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.lineNo}</Table.Td>
              <Table.Td>{lineWords(intl, l, categoryName)}</Table.Td>
              <Table.Td ta="right">{n(l.authorised)}</Table.Td>
              <Table.Td ta="right">{n(l.shipped)}</Table.Td>
              <Table.Td ta="right">{n(l.received)}</Table.Td>
              <Table.Td ta="right">{n(l.remaining)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{intl.formatMessage({ id: 'trade.rec.total', defaultMessage: 'Total' })}</Table.Th>
            <Table.Th ta="right">{n(t.authorised)}</Table.Th>
            <Table.Th ta="right">{n(t.shipped)}</Table.Th>
            <Table.Th ta="right">{n(t.received)}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'trade.rec.inTransit', defaultMessage: '{count, number} in transit' }, { count: t.inTransit })}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Title order={3} size="h5">
        {intl.formatMessage({ id: 'trade.rec.discrepancies', defaultMessage: '{count, plural, =0 {No discrepancy} one {# discrepancy} other {# discrepancies}}' }, { count: reconciliation.discrepancies.length })}
      </Title>
      {reconciliation.discrepancies.length === 0 ? (
        <Alert color="green" variant="light" p="xs">
          {intl.formatMessage({ id: 'trade.rec.allMatch', defaultMessage: 'Everything received matches what was shipped.' })}
        </Alert>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {reconciliation.discrepancies.map((d, i) => {
            const line = lines.get(d.licenceItemId);
            return (
              <li key={i}>
                <DiscrepancyText d={d} item={line ? lineWords(intl, { ...line, serialNumber: null }, categoryName) : d.item} />
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
