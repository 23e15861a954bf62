import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import { Clock } from '../../common/clock/clock.js';
import type { Actor } from '../../common/context/request-context.js';
import { pageOf } from '../../common/pagination/page.js';
import { AnswerTraceRequest, CloseTraceRequest, ConfirmMatchRequest, CreateTraceRequest, ItemOutcomeRequest, SendTraceRequest, StatisticsQuery, TraceFromSeizureItemRequest, TraceListQuery, TraceReplyRequest, UpdateTraceRequest } from './dto/trace-request.dto.js';
import { answerView, toItemOutcomeResponse, toTraceReplyResponse, toTraceRequestResponse, toTraceRequestSummary } from './dto/trace-request.response.js';
import { StatisticsService } from './statistics.service.js';
import { TracingService } from './tracing.service.js';
import { Responds } from '../../common/http/responds.js';
import { IafqTablesResponse, ItemOutcomeResponse, TraceAnswerPreviewResponse, StatisticsSummaryResponse, TraceReplyResponse, TraceRequestResponse, TraceRequestSummaryResponse } from './dto/trace-request.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');
const pdf = ({ reference, pdf }: { reference: string; pdf: Buffer }, which: string) => new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${`trace-${which}-${reference}`.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"` });

@ApiTags('tracing')
@Controller('tracing')
export class TracingController {
  constructor(
    private readonly tracing: TracingService,
    private readonly clock: Clock,
  ) {}

  @Responds(TraceRequestSummaryResponse, { list: true })
  @Get('requests')
  @Permission('tracing.read')
  async list(@Query() query: TraceListQuery) {
    const [items, total] = await this.tracing.list(query);
    const now = this.clock.now();
    return pageOf(items, total, query, (r) => toTraceRequestSummary(r, now));
  }

  /** An incoming request on receipt (the register is searched for candidates), or an outgoing draft. */
  @Responds(TraceRequestResponse)
  @Post('requests')
  @Permission('tracing.write')
  async create(@Body() body: CreateTraceRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.create(body)).id, actor);
  }

  /** An outgoing request from a seized item: described from its register entry and markings. */
  @Responds(TraceRequestResponse)
  @Post('requests/from-seizure-item')
  @Permission('tracing.write')
  async fromSeizureItem(@Body() body: TraceFromSeizureItemRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.createFromSeizureItem(body)).id, actor);
  }

  @Responds(TraceRequestResponse)
  @Get('requests/:id')
  @Permission('tracing.read')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.detail(id, actor);
  }

  /** Edits a draft, or corrects an incoming request before it is answered (the reason is required then). */
  @Responds(TraceRequestResponse)
  @Patch('requests/:id')
  @Permission('tracing.write')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateTraceRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.update(id, body)).id, actor);
  }

  @Responds(TraceRequestResponse)
  @Post('requests/:id/send')
  @HttpCode(200)
  @Permission('tracing.write')
  async send(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SendTraceRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.send(id, body)).id, actor);
  }

  @Responds(TraceRequestResponse)
  @Post('requests/:id/acknowledge')
  @HttpCode(200)
  @Permission('tracing.write')
  async acknowledge(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.acknowledge(id)).id, actor);
  }

  /** Incoming: which candidate is the item (or none). */
  @Responds(TraceRequestResponse)
  @Post('requests/:id/match')
  @HttpCode(200)
  @Permission('tracing.write')
  async match(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ConfirmMatchRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.confirmMatch(id, body)).id, actor);
  }

  /** Incoming: generates the answer from the firearm's history. Outgoing: records the answer received. */
  @Responds(TraceRequestResponse)
  @Post('requests/:id/answer')
  @HttpCode(200)
  @Permission('tracing.write')
  async answer(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AnswerTraceRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.answer(id, body)).id, actor);
  }

  @Responds(TraceRequestResponse)
  @Post('requests/:id/close')
  @HttpCode(200)
  @Permission('tracing.write')
  async close(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseTraceRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.tracing.close(id, body)).id, actor);
  }

  @Responds(TraceReplyResponse)
  @Post('requests/:id/replies')
  @Permission('tracing.write')
  async reply(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: TraceReplyRequest) {
    return toTraceReplyResponse(await this.tracing.reply(id, body));
  }

  /** Incoming: the answer the register would give now, for the investigator to read before answering; nothing is stored. */
  @Responds(TraceAnswerPreviewResponse)
  @Get('requests/:id/answer-preview')
  @Permission('tracing.read')
  async answerPreview(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const { answer, holders } = await this.tracing.previewAnswer(id);
    return { answer: answerView(answer, holders, personalData(actor))! };
  }

  @Responds.file('application/pdf', { description: 'The printable request (ITI).' })
  @Get('requests/:id/request.pdf')
  @Permission('tracing.read')
  @ApiProduces('application/pdf')
  async requestPdf(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return pdf(await this.tracing.print(id, 'request', personalData(actor)), 'request');
  }

  @Responds.file('application/pdf', { description: 'The printable answer; persons named only with holder.personal_data.' })
  @Get('requests/:id/answer.pdf')
  @Permission('tracing.read')
  @ApiProduces('application/pdf')
  async answerPdf(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return pdf(await this.tracing.print(id, 'answer', personalData(actor)), 'answer');
  }

  /** The tracing outcome of a seized item established without a request (counts for SDG 16.4.2). */
  @Responds(ItemOutcomeResponse)
  @Post('outcomes')
  @HttpCode(200)
  @Permission('tracing.write')
  async outcome(@Body() body: ItemOutcomeRequest) {
    return toItemOutcomeResponse(await this.tracing.recordItemOutcome(body));
  }

  private async detail(id: string, actor: Actor) {
    return toTraceRequestResponse(await this.tracing.get(id), this.clock.now(), personalData(actor));
  }
}

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  /** Seized, found and surrendered items, traces, SDG 16.4.2 and persons involved for a period. */
  @Responds(StatisticsSummaryResponse)
  @Get('seizures')
  @Permission('statistics.read')
  summary(@Query() query: StatisticsQuery) {
    return this.statistics.summary(query);
  }

  @Responds(IafqTablesResponse)
  @Get('iafq')
  @Permission('statistics.read')
  tables() {
    return { tables: this.statistics.iafqTables.map((t) => ({ name: t.name, section: t.section, title: t.title, columns: t.header, path: `/statistics/iafq/${t.name}.csv` })) };
  }

  /** One table of the Illicit Arms Flows Questionnaire for the period, as CSV. */
  @Responds.file('text/csv', { description: 'One IAFQ table, UTF-8 CSV with a header row.' })
  @Get('iafq/:table.csv')
  @Permission('statistics.read')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  async iafq(@Param('table') table: string, @Query() query: StatisticsQuery) {
    return this.statistics.iafqCsv(table, query);
  }
}
