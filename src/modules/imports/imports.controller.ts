import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, type PipeTransform, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { Permission } from '../../common/auth/decorators.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { CancelImportRequest, CreateImportRequest, ImportListQuery, PreviewImportRequest, toImportResponse } from './dto/import.dto.js';
import { IMPORT_KINDS } from './import.entities.js';
import { ImportsService } from './imports.service.js';
import { Responds } from '../../common/http/responds.js';
import { ImportPreviewResponse, ImportResponse, ImportRowErrorResponse } from './dto/import.openapi.js';

/** The multipart fields every upload carries. */
const UPLOAD_FIELDS = {
  file: { type: 'string', format: 'binary' },
  kind: { type: 'string', enum: [...IMPORT_KINDS] },
};

/** Refuses an upload without its file, naming the field. */
const requiredFile: PipeTransform<Express.Multer.File | undefined, Express.Multer.File> = {
  transform(file) {
    if (!file) throw new DomainError('IMPORT_FILE_MISSING', 'Attach the file as the multipart field "file".', { errors: [{ field: 'file', message: 'is required' }] });
    return file;
  },
};

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Uploads a CSV or XLSX file (streamed to storage) and queues its import. */
  @Responds(ImportResponse, { description: 'Accepted: the import is queued.' })
  @Post()
  @HttpCode(202)
  @Permission('import.run')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        ...UPLOAD_FIELDS,
        dryRun: { type: 'boolean' },
        allOrNothing: { type: 'boolean' },
        columnMapping: { type: 'string', description: 'JSON object: header → field; "" leaves the column out' },
        valueMapping: { type: 'string', description: 'JSON object: field → { value in the file → code }, e.g. {"category":{"lance-pierre":"other"}}' },
        campaignId: { type: 'string', format: 'uuid', description: 'Kind markings: the marking campaign whose log the file is' },
        seizureId: { type: 'string', format: 'uuid', description: 'Kind seizure_items (required): the seizure case' },
      },
    },
  })
  async create(@UploadedFile(requiredFile) file: Express.Multer.File, @Body() body: CreateImportRequest) {
    const job = await this.imports.create({ kind: body.kind, dryRun: body.dryRun ?? false, allOrNothing: body.allOrNothing ?? false, columnMapping: body.columnMapping ?? {}, valueMapping: body.valueMapping ?? {}, campaignId: body.campaignId, seizureId: body.seizureId, fileName: file.originalname, tempPath: file.path });
    return toImportResponse(job);
  }

  /** How the file's columns would be read (header and first rows only, with the mapping given): nothing is stored or queued. */
  @Responds(ImportPreviewResponse)
  @Post('preview')
  @HttpCode(200)
  @Permission('import.run')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        ...UPLOAD_FIELDS,
        columnMapping: { type: 'string', description: 'JSON object: header → field; "" leaves the column out' },
      },
    },
  })
  async preview(@UploadedFile(requiredFile) file: Express.Multer.File, @Body() body: PreviewImportRequest) {
    return this.imports.preview({ kind: body.kind, columnMapping: body.columnMapping ?? {}, tempPath: file.path });
  }

  @Responds(ImportResponse, { list: true })
  @Get()
  @Permission('import.read')
  async list(@Query() query: ImportListQuery) {
    const [jobs, total] = await this.imports.list(query);
    return pageOf(jobs, total, query, toImportResponse);
  }

  /** Status and progress: rows read, accepted, rejected, duplicates, percentage and rate. */
  @Responds(ImportResponse)
  @Get(':id')
  @Permission('import.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toImportResponse(await this.imports.get(id));
  }

  @Responds(ImportResponse)
  @Post(':id/cancel')
  @HttpCode(200)
  @Permission('import.run')
  async cancel(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelImportRequest) {
    return toImportResponse(await this.imports.cancel(id, body.reason));
  }

  /** Rejected rows with row number, field and reason. */
  @Responds(ImportRowErrorResponse, { list: true })
  @Get(':id/errors')
  @Permission('import.read')
  async errors(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQuery) {
    const [rows, total] = await this.imports.rowErrors(id, query.limit, query.offset);
    return pageOf(rows, total, query, (e) => ({ row: e.rowNumber, field: e.field, reason: e.reason, duplicateOf: e.duplicateOf, ...(e.warning ? { warning: true } : {}) }));
  }

  /** The same report as a CSV download. */
  @Responds.file('text/csv', { description: 'Every rejected row: row, field, reason, duplicate_of.' })
  @Get(':id/errors.csv')
  @Permission('import.read')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async errorsCsv(@Param('id', new ParseUUIDPipe()) id: string) {
    await this.imports.errorReport(id);
    return new StreamableFile(Readable.from(this.imports.rowErrorsCsv(id)), { disposition: `attachment; filename="import-${id}-errors.csv"` });
  }
}
