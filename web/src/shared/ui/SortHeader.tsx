import { Group, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

export type SortDirection = 'asc' | 'desc';

/**
 * A column title that orders a server-paged list: a real button (Tab, Enter, Space),
 * saying its state in the user's language. mantine-datatable's own sortable headers
 * announce "Sorted ascending" / "Not sorted" in English only, so lists use this instead.
 */
export function SortHeader({ label, direction, onSort, firstDirection = 'asc' }: { label: ReactNode; direction: SortDirection | null; onSort: (direction: SortDirection) => void; firstDirection?: SortDirection }) {
  const intl = useIntl();
  const state =
    direction === 'asc'
      ? intl.formatMessage({ id: 'common.sort.ascending', defaultMessage: 'sorted ascending' })
      : direction === 'desc'
        ? intl.formatMessage({ id: 'common.sort.descending', defaultMessage: 'sorted descending' })
        : intl.formatMessage({ id: 'common.sort.none', defaultMessage: 'not sorted' });
  const next: SortDirection = direction === null ? firstDirection : direction === 'asc' ? 'desc' : 'asc';
  return (
    <UnstyledButton onClick={() => onSort(next)} fw="inherit" fz="inherit" aria-description={state} style={{ whiteSpace: 'nowrap' }}>
      <Group gap={4} wrap="nowrap" component="span">
        <span>{label}</span>
        <span aria-hidden="true">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '⇅'}</span>
      </Group>
    </UnstyledButton>
  );
}
