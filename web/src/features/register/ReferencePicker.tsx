import { Autocomplete, Group, Select, Text, type AutocompleteProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../../shared/api/client';
import { unwrap } from '../../shared/api/problem';
import { useLocale } from '../../shared/i18n/I18nProvider';
import { localName, useReferenceList } from '../search/queries';
import { useAliasSuggestions } from './queries';

type InputProps = { value: string; onChange: (value: string) => void; error?: React.ReactNode; onBlur?: () => void; onFocus?: () => void };

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Make or calibre: completion from the names and every recorded spelling
 * ("IZHMASH" offers Kalashnikov Concern); what was typed may still be kept as written.
 */
export function AliasField({ list, label, input, ...rest }: { list: 'manufacturers' | 'calibres'; label: string; input: InputProps } & Omit<AutocompleteProps, 'value' | 'onChange' | 'data' | 'label' | 'error'>) {
  const intl = useIntl();
  const [typed] = useDebouncedValue(input.value, 200);
  const suggestions = useAliasSuggestions(list, typed);
  const items = suggestions.data ?? [];
  const known = input.value.trim() !== '' && items.some((s) => fold(s.value) === fold(input.value) || (s.matched !== undefined && fold(s.matched) === fold(input.value)));
  const settled = typed === input.value && !suggestions.isFetching;
  const matchedOf = useMemo(() => new Map(items.map((s) => [s.value, s.matched])), [items]);
  const description =
    input.value.trim() === '' || !settled
      ? undefined
      : known
        ? intl.formatMessage({ id: 'register.alias.known', defaultMessage: 'In the reference list.' })
        : list === 'manufacturers'
          ? intl.formatMessage({ id: 'register.alias.unknownMake', defaultMessage: 'Not in the reference list: kept as written, and the make goes to the review queue.' })
          : intl.formatMessage({ id: 'register.alias.unknownCalibre', defaultMessage: 'Not in the reference list: kept as written.' });
  return (
    <Autocomplete
      label={label}
      value={input.value}
      onChange={input.onChange}
      onBlur={input.onBlur}
      onFocus={input.onFocus}
      error={input.error}
      description={description}
      data={items.map((s) => s.value)}
      // The API matched spellings the names do not show: never filter its answer again here.
      filter={({ options }) => options}
      renderOption={({ option }) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{option.value}</Text>
          {matchedOf.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {intl.formatMessage({ id: 'register.alias.matched', defaultMessage: '(also written “{alias}”)' }, { alias: matchedOf.get(option.value) })}
            </Text>
          ) : null}
        </Group>
      )}
      spellCheck={false}
      autoComplete="off"
      {...rest}
    />
  );
}

/**
 * Category or country: a code chosen from the list, found by its name in any of the
 * three languages or by a spelling registers use (the API's value aliases).
 */
export function CodeField({ list, label, value, onChange, error, ...rest }: { list: 'categories' | 'countries'; label: string; value?: string | null; onChange: (value: string | null) => void; error?: React.ReactNode } & Omit<SelectProps, 'value' | 'onChange' | 'data' | 'label' | 'error'>) {
  const intl = useIntl();
  const { locale } = useLocale();
  const all = useReferenceList(list);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const options = useMemo(() => (all.data ?? []).map((entry) => ({ value: (entry.code ?? entry.alpha2)!, label: localName(entry, locale) })), [all.data, locale]);
  const selectedLabel = options.find((o) => o.value === value)?.label;
  const searching = q.trim() !== '' && q !== selectedLabel;
  const matches = useQuery({
    queryKey: ['reference', list, 'codes', q.trim()],
    enabled: searching,
    staleTime: 5 * 60 * 1000,
    queryFn: async () => {
      const page = list === 'categories' ? unwrap(await api.GET('/reference/categories', { params: { query: { q: q.trim(), limit: 50, active: true } } })) : unwrap(await api.GET('/reference/countries', { params: { query: { q: q.trim(), limit: 50, active: true } } }));
      return new Set(page.items.map((entry) => ('alpha2' in entry ? entry.alpha2 : entry.code)));
    },
  });
  return (
    <Select
      label={label}
      data={options}
      value={value ?? null}
      onChange={onChange}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // A name typed in the user's language matches here; an alias (IZH, "Côte d'Ivoire" written "Ivory Coast") through the API.
      filter={({ options: shown, search: typedNow }) => {
        const wanted = fold(typedNow);
        if (!wanted || typedNow === selectedLabel) return shown;
        return shown.filter((o) => 'value' in o && (fold(o.label).includes(wanted) || (searching && matches.data?.has(o.value))));
      }}
      nothingFoundMessage={intl.formatMessage({ id: 'common.nothingFound', defaultMessage: 'Nothing found' })}
      {...rest}
    />
  );
}

/** Marks and serials in a fixed-width face, in the input only (not its label): O and 0, I and 1 told apart. */
export const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
