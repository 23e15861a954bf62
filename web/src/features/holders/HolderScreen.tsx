import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BADGE_COLOURS } from '../../shared/ui/colours';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { usePermissions } from '../../app/session/SessionContext';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { CsvExportButton } from '../../shared/lists/CsvExportButton';
import { PagedTable } from '../../shared/lists/PagedTable';
import type { Paging } from '../../shared/lists/paging';
import { AnchorLink } from '../../shared/ui/AnchorLink';
import { StatusBadge } from '../../shared/ui/badges';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { defineMessages } from '../../shared/i18n/messages';
import { localName, useReferenceList } from '../search/queries';
import { RecordTrail } from '../audit/RecordTrail';
import { HolderTitle, holderName } from './HolderTitle';
import { IssueLicenceModal, LicenceStateModal, type LicenceStateChange } from './LicenceForms';
import { documentTypeWords, kindWords, licenceKindWords, licenceStatusWords, organisationTypeWords, sexWords, wordFor } from './holder-words';
import { expiryWarning, isoDay, stateActions, type LicenceStatus } from './licence-state';
import { fetchLicencePage, useCoveredFirearms, useHolder, useHolderFirearms, useHolderLicences, type HolderDto, type LicenceDto } from './queries';

const route = getRouteApi('/app/holders/$holderId');

const STATUS_COLOURS: Record<LicenceStatus, string> = { active: BADGE_COLOURS.valid, suspended: BADGE_COLOURS.suspended, revoked: 'red.9', expired: 'red.9', not_yet_valid: 'gray.7' };

/** Labels of a holder's details, as the registration form names them. */
const fieldLabels = defineMessages({
  familyName: { id: 'holders.field.familyName', defaultMessage: 'Family name' },
  givenNames: { id: 'holders.field.givenNames', defaultMessage: 'Given names' },
  birthDate: { id: 'holders.field.birthDate', defaultMessage: 'Date of birth' },
  sex: { id: 'holders.field.sex', defaultMessage: 'Sex' },
  nationality: { id: 'holders.field.nationality', defaultMessage: 'Nationality' },
  idDocumentType: { id: 'holders.field.idDocumentType', defaultMessage: 'Identity document' },
  idDocumentNumber: { id: 'holders.field.idDocumentNumber', defaultMessage: 'Document number' },
  idDocumentCountry: { id: 'holders.field.idDocumentCountry', defaultMessage: 'Issued by (country)' },
  legalName: { id: 'holders.field.legalName', defaultMessage: 'Legal name' },
  organisationType: { id: 'holders.field.organisationType', defaultMessage: 'Type of organisation' },
  registrationNumber: { id: 'holders.field.registrationNumber', defaultMessage: 'Registration number' },
  country: { id: 'holders.field.country', defaultMessage: 'Country' },
  address: { id: 'holders.field.address', defaultMessage: 'Address' },
  phone: { id: 'holders.field.phone', defaultMessage: 'Telephone' },
});

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

function HolderDetails({ holder }: { holder: HolderDto }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const countries = useReferenceList('countries');
  const country = (code: string | null | undefined) => (code ? (countries.data?.find((c) => c.alpha2 === code) ? localName(countries.data.find((c) => c.alpha2 === code)!, locale) : code) : null);
  if (holder.restricted) {
    return (
      <Alert color="gray" variant="light" title={intl.formatMessage({ id: 'holders.restricted.title', defaultMessage: 'Restricted' })}>
        {intl.formatMessage({ id: 'holders.restricted.body', defaultMessage: 'This person’s identity, documents, birth date and address are personal data your role may not see. Their licences and firearms are shown below.' })}
      </Alert>
    );
  }
  const l = (key: keyof typeof fieldLabels) => intl.formatMessage(fieldLabels[key]);
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {holder.kind === 'person' ? (
          <>
            <Detail label={l('familyName')} value={holder.familyName} />
            <Detail label={l('givenNames')} value={holder.givenNames} />
            <Detail label={l('birthDate')} value={holder.birthDate ? intl.formatDate(holder.birthDate, { dateStyle: 'long', timeZone: 'UTC' }) : null} />
            <Detail label={l('sex')} value={wordFor(intl, sexWords, holder.sex)} />
            <Detail label={l('nationality')} value={country(holder.nationality)} />
            <Detail label={l('idDocumentType')} value={wordFor(intl, documentTypeWords, holder.idDocumentType)} />
            <Detail label={l('idDocumentNumber')} value={holder.idDocumentNumber} />
            <Detail label={l('idDocumentCountry')} value={country(holder.idDocumentCountry)} />
          </>
        ) : (
          <>
            <Detail label={l('legalName')} value={holder.legalName} />
            <Detail label={l('organisationType')} value={wordFor(intl, organisationTypeWords, holder.organisationType)} />
            <Detail label={l('registrationNumber')} value={holder.registrationNumber} />
            <Detail label={l('country')} value={country(holder.country)} />
          </>
        )}
        <Detail label={l('address')} value={holder.address} />
        <Detail label={l('phone')} value={holder.phone} />
      </SimpleGrid>
    </Card>
  );
}

/** The licence's status, and "expires soon" when it runs out within the warning period. */
export function LicenceBadges({ licence, today }: { licence: Pick<LicenceDto, 'status' | 'expiresOn'>; today: string }) {
  const intl = useIntl();
  const warning = expiryWarning(licence, today);
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={STATUS_COLOURS[licence.status]} variant={licence.status === 'active' ? 'outline' : 'filled'} radius="sm" tt="none">
        {wordFor(intl, licenceStatusWords, licence.status)}
      </Badge>
      {warning ? (
        <Badge color={BADGE_COLOURS.warning} variant="filled" radius="sm" tt="none">
          {intl.formatMessage({ id: 'licences.expiresSoon', defaultMessage: 'Expires in {days, plural, =0 {less than a day} one {# day} other {# days}}' }, { days: warning.days })}
        </Badge>
      ) : null}
    </Group>
  );
}

const licenceCsvColumns = (intl: IntlShape, categoryName: (c: string) => string) => [
  { header: intl.formatMessage({ id: 'licences.field.number', defaultMessage: 'Licence number' }), value: (l: LicenceDto) => l.number },
  { header: intl.formatMessage({ id: 'licences.field.kind', defaultMessage: 'Kind of licence' }), value: (l: LicenceDto) => wordFor(intl, licenceKindWords, l.kind) },
  { header: intl.formatMessage({ id: 'licences.column.status', defaultMessage: 'Status' }), value: (l: LicenceDto) => wordFor(intl, licenceStatusWords, l.status) },
  { header: intl.formatMessage({ id: 'licences.field.issuedOn', defaultMessage: 'Issued on' }), value: (l: LicenceDto) => l.issuedOn },
  { header: intl.formatMessage({ id: 'licences.field.expiresOn', defaultMessage: 'Expires on' }), value: (l: LicenceDto) => l.expiresOn },
  { header: intl.formatMessage({ id: 'licences.field.categories', defaultMessage: 'Categories covered' }), value: (l: LicenceDto) => l.categories.map(categoryName).join('; ') },
  { header: intl.formatMessage({ id: 'licences.field.reason', defaultMessage: 'Reason' }), value: (l: LicenceDto) => l.stateReason },
];

/** A holder's page: who (or "restricted"), their licences with their state and actions, and their firearms. */
export function HolderScreen() {
  const intl = useIntl();
  const { locale } = useLocale();
  const permissions = usePermissions();
  const { holderId } = route.useParams();
  const holder = useHolder(holderId);
  const [licencePaging, setLicencePaging] = useState<Paging>({});
  const [firearmPaging, setFirearmPaging] = useState<Paging>({});
  const licences = useHolderLicences(holderId, licencePaging, permissions.has('licence.read'));
  const covered = useCoveredFirearms((licences.data?.items ?? []).map((l) => l.id));
  const firearms = useHolderFirearms(holderId, firearmPaging);
  const categories = useReferenceList('categories');
  const [issuing, setIssuing] = useState(false);
  const [change, setChange] = useState<LicenceStateChange | null>(null);
  const today = isoDay(new Date());
  const categoryName = (code: string) => {
    const entry = categories.data?.find((c) => c.code === code);
    return entry ? localName(entry, locale) : code;
  };
  const name = holder.data ? holderName(holder.data) : null;
  const pageTitle = name ?? intl.formatMessage({ id: 'holders.page', defaultMessage: 'Holder' });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  const canWrite = permissions.has('licence.write');
  const stateLabel = {
    suspended: intl.formatMessage({ id: 'licences.suspend', defaultMessage: 'Suspend' }),
    revoked: intl.formatMessage({ id: 'licences.revoke', defaultMessage: 'Revoke' }),
    active: intl.formatMessage({ id: 'licences.reinstate', defaultMessage: 'Reinstate' }),
  };

  if (holder.error) return <ProblemAlert error={holder.error} />;
  if (!holder.data) return null;
  const h = holder.data;
  const licencesTitle = intl.formatMessage({ id: 'holders.licences', defaultMessage: 'Licences' });
  const firearmsTitle = intl.formatMessage({ id: 'holders.firearms', defaultMessage: 'Firearms held' });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <AnchorLink to="/holders" search={{}} size="sm">
          {intl.formatMessage({ id: 'holders.back', defaultMessage: '← All holders' })}
        </AnchorLink>
        <Group gap="sm" align="center">
          <Title order={1}>
            <HolderTitle holder={h} />
          </Title>
          <Badge variant="outline" color="gray.7" radius="sm" tt="none">
            {h.kind === 'organisation' ? wordFor(intl, organisationTypeWords, h.organisationType) : wordFor(intl, kindWords, h.kind)}
          </Badge>
        </Group>
      </Stack>
      <HolderDetails holder={h} />

      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2}>{licencesTitle}</Title>
          <Group gap="sm">
            {permissions.has('licence.read') ? (
              <CsvExportButton<LicenceDto> fileName={`licences-${h.id.slice(0, 8)}.csv`} columns={licenceCsvColumns(intl, categoryName)} fetchPage={(limit, offset) => fetchLicencePage(holderId, limit, offset)} />
            ) : null}
            {canWrite ? <Button onClick={() => setIssuing(true)}>{intl.formatMessage({ id: 'licences.issue', defaultMessage: 'Issue a licence' })}</Button> : null}
          </Group>
        </Group>
        <ProblemAlert error={licences.error} />
        <PagedTable<LicenceDto>
          label={licencesTitle}
          idAccessor="id"
          records={licences.data?.items}
          total={licences.data?.page.total}
          fetching={licences.isFetching}
          paging={licencePaging}
          onPaging={setLicencePaging}
          noRecordsText={intl.formatMessage({ id: 'holders.noLicences', defaultMessage: 'No licence issued to this holder.' })}
          columns={[
            { accessor: 'number', title: intl.formatMessage({ id: 'licences.field.number', defaultMessage: 'Licence number' }), render: (l) => <Text ff="monospace" fw={600} fz="sm">{l.number}</Text> },
            { accessor: 'kind', title: intl.formatMessage({ id: 'licences.field.kind', defaultMessage: 'Kind of licence' }), render: (l) => wordFor(intl, licenceKindWords, l.kind) },
            {
              accessor: 'status',
              title: intl.formatMessage({ id: 'licences.column.status', defaultMessage: 'Status' }),
              render: (l) => (
                <Stack gap={2}>
                  <LicenceBadges licence={l} today={today} />
                  {l.stateReason && l.status !== 'active' ? <Text size="xs">{l.stateReason}</Text> : null}
                </Stack>
              ),
            },
            {
              accessor: 'validity',
              title: intl.formatMessage({ id: 'licences.column.validity', defaultMessage: 'Valid' }),
              render: (l) =>
                intl.formatMessage(
                  { id: 'licences.validity', defaultMessage: '{from} to {to}' },
                  { from: intl.formatDate(l.issuedOn, { dateStyle: 'medium', timeZone: 'UTC' }), to: intl.formatDate(l.expiresOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
                ),
            },
            {
              accessor: 'categories',
              title: intl.formatMessage({ id: 'licences.field.categories', defaultMessage: 'Categories covered' }),
              render: (l) => (l.categories.length ? l.categories.map(categoryName).join(', ') : intl.formatMessage({ id: 'licences.allCategories', defaultMessage: 'All categories' })),
            },
            {
              accessor: 'firearmIds',
              title: intl.formatMessage({ id: 'licences.column.covered', defaultMessage: 'Firearms covered' }),
              render: (l) => {
                const ids = covered.get(l.id);
                return ids === undefined ? '…' : intl.formatNumber(ids.length);
              },
            },
            ...(canWrite
              ? [
                  {
                    accessor: 'actions',
                    title: intl.formatMessage({ id: 'common.actions', defaultMessage: 'Actions' }),
                    render: (l: LicenceDto) => (
                      <Group gap={4} wrap="nowrap">
                        {stateActions(l.status).map((state) => (
                          <Button
                            key={state}
                            size="compact-sm"
                            variant="default"
                            onClick={() => setChange({ licence: l, state })}
                            aria-label={`${stateLabel[state]} ${l.number}`}
                          >
                            {stateLabel[state]}
                          </Button>
                        ))}
                      </Group>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Stack>

      <Stack gap="sm">
        <Title order={2}>{firearmsTitle}</Title>
        <ProblemAlert error={firearms.error} />
        <PagedTable
          label={firearmsTitle}
          idAccessor="id"
          records={firearms.data?.items}
          total={firearms.data?.page.total}
          totalIsExact={firearms.data?.page.totalIsExact}
          fetching={firearms.isFetching}
          paging={firearmPaging}
          onPaging={setFirearmPaging}
          noRecordsText={intl.formatMessage({ id: 'holders.noFirearms', defaultMessage: 'This holder holds no firearm on the register.' })}
          columns={[
            {
              accessor: 'serialNumber',
              title: intl.formatMessage({ id: 'firearm.serial', defaultMessage: 'Serial number' }),
              render: (f) => (
                <AnchorLink to="/firearms/$firearmId" params={{ firearmId: f.id }} ff="monospace" fw={600}>
                  {f.serialNumber.asWritten ?? intl.formatMessage({ id: 'firearm.noSerial', defaultMessage: 'No serial recorded' })}
                </AnchorLink>
              ),
            },
            { accessor: 'make', title: intl.formatMessage({ id: 'firearm.make', defaultMessage: 'Make' }), render: (f) => f.make.asWritten ?? f.make.manufacturerCode ?? '' },
            { accessor: 'model', title: intl.formatMessage({ id: 'firearm.model', defaultMessage: 'Model' }), render: (f) => f.model ?? '' },
            { accessor: 'category', title: intl.formatMessage({ id: 'firearm.category', defaultMessage: 'Category' }), render: (f) => (f.category ? categoryName(f.category) : '') },
            { accessor: 'status', title: intl.formatMessage({ id: 'firearm.status', defaultMessage: 'Status' }), render: (f) => <StatusBadge status={f.status} /> },
          ]}
        />
      </Stack>
      <RecordTrail recordType="holder" recordId={holderId} />
      <IssueLicenceModal holderId={holderId} opened={issuing} onClose={() => setIssuing(false)} />
      <LicenceStateModal change={change} onClose={() => setChange(null)} />
    </Stack>
  );
}
