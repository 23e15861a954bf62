import { Button, Group, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { PagedTable } from '../../shared/lists/PagedTable';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { FormModal } from '../../shared/ui/FormModal';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { showProblems } from '../register/field-problems';
import { useCampaigns, useCreateCampaign, type Campaign, type CreateCampaignBody } from './queries';

const route = getRouteApi('/app/marking-campaigns');

const CAMPAIGN_FIELDS = ['name', 'place', 'startsOn', 'endsOn', 'markingMachine', 'notes'] as const;
type CampaignValues = Record<(typeof CAMPAIGN_FIELDS)[number], string>;

export function campaignBody(values: CampaignValues): CreateCampaignBody {
  const body: Record<string, string> = {};
  for (const field of CAMPAIGN_FIELDS) if (values[field].trim()) body[field] = values[field].trim();
  return body as unknown as CreateCampaignBody;
}

function NewCampaignModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const [error, setError] = useState<unknown>(null);
  const required = intl.formatMessage({ id: 'field.required', defaultMessage: 'Required.' });
  const form = useForm<CampaignValues>({
    initialValues: { name: '', place: '', startsOn: new Date().toISOString().slice(0, 10), endsOn: '', markingMachine: '', notes: '' },
    validate: { name: (v) => (v.trim() ? null : required), place: (v) => (v.trim() ? null : required), startsOn: (v) => (v ? null : required) },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const campaign = await create.mutateAsync(campaignBody(values));
      close();
      void navigate({ to: '/marking-campaigns/$campaignId', params: { campaignId: campaign.id } });
    } catch (caught) {
      if (!showProblems(intl, form, caught, CAMPAIGN_FIELDS)) setError(caught);
    }
  });
  return (
    <FormModal opened={opened} onClose={close} title={intl.formatMessage({ id: 'markings.campaigns.new', defaultMessage: 'New marking campaign' })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ProblemAlert error={error} />
          <TextInput label={intl.formatMessage({ id: 'markings.campaign.name', defaultMessage: 'Name' })} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label={intl.formatMessage({ id: 'markings.campaign.place', defaultMessage: 'Place' })} withAsterisk {...form.getInputProps('place')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={intl.formatMessage({ id: 'markings.campaign.startsOn', defaultMessage: 'Starts on' })} withAsterisk {...form.getInputProps('startsOn')} />
            <TextInput type="date" label={intl.formatMessage({ id: 'markings.campaign.endsOn', defaultMessage: 'Ends on' })} {...form.getInputProps('endsOn')} />
          </SimpleGrid>
          <TextInput label={intl.formatMessage({ id: 'markings.campaign.machine', defaultMessage: 'Marking machine' })} {...form.getInputProps('markingMachine')} />
          <Textarea label={intl.formatMessage({ id: 'markings.field.notes', defaultMessage: 'Notes' })} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel', defaultMessage: 'Cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'markings.campaigns.create', defaultMessage: 'Create the campaign' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

/** Marking campaigns, newest first, paged on the server; officers start a new one here. */
export function CampaignListScreen() {
  const intl = useIntl();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useCampaigns(search);
  const [creating, setCreating] = useState(false);
  const title = intl.formatMessage({ id: 'markings.campaigns.title', defaultMessage: 'Marking campaigns' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const day = (d: string | null) => (d ? intl.formatDate(d, { dateStyle: 'medium', timeZone: 'UTC' }) : '');
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {permissions.has('marking.write') ? <Button onClick={() => setCreating(true)}>{intl.formatMessage({ id: 'markings.campaigns.new', defaultMessage: 'New marking campaign' })}</Button> : null}
      </Group>
      <ProblemAlert error={list.error} />
      <PagedTable<Campaign>
        label={title}
        idAccessor="id"
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        noRecordsText={intl.formatMessage({ id: 'markings.campaigns.none', defaultMessage: 'No marking campaign yet.' })}
        columns={[
          {
            accessor: 'name',
            title: intl.formatMessage({ id: 'markings.campaign.name', defaultMessage: 'Name' }),
            render: (c) => (
              <AnchorLink to="/marking-campaigns/$campaignId" params={{ campaignId: c.id }}>
                {c.name}
              </AnchorLink>
            ),
          },
          { accessor: 'place', title: intl.formatMessage({ id: 'markings.campaign.place', defaultMessage: 'Place' }) },
          { accessor: 'startsOn', title: intl.formatMessage({ id: 'markings.campaign.startsOn', defaultMessage: 'Starts on' }), render: (c) => day(c.startsOn) },
          { accessor: 'endsOn', title: intl.formatMessage({ id: 'markings.campaign.endsOn', defaultMessage: 'Ends on' }), render: (c) => day(c.endsOn) },
          { accessor: 'markingMachine', title: intl.formatMessage({ id: 'markings.campaign.machine', defaultMessage: 'Marking machine' }), render: (c) => c.markingMachine ?? '' },
        ]}
      />
      <NewCampaignModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
