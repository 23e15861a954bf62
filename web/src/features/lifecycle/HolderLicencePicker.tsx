import { Alert, Badge, Group, Loader, Radio, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { licenceKindWords, wordFor } from '../holders/holder-words';
import { holderName } from '../holders/HolderTitle';
import { localName, useReferenceList } from '../search/queries';
import { licenceFit, type LicenceFit } from './event-forms';
import { useHolderSearch, useLicencesOf, type HolderDto, type LicenceDto } from './queries';

/** A holder as the officer recognises them in a list: name, then document or registration number. */
function holderLabel(intl: ReturnType<typeof useIntl>, h: HolderDto): string {
  const name = holderName(h) ?? intl.formatMessage({ id: 'holder.restricted', defaultMessage: 'Restricted (personal data)' });
  const document = h.kind === 'person' ? h.idDocumentNumber : h.registrationNumber;
  return document ? `${name} · ${document}` : name;
}

export function FitWords({ fit, categoryName }: { fit: LicenceFit; categoryName: string }) {
  const intl = useIntl();
  switch (fit.fit) {
    case 'ok':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.ok', defaultMessage: 'Valid today and covers this firearm' })}</>;
    case 'expired':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.expired', defaultMessage: 'Expired on {date}' }, { date: intl.formatDate(fit.on, { dateStyle: 'medium', timeZone: 'UTC' }) })}</>;
    case 'not_yet_valid':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.notYetValid', defaultMessage: 'Not valid before {date}' }, { date: intl.formatDate(fit.from, { dateStyle: 'medium', timeZone: 'UTC' }) })}</>;
    case 'suspended':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.suspended', defaultMessage: 'Suspended' })}</>;
    case 'revoked':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.revoked', defaultMessage: 'Revoked' })}</>;
    case 'not_covering':
      return <>{intl.formatMessage({ id: 'lifecycle.licence.notCovering', defaultMessage: 'Does not cover this category ({category})' }, { category: categoryName })}</>;
  }
}

/**
 * The receiving holder, found by name or document, and one of their licences. Every
 * licence is listed with what it allows today: an expired, suspended or non-covering
 * one is marked so before submitting (the API still decides, and says why).
 */
export function HolderLicencePicker({
  category,
  holderId,
  licenceId,
  onChange,
  holderError,
  licenceError,
  required,
  excludeHolderId,
}: {
  category: string | null;
  holderId: string | null;
  licenceId: string | null;
  onChange: (holderId: string | null, licence: LicenceDto | null) => void;
  holderError?: React.ReactNode;
  licenceError?: React.ReactNode;
  required: boolean;
  excludeHolderId?: string | null;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 300);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const holders = useHolderSearch(term);
  const licences = useLicencesOf(holderId);
  const categories = useReferenceList('categories');
  const categoryEntry = categories.data?.find((c) => c.code === category);
  const categoryName = categoryEntry ? localName(categoryEntry, locale) : (category ?? '—');
  const options = useMemo(() => {
    const found = (holders.data?.items ?? []).filter((h) => h.id !== excludeHolderId).map((h) => ({ value: h.id, label: holderLabel(intl, h) }));
    return chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  }, [holders.data, chosen, excludeHolderId, intl]);
  const items = licences.data?.items ?? [];
  const selected = items.find((l) => l.id === licenceId) ?? null;
  const selectedFit = selected ? licenceFit(selected, category) : null;

  return (
    <Stack gap="xs">
      <Select
        label={intl.formatMessage({ id: 'lifecycle.holder.label', defaultMessage: 'Receiving holder' })}
        description={intl.formatMessage({ id: 'lifecycle.holder.help', defaultMessage: 'Type part of a name, or a document or registration number.' })}
        placeholder={intl.formatMessage({ id: 'lifecycle.holder.placeholder', defaultMessage: 'Search the holders' })}
        required={required}
        searchable
        clearable
        data={options}
        value={holderId}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        onChange={(value, option) => {
          setChosen(value && option ? { value, label: option.label } : null);
          onChange(value, null);
        }}
        nothingFoundMessage={
          term.trim().length < 2
            ? intl.formatMessage({ id: 'lifecycle.holder.typeMore', defaultMessage: 'Type at least two characters' })
            : holders.isFetching
              ? intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })
              : intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })
        }
        rightSection={holders.isFetching ? <Loader size="xs" /> : undefined}
        error={holderError}
      />
      {holderId ? (
        licences.isPending ? (
          <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading', defaultMessage: 'Loading' })} />
        ) : (
          <Radio.Group
            label={intl.formatMessage({ id: 'lifecycle.licence.label', defaultMessage: 'Licence of the holder' })}
            required={required}
            value={licenceId}
            onChange={(value) => onChange(holderId, items.find((l) => l.id === value) ?? null)}
            error={licenceError}
          >
            {items.length === 0 ? (
              <Text size="sm" mt={4}>
                {intl.formatMessage({ id: 'lifecycle.licence.none', defaultMessage: 'This holder has no licence: issue one on their page first.' })}
              </Text>
            ) : (
              <Stack gap={6} mt={6}>
                {items.map((l) => {
                  const fit = licenceFit(l, category);
                  return (
                    <Radio
                      key={l.id}
                      value={l.id}
                      label={
                        <Group gap={6}>
                          <Text span size="sm" ff="monospace">
                            {l.number}
                          </Text>
                          <Text span size="sm">
                            {wordFor(intl, licenceKindWords, l.kind)}
                          </Text>
                          <Badge size="sm" radius="sm" tt="none" variant={fit.fit === 'ok' ? 'outline' : 'filled'} color={fit.fit === 'ok' ? 'green.9' : 'red.9'}>
                            <FitWords fit={fit} categoryName={categoryName} />
                          </Badge>
                        </Group>
                      }
                      description={intl.formatMessage(
                        { id: 'lifecycle.licence.validity', defaultMessage: 'Valid {from} to {to}' },
                        { from: intl.formatDate(l.issuedOn, { dateStyle: 'medium', timeZone: 'UTC' }), to: intl.formatDate(l.expiresOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
                      )}
                    />
                  );
                })}
              </Stack>
            )}
          </Radio.Group>
        )
      ) : null}
      {selectedFit && selectedFit.fit !== 'ok' ? (
        <Alert color="yellow" variant="light" data-testid="licence-warning">
          {intl.formatMessage({ id: 'lifecycle.licence.warning', defaultMessage: 'Licence {number}:' }, { number: selected!.number })} <FitWords fit={selectedFit} categoryName={categoryName} />.{' '}
          {intl.formatMessage({ id: 'lifecycle.licence.willRefuse', defaultMessage: 'The registry will refuse it.' })}
        </Alert>
      ) : null}
    </Stack>
  );
}
