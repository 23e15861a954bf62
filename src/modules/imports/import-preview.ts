import { readColumns, type ColumnSource, type FieldNames } from './columns.js';
import type { ImportKind } from './import.entities.js';

/** Rows a preview reads after the header: enough to see what each column holds. */
export const PREVIEW_ROWS = 5;

export interface ImportPreview {
  kind: ImportKind;
  format: string;
  encoding: string | null;
  columns: { index: number; header: string; field: string | null; source: ColumnSource; samples: string[] }[];
  ignoredColumns: string[];
  unknownColumns: string[];
  missingFields: string[];
  duplicateFields: { field: string; headers: string[] }[];
  fields: { name: string; required: boolean; headers: string[] }[];
  sampleRows: number;
}

/**
 * What an import would read from a file's header and first rows, with the mapping
 * given: each column's field, the columns left out, and what would make the import
 * fail (a required field without a column, two columns for one field).
 */
export function previewFile(
  file: { kind: ImportKind; format: string; encoding: string | null; headers: string[]; rows: string[][] },
  kind: { fields: FieldNames; requiredColumns: readonly string[] },
  mapping: Record<string, string>,
): ImportPreview {
  const readings = readColumns(file.headers, kind.fields, mapping);
  const columns = readings.map((reading, index) => ({ index, ...reading, samples: file.rows.map((cells) => (cells[index] ?? '').trim()) }));
  const byField = new Map<string, string[]>();
  for (const { field, header } of readings) if (field) byField.set(field, [...(byField.get(field) ?? []), header]);
  return {
    kind: file.kind,
    format: file.format,
    encoding: file.encoding,
    columns,
    ignoredColumns: readings.filter((r) => r.source === 'ignored').map((r) => r.header),
    unknownColumns: readings.filter((r) => r.source === 'unknown').map((r) => r.header),
    missingFields: kind.requiredColumns.filter((field) => !byField.has(field)),
    duplicateFields: [...byField].filter(([, headers]) => headers.length > 1).map(([field, headers]) => ({ field, headers })),
    fields: Object.entries(kind.fields).map(([name, headers]) => ({ name, required: kind.requiredColumns.includes(name), headers: [...new Set(headers)] })),
    sampleRows: file.rows.length,
  };
}
