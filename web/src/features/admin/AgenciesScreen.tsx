import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { PagedTable } from '../../shared/lists/PagedTable';
import { showFieldProblems } from '../../shared/ui/field-words';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { optionsOf } from '../holders/holder-words';
import { agencyTypeWords } from './admin-words';
import { type AgencyListSearch } from './list-search';
import { useAgencyList, useSaveAgency, type AgencyDto } from './queries';

const route = getRouteApi('/app/admin/agencies');
const AGENCY_FIELDS = ['code', 'name', 'type', 'region', 'active'] as const;

/** New (agency null) or edited: the code is fixed once created (records point at the agency). */
function AgencyModal({ agency, opened, onClose }: { agency: AgencyDto | null; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const save = useSaveAgency();
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm({
    initialValues: { code: '', name: '', type: 'police', region: '', active: true },
    validate: {
      code: (v) => (agency || /^[A-Z0-9-]{2,20}$/.test(v) ? null : intl.formatMessage({ id: 'admin.agencies.codeRule', defaultMessage: '2 to 20 capital letters, digits or dashes.' })),
      name: (v) => (v.trim().length >= 2 ? null : required),
    },
  });
  useEffect(() => {
    if (opened) form.setValues(agency ? { code: agency.code, name: agency.name, type: agency.type, region: agency.region ?? '', active: agency.active } : { code: '', name: '', type: 'police', region: '', active: true });
  }, [opened, agency]);
  const close = () => {
    setError(null);
    form.clearErrors();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    const common = { name: values.name.trim(), type: values.type as AgencyDto['type'], ...(values.region.trim() ? { region: values.region.trim() } : {}) };
    try {
      await save.mutateAsync(agency ? { id: agency.id, body: { ...common, active: values.active } } : { id: null, body: { ...common, code: values.code } });
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, AGENCY_FIELDS, caught)) setError(caught);
    }
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={agency ? intl.formatMessage({ id: 'admin.agencies.editTitle', defaultMessage: 'Agency {code}' }, { code: agency.code }) : intl.formatMessage({ id: 'admin.agencies.create', defaultMessage: 'Add an agency' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={intl.formatMessage({ id: 'admin.agencies.code', defaultMessage: 'Code' })} required disabled={agency !== null} data-autofocus spellCheck={false} {...form.getInputProps('code')} />
            <Select label={intl.formatMessage({ id: 'admin.agencies.type', defaultMessage: 'Type' })} data={optionsOf(intl, agencyTypeWords)} required allowDeselect={false} {...form.getInputProps('type')} />
          </SimpleGrid>
          <TextInput label={intl.formatMessage({ id: 'admin.agencies.name', defaultMessage: 'Name' })} required {...form.getInputProps('name')} />
          <TextInput label={intl.formatMessage({ id: 'admin.agencies.region', defaultMessage: 'Region' })} {...form.getInputProps('region')} />
          {agency ? <Checkbox label={intl.formatMessage({ id: 'admin.agencies.active', defaultMessage: 'Active (its users may work and records may name it)' })} {...form.getInputProps('active', { type: 'checkbox' })} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {intl.formatMessage({ id: 'common.save', defaultMessage: 'Save' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

export function AgenciesScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useAgencyList(search);
  const [editing, setEditing] = useState<{ agency: AgencyDto | null } | null>(null);
  const title = intl.formatMessage({ id: 'admin.agencies.title', defaultMessage: 'Agencies' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const canWrite = permissions.has('agency.write');
  const update = (changes: Partial<AgencyListSearch>) => void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }) });
  const [region, setRegion] = useState(search.region ?? '');
  useEffect(() => setRegion(search.region ?? ''), [search.region]);
  const activeWords = {
    true: intl.formatMessage({ id: 'admin.agencies.isActive', defaultMessage: 'Active' }),
    false: intl.formatMessage({ id: 'admin.agencies.isInactive', defaultMessage: 'Inactive' }),
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {canWrite ? <Button onClick={() => setEditing({ agency: null })}>{intl.formatMessage({ id: 'admin.agencies.create', defaultMessage: 'Add an agency' })}</Button> : null}
      </Group>
      <form
        aria-label={intl.formatMessage({ id: 'admin.agencies.filters', defaultMessage: 'Filter agencies' })}
        onSubmit={(event) => {
          event.preventDefault();
          update({ region: region.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select label={intl.formatMessage({ id: 'admin.agencies.type', defaultMessage: 'Type' })} data={optionsOf(intl, agencyTypeWords)} value={search.type ?? null} onChange={(v) => update({ type: (v as AgencyListSearch['type']) ?? undefined })} clearable />
          <TextInput label={intl.formatMessage({ id: 'admin.agencies.region', defaultMessage: 'Region' })} value={region} onChange={(e) => setRegion(e.currentTarget.value)} />
          <Select
            label={intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' })}
            data={[
              { value: 'true', label: activeWords.true },
              { value: 'false', label: activeWords.false },
            ]}
            value={search.active === undefined ? null : String(search.active)}
            onChange={(v) => update({ active: v === null ? undefined : v === 'true' })}
            clearable
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{intl.formatMessage({ id: 'firearms.filter.apply', defaultMessage: 'Apply' })}</Button>
            <Button variant="default" onClick={() => void navigate({ search: {} })}>
              {intl.formatMessage({ id: 'firearms.filter.reset', defaultMessage: 'Reset' })}
            </Button>
          </Group>
        </SimpleGrid>
      </form>
      <ProblemAlert error={list.error} />
      <PagedTable<AgencyDto>
        label={title}
        idAccessor="id"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        noRecordsText={intl.formatMessage({ id: 'admin.agencies.none', defaultMessage: 'No agency matches these filters.' })}
        columns={[
          { accessor: 'code', title: intl.formatMessage({ id: 'admin.agencies.code', defaultMessage: 'Code' }), render: (a) => <Text ff="monospace" fw={600} fz="sm">{a.code}</Text> },
          { accessor: 'name', title: intl.formatMessage({ id: 'admin.agencies.name', defaultMessage: 'Name' }) },
          { accessor: 'type', title: intl.formatMessage({ id: 'admin.agencies.type', defaultMessage: 'Type' }), render: (a) => intl.formatMessage(agencyTypeWords[a.type]) },
          { accessor: 'region', title: intl.formatMessage({ id: 'admin.agencies.region', defaultMessage: 'Region' }), render: (a) => a.region ?? '' },
          {
            accessor: 'active',
            title: intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' }),
            render: (a) => (
              <Badge color={a.active ? BADGE_COLOURS.valid : 'gray.7'} variant="outline" radius="sm" tt="none">
                {a.active ? activeWords.true : activeWords.false}
              </Badge>
            ),
          },
          ...(canWrite
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (a: AgencyDto) => (
                    <Button size="compact-sm" variant="default" onClick={() => setEditing({ agency: a })} aria-label={`${intl.formatMessage({ id: 'common.edit', defaultMessage: 'Edit' })} ${a.code}`}>
                      {intl.formatMessage({ id: 'common.edit', defaultMessage: 'Edit' })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AgencyModal agency={editing?.agency ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
