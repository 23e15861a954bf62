import { Alert, Button, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { PagedTable } from '../../shared/lists/PagedTable';
import type { Paging } from '../../shared/lists/paging';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import { manufacturerCodeFrom } from './reference-codes';
import { useAddManufacturerAliases, useCreateManufacturer, useManufacturers, useUnresolvedMakes, type ManufacturerDto, type UnresolvedMakeDto } from './reference-queries';
import type { ReferenceSearch } from './list-search';

export interface Resolution {
  makeText: string;
  manufacturer: string;
  firearmsResolved: number;
}

/** The first word of a make as written: what an administrator would type to find its manufacturer. */
const firstWord = (text: string) => text.trim().split(/[\s.,;:/-]+/)[0] ?? '';

/**
 * Resolves one name: added as a spelling of an existing manufacturer (one click once it
 * is chosen) or of a new one. Either way the API resolves every firearm kept under it.
 */
function ResolveMakeModal({ make, onClose, onResolved }: { make: UnresolvedMakeDto | null; onClose: () => void; onResolved: (r: Resolution) => void }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<ManufacturerDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const manufacturers = useManufacturers({ q: debounced || undefined, pageSize: 25 }, make !== null);
  const addAlias = useAddManufacturerAliases();
  const create = useCreateManufacturer();
  const countries = useReferenceList('countries');
  const form = useForm({
    initialValues: { code: '', name: '', country: '' },
    validate: {
      code: (v) => (/^[a-z0-9_]{2,40}$/.test(v) ? null : intl.formatMessage({ id: 'admin.reference.codeRule', defaultMessage: '2 to 40 lower-case letters, digits or underscores.' })),
      name: (v) => (v.trim().length >= 2 ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 2 })),
    },
  });
  useEffect(() => {
    if (!make) return;
    setSearch(firstWord(make.makeText));
    setChosen(null);
    setError(null);
    form.setValues({ code: manufacturerCodeFrom(make.makeText), name: make.makeText, country: '' });
    // Reset once per name opened; the form object is stable.
  }, [make]);
  // The chosen one stays an option while the search (now its name) is refetched.
  const found = manufacturers.data?.items ?? [];
  const options = [...(chosen && !found.some((m) => m.code === chosen.code) ? [chosen] : []), ...found].map((m) => ({ value: m.code, label: m.name }));

  const addToExisting = async () => {
    if (!make || !chosen) return;
    setError(null);
    try {
      const answer = await addAlias.mutateAsync({ code: chosen.code, aliases: [make.makeText] });
      onResolved({ makeText: make.makeText, manufacturer: chosen.name, firearmsResolved: answer.firearmsResolved });
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };
  const createNew = form.onSubmit(async (values) => {
    if (!make) return;
    setError(null);
    try {
      await create.mutateAsync({ code: values.code, name: values.name.trim(), ...(values.country ? { country: values.country } : {}), aliases: [make.makeText] });
      onResolved({ makeText: make.makeText, manufacturer: values.name.trim(), firearmsResolved: make.firearms });
      onClose();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['code', 'name', 'country'], caught)) setError(caught);
    }
  });

  return (
    <FormModal opened={make !== null} onClose={onClose} size="lg" title={intl.formatMessage({ id: 'admin.queue.resolveTitle', defaultMessage: 'Resolve “{make}”' }, { make: make?.makeText ?? '' })}>
      <Stack gap="md">
        <Text size="sm">
          {intl.formatMessage(
            { id: 'admin.queue.resolveHelp', defaultMessage: '{count, plural, one {# firearm is} other {# firearms are}} recorded under this name. Adding it as a spelling of a manufacturer resolves all of them; the name as written is kept on each record.' },
            { count: make?.firearms ?? 0 },
          )}
        </Text>
        <ProblemAlert error={error} />
        <Select
          label={intl.formatMessage({ id: 'admin.queue.manufacturer', defaultMessage: 'Manufacturer it names' })}
          description={intl.formatMessage({ id: 'admin.queue.manufacturerHelp', defaultMessage: 'Type any of its names or spellings.' })}
          data={options}
          value={chosen?.code ?? null}
          onChange={(code) => setChosen([...(chosen ? [chosen] : []), ...found].find((m) => m.code === code) ?? null)}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={intl.formatMessage({ id: 'admin.queue.noManufacturer', defaultMessage: 'No manufacturer has this name: add a new one below.' })}
        />
        {chosen ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'admin.queue.knownAs', defaultMessage: 'Code {code}; also written: {aliases}' }, { code: chosen.code, aliases: chosen.aliases.join(', ') || '—' })}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
          </Button>
          <Button onClick={() => void addToExisting()} disabled={!chosen} loading={addAlias.isPending}>
            {intl.formatMessage({ id: 'admin.queue.addAlias', defaultMessage: 'Add as a spelling and resolve' })}
          </Button>
        </Group>
        <Divider label={intl.formatMessage({ id: 'admin.queue.orNew', defaultMessage: 'or, a manufacturer the registry does not know yet' })} labelPosition="center" />
        <form onSubmit={createNew} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' })} spellCheck={false} required {...form.getInputProps('code')} />
              <TextInput label={intl.formatMessage({ id: 'admin.reference.name', defaultMessage: 'Name' })} required {...form.getInputProps('name')} />
              <Select
                label={intl.formatMessage({ id: 'admin.reference.country', defaultMessage: 'Country' })}
                data={(countries.data ?? []).map((c) => ({ value: c.alpha2!, label: localName(c, locale) }))}
                searchable
                clearable
                {...form.getInputProps('country')}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={create.isPending}>
                {intl.formatMessage({ id: 'admin.queue.createManufacturer', defaultMessage: 'Add the manufacturer and resolve' })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </FormModal>
  );
}

/** Makes kept "as written" because no spelling matched, most frequent first: the administrator's queue. */
export function ReviewQueue({ search, onPaging }: { search: ReferenceSearch; onPaging: (paging: Paging) => void }) {
  const intl = useIntl();
  const permissions = usePermissions();
  const queue = useUnresolvedMakes(search);
  const [resolving, setResolving] = useState<UnresolvedMakeDto | null>(null);
  const [done, setDone] = useState<Resolution | null>(null);
  const label = intl.formatMessage({ id: 'admin.queue.title', defaultMessage: 'Makes to review' });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'admin.queue.help', defaultMessage: 'Names of makes that matched no manufacturer when firearms were recorded. Each is kept as written until it is resolved here.' })}
      </Text>
      <div role="status">
        {done ? (
          <Alert color="green" variant="light" withCloseButton onClose={() => setDone(null)} closeButtonLabel={intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' })}>
            {intl.formatMessage(
              { id: 'admin.queue.resolved', defaultMessage: '“{make}” now names {manufacturer}: {count, plural, one {# firearm} other {# firearms}} resolved.' },
              { make: done.makeText, manufacturer: done.manufacturer, count: done.firearmsResolved },
            )}
          </Alert>
        ) : null}
      </div>
      <ProblemAlert error={queue.error} />
      <PagedTable<UnresolvedMakeDto>
        label={label}
        idAccessor="makeText"
        records={queue.data?.items}
        total={queue.data?.page.total}
        fetching={queue.isFetching}
        paging={search}
        onPaging={onPaging}
        noRecordsText={intl.formatMessage({ id: 'admin.queue.empty', defaultMessage: 'Every make on the register is resolved.' })}
        columns={[
          { accessor: 'makeText', title: intl.formatMessage({ id: 'admin.queue.make', defaultMessage: 'Make as written' }), render: (m) => <Text fw={600}>{m.makeText}</Text> },
          {
            accessor: 'firearms',
            title: intl.formatMessage({ id: 'admin.queue.firearms', defaultMessage: 'Firearms' }),
            render: (m) => (
              <AnchorLink to="/firearms" search={{ make: m.makeText }}>
                {intl.formatMessage({ id: 'admin.queue.firearmsCount', defaultMessage: '{count, plural, one {# firearm} other {# firearms}}' }, { count: m.firearms })}
              </AnchorLink>
            ),
          },
          ...(permissions.has('reference.write')
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (m: UnresolvedMakeDto) => (
                    <Button size="compact-sm" onClick={() => setResolving(m)} aria-label={intl.formatMessage({ id: 'admin.queue.resolveTitle', defaultMessage: 'Resolve “{make}”' }, { make: m.makeText })}>
                      {intl.formatMessage({ id: 'admin.queue.resolve', defaultMessage: 'Resolve' })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ResolveMakeModal make={resolving} onClose={() => setResolving(null)} onResolved={setDone} />
    </Stack>
  );
}
