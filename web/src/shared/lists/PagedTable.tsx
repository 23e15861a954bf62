import 'mantine-datatable/styles.css';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useIntl } from 'react-intl';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type Paging } from './paging';

interface PagedTableProps<T> {
  label: string;
  records: T[] | undefined;
  total: number | undefined;
  /** False when the API could only estimate the total (more than 1,000 matching). */
  totalIsExact?: boolean;
  fetching: boolean;
  paging: Paging;
  onPaging: (paging: Paging) => void;
  columns: DataTableColumn<T>[];
  idAccessor: keyof T & string;
  noRecordsText: string;
}

/** A server-paged list: the page and its size are the URL's, the rows one API page. */
export function PagedTable<T>({ label, records, total, totalIsExact = true, fetching, paging, onPaging, columns, idAccessor, noRecordsText }: PagedTableProps<T>) {
  const intl = useIntl();
  const pageSize = paging.pageSize ?? DEFAULT_PAGE_SIZE;
  return (
    <DataTable<T>
      aria-label={label}
      withTableBorder
      striped
      minHeight={records?.length ? undefined : 160}
      idAccessor={idAccessor}
      records={records ?? []}
      fetching={fetching}
      totalRecords={total ?? 0}
      recordsPerPage={pageSize}
      page={paging.page ?? 1}
      onPageChange={(page) => onPaging({ ...paging, page: page > 1 ? page : undefined })}
      recordsPerPageOptions={[...PAGE_SIZES]}
      onRecordsPerPageChange={(size) => onPaging({ page: undefined, pageSize: size === DEFAULT_PAGE_SIZE ? undefined : size })}
      recordsPerPageLabel={intl.formatMessage({ id: 'common.perPage', defaultMessage: 'Rows per page' })}
      paginationText={({ from, to, totalRecords }) =>
        totalIsExact
          ? intl.formatMessage({ id: 'common.range', defaultMessage: '{from}–{to} of {total}' }, { from, to, total: totalRecords })
          : intl.formatMessage({ id: 'lists.rangeAbout', defaultMessage: '{from}–{to} of about {total}' }, { from, to, total: totalRecords })
      }
      getPaginationControlProps={(control) =>
        control === 'previous'
          ? { 'aria-label': intl.formatMessage({ id: 'common.previousPage', defaultMessage: 'Previous page' }) }
          : control === 'next'
            ? { 'aria-label': intl.formatMessage({ id: 'common.nextPage', defaultMessage: 'Next page' }) }
            : {}
      }
      noRecordsText={noRecordsText}
      columns={columns}
    />
  );
}
