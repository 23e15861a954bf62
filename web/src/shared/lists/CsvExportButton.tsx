import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../ui/ProblemAlert';
import { CSV_ROW_LIMIT, downloadCsv, fetchBounded, toCsv, type CsvColumn } from './csv';

interface CsvExportButtonProps<T> {
  fileName: string;
  columns: CsvColumn<T>[];
  fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; page: { total: number } }>;
}

/** Downloads what the filter shows as CSV, up to CSV_ROW_LIMIT rows (said on the button's note). */
export function CsvExportButton<T>({ fileName, columns, fetchPage }: CsvExportButtonProps<T>) {
  const intl = useIntl();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = async () => {
    setPending(true);
    setError(null);
    try {
      const { rows, total, truncated } = await fetchBounded(fetchPage);
      downloadCsv(fileName, toCsv(rows, columns));
      setNote(
        truncated
          ? intl.formatMessage({ id: 'lists.csv.truncated', defaultMessage: 'Exported the first {rows, number} of {total, number} rows: narrow the filters for the rest.' }, { rows: rows.length, total })
          : intl.formatMessage({ id: 'lists.csv.done', defaultMessage: 'Exported {rows, number} rows.' }, { rows: rows.length }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <Group gap="sm" align="center">
      <Button variant="default" onClick={() => void run()} loading={pending}>
        {intl.formatMessage({ id: 'lists.csv.export', defaultMessage: 'Export CSV' })}
      </Button>
      <Text size="sm" c="dimmed" role="status">
        {note ?? intl.formatMessage({ id: 'lists.csv.limit', defaultMessage: 'What the filters show, up to {limit, number} rows.' }, { limit: CSV_ROW_LIMIT })}
      </Text>
      <ProblemAlert error={error} />
    </Group>
  );
}
