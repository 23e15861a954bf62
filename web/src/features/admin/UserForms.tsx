import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FormModal } from '../../shared/ui/FormModal';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { showFieldProblems } from '../../shared/ui/field-words';
import { PasswordField } from '../../shared/ui/PasswordField';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { roleWords } from './admin-words';
import { ROLES } from './list-search';
import { useCreateUser, useResetPassword, type UserDto } from './queries';

const USER_FIELDS = ['username', 'displayName', 'email', 'agencyId', 'roles', 'initialPassword'] as const;
const MIN_PASSWORD = 12;

export function CreateUserModal({ opened, agencies, onClose }: { opened: boolean; agencies: { value: string; label: string }[]; onClose: () => void }) {
  const intl = useIntl();
  const create = useCreateUser();
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm({
    initialValues: { username: '', displayName: '', email: '', agencyId: '', roles: [] as string[], initialPassword: '' },
    validate: {
      username: (v) => (/^[A-Za-z0-9._-]{3,64}$/.test(v) ? null : intl.formatMessage({ id: 'admin.users.usernameRule', defaultMessage: '3 to 64 letters, digits, dots, dashes or underscores.' })),
      displayName: (v) => (v.trim() ? null : required),
      agencyId: (v) => (v ? null : required),
      roles: (v) => (v.length ? null : intl.formatMessage({ id: 'admin.users.roleRequired', defaultMessage: 'Choose at least one role.' })),
      initialPassword: (v) => (v.length >= MIN_PASSWORD ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: MIN_PASSWORD })),
    },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await create.mutateAsync({
        username: values.username,
        displayName: values.displayName.trim(),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
        agencyId: values.agencyId,
        roles: values.roles as UserDto['roles'],
        initialPassword: values.initialPassword,
      });
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, USER_FIELDS, caught)) setError(caught);
    }
  });
  return (
    <FormModal opened={opened} onClose={close} title={intl.formatMessage({ id: 'admin.users.create', defaultMessage: 'Create a user' })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={intl.formatMessage({ id: 'admin.users.username', defaultMessage: 'Username' })} required data-autofocus spellCheck={false} autoComplete="off" {...form.getInputProps('username')} />
            <TextInput label={intl.formatMessage({ id: 'admin.users.displayName', defaultMessage: 'Full name' })} required {...form.getInputProps('displayName')} />
            <TextInput type="email" label={intl.formatMessage({ id: 'admin.users.email', defaultMessage: 'E-mail' })} {...form.getInputProps('email')} />
            <Select label={intl.formatMessage({ id: 'admin.users.agency', defaultMessage: 'Agency' })} data={agencies} searchable required {...form.getInputProps('agencyId')} />
          </SimpleGrid>
          <Checkbox.Group label={intl.formatMessage({ id: 'admin.users.roles', defaultMessage: 'Roles' })} required {...form.getInputProps('roles')}>
            <Group gap="md" mt={4}>
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={intl.formatMessage(roleWords[role])} />
              ))}
            </Group>
          </Checkbox.Group>
          <PasswordField
            label={intl.formatMessage({ id: 'admin.users.initialPassword', defaultMessage: 'Initial password' })}
            description={intl.formatMessage({ id: 'admin.users.initialPasswordHelp', defaultMessage: 'The user must change it at first sign-in. At least 12 characters, not containing the username.' })}
            autoComplete="new-password"
            required
            {...form.getInputProps('initialPassword')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'admin.users.createSubmit', defaultMessage: 'Create the user' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

/** A temporary password: it unlocks the account, ends its sessions and forces a change at next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: UserDto | null; onClose: () => void }) {
  const intl = useIntl();
  const reset = useResetPassword();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { temporaryPassword: '' },
    validate: { temporaryPassword: (v) => (v.length >= MIN_PASSWORD ? null : intl.formatMessage({ id: 'field.tooShort', defaultMessage: 'At least {min} characters.' }, { min: MIN_PASSWORD })) },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ temporaryPassword }) => {
    if (!user) return;
    setError(null);
    try {
      await reset.mutateAsync({ id: user.id, temporaryPassword });
      close();
    } catch (caught) {
      if (!showFieldProblems(intl, form, ['temporaryPassword'], caught)) setError(caught);
    }
  });
  return (
    <FormModal opened={user !== null} onClose={close} title={intl.formatMessage({ id: 'admin.users.resetTitle', defaultMessage: 'Reset the password of {username}' }, { username: user?.username ?? '' })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <PasswordField
            label={intl.formatMessage({ id: 'admin.users.temporaryPassword', defaultMessage: 'Temporary password' })}
            description={intl.formatMessage({ id: 'admin.users.resetHelp', defaultMessage: 'Unlocks the account and ends its sessions; the user must choose a new password at next sign-in.' })}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('temporaryPassword')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {intl.formatMessage({ id: 'admin.users.resetSubmit', defaultMessage: 'Reset the password' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
