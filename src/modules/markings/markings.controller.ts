import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { BulkMarkingsRequest, CreateCampaignRequest, CreateMarkingRequest, MarkingListQuery } from './dto/marking.dto.js';
import { toCampaignResponse, toMarkingResponse } from './dto/marking.response.js';
import { TraceSearchRequest } from './dto/trace.dto.js';
import { MarkingsService } from './markings.service.js';
import { TraceService } from './trace.service.js';
import { Responds } from '../../common/http/responds.js';
import { CampaignMarkingsAddedResponse, CampaignResponse, MarkingResponse, TraceSearchResponse } from './dto/marking.openapi.js';

@ApiTags('markings')
@Controller('markings')
export class MarkingsController {
  constructor(private readonly markings: MarkingsService) {}

  /** Records one marking on a firearm, part or ammunition lot. */
  @Responds(MarkingResponse)
  @Post()
  @Permission('marking.write')
  async create(@Body() body: CreateMarkingRequest) {
    return toMarkingResponse(await this.markings.create(body));
  }

  @Responds(MarkingResponse, { list: true })
  @Get()
  @Permission('marking.read')
  async list(@Query() query: MarkingListQuery) {
    const [items, total] = await this.markings.list(query);
    return pageOf(items, total, query, toMarkingResponse);
  }

  @Responds(MarkingResponse)
  @Get(':id')
  @Permission('marking.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toMarkingResponse(await this.markings.get(id));
  }
}

@ApiTags('marking-campaigns')
@Controller('marking-campaigns')
export class MarkingCampaignsController {
  constructor(private readonly markings: MarkingsService) {}

  @Responds(CampaignResponse)
  @Post()
  @Permission('marking.write')
  async create(@Body() body: CreateCampaignRequest) {
    return toCampaignResponse(await this.markings.createCampaign(body), 0);
  }

  @Responds(CampaignResponse, { list: true })
  @Get()
  @Permission('marking.read')
  async list(@Query() query: PageQuery) {
    const [items, total] = await this.markings.listCampaigns(query.limit, query.offset);
    return pageOf(items, total, query, (c) => toCampaignResponse(c));
  }

  @Responds(CampaignResponse)
  @Get(':id')
  @Permission('marking.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const { campaign, markings } = await this.markings.getCampaign(id);
    return toCampaignResponse(campaign, markings);
  }

  /** Bulk entry of the campaign's log: all entries in one transaction, or none, with every problem named by index. */
  @Responds(CampaignMarkingsAddedResponse)
  @Post(':id/markings')
  @Permission('marking.write')
  async addMarkings(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: BulkMarkingsRequest) {
    const markings = await this.markings.addToCampaign(id, body.markings);
    return { campaignId: id, created: markings.length, items: markings.map(toMarkingResponse) };
  }
}

@ApiTags('trace')
@Controller('trace')
export class TraceController {
  constructor(private readonly trace: TraceService) {}

  /** Candidate firearms from what is left of their marks, ranked, with reasons; every search is audited. */
  @Responds(TraceSearchResponse)
  @Post('search')
  @HttpCode(200)
  @Permission('trace.search')
  search(@Body() body: TraceSearchRequest, @CurrentActor() actor: Actor) {
    return this.trace.search(body, hasPermission(actor, 'holder.personal_data'));
  }
}
