import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page.js';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportJob, type ImportKind, type ImportStatus } from '../import.entities.js';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** A multipart field holding JSON: parsed, or left as a value the validator refuses. */
const json = ({ value }: { value: unknown }) => {
  try {
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return 'not json';
  }
};

const COLUMN_MAPPING_DOC = {
  description: 'JSON object: file header → field (serialNumber, make, model, calibre, category, …); "" leaves the column out. It wins over the built-in header names.',
  example: '{"NUM_ARME":"serialNumber","COULEUR":""}',
};

/** The multipart form fields that come with the file. */
export class CreateImportRequest {
  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;

  @ApiPropertyOptional({ description: 'Validate every row and report, writing nothing', default: false })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ description: 'Write nothing if any row is refused (duplicates of records already on the register are skipped, as always)', default: false })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  allOrNothing?: boolean;

  @ApiPropertyOptional(COLUMN_MAPPING_DOC)
  @IsOptional()
  @Transform(json)
  @IsObject({ message: 'columnMapping must be a JSON object of header → field' })
  columnMapping?: Record<string, string>;

  @ApiPropertyOptional({ description: 'JSON object: field → { value as the file writes it → code }, applied before the reference data and its aliases', example: '{"category":{"lance-pierre":"other"}}' })
  @IsOptional()
  @Transform(json)
  @IsObject({ message: 'valueMapping must be a JSON object of field → { value: code }' })
  valueMapping?: Record<string, Record<string, string>>;

  @ApiPropertyOptional({ description: 'Kind markings: the marking campaign whose log the file is' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ description: 'Kind seizure_items (required): the seizure case the items were seized in' })
  @IsOptional()
  @IsUUID()
  seizureId?: string;
}

/** The multipart form fields of a preview: the kind the file would be imported as, and the officer's mapping so far. */
export class PreviewImportRequest {
  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;

  @ApiPropertyOptional(COLUMN_MAPPING_DOC)
  @IsOptional()
  @Transform(json)
  @IsObject({ message: 'columnMapping must be a JSON object of header → field' })
  columnMapping?: Record<string, string>;
}

export class CancelImportRequest {
  @ApiProperty()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class ImportListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: IMPORT_STATUSES })
  @IsOptional()
  @IsIn(IMPORT_STATUSES)
  status?: ImportStatus;

  @ApiPropertyOptional({ enum: IMPORT_KINDS })
  @IsOptional()
  @IsIn(IMPORT_KINDS)
  kind?: ImportKind;
}

export function toImportResponse(job: ImportJob) {
  const finished = job.finishedAt ?? null;
  const seconds = job.startedAt ? ((finished ?? new Date()).getTime() - job.startedAt.getTime()) / 1000 : 0;
  const size = Number(job.fileSize);
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    dryRun: job.dryRun,
    allOrNothing: job.allOrNothing,
    valueMapping: job.valueMapping,
    resumeCount: job.resumeCount,
    file: { name: job.fileName, size, sha256: job.fileSha256, format: job.fileFormat, encoding: job.fileEncoding, ignoredColumns: job.ignoredColumns },
    progress: {
      rowsRead: job.rowsRead,
      rowsAccepted: job.rowsAccepted,
      rowsRejected: job.rowsRejected,
      rowsDuplicate: job.rowsDuplicate,
      percent: job.status === 'completed' ? 100 : size > 0 ? Math.min(99, Math.floor((Number(job.bytesRead) / size) * 100)) : 0,
      rowsPerSecond: seconds > 0 ? Math.round(job.rowsRead / seconds) : 0,
    },
    error: job.error,
    agencyId: job.agencyId,
    campaignId: job.campaignId,
    seizureId: job.seizureId,
    requestedBy: job.requestedBy,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: finished?.toISOString() ?? null,
  };
}
