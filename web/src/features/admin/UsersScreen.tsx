import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { CsvExportButton } from '../../shared/lists/CsvExportButton';
import { PagedTable } from '../../shared/lists/PagedTable';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ReasonModal } from '../../shared/ui/ReasonModal';
import { useAgencies } from '../firearms/queries';
import { roleWords } from './admin-words';
import { ROLES, type UserListSearch } from './list-search';
import { fetchUserPage, useDisableUser, useEnableUser, useUserList, type UserDto } from './queries';
import { CreateUserModal, ResetPasswordModal } from './UserForms';

const route = getRouteApi('/app/admin/users');

/** Locked out: too many failed sign-ins, until this time (a password reset unlocks at once). */
export function lockedUntil(user: Pick<UserDto, 'lockedUntil'>, now: Date): Date | null {
  if (!user.lockedUntil) return null;
  const until = new Date(user.lockedUntil);
  return until > now ? until : null;
}

export function UsersScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useUserList(search);
  const agencies = useAgencies();
  const disable = useDisableUser();
  const enable = useEnableUser();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [toggling, setToggling] = useState<UserDto | null>(null);
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const title = intl.formatMessage({ id: 'admin.users.title', defaultMessage: 'Users' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const canWrite = permissions.has('user.write');
  const update = (changes: Partial<UserListSearch>) => void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }) });
  const agencyOptions = (agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  const agencyName = new Map(agencyOptions.map((a) => [a.value, a.label]));
  const now = new Date();
  const roleList = (u: UserDto) => u.roles.map((r) => intl.formatMessage(roleWords[r])).join(', ');
  const stateWords = {
    active: intl.formatMessage({ id: 'admin.users.state.active', defaultMessage: 'Active' }),
    disabled: intl.formatMessage({ id: 'admin.users.state.disabled', defaultMessage: 'Disabled' }),
  };
  const lockedWords = (until: Date) => intl.formatMessage({ id: 'admin.users.lockedUntil', defaultMessage: 'Locked out until {time}' }, { time: intl.formatTime(until, { hour: '2-digit', minute: '2-digit' }) });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {canWrite ? <Button onClick={() => setCreating(true)}>{intl.formatMessage({ id: 'admin.users.create', defaultMessage: 'Create a user' })}</Button> : null}
      </Group>
      <form
        aria-label={intl.formatMessage({ id: 'admin.users.filters', defaultMessage: 'Filter users' })}
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: q.trim() || undefined });
        }}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
          <TextInput label={intl.formatMessage({ id: 'admin.users.filter.q', defaultMessage: 'Username or name' })} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <Select
            label={intl.formatMessage({ id: 'admin.users.filter.role', defaultMessage: 'Role' })}
            data={ROLES.map((r) => ({ value: r, label: intl.formatMessage(roleWords[r]) }))}
            value={search.role ?? null}
            onChange={(value) => update({ role: (value as UserListSearch['role']) ?? undefined })}
            clearable
          />
          <Select label={intl.formatMessage({ id: 'admin.users.agency', defaultMessage: 'Agency' })} data={agencyOptions} value={search.agencyId ?? null} onChange={(value) => update({ agencyId: value ?? undefined })} searchable clearable />
          <Select
            label={intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' })}
            data={[
              { value: 'false', label: stateWords.active },
              { value: 'true', label: stateWords.disabled },
            ]}
            value={search.disabled === undefined ? null : String(search.disabled)}
            onChange={(value) => update({ disabled: value === null ? undefined : value === 'true' })}
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
      <CsvExportButton<UserDto>
        fileName="users.csv"
        fetchPage={(limit, offset) => fetchUserPage(search, limit, offset)}
        columns={[
          { header: intl.formatMessage({ id: 'admin.users.username', defaultMessage: 'Username' }), value: (u) => u.username },
          { header: intl.formatMessage({ id: 'admin.users.displayName', defaultMessage: 'Full name' }), value: (u) => u.displayName },
          { header: intl.formatMessage({ id: 'admin.users.email', defaultMessage: 'E-mail' }), value: (u) => u.email },
          { header: intl.formatMessage({ id: 'admin.users.agency', defaultMessage: 'Agency' }), value: (u) => agencyName.get(u.agencyId) ?? u.agencyId },
          { header: intl.formatMessage({ id: 'admin.users.roles', defaultMessage: 'Roles' }), value: roleList },
          { header: intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' }), value: (u) => (u.disabled ? stateWords.disabled : stateWords.active) },
          { header: intl.formatMessage({ id: 'admin.users.lastSignIn', defaultMessage: 'Last sign-in' }), value: (u) => u.lastSignInAt },
        ]}
      />
      <ProblemAlert error={list.error} />
      <PagedTable<UserDto>
        label={title}
        idAccessor="id"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        noRecordsText={intl.formatMessage({ id: 'admin.users.none', defaultMessage: 'No user matches these filters.' })}
        columns={[
          { accessor: 'username', title: intl.formatMessage({ id: 'admin.users.username', defaultMessage: 'Username' }), render: (u) => <Text ff="monospace" fw={600} fz="sm">{u.username}</Text> },
          { accessor: 'displayName', title: intl.formatMessage({ id: 'admin.users.displayName', defaultMessage: 'Full name' }) },
          { accessor: 'agencyId', title: intl.formatMessage({ id: 'admin.users.agency', defaultMessage: 'Agency' }), render: (u) => agencyName.get(u.agencyId) ?? '' },
          { accessor: 'roles', title: intl.formatMessage({ id: 'admin.users.roles', defaultMessage: 'Roles' }), render: roleList },
          {
            accessor: 'state',
            title: intl.formatMessage({ id: 'admin.users.filter.state', defaultMessage: 'State' }),
            render: (u) => {
              const locked = lockedUntil(u, now);
              return (
                <Group gap={4}>
                  <Badge color={u.disabled ? 'red.9' : BADGE_COLOURS.valid} variant={u.disabled ? 'filled' : 'outline'} radius="sm" tt="none">
                    {u.disabled ? stateWords.disabled : stateWords.active}
                  </Badge>
                  {locked ? (
                    <Badge color={BADGE_COLOURS.warning} variant="filled" radius="sm" tt="none">
                      {lockedWords(locked)}
                    </Badge>
                  ) : null}
                  {u.mustChangePassword ? (
                    <Badge color="gray.7" variant="outline" radius="sm" tt="none">
                      {intl.formatMessage({ id: 'admin.users.mustChange', defaultMessage: 'Must change password' })}
                    </Badge>
                  ) : null}
                </Group>
              );
            },
          },
          {
            accessor: 'lastSignInAt',
            title: intl.formatMessage({ id: 'admin.users.lastSignIn', defaultMessage: 'Last sign-in' }),
            render: (u) => (u.lastSignInAt ? intl.formatDate(u.lastSignInAt, { dateStyle: 'medium', timeStyle: 'short' }) : intl.formatMessage({ id: 'admin.users.never', defaultMessage: 'Never' })),
          },
          ...(canWrite
            ? [
                {
                  accessor: 'actions',
                  title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                  render: (u: UserDto) => (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setToggling(u)} aria-label={`${u.disabled ? intl.formatMessage({ id: 'admin.users.enable', defaultMessage: 'Enable' }) : intl.formatMessage({ id: 'admin.users.disable', defaultMessage: 'Disable' })} ${u.username}`}>
                        {u.disabled ? intl.formatMessage({ id: 'admin.users.enable', defaultMessage: 'Enable' }) : intl.formatMessage({ id: 'admin.users.disable', defaultMessage: 'Disable' })}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setResetting(u)} aria-label={`${intl.formatMessage({ id: 'admin.users.reset', defaultMessage: 'Reset password' })} ${u.username}`}>
                        {intl.formatMessage({ id: 'admin.users.reset', defaultMessage: 'Reset password' })}
                      </Button>
                    </Group>
                  ),
                },
              ]
            : []),
        ]}
      />
      <CreateUserModal opened={creating} agencies={agencyOptions} onClose={() => setCreating(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <ReasonModal
        opened={toggling !== null}
        title={
          toggling?.disabled
            ? intl.formatMessage({ id: 'admin.users.enableTitle', defaultMessage: 'Enable {username}' }, { username: toggling.username })
            : intl.formatMessage({ id: 'admin.users.disableTitle', defaultMessage: 'Disable {username}' }, { username: toggling?.username ?? '' })
        }
        submitLabel={toggling?.disabled ? intl.formatMessage({ id: 'admin.users.enable', defaultMessage: 'Enable' }) : intl.formatMessage({ id: 'admin.users.disable', defaultMessage: 'Disable' })}
        danger={!toggling?.disabled}
        onClose={() => setToggling(null)}
        onSubmit={(reason) => (toggling!.disabled ? enable : disable).mutateAsync({ id: toggling!.id, reason })}
      >
        {!toggling?.disabled ? (
          <Text size="sm">{intl.formatMessage({ id: 'admin.users.disableHelp', defaultMessage: 'Their sessions end at once; they cannot sign in until enabled again.' })}</Text>
        ) : null}
      </ReasonModal>
    </Stack>
  );
}
