import { ApiProperty } from '@nestjs/swagger';
import type { SameShape } from '../../../common/http/responds.js';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportKind, type ImportStatus } from '../import.entities.js';
import type { ColumnSource } from '../columns.js';
import type { ImportPreview } from '../import-preview.js';
import type { ImportsController } from '../imports.controller.js';
import type { toImportResponse } from './import.dto.js';

const textOrNull = { type: String, nullable: true } as const;
const uuidOrNull = { type: String, format: 'uuid', nullable: true } as const;

export class ImportFileResponse {
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer', description: 'Bytes.' }) size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ ...textOrNull, example: 'csv' }) format: string | null;
  @ApiProperty({ ...textOrNull, example: 'utf-8' }) encoding: string | null;
  @ApiProperty({ type: [String], description: 'Headers that map to no field.' }) ignoredColumns: string[];
}

export class ImportProgressResponse {
  @ApiProperty({ type: 'integer' }) rowsRead: number;
  @ApiProperty({ type: 'integer' }) rowsAccepted: number;
  @ApiProperty({ type: 'integer' }) rowsRejected: number;
  @ApiProperty({ type: 'integer' }) rowsDuplicate: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) percent: number;
  @ApiProperty({ type: 'integer' }) rowsPerSecond: number;
}

export class ImportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind' }) kind: ImportKind;
  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'ImportStatus' }) status: ImportStatus;
  @ApiProperty() dryRun: boolean;
  @ApiProperty() allOrNothing: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } }, description: "The file's own vocabulary mapped to known values, per field: {\"category\": {\"lance-pierre\": \"other\"}}." })
  valueMapping: Record<string, Record<string, string>>;
  @ApiProperty({ type: 'integer', description: 'Times the import was taken over and resumed after a lost worker or lease.' }) resumeCount: number;
  @ApiProperty({ type: ImportFileResponse }) file: ImportFileResponse;
  @ApiProperty({ type: ImportProgressResponse }) progress: ImportProgressResponse;
  @ApiProperty({ ...textOrNull, description: 'Why the import failed.' }) error: string | null;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty(uuidOrNull) campaignId: string | null;
  @ApiProperty(uuidOrNull) seizureId: string | null;
  @ApiProperty(uuidOrNull) requestedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}
true satisfies SameShape<ImportResponse, ReturnType<typeof toImportResponse>>;

/** A rejected row: its number in the file, the field and the reason. */
export class ImportRowErrorResponse {
  @ApiProperty({ type: 'integer' }) row: number;
  @ApiProperty() field: string;
  @ApiProperty() reason: string;
  @ApiProperty({ ...uuidOrNull, description: 'The record the row duplicates.' }) duplicateOf: string | null;
}
true satisfies SameShape<{ items: ImportRowErrorResponse[] }, Pick<Awaited<ReturnType<ImportsController['errors']>>, 'items'>>;

export class ImportPreviewColumnResponse {
  @ApiProperty({ type: 'integer', description: 'Position in the file, from 0.' }) index: number;
  @ApiProperty() header: string;
  @ApiProperty({ ...textOrNull, description: 'The field the column is read as; null when it is left out.' }) field: string | null;
  @ApiProperty({ enum: ['recognised', 'mapped', 'ignored', 'unknown'], enumName: 'ImportColumnSource', description: 'recognised: by its header (English, French or Spanish); mapped: by the columnMapping; ignored: left out by the columnMapping; unknown: no field has this header.' })
  source: ColumnSource;
  @ApiProperty({ type: [String], description: 'The column\'s values in the first rows.' }) samples: string[];
}

export class ImportFieldResponse {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The file must have a column for it.' }) required: boolean;
  @ApiProperty({ type: [String], description: 'Headers recognised as this field, compared without case, accents or punctuation.' }) headers: string[];
}

export class ImportDuplicateFieldResponse {
  @ApiProperty() field: string;
  @ApiProperty({ type: [String] }) headers: string[];
}

/** What an import of the file would read, from its header and first rows; nothing is stored. */
export class ImportPreviewResponse {
  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind' }) kind: ImportKind;
  @ApiProperty({ example: 'csv' }) format: string;
  @ApiProperty({ ...textOrNull, example: 'windows-1252' }) encoding: string | null;
  @ApiProperty({ type: [ImportPreviewColumnResponse] }) columns: ImportPreviewColumnResponse[];
  @ApiProperty({ type: [String], description: 'Headers left out by the columnMapping.' }) ignoredColumns: string[];
  @ApiProperty({ type: [String], description: 'Headers no field of the kind has: left out unless mapped.' }) unknownColumns: string[];
  @ApiProperty({ type: [String], description: 'Required fields no column is read as: the import would fail.' }) missingFields: string[];
  @ApiProperty({ type: [ImportDuplicateFieldResponse], description: 'Fields two columns are read as: the import would fail.' }) duplicateFields: ImportDuplicateFieldResponse[];
  @ApiProperty({ type: [ImportFieldResponse], description: 'Every field of the kind, for a mapping.' }) fields: ImportFieldResponse[];
  @ApiProperty({ type: 'integer', description: 'Rows read for the samples.' }) sampleRows: number;
}
true satisfies SameShape<ImportPreviewResponse, ImportPreview>;
