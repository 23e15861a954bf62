import { Card, Group, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { PagedTable } from '../../shared/lists/PagedTable';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useAgencies } from '../firearms/queries';
import { campaignPeriod } from './progress';
import { useCampaign, useCampaignLog, type Marking } from './queries';
import { legibilityWord, markingTypeWord, methodWord } from './words';

const route = getRouteApi('/app/marking-campaigns/$campaignId');

/** A marking campaign: where and when, how far it has got, and its log of marks. */
export function CampaignScreen() {
  const intl = useIntl();
  const { campaignId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const campaign = useCampaign(campaignId);
  const log = useCampaignLog(campaignId, search);
  const agencies = useAgencies();
  const c = campaign.data;
  const heading = c?.name ?? intl.formatMessage({ id: 'markings.campaign.loading', defaultMessage: 'Marking campaign' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);
  const day = (d: string | null) => (d ? intl.formatDate(d, { dateStyle: 'long', timeZone: 'UTC' }) : '—');
  const period = c ? campaignPeriod(c.startsOn, c.endsOn, new Date()) : null;
  const logTitle = intl.formatMessage({ id: 'markings.campaign.log', defaultMessage: 'Campaign log' });
  const rows: [string, ReactNode][] = c
    ? [
        [intl.formatMessage({ id: 'markings.campaign.place', defaultMessage: 'Place' }), c.place],
        [intl.formatMessage({ id: 'markings.campaign.agency', defaultMessage: 'Agency' }), agencies.data?.items.find((a) => a.id === c.agencyId)?.name ?? ''],
        [intl.formatMessage({ id: 'markings.campaign.startsOn', defaultMessage: 'Starts on' }), day(c.startsOn)],
        [intl.formatMessage({ id: 'markings.campaign.endsOn', defaultMessage: 'Ends on' }), day(c.endsOn)],
        [intl.formatMessage({ id: 'markings.campaign.machine', defaultMessage: 'Marking machine' }), c.markingMachine ?? '—'],
        [intl.formatMessage({ id: 'markings.field.notes', defaultMessage: 'Notes' }), c.notes ?? '—'],
      ]
    : [];
  return (
    <Stack gap="lg" maw={1200}>
      <AnchorLink to="/marking-campaigns" size="sm">
        {intl.formatMessage({ id: 'markings.campaign.back', defaultMessage: '← Marking campaigns' })}
      </AnchorLink>
      <Title order={1}>{heading}</Title>
      <ProblemAlert error={campaign.error} />
      {campaign.isPending ? <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} /> : null}
      {c ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="campaign-details">
            <Title order={2} size="h4" id="campaign-details" mb="sm">
              {intl.formatMessage({ id: 'markings.campaign.details', defaultMessage: 'Details' })}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
              {rows.map(([label, value]) => (
                <div key={label}>
                  <Text component="dt" size="xs" c="dimmed" fw={600}>
                    {label}
                  </Text>
                  <Text component="dd" m={0} size="sm">
                    {value}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
          </Card>
          <Card withBorder component="section" aria-labelledby="campaign-progress">
            <Title order={2} size="h4" id="campaign-progress" mb="sm">
              {intl.formatMessage({ id: 'markings.campaign.progress', defaultMessage: 'Progress' })}
            </Title>
            <Stack gap="sm">
              <Group gap="xs" align="baseline">
                <Text fz={32} fw={700} lh={1} data-testid="campaign-marks">
                  {intl.formatNumber(c.markings ?? 0)}
                </Text>
                <Text>{intl.formatMessage({ id: 'markings.campaign.marksRecorded', defaultMessage: '{count, plural, one {mark recorded} other {marks recorded}}' }, { count: c.markings ?? 0 })}</Text>
              </Group>
              {period ? (
                <div>
                  <Text size="sm" id="campaign-period-label">
                    {period.state === 'upcoming'
                      ? intl.formatMessage({ id: 'markings.campaign.upcoming', defaultMessage: 'Starts in {days, plural, one {# day} other {# days}}' }, { days: period.daysToStart })
                      : period.state === 'finished'
                        ? intl.formatMessage({ id: 'markings.campaign.finished', defaultMessage: 'Finished after {total, plural, one {# day} other {# days}}' }, { total: period.totalDays })
                        : period.totalDays
                          ? intl.formatMessage({ id: 'markings.campaign.dayOf', defaultMessage: 'Day {day} of {total}' }, { day: period.day, total: period.totalDays })
                          : intl.formatMessage({ id: 'markings.campaign.dayOpen', defaultMessage: 'Day {day} (no end date set)' }, { day: period.day })}
                  </Text>
                  {period.totalDays ? <Progress value={period.percent} mt={4} aria-labelledby="campaign-period-label" color="blue.8" /> : null}
                </div>
              ) : null}
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: 'markings.campaign.howToAdd', defaultMessage: 'Marks join this log when they are added to a firearm, part or lot with this campaign chosen, or imported from the campaign’s file.' })}
              </Text>
            </Stack>
          </Card>
        </SimpleGrid>
      ) : null}
      <ProblemAlert error={log.error} />
      <Title order={2} size="h3">
        {logTitle}
      </Title>
      <PagedTable<Marking>
        label={logTitle}
        idAccessor="id"
        records={log.data?.items}
        total={log.data?.page.total}
        totalIsExact={log.data?.page.totalIsExact}
        fetching={log.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        noRecordsText={intl.formatMessage({ id: 'markings.campaign.empty', defaultMessage: 'No mark recorded in this campaign yet.' })}
        columns={[
          { accessor: 'recordedAt', title: intl.formatMessage({ id: 'markings.column.recordedAt', defaultMessage: 'Recorded' }), render: (m) => intl.formatDate(m.recordedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
          {
            accessor: 'item',
            title: intl.formatMessage({ id: 'markings.column.item', defaultMessage: 'Item' }),
            render: (m) =>
              m.firearmId ? (
                <AnchorLink to="/firearms/$firearmId" params={{ firearmId: m.firearmId }}>
                  {intl.formatMessage({ id: 'markings.openFirearm', defaultMessage: 'Firearm record' })}
                </AnchorLink>
              ) : m.ammunitionLotId ? (
                <AnchorLink to="/ammunition-lots/$lotId" params={{ lotId: m.ammunitionLotId }}>
                  {intl.formatMessage({ id: 'markings.openLot', defaultMessage: 'Ammunition lot' })}
                </AnchorLink>
              ) : null,
          },
          { accessor: 'type', title: intl.formatMessage({ id: 'marking.type', defaultMessage: 'Kind' }), render: (m) => markingTypeWord(intl, m.type) },
          { accessor: 'text', title: intl.formatMessage({ id: 'marking.text', defaultMessage: 'Text as read' }), render: (m) => <Text ff="monospace" fz="sm">{m.text.asRead}</Text> },
          { accessor: 'method', title: intl.formatMessage({ id: 'markings.field.method', defaultMessage: 'Method' }), render: (m) => methodWord(intl, m.method) },
          { accessor: 'legibility', title: intl.formatMessage({ id: 'markings.field.legibility', defaultMessage: 'Legibility' }), render: (m) => legibilityWord(intl, m.legibility) },
        ]}
      />
    </Stack>
  );
}
