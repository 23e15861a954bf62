import 'mantine-datatable/styles.css';
import { Badge, Button, Checkbox, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { usePermissions, useSession } from '../../app/session/SessionContext';
import { PagedTable } from '../../shared/lists/PagedTable';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { eventWord } from '../../shared/ui/register-words';
import { firearmLabel } from '../../shared/ui/firearm-label';
import { useAgencies, useFirearmHistory } from '../firearms/queries';
import { AcknowledgeModal } from './AcknowledgeModal';
import type { AlertListSearch } from './list-search';
import { useAlertList, useSeizure, type HitAlertDto } from './queries';
import { reportedMessages, seizureTypeWord } from './words';

const route = getRouteApi('/app/alerts');

interface Acknowledging {
  alert: HitAlertDto;
  label: string;
}

function FirearmCell({ alert }: { alert: HitAlertDto }) {
  const intl = useIntl();
  const history = useFirearmHistory(alert.firearmId);
  return (
    <Stack gap={2}>
      <AnchorLink to="/firearms/$firearmId" params={{ firearmId: alert.firearmId }} fw={600}>
        {firearmLabel(intl, history.data?.firearm)}
      </AnchorLink>
      <Badge color={alert.statusBefore === 'stolen' ? 'red.9' : '#9c3500'} variant="filled" radius="sm" tt="none">
        {intl.formatMessage(reportedMessages[alert.statusBefore])}
      </Badge>
    </Stack>
  );
}

/** Where and when it came back: the seizure case when there is one, else the event that raised the alert. */
function ResurfacedCell({ alert, agencyName }: { alert: HitAlertDto; agencyName: (id: string | null) => string }) {
  const intl = useIntl();
  const history = useFirearmHistory(alert.firearmId);
  const seizure = useSeizure(alert.seizureId);
  const event = history.data?.events.find((e) => e.id === alert.triggerEventId);
  if (seizure.data) {
    const s = seizure.data;
    const place = [s.place.locality, s.place.region].filter(Boolean).join(', ');
    return (
      <Stack gap={2} data-testid="resurfaced">
        <Text size="sm" fw={600}>
          {intl.formatMessage({ id: 'alerts.resurfaced.inCase', defaultMessage: '{type} {reference}' }, { type: seizureTypeWord(intl, s.type), reference: s.reference })}
        </Text>
        <Text size="sm">
          {intl.formatMessage(
            { id: 'alerts.resurfaced.whenWhere', defaultMessage: '{when}{place, select, none {} other {, {place}}}' },
            { when: intl.formatDate(s.occurredAt, { dateStyle: 'medium', timeStyle: 'short' }), place: place || 'none' },
          )}
        </Text>
        {s.place.latitude !== null && s.place.longitude !== null ? (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'alerts.resurfaced.coordinates', defaultMessage: 'Coordinates {lat}, {lon}' }, { lat: intl.formatNumber(s.place.latitude, { maximumFractionDigits: 5 }), lon: intl.formatNumber(s.place.longitude, { maximumFractionDigits: 5 }) })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'alerts.resurfaced.by', defaultMessage: 'By {agency} ({officer})' }, { agency: agencyName(s.seizingAgencyId), officer: s.seizingOfficer })}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={2} data-testid="resurfaced">
      <Text size="sm" fw={600}>
        {eventWord(intl, alert.triggerEventType)}
      </Text>
      {event ? (
        <>
          <Text size="sm">
            {intl.formatMessage(
              { id: 'alerts.resurfaced.whenWhere', defaultMessage: '{when}{place, select, none {} other {, {place}}}' },
              { when: intl.formatDate(event.occurredOn, { dateStyle: 'medium', timeZone: 'UTC' }), place: event.place || 'none' },
            )}
          </Text>
          {event.agencyId ? (
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: 'alerts.resurfaced.recordedBy', defaultMessage: 'Recorded by {agency}' }, { agency: agencyName(event.agencyId) })}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

function StateCell({ alert, canAcknowledge, onAcknowledge }: { alert: HitAlertDto; canAcknowledge: boolean; onAcknowledge: (chosen: Acknowledging) => void }) {
  const intl = useIntl();
  const history = useFirearmHistory(alert.firearmId);
  const label = firearmLabel(intl, history.data?.firearm);
  if (alert.state === 'acknowledged') {
    return (
      <Stack gap={2}>
        <Badge color="gray.7" variant="outline" radius="sm" tt="none">
          {intl.formatMessage({ id: 'alerts.state.acknowledged', defaultMessage: 'Acknowledged' })}
        </Badge>
        {alert.acknowledgedAt ? <Text size="xs">{intl.formatDate(alert.acknowledgedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Text> : null}
        {alert.acknowledgementNote ? <Text size="xs">{alert.acknowledgementNote}</Text> : null}
      </Stack>
    );
  }
  return canAcknowledge ? (
    <Button size="xs" aria-label={intl.formatMessage({ id: 'alerts.ack.openFor', defaultMessage: 'Acknowledge the alert on {firearm}' }, { firearm: label })} onClick={() => onAcknowledge({ alert, label })}>
      {intl.formatMessage({ id: 'alerts.ack.open', defaultMessage: 'Acknowledge' })}
    </Button>
  ) : (
    <Badge color="red.9" variant="filled" radius="sm" tt="none">
      {intl.formatMessage({ id: 'alerts.state.open', defaultMessage: 'Not acknowledged' })}
    </Badge>
  );
}

/**
 * The inbox of the agency that reported a firearm lost or stolen: where and when it
 * resurfaced. Only an investigator of that agency acknowledges (the API checks too);
 * others read, and may look at every agency's alerts.
 */
export function AlertInboxScreen() {
  const intl = useIntl();
  const session = useSession();
  const permissions = usePermissions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useAlertList(search);
  const agencies = useAgencies();
  const [acknowledging, setAcknowledging] = useState<Acknowledging | null>(null);
  const myAgency = session.status === 'signed_in' ? session.profile.agencyId : null;
  const title = intl.formatMessage({ id: 'alerts.title', defaultMessage: 'Hit alerts' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const update = (changes: Partial<AlertListSearch>) => void navigate({ search: (previous) => ({ ...previous, ...changes, page: undefined }) });
  const agencyName = (id: string | null) => agencies.data?.items.find((a) => a.id === id)?.name ?? '';
  const state = search.state ?? 'open';

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text size="sm" maw={720}>
        {intl.formatMessage({ id: 'alerts.intro', defaultMessage: 'Firearms your agency reported lost or stolen that have resurfaced: in a seizure, a find, a surrender or any other record. Acknowledge each one once your agency has taken note.' })}
      </Text>
      <Group gap="lg" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="alerts-state-label">
            {intl.formatMessage({ id: 'alerts.filter.state', defaultMessage: 'Show' })}
          </Text>
          <SegmentedControl
            aria-labelledby="alerts-state-label"
            value={state}
            onChange={(value) => update({ state: value === 'open' ? undefined : (value as AlertListSearch['state']) })}
            data={[
              { value: 'open', label: intl.formatMessage({ id: 'alerts.filter.open', defaultMessage: 'To acknowledge' }) },
              { value: 'acknowledged', label: intl.formatMessage({ id: 'alerts.filter.acknowledged', defaultMessage: 'Acknowledged' }) },
              { value: 'all', label: intl.formatMessage({ id: 'alerts.filter.all', defaultMessage: 'All' }) },
            ]}
          />
        </Stack>
        <Checkbox
          label={intl.formatMessage({ id: 'alerts.filter.everyAgency', defaultMessage: 'Alerts of every agency, not only mine' })}
          checked={search.everyAgency === true}
          onChange={(e) => update({ everyAgency: e.currentTarget.checked ? true : undefined })}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <PagedTable<HitAlertDto>
        label={title}
        records={list.data?.items}
        total={list.data?.page.total}
        totalIsExact={list.data?.page.totalIsExact}
        fetching={list.isFetching}
        paging={search}
        onPaging={(paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) })}
        idAccessor="id"
        noRecordsText={
          state === 'open'
            ? intl.formatMessage({ id: 'alerts.none.open', defaultMessage: 'No alert to acknowledge.' })
            : intl.formatMessage({ id: 'alerts.none', defaultMessage: 'No alert matches.' })
        }
        columns={[
          { accessor: 'firearmId', title: intl.formatMessage({ id: 'alerts.column.firearm', defaultMessage: 'Firearm' }), render: (a) => <FirearmCell alert={a} /> },
          { accessor: 'triggerEventId', title: intl.formatMessage({ id: 'alerts.column.resurfaced', defaultMessage: 'Resurfaced' }), render: (a) => <ResurfacedCell alert={a} agencyName={agencyName} /> },
          { accessor: 'raisedAt', title: intl.formatMessage({ id: 'alerts.column.raised', defaultMessage: 'Alert raised' }), noWrap: true, render: (a) => intl.formatDate(a.raisedAt, { dateStyle: 'medium', timeStyle: 'short' }) },
          ...(search.everyAgency ? [{ accessor: 'addressedAgencyId' as const, title: intl.formatMessage({ id: 'alerts.column.addressedTo', defaultMessage: 'Addressed to' }), render: (a: HitAlertDto) => agencyName(a.addressedAgencyId) }] : []),
          {
            accessor: 'state',
            title: intl.formatMessage({ id: 'alerts.column.state', defaultMessage: 'Acknowledgement' }),
            render: (a) => <StateCell alert={a} canAcknowledge={permissions.has('seizure.write') && a.addressedAgencyId === myAgency} onAcknowledge={setAcknowledging} />,
          },
        ]}
      />
      <AcknowledgeModal alert={acknowledging?.alert ?? null} firearmLabel={acknowledging?.label ?? ''} onClose={() => setAcknowledging(null)} />
    </Stack>
  );
}
