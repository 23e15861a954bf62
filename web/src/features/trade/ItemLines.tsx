import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { localName, useReferenceList } from '../search/queries';
import { emptyLine, ITEM_KINDS, PART_TYPES, type ItemLineValues } from './trade-form';
import { itemKindWord, partTypeWord } from './words';

/**
 * Lines of goods, as a licence authorises them, a shipment carries them or a receipt
 * finds them: firearms and parts by serial, ammunition by calibre, lot and quantity.
 */
export function ItemLines<V extends { items: ItemLineValues[] }>({ form, use, licenceLines = [] }: { form: UseFormReturnType<V>; use: 'licence' | 'shipment' | 'receipt'; licenceLines?: { value: string; label: string }[] }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const categories = useReferenceList('categories');
  const categoryOptions = (categories.data ?? []).map((c) => ({ value: c.code!, label: localName(c, locale) }));
  const items = form.values.items;
  const input = (index: number, field: keyof ItemLineValues) => form.getInputProps(`items.${index}.${field}` as never);
  return (
    <Stack gap="xs">
      {items.map((line, index) => (
        <Card key={index} withBorder padding="xs" role="group" aria-label={intl.formatMessage({ id: 'trade.line.title', defaultMessage: 'Line {n}' }, { n: index + 1 })}>
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm" aria-hidden>
              {intl.formatMessage({ id: 'trade.line.title', defaultMessage: 'Line {n}' }, { n: index + 1 })}
            </Text>
            {items.length > 1 ? (
              <ActionIcon variant="default" aria-label={intl.formatMessage({ id: 'trade.line.remove', defaultMessage: 'Remove line {n}' }, { n: index + 1 })} onClick={() => form.removeListItem('items' as never, index)}>
                ×
              </ActionIcon>
            ) : null}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
            <Select
              label={intl.formatMessage({ id: 'trade.line.kind', defaultMessage: 'Kind of goods' })}
              data={ITEM_KINDS.map((k) => ({ value: k, label: itemKindWord(intl, k) }))}
              allowDeselect={false}
              {...input(index, 'itemKind')}
            />
            {line.itemKind === 'firearm' ? <Select label={intl.formatMessage({ id: 'trade.line.category', defaultMessage: 'Category' })} data={categoryOptions} clearable {...input(index, 'category')} /> : null}
            {line.itemKind === 'part' ? <Select label={intl.formatMessage({ id: 'trade.line.partType', defaultMessage: 'Part' })} data={PART_TYPES.map((p) => ({ value: p, label: partTypeWord(intl, p) }))} clearable {...input(index, 'partType')} /> : null}
            <TextInput label={intl.formatMessage({ id: 'trade.line.make', defaultMessage: 'Make' })} {...input(index, 'make')} />
            <TextInput label={intl.formatMessage({ id: 'trade.line.model', defaultMessage: 'Model' })} {...input(index, 'model')} />
            <TextInput label={intl.formatMessage({ id: 'trade.line.calibre', defaultMessage: 'Calibre' })} {...input(index, 'calibre')} />
            {line.itemKind !== 'ammunition' ? (
              <TextInput
                label={use === 'receipt' ? intl.formatMessage({ id: 'trade.line.serialReceived', defaultMessage: 'Serial as received' }) : intl.formatMessage({ id: 'trade.line.serial', defaultMessage: 'Serial number' })}
                ff="monospace"
                spellCheck={false}
                {...input(index, 'serialNumber')}
              />
            ) : null}
            <TextInput
              label={line.itemKind === 'ammunition' ? intl.formatMessage({ id: 'trade.line.rounds', defaultMessage: 'Rounds' }) : intl.formatMessage({ id: 'trade.line.quantity', defaultMessage: 'Quantity' })}
              inputMode="numeric"
              {...input(index, 'quantity')}
            />
            {use !== 'licence' && line.itemKind === 'ammunition' ? <TextInput label={intl.formatMessage({ id: 'trade.line.lot', defaultMessage: 'Lot or batch' })} {...input(index, 'lotNumber')} /> : null}
            {use === 'shipment' ? <Select label={intl.formatMessage({ id: 'trade.line.licenceLine', defaultMessage: 'Licence line' })} data={licenceLines} clearable {...input(index, 'licenceLine')} /> : null}
            {use === 'licence' ? <TextInput label={intl.formatMessage({ id: 'trade.line.description', defaultMessage: 'Description' })} {...input(index, 'description')} /> : null}
          </SimpleGrid>
        </Card>
      ))}
      <Button variant="default" w="fit-content" onClick={() => form.insertListItem('items' as never, emptyLine() as never)}>
        {intl.formatMessage({ id: 'trade.line.add', defaultMessage: 'Add a line' })}
      </Button>
    </Stack>
  );
}

/** A line in words, in the user's language: "Ammunition · 9x19 · 1,000". */
export function lineWords(intl: ReturnType<typeof useIntl>, line: { itemKind: string; category?: string | null; partType?: string | null; make: { asWritten: string | null }; model: string | null; calibre: { asWritten: string | null }; serialNumber: string | null }, categoryName: (code: string) => string): string {
  return [
    itemKindWord(intl, line.itemKind),
    line.category ? categoryName(line.category) : null,
    line.partType ? partTypeWord(intl, line.partType) : null,
    line.make.asWritten,
    line.model,
    line.calibre.asWritten,
    line.serialNumber,
  ]
    .filter(Boolean)
    .join(' · ');
}
