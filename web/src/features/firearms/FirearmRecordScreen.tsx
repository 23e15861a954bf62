import { Alert, Badge, Card, Grid, Group, List, Loader, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { HolderName, StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { eventWord, statusWord } from '../../shared/ui/register-words';
import { localName, useReferenceList } from '../search/queries';
import { MarkingsSection } from '../markings/MarkingsSection';
import { LifecycleActions } from '../lifecycle/LifecycleActions';
import { RecordTrail } from '../audit/RecordTrail';
import { useAgencies, useFirearm, useFirearmHistory, type FirearmEventDto, type FirearmHistory, type FirearmRecord } from './queries';

const route = getRouteApi('/app/firearms/$firearmId');

/** One firearm's record: what it is, where it stands, and its whole life. */
export function FirearmRecordScreen() {
  const intl = useIntl();
  const { firearmId } = route.useParams();
  const record = useFirearm(firearmId);
  const history = useFirearmHistory(firearmId);
  const agencies = useAgencies();
  const agencyName = useMemo(() => new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name])), [agencies.data]);
  const firearm = record.data;
  const serial = firearm?.serialNumber.asWritten ?? firearm?.serialNumber.normalised ?? '';
  const heading = firearm
    ? intl.formatMessage({ id: 'record.title', defaultMessage: 'Firearm {serial}' }, { serial: serial || intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' }) })
    : intl.formatMessage({ id: 'record.loadingTitle', defaultMessage: 'Firearm record' });
  useEffect(() => {
    document.title = heading;
  }, [heading]);

  return (
    <Stack gap="lg" maw={1200}>
      <AnchorLink to="/firearms" size="sm">
        {intl.formatMessage({ id: 'record.backToList', defaultMessage: '← Firearms list' })}
      </AnchorLink>
      <Group gap="sm" align="center">
        <Title order={1}>{heading}</Title>
        {firearm ? <StatusBadge status={firearm.status} /> : null}
      </Group>
      <ProblemAlert error={record.error} />
      {record.isPending ? <Loader aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} /> : null}
      {firearm ? (
        <>
          {firearm.alert ? (
            <Alert color="red" variant="filled" role="alert">
              {firearm.alert === 'stolen'
                ? intl.formatMessage({ id: 'record.alert.stolen', defaultMessage: 'This firearm is reported stolen.' })
                : intl.formatMessage({ id: 'record.alert.lost', defaultMessage: 'This firearm is reported lost.' })}
            </Alert>
          ) : null}
          {firearm.mergedIntoId ? (
            <Alert color="yellow">
              {intl.formatMessage({ id: 'record.merged', defaultMessage: 'This record was merged into another one.' })}{' '}
              <AnchorLink to="/firearms/$firearmId" params={{ firearmId: firearm.mergedIntoId }}>
                {intl.formatMessage({ id: 'record.openMerged', defaultMessage: 'Open that record' })}
              </AnchorLink>
            </Alert>
          ) : null}
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Description firearm={firearm} agencyName={agencyName} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <Standing firearm={firearm} history={history.data} />
                <LifecycleActions firearm={firearm} />
                <OpenAlerts firearm={firearm} agencyName={agencyName} />
                <Duplicates firearm={firearm} />
              </Stack>
            </Grid.Col>
          </Grid>
          <ProblemAlert error={history.error} />
          {history.data ? (
            <>
              <MarkingsSection target={{ firearmId }} markings={history.data.markings} />
              <Events events={history.data.events} agencyName={agencyName} />
            </>
          ) : null}
          <RecordTrail recordType={firearm.itemKind} recordId={firearm.id} />
        </>
      ) : null}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="md">
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Fields({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {value === null || value === undefined || value === '' ? '—' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function Description({ firearm, agencyName }: { firearm: FirearmRecord; agencyName: Map<string, string> }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const categories = useReferenceList('categories');
  const countries = useReferenceList('countries');
  const category = categories.data?.find((c) => c.code === firearm.category);
  const country = countries.data?.find((c) => c.alpha2 === firearm.countryOfManufacture);
  return (
    <Section title={intl.formatMessage({ id: 'record.description', defaultMessage: 'Description' })}>
      <Fields
        rows={[
          [intl.formatMessage({ id: 'record.serialAsWritten', defaultMessage: 'Serial as written' }), <Text span ff="monospace">{firearm.serialNumber.asWritten}</Text>],
          [intl.formatMessage({ id: 'record.serialNormalised', defaultMessage: 'Serial normalised' }), <Text span ff="monospace">{firearm.serialNumber.normalised}</Text>],
          [intl.formatMessage({ id: 'firearm.make', defaultMessage: 'Make' }), [firearm.make.asWritten, firearm.make.manufacturerCode && firearm.make.manufacturerCode !== firearm.make.asWritten ? `(${firearm.make.manufacturerCode})` : null].filter(Boolean).join(' ')],
          [intl.formatMessage({ id: 'firearm.model', defaultMessage: 'Model' }), firearm.model],
          [intl.formatMessage({ id: 'firearm.calibre', defaultMessage: 'Calibre' }), firearm.calibre.asWritten ?? firearm.calibre.calibreCode],
          [intl.formatMessage({ id: 'firearm.category', defaultMessage: 'Category' }), category ? localName(category, locale) : firearm.category],
          [intl.formatMessage({ id: 'record.country', defaultMessage: 'Country of manufacture' }), country ? localName(country, locale) : firearm.countryOfManufacture],
          [intl.formatMessage({ id: 'record.year', defaultMessage: 'Year of manufacture' }), firearm.yearOfManufacture === null ? null : String(firearm.yearOfManufacture)],
          [intl.formatMessage({ id: 'record.barrel', defaultMessage: 'Barrel length' }), firearm.barrelLengthMm === null ? null : intl.formatNumber(firearm.barrelLengthMm, { style: 'unit', unit: 'millimeter' })],
          [intl.formatMessage({ id: 'record.registeringAgency', defaultMessage: 'Registering agency' }), agencyName.get(firearm.registeringAgencyId)],
          [intl.formatMessage({ id: 'firearm.registeredOn', defaultMessage: 'Registered' }), intl.formatDate(firearm.createdAt, { dateStyle: 'long' })],
          [intl.formatMessage({ id: 'record.notes', defaultMessage: 'Description' }), firearm.description],
        ]}
      />
    </Section>
  );
}

function Standing({ firearm, history }: { firearm: FirearmRecord; history: FirearmHistory | undefined }) {
  const intl = useIntl();
  return (
    <Section title={intl.formatMessage({ id: 'record.standing', defaultMessage: 'Status and holder' })}>
      <Stack gap="sm">
        <Fields
          rows={[
            [intl.formatMessage({ id: 'firearm.status', defaultMessage: 'Status' }), statusWord(intl, firearm.status)],
            [intl.formatMessage({ id: 'firearm.lastLegalHolder', defaultMessage: 'Last legal holder' }), <HolderName holder={firearm.lastLegalHolder} />],
          ]}
        />
        {history && history.holderChain.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {intl.formatMessage({ id: 'record.holderChain', defaultMessage: 'Holders, oldest first' })}
            </Text>
            <List size="sm" type="ordered">
              {history.holderChain.map((link, i) => (
                <List.Item key={`${link.holder?.id ?? "none"}-${i}`}>
                  <HolderName holder={link.holder} />{' '}
                  <Text span c="dimmed" size="xs">
                    {link.until
                      ? intl.formatMessage({ id: 'record.holderFromUntil', defaultMessage: '{from} to {until}' }, { from: intl.formatDate(link.from), until: intl.formatDate(link.until) })
                      : intl.formatMessage({ id: 'record.holderSince', defaultMessage: 'since {from}' }, { from: intl.formatDate(link.from) })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {intl.formatMessage({ id: 'record.allowedEvents', defaultMessage: 'Events that may be recorded next' })}
          </Text>
          {firearm.allowedEvents && firearm.allowedEvents.length > 0 ? (
            <Group gap={4} mt={4}>
              {firearm.allowedEvents.map((event) => (
                <Badge key={event} variant="outline" color="gray.7" radius="sm">
                  {eventWord(intl, event)}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{intl.formatMessage({ id: 'record.noAllowedEvents', defaultMessage: 'None: the record is closed.' })}</Text>
          )}
        </div>
      </Stack>
    </Section>
  );
}

function OpenAlerts({ firearm, agencyName }: { firearm: FirearmRecord; agencyName: Map<string, string> }) {
  const intl = useIntl();
  if (firearm.openAlerts.length === 0) return null;
  return (
    <Section title={intl.formatMessage({ id: 'record.openAlerts', defaultMessage: 'Open alerts' })}>
      <List size="sm">
        {firearm.openAlerts.map((alert) => (
          <List.Item key={alert.id}>
            {intl.formatMessage(
              { id: 'record.alertLine', defaultMessage: '{event} on {date}, for {agency} (was {status})' },
              { event: eventWord(intl, alert.triggerEventType), date: intl.formatDate(alert.raisedAt, { dateStyle: 'medium' }), agency: agencyName.get(alert.addressedAgencyId) ?? '', status: statusWord(intl, alert.statusBefore) },
            )}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

function Duplicates({ firearm }: { firearm: FirearmRecord }) {
  const intl = useIntl();
  if (firearm.possibleDuplicates.length === 0) return null;
  return (
    <Section title={intl.formatMessage({ id: 'record.duplicates', defaultMessage: 'Possible duplicates' })}>
      <List size="sm">
        {firearm.possibleDuplicates.map((d) => (
          <List.Item key={d.id}>
            <AnchorLink to="/firearms/$firearmId" params={{ firearmId: d.id }} ff="monospace">
              {d.serialNumber.asWritten ?? d.id}
            </AnchorLink>{' '}
            {[d.make.asWritten, d.model].filter(Boolean).join(' ')} · {statusWord(intl, d.status)}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

function Events({ events, agencyName }: { events: FirearmEventDto[]; agencyName: Map<string, string> }) {
  const intl = useIntl();
  return (
    <Section title={intl.formatMessage({ id: 'record.history', defaultMessage: 'History' })}>
      {events.length === 0 ? (
        <Text size="sm">{intl.formatMessage({ id: 'record.noEvents', defaultMessage: 'No event recorded.' })}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
          {events.map((event) => (
            <Timeline.Item key={event.id} title={<Text fw={600} size="sm">{eventWord(intl, event.type)}</Text>}>
              <Text size="sm">
                <time dateTime={event.occurredOn}>{intl.formatDate(event.occurredOn, { dateStyle: 'long' })}</time>
                {event.place ? ` · ${event.place}` : ''}
                {event.agencyId && agencyName.get(event.agencyId) ? ` · ${agencyName.get(event.agencyId)}` : ''}
              </Text>
              {event.holder ? (
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: 'record.eventHolder', defaultMessage: 'Holder:' })} <HolderName holder={event.holder} />
                </Text>
              ) : null}
              {event.statusAfter && event.statusAfter !== event.statusBefore ? (
                <Text size="xs" c="dimmed">
                  {intl.formatMessage({ id: 'record.statusChange', defaultMessage: 'Status: {before} → {after}' }, { before: statusWord(intl, event.statusBefore) || '—', after: statusWord(intl, event.statusAfter) })}
                </Text>
              ) : null}
              {event.reason || event.notes ? <Text size="xs">{event.reason ?? event.notes}</Text> : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
