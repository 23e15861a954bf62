/**
 * CSV of what a list's filter shows, built in the browser from the API's own pages:
 * the API has no export for these lists. Bounded (CSV_ROW_LIMIT rows) so an export
 * never pages through a national register; the screen says when it was cut.
 */
export const CSV_ROW_LIMIT = 1_000;
const API_PAGE = 200;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))).join(','))];
  // A BOM so spreadsheet programs read accented names (Thiès, Peña) as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Fetches the filter's pages until the list ends or the bound is reached. */
export async function fetchBounded<T>(fetchPage: (limit: number, offset: number) => Promise<{ items: T[]; page: { total: number } }>, limit = CSV_ROW_LIMIT): Promise<{ rows: T[]; total: number; truncated: boolean }> {
  const rows: T[] = [];
  let total = 0;
  while (rows.length < limit) {
    const size = Math.min(API_PAGE, limit - rows.length);
    const answer = await fetchPage(size, rows.length);
    total = answer.page.total;
    rows.push(...answer.items);
    if (answer.items.length < size) break;
  }
  return { rows, total: Math.max(total, rows.length), truncated: total > rows.length };
}

export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
