import { Alert, Button, Card, Group, List, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { MONO } from './ReferencePicker';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { eventMessages, statusWord } from '../../shared/ui/register-words';
import type { TraceCandidateDto } from '../search/queries';
import { ButtonLink } from '../tracing/ButtonLink';
import { showProblems } from './field-problems';
import { findSameSerial, useRegisterItem } from './queries';
import { AliasField, CodeField } from './ReferencePicker';
import { emptyRegister, formFieldOf, registerBody, sameSerialAndMake, type RegisterValues } from './register-form';
import { INITIAL_EVENTS, optionsOf, originWords, partTypeWords } from './words';

const FORM_FIELDS = Object.keys(emptyRegister());

export function RegisterFirearmScreen() {
  return <RegisterItemScreen kind="firearm" />;
}

export function RegisterPartScreen() {
  return <RegisterItemScreen kind="part" />;
}

/**
 * Registers a firearm or a part. Before saving, records with the same normalised
 * serial and make are shown with a link each; "Save anyway" registers it regardless.
 */
function RegisterItemScreen({ kind }: { kind: 'firearm' | 'part' }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const register = useRegisterItem(kind);
  const [duplicates, setDuplicates] = useState<TraceCandidateDto[] | null>(null);
  // "Save anyway" holds for this serial and make, also when the API then refuses another field.
  const [confirmed, setConfirmed] = useState(false);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const warning = useRef<HTMLDivElement>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm<RegisterValues>({
    initialValues: emptyRegister(),
    validate: {
      // The API says so too; asking here spares a round trip on a slow link.
      category: (v) => (kind === 'firearm' && !v ? required : null),
      partType: (v) => (kind === 'part' && !v ? required : null),
    },
    // A changed serial or make is a new question: the earlier answer no longer holds.
    onValuesChange: (values, previous) => {
      if (values.serialNumber !== previous.serialNumber || values.make !== previous.make) {
        setDuplicates(null);
        setConfirmed(false);
      }
    },
  });
  const title =
    kind === 'part'
      ? intl.formatMessage({ id: 'register.part.title', defaultMessage: 'Register a part or component' })
      : intl.formatMessage({ id: 'register.firearm.title', defaultMessage: 'Register a firearm' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (duplicates && duplicates.length > 0 && !confirmed) warning.current?.focus();
  }, [duplicates, confirmed]);

  const save = async (values: RegisterValues) => {
    setError(null);
    try {
      const saved = await register.mutateAsync(registerBody(kind, values));
      void navigate({ to: '/firearms/$firearmId', params: { firearmId: saved.id } });
    } catch (caught) {
      if (!showProblems(intl, form, caught, FORM_FIELDS, formFieldOf)) setError(caught);
    }
  };

  const submit = form.onSubmit(async (values) => {
    // Only a serial can be a duplicate; the check is a trace search, which the officer's role may run.
    if (duplicates !== null && duplicates.length > 0 && !confirmed) return;
    if (duplicates === null && values.serialNumber.trim() && permissions.has('trace.search')) {
      setChecking(true);
      try {
        const found = sameSerialAndMake(await findSameSerial(values.serialNumber.trim(), values.make), kind, values.make);
        setDuplicates(found);
        if (found.length > 0) return;
      } catch {
        // The check is a courtesy: the API lists duplicates on the record anyway.
      } finally {
        setChecking(false);
      }
    }
    await save(values);
  });

  if (!permissions.has('firearm.write')) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="gray">{intl.formatMessage({ id: 'register.notAllowed', defaultMessage: 'Your role cannot register items.' })}</Alert>
      </Stack>
    );
  }
  const serialLabel = intl.formatMessage({ id: 'register.field.serialNumber', defaultMessage: 'Serial number, exactly as marked' });
  return (
    <Stack gap="md" maw={1000}>
      <AnchorLink to="/firearms" size="sm">
        {intl.formatMessage({ id: 'record.backToList', defaultMessage: '← Firearms list' })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <form noValidate onSubmit={submit} aria-label={title}>
        <Stack gap="md">
          <ProblemAlert error={error} />
          <Card withBorder component="fieldset" m={0}>
            <Text component="legend" fw={600} px={4}>
              {intl.formatMessage({ id: 'register.section.identity', defaultMessage: 'What it is' })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {kind === 'part' ? (
                <Select label={intl.formatMessage({ id: 'register.field.partType', defaultMessage: 'Kind of part' })} data={optionsOf(intl, partTypeWords)} withAsterisk data-autofocus {...form.getInputProps('partType')} />
              ) : null}
              <CodeField list="categories" label={intl.formatMessage({ id: 'register.field.category', defaultMessage: 'Category' })} withAsterisk={kind === 'firearm'} {...form.getInputProps('category')} />
              <AliasField list="manufacturers" label={intl.formatMessage({ id: 'register.field.make', defaultMessage: 'Make (manufacturer)' })} input={form.getInputProps('make') as never} />
              <TextInput label={intl.formatMessage({ id: 'register.field.model', defaultMessage: 'Model' })} {...form.getInputProps('model')} />
              <AliasField list="calibres" label={intl.formatMessage({ id: 'register.field.calibre', defaultMessage: 'Calibre' })} input={form.getInputProps('calibre') as never} />
              <TextInput label={serialLabel} spellCheck={false} autoComplete="off" styles={MONO} {...form.getInputProps('serialNumber')} />
            </SimpleGrid>
          </Card>
          <Card withBorder component="fieldset" m={0}>
            <Text component="legend" fw={600} px={4}>
              {intl.formatMessage({ id: 'register.section.manufacture', defaultMessage: 'Manufacture' })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <CodeField list="countries" label={intl.formatMessage({ id: 'register.field.countryOfManufacture', defaultMessage: 'Country of manufacture' })} {...form.getInputProps('countryOfManufacture')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.yearOfManufacture', defaultMessage: 'Year of manufacture' })} inputMode="numeric" {...form.getInputProps('yearOfManufacture')} />
              <Select label={intl.formatMessage({ id: 'register.field.origin', defaultMessage: 'Origin' })} data={optionsOf(intl, originWords)} {...form.getInputProps('origin')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.barrelLengthMm', defaultMessage: 'Barrel length (mm)' })} inputMode="decimal" {...form.getInputProps('barrelLengthMm')} />
            </SimpleGrid>
          </Card>
          <Card withBorder component="fieldset" m={0}>
            <Text component="legend" fw={600} px={4}>
              {intl.formatMessage({ id: 'register.section.start', defaultMessage: 'How the record starts' })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={intl.formatMessage({ id: 'register.field.initialType', defaultMessage: 'First event' })}
                data={INITIAL_EVENTS.map((e) => ({ value: e, label: intl.formatMessage(eventMessages[e]) }))}
                allowDeselect={false}
                {...form.getInputProps('initialType')}
              />
              <TextInput type="date" label={intl.formatMessage({ id: 'register.field.occurredOn', defaultMessage: 'On (default: today)' })} {...form.getInputProps('occurredOn')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.place', defaultMessage: 'Place' })} {...form.getInputProps('place')} />
            </SimpleGrid>
            <Textarea mt="sm" label={intl.formatMessage({ id: 'register.field.description', defaultMessage: 'Other features' })} autosize minRows={2} {...form.getInputProps('description')} />
          </Card>
          {duplicates && duplicates.length > 0 ? (
            <Alert color="yellow" role="alert" styles={{ title: { color: BADGE_COLOURS.warning } }} title={intl.formatMessage({ id: 'register.duplicates.title', defaultMessage: 'Possible duplicates on the register' })} ref={warning} tabIndex={-1}>
              <Stack gap="xs">
                <Text size="sm">
                  {intl.formatMessage(
                    { id: 'register.duplicates.body', defaultMessage: '{count, plural, one {One record has} other {# records have}} the same serial and make. Open one to check it, or save this one anyway.' },
                    { count: duplicates.length },
                  )}
                </Text>
                <List size="sm">
                  {duplicates.map((d) => (
                    <List.Item key={d.firearmId}>
                      <AnchorLink to="/firearms/$firearmId" params={{ firearmId: d.firearmId }} ff="monospace" target="_blank">
                        {d.serialNumber.asWritten ?? d.firearmId}
                      </AnchorLink>{' '}
                      {[d.make.asWritten, d.model, d.calibre.asWritten].filter(Boolean).join(' · ')} · {statusWord(intl, d.status)}
                    </List.Item>
                  ))}
                </List>
                {confirmed ? null : (
                  <Group>
                    <Button
                      color={BADGE_COLOURS.warning}
                      loading={register.isPending}
                      onClick={() => {
                        setConfirmed(true);
                        void save(form.getValues());
                      }}
                    >
                      {intl.formatMessage({ id: 'register.duplicates.saveAnyway', defaultMessage: 'Save anyway' })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={checking || register.isPending} disabled={duplicates !== null && duplicates.length > 0 && !confirmed}>
              {intl.formatMessage({ id: 'register.submit', defaultMessage: 'Register' })}
            </Button>
            <ButtonLink to="/firearms" variant="default">
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </ButtonLink>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
