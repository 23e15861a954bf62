import { Alert, Button, Card, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { MONO } from './ReferencePicker';
import { usePermissions } from '../../app/session/SessionContext';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ButtonLink } from '../tracing/ButtonLink';
import { showProblems } from './field-problems';
import { useRegisterLot } from './queries';
import { AliasField } from './ReferencePicker';
import { emptyLot, LOT_FIELDS, lotBody, type LotValues } from './register-form';

/** Registers an ammunition lot (calibre, manufacturer, lot, year, quantity, headstamp), then opens it. */
export function RegisterLotScreen() {
  const intl = useIntl();
  const navigate = useNavigate();
  const permissions = usePermissions();
  const register = useRegisterLot();
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm<LotValues>({
    initialValues: emptyLot(),
    validate: { calibre: (v) => (v.trim() ? null : required), quantity: (v) => (v.trim() ? null : required) },
  });
  const title = intl.formatMessage({ id: 'register.lot.title', defaultMessage: 'Register an ammunition lot' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const lot = await register.mutateAsync(lotBody(values));
      void navigate({ to: '/ammunition-lots/$lotId', params: { lotId: lot.id } });
    } catch (caught) {
      if (!showProblems(intl, form, caught, LOT_FIELDS)) setError(caught);
    }
  });
  if (!permissions.has('firearm.write')) {
    return (
      <Stack>
        <Title order={1}>{title}</Title>
        <Alert color="gray">{intl.formatMessage({ id: 'register.notAllowed', defaultMessage: 'Your role cannot register items.' })}</Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <AnchorLink to="/firearms" size="sm">
        {intl.formatMessage({ id: 'record.backToList', defaultMessage: '← Firearms list' })}
      </AnchorLink>
      <Title order={1}>{title}</Title>
      <form noValidate onSubmit={submit} aria-label={title}>
        <Stack gap="md">
          <ProblemAlert error={error} />
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <AliasField list="calibres" label={intl.formatMessage({ id: 'register.field.calibre', defaultMessage: 'Calibre' })} withAsterisk input={form.getInputProps('calibre') as never} />
              <AliasField list="manufacturers" label={intl.formatMessage({ id: 'register.field.make', defaultMessage: 'Make (manufacturer)' })} input={form.getInputProps('make') as never} />
              <TextInput label={intl.formatMessage({ id: 'register.field.lotNumber', defaultMessage: 'Lot or batch number' })} spellCheck={false} styles={MONO} {...form.getInputProps('lotNumber')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.yearOfManufacture', defaultMessage: 'Year of manufacture' })} inputMode="numeric" {...form.getInputProps('yearOfManufacture')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.quantity', defaultMessage: 'Quantity (rounds)' })} inputMode="numeric" withAsterisk {...form.getInputProps('quantity')} />
              <TextInput label={intl.formatMessage({ id: 'register.field.headstamp', defaultMessage: 'Headstamp, as read' })} spellCheck={false} styles={MONO} {...form.getInputProps('headstamp')} />
            </SimpleGrid>
            <Textarea mt="sm" label={intl.formatMessage({ id: 'register.field.description', defaultMessage: 'Other features' })} autosize minRows={2} {...form.getInputProps('description')} />
          </Card>
          <Group>
            <Button type="submit" loading={register.isPending}>
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
