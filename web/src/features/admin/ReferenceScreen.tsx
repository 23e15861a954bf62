import { Button, Group, Stack, Tabs, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Paging } from '../../shared/lists/paging';
import { REFERENCE_LISTS, type ReferenceList } from './list-search';
import { CalibreList, ManufacturerList, NamedListPanel } from './ReferenceLists';
import { ReviewQueue } from './ReviewQueue';

const route = getRouteApi('/app/admin/reference');

/** Reference data, one list per tab (the tab, its search and page in the URL); the review queue first. */
export function ReferenceScreen() {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list: ReferenceList = search.list ?? 'unresolved';
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const title = intl.formatMessage({ id: 'admin.reference.title', defaultMessage: 'Reference data' });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const tabs: Record<ReferenceList, string> = {
    unresolved: intl.formatMessage({ id: 'admin.queue.title', defaultMessage: 'Makes to review' }),
    manufacturers: intl.formatMessage({ id: 'admin.reference.manufacturers', defaultMessage: 'Manufacturers' }),
    calibres: intl.formatMessage({ id: 'admin.reference.calibres', defaultMessage: 'Calibres' }),
    categories: intl.formatMessage({ id: 'admin.reference.categories', defaultMessage: 'Firearm categories' }),
    actions: intl.formatMessage({ id: 'admin.reference.actions', defaultMessage: 'Firearm actions' }),
    countries: intl.formatMessage({ id: 'admin.reference.countries', defaultMessage: 'Countries' }),
  };
  const onPaging = (paging: Paging) => void navigate({ search: (previous) => ({ ...previous, ...paging }) });
  const panelProps = { search, onPaging };

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Tabs value={list} onChange={(value) => void navigate({ search: { list: value === 'unresolved' ? undefined : (value as ReferenceList) } })} keepMounted={false}>
        <Tabs.List>
          {REFERENCE_LISTS.map((l) => (
            <Tabs.Tab key={l} value={l}>
              {tabs[l]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {REFERENCE_LISTS.map((l) => (
          <Tabs.Panel key={l} value={l} pt="md">
            <Stack gap="sm">
              {l !== 'unresolved' ? (
                <form
                  aria-label={intl.formatMessage({ id: 'admin.reference.searchLabel', defaultMessage: 'Search {list}' }, { list: tabs[l] })}
                  onSubmit={(event) => {
                    event.preventDefault();
                    void navigate({ search: (previous) => ({ ...previous, q: q.trim() || undefined, page: undefined }) });
                  }}
                >
                  <Group align="flex-end" gap="xs">
                    <TextInput
                      label={intl.formatMessage({ id: 'admin.reference.search', defaultMessage: 'Name, code or spelling' })}
                      value={q}
                      onChange={(e) => setQ(e.currentTarget.value)}
                      w={320}
                    />
                    <Button type="submit">{intl.formatMessage({ id: 'holders.filter.apply', defaultMessage: 'Search' })}</Button>
                  </Group>
                </form>
              ) : null}
              {l === 'unresolved' ? <ReviewQueue {...panelProps} /> : null}
              {l === 'manufacturers' ? <ManufacturerList {...panelProps} /> : null}
              {l === 'calibres' ? <CalibreList {...panelProps} /> : null}
              {l === 'categories' || l === 'actions' || l === 'countries' ? <NamedListPanel list={l} {...panelProps} /> : null}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
