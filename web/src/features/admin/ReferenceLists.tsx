import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { PagedTable } from '../../shared/lists/PagedTable';
import type { Paging } from '../../shared/lists/paging';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { localName, useReferenceList } from '../search/queries';
import type { ReferenceSearch } from './list-search';
import { aliasesFrom } from './reference-codes';
import {
  useAddCalibreAliases,
  useAddManufacturerAliases,
  useCreateCalibre,
  useCreateManufacturer,
  useCreateNamed,
  useManufacturers,
  useReferencePage,
  useUpdateNamed,
  type CalibreDto,
  type CountryDto,
  type ManufacturerDto,
  type NamedDto,
} from './reference-queries';

interface ListProps {
  search: ReferenceSearch;
  onPaging: (paging: Paging) => void;
}

function ActiveBadge({ active }: { active: boolean }) {
  const intl = useIntl();
  return (
    <Badge color={active ? BADGE_COLOURS.valid : 'gray.7'} variant="outline" radius="sm" tt="none">
      {active ? intl.formatMessage({ id: 'admin.reference.inUse', defaultMessage: 'In use' }) : intl.formatMessage({ id: 'admin.reference.retired', defaultMessage: 'Retired' })}
    </Badge>
  );
}

/** Adds spellings to a manufacturer or calibre; for a manufacturer, says how many firearms it resolved. */
function AliasModal({ target, onClose }: { target: { kind: 'manufacturer' | 'calibre'; code: string; name: string } | null; onClose: () => void }) {
  const intl = useIntl();
  const addMake = useAddManufacturerAliases();
  const addCalibre = useAddCalibreAliases();
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  const form = useForm({ initialValues: { aliases: '' }, validate: { aliases: (v) => (aliasesFrom(v).length ? null : intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' })) } });
  useEffect(() => {
    form.reset();
    setError(null);
    setResult(null);
    // Once per entry opened: the target object is rebuilt on every render of the list.
  }, [target?.kind, target?.code]);
  const submit = form.onSubmit(async ({ aliases }) => {
    if (!target) return;
    setError(null);
    try {
      const list = aliasesFrom(aliases);
      if (target.kind === 'manufacturer') {
        const answer = await addMake.mutateAsync({ code: target.code, aliases: list });
        setResult(intl.formatMessage({ id: 'admin.reference.aliasesAddedMake', defaultMessage: '{added, plural, =0 {No new spelling} one {# spelling added} other {# spellings added}}; {resolved, plural, =0 {no firearm} one {# firearm} other {# firearms}} resolved.' }, { added: answer.added.length, resolved: answer.firearmsResolved }));
      } else {
        const answer = await addCalibre.mutateAsync({ code: target.code, aliases: list });
        setResult(intl.formatMessage({ id: 'admin.reference.aliasesAdded', defaultMessage: '{added, plural, =0 {No new spelling} one {# spelling added} other {# spellings added}}.' }, { added: answer.added.length }));
      }
      form.reset();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['aliases'], caught)) setError(caught);
    }
  });
  return (
    <FormModal opened={target !== null} onClose={onClose} title={intl.formatMessage({ id: 'admin.reference.addAliasTitle', defaultMessage: 'Spellings of {name}' }, { name: target?.name ?? '' })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <div role="status">{result ? <Text size="sm">{result}</Text> : null}</div>
          <Textarea
            label={intl.formatMessage({ id: 'admin.reference.aliases', defaultMessage: 'New spellings' })}
            description={intl.formatMessage({ id: 'admin.reference.aliasesHelp', defaultMessage: 'One per line. Case, accents, spaces and punctuation do not matter.' })}
            autosize
            minRows={3}
            required
            data-autofocus
            {...form.getInputProps('aliases')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' })}
            </Button>
            <Button type="submit" loading={addMake.isPending || addCalibre.isPending}>
              {intl.formatMessage({ id: 'admin.reference.addAlias', defaultMessage: 'Add spellings' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

/** A new manufacturer or calibre: its code, its name and any spellings already known. */
function CreateCodedModal({ kind, opened, onClose }: { kind: 'manufacturer' | 'calibre'; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const createMake = useCreateManufacturer();
  const createCalibre = useCreateCalibre();
  const countries = useReferenceList('countries');
  const [error, setError] = useState<unknown>(null);
  const pattern = kind === 'manufacturer' ? /^[a-z0-9_]{2,40}$/ : /^[a-z0-9_.x-]{2,40}$/;
  const form = useForm({
    initialValues: { code: '', name: '', country: '', aliases: '' },
    validate: {
      code: (v) => (pattern.test(v) ? null : intl.formatMessage({ id: 'admin.reference.codeRule', defaultMessage: '2 to 40 lower-case letters, digits or underscores.' })),
      name: (v) => (v.trim().length >= 2 ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 2 })),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const aliases = aliasesFrom(values.aliases);
    try {
      if (kind === 'manufacturer') await createMake.mutateAsync({ code: values.code, name: values.name.trim(), aliases, ...(values.country ? { country: values.country } : {}) });
      else await createCalibre.mutateAsync({ code: values.code, name: values.name.trim(), aliases });
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['code', 'name', 'country', 'aliases'], caught)) setError(caught);
    }
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={kind === 'manufacturer' ? intl.formatMessage({ id: 'admin.reference.newManufacturer', defaultMessage: 'Add a manufacturer' }) : intl.formatMessage({ id: 'admin.reference.newCalibre', defaultMessage: 'Add a calibre' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' })} required spellCheck={false} data-autofocus {...form.getInputProps('code')} />
            <TextInput label={intl.formatMessage({ id: 'admin.reference.name', defaultMessage: 'Name' })} required {...form.getInputProps('name')} />
          </SimpleGrid>
          {kind === 'manufacturer' ? (
            <Select
              label={intl.formatMessage({ id: 'admin.reference.country', defaultMessage: 'Country' })}
              data={(countries.data ?? []).map((c) => ({ value: c.alpha2!, label: localName(c, locale) }))}
              searchable
              clearable
              {...form.getInputProps('country')}
            />
          ) : null}
          <Textarea
            label={intl.formatMessage({ id: 'admin.reference.aliases', defaultMessage: 'New spellings' })}
            description={intl.formatMessage({ id: 'admin.reference.aliasesHelp', defaultMessage: 'One per line. Case, accents, spaces and punctuation do not matter.' })}
            autosize
            minRows={2}
            {...form.getInputProps('aliases')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={createMake.isPending || createCalibre.isPending}>
              {intl.formatMessage({ id: 'common.save', defaultMessage: 'Save' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

const aliasText = (aliases: string[]) => (aliases.length > 6 ? `${aliases.slice(0, 6).join(', ')}, …` : aliases.join(', '));

export function ManufacturerList({ search, onPaging }: ListProps) {
  const intl = useIntl();
  const canWrite = usePermissions().has('reference.write');
  const list = useManufacturers(search);
  const [aliasing, setAliasing] = useState<ManufacturerDto | null>(null);
  const [creating, setCreating] = useState(false);
  const label = intl.formatMessage({ id: 'admin.reference.manufacturers', defaultMessage: 'Manufacturers' });
  return (
    <Stack gap="sm">
      {canWrite ? (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>{intl.formatMessage({ id: 'admin.reference.newManufacturer', defaultMessage: 'Add a manufacturer' })}</Button>
        </Group>
      ) : null}
      <ProblemAlert error={list.error} />
      <PagedTable<ManufacturerDto>
        label={label}
        idAccessor="code"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={onPaging}
        noRecordsText={intl.formatMessage({ id: 'admin.reference.none', defaultMessage: 'Nothing matches this search.' })}
        columns={[
          { accessor: 'name', title: intl.formatMessage({ id: 'admin.reference.name', defaultMessage: 'Name' }), render: (m) => <Text fw={600}>{m.name}</Text> },
          { accessor: 'code', title: intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' }), render: (m) => <Text ff="monospace" fz="sm">{m.code}</Text> },
          { accessor: 'country', title: intl.formatMessage({ id: 'admin.reference.country', defaultMessage: 'Country' }), render: (m) => m.country ?? '' },
          { accessor: 'aliases', title: intl.formatMessage({ id: 'admin.reference.spellings', defaultMessage: 'Spellings' }), render: (m) => <Text fz="sm">{aliasText(m.aliases)}</Text> },
          ...(canWrite
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (m: ManufacturerDto) => (
                    <Button size="compact-sm" variant="default" onClick={() => setAliasing(m)} aria-label={intl.formatMessage({ id: 'admin.reference.addAliasTitle', defaultMessage: 'Spellings of {name}' }, { name: m.name })}>
                      {intl.formatMessage({ id: 'admin.reference.addAlias', defaultMessage: 'Add spellings' })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AliasModal target={aliasing ? { kind: 'manufacturer', code: aliasing.code, name: aliasing.name } : null} onClose={() => setAliasing(null)} />
      <CreateCodedModal kind="manufacturer" opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export function CalibreList({ search, onPaging }: ListProps) {
  const intl = useIntl();
  const canWrite = usePermissions().has('reference.write');
  const list = useReferencePage<CalibreDto>('calibres', search);
  const [aliasing, setAliasing] = useState<CalibreDto | null>(null);
  const [creating, setCreating] = useState(false);
  const label = intl.formatMessage({ id: 'admin.reference.calibres', defaultMessage: 'Calibres' });
  return (
    <Stack gap="sm">
      {canWrite ? (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>{intl.formatMessage({ id: 'admin.reference.newCalibre', defaultMessage: 'Add a calibre' })}</Button>
        </Group>
      ) : null}
      <ProblemAlert error={list.error} />
      <PagedTable<CalibreDto>
        label={label}
        idAccessor="code"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={onPaging}
        noRecordsText={intl.formatMessage({ id: 'admin.reference.none', defaultMessage: 'Nothing matches this search.' })}
        columns={[
          { accessor: 'name', title: intl.formatMessage({ id: 'admin.reference.name', defaultMessage: 'Name' }), render: (c) => <Text fw={600}>{c.name}</Text> },
          { accessor: 'code', title: intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' }), render: (c) => <Text ff="monospace" fz="sm">{c.code}</Text> },
          { accessor: 'aliases', title: intl.formatMessage({ id: 'admin.reference.spellings', defaultMessage: 'Spellings' }), render: (c) => <Text fz="sm">{aliasText(c.aliases)}</Text> },
          { accessor: 'active', title: intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' }), render: (c) => <ActiveBadge active={c.active} /> },
          ...(canWrite
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (c: CalibreDto) => (
                    <Button size="compact-sm" variant="default" onClick={() => setAliasing(c)} aria-label={intl.formatMessage({ id: 'admin.reference.addAliasTitle', defaultMessage: 'Spellings of {name}' }, { name: c.name })}>
                      {intl.formatMessage({ id: 'admin.reference.addAlias', defaultMessage: 'Add spellings' })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AliasModal target={aliasing ? { kind: 'calibre', code: aliasing.code, name: aliasing.name } : null} onClose={() => setAliasing(null)} />
      <CreateCodedModal kind="calibre" opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

type NamedList = 'countries' | 'categories' | 'actions';
type NamedRow = (NamedDto | CountryDto) & { code?: string; alpha2?: string };
const codeOf = (row: NamedRow) => row.alpha2 ?? row.code ?? '';

/** Renames an entry in the three languages or retires it (never deleted: records keep its code); new categories and actions. */
function NamedModal({ list, entry, opened, onClose }: { list: NamedList; entry: NamedRow | null; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const create = useCreateNamed();
  const update = useUpdateNamed();
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm({
    initialValues: { code: '', nameEn: '', nameFr: '', nameEs: '', active: true, reason: '' },
    validate: {
      code: (v) => (entry || /^[a-z0-9_]{2,40}$/.test(v) ? null : intl.formatMessage({ id: 'admin.reference.codeRule', defaultMessage: '2 to 40 lower-case letters, digits or underscores.' })),
      nameEn: (v) => (v.trim() ? null : required),
      nameFr: (v) => (v.trim() ? null : required),
      nameEs: (v) => (v.trim() ? null : required),
      reason: (v) => (!entry || v.trim().length >= 3 ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: 3 })),
    },
  });
  useEffect(() => {
    if (opened) form.setValues(entry ? { code: codeOf(entry), nameEn: entry.nameEn, nameFr: entry.nameFr, nameEs: entry.nameEs, active: entry.active, reason: '' } : { code: '', nameEn: '', nameFr: '', nameEs: '', active: true, reason: '' });
    setError(null);
  }, [opened, entry]);
  const submit = form.onSubmit(async (v) => {
    setError(null);
    try {
      if (entry) await update.mutateAsync({ list, code: codeOf(entry), body: { nameEn: v.nameEn.trim(), nameFr: v.nameFr.trim(), nameEs: v.nameEs.trim(), active: v.active, reason: v.reason.trim() } });
      else await create.mutateAsync({ list: list as 'categories' | 'actions', body: { code: v.code, nameEn: v.nameEn.trim(), nameFr: v.nameFr.trim(), nameEs: v.nameEs.trim() } });
      onClose();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['code', 'nameEn', 'nameFr', 'nameEs', 'active', 'reason'], caught)) setError(caught);
    }
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={entry ? intl.formatMessage({ id: 'admin.reference.editTitle', defaultMessage: 'Entry {code}' }, { code: codeOf(entry) }) : intl.formatMessage({ id: 'admin.reference.newEntry', defaultMessage: 'Add an entry' })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <TextInput label={intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' })} required disabled={entry !== null} spellCheck={false} data-autofocus {...form.getInputProps('code')} />
          <TextInput label={intl.formatMessage({ id: 'admin.reference.nameEn', defaultMessage: 'Name in English' })} lang="en" required {...form.getInputProps('nameEn')} />
          <TextInput label={intl.formatMessage({ id: 'admin.reference.nameFr', defaultMessage: 'Name in French' })} lang="fr" required {...form.getInputProps('nameFr')} />
          <TextInput label={intl.formatMessage({ id: 'admin.reference.nameEs', defaultMessage: 'Name in Spanish' })} lang="es" required {...form.getInputProps('nameEs')} />
          {entry ? (
            <>
              <Checkbox label={intl.formatMessage({ id: 'admin.reference.activeHelp', defaultMessage: 'In use (unticked: retired, kept on existing records, refused on new ones)' })} {...form.getInputProps('active', { type: 'checkbox' })} />
              <Textarea label={intl.formatMessage({ id: 'common.reason', defaultMessage: 'Reason (kept in the audit trail)' })} required autosize minRows={2} {...form.getInputProps('reason')} />
            </>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {intl.formatMessage({ id: 'common.save', defaultMessage: 'Save' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export function NamedListPanel({ list, search, onPaging }: ListProps & { list: NamedList }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const canWrite = usePermissions().has('reference.write');
  const page = useReferencePage<NamedRow>(list, search);
  const [editing, setEditing] = useState<{ entry: NamedRow | null } | null>(null);
  const labels = {
    countries: intl.formatMessage({ id: 'admin.reference.countries', defaultMessage: 'Countries' }),
    categories: intl.formatMessage({ id: 'admin.reference.categories', defaultMessage: 'Firearm categories' }),
    actions: intl.formatMessage({ id: 'admin.reference.actions', defaultMessage: 'Firearm actions' }),
  };
  return (
    <Stack gap="sm">
      {canWrite && list !== 'countries' ? (
        <Group justify="flex-end">
          <Button onClick={() => setEditing({ entry: null })}>{intl.formatMessage({ id: 'admin.reference.newEntry', defaultMessage: 'Add an entry' })}</Button>
        </Group>
      ) : null}
      <ProblemAlert error={page.error} />
      <PagedTable<NamedRow>
        label={labels[list]}
        idAccessor={list === 'countries' ? 'alpha2' : 'code'}
        records={page.data?.items}
        total={page.data?.page.total}
        totalIsExact={page.data?.page.totalIsExact}
        fetching={page.isFetching}
        paging={search}
        onPaging={onPaging}
        noRecordsText={intl.formatMessage({ id: 'admin.reference.none', defaultMessage: 'Nothing matches this search.' })}
        columns={[
          { accessor: 'code', title: intl.formatMessage({ id: 'admin.reference.code', defaultMessage: 'Code' }), render: (e) => <Text ff="monospace" fz="sm">{codeOf(e)}</Text> },
          { accessor: 'name', title: intl.formatMessage({ id: 'admin.reference.name', defaultMessage: 'Name' }), render: (e) => <Text fw={600}>{localName(e, locale)}</Text> },
          { accessor: 'nameEn', title: intl.formatMessage({ id: 'admin.reference.nameEn', defaultMessage: 'Name in English' }), render: (e) => <span lang="en">{e.nameEn}</span> },
          { accessor: 'nameFr', title: intl.formatMessage({ id: 'admin.reference.nameFr', defaultMessage: 'Name in French' }), render: (e) => <span lang="fr">{e.nameFr}</span> },
          { accessor: 'nameEs', title: intl.formatMessage({ id: 'admin.reference.nameEs', defaultMessage: 'Name in Spanish' }), render: (e) => <span lang="es">{e.nameEs}</span> },
          { accessor: 'active', title: intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' }), render: (e) => <ActiveBadge active={e.active} /> },
          ...(canWrite
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (e: NamedRow) => (
                    <Button size="compact-sm" variant="default" onClick={() => setEditing({ entry: e })} aria-label={`${intl.formatMessage({ id: 'common.edit', defaultMessage: 'Edit' })} ${codeOf(e)}`}>
                      {intl.formatMessage({ id: 'common.edit', defaultMessage: 'Edit' })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <NamedModal list={list} entry={editing?.entry ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
