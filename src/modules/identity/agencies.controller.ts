import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { pageOf } from '../../common/pagination/page.js';
import { AgenciesService } from './agencies.service.js';
import { AgencyListQuery, CreateAgencyRequest, UpdateAgencyRequest, toAgencyResponse } from './dto/agency.dto.js';
import { Responds } from '../../common/http/responds.js';
import { AgencyResponse } from './dto/identity.openapi.js';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Responds(AgencyResponse, { list: true })
  @Get()
  @Permission('agency.read')
  async list(@Query() query: AgencyListQuery) {
    const [agencies, total] = await this.agencies.list(query);
    return pageOf(agencies, total, query, toAgencyResponse);
  }

  @Responds(AgencyResponse)
  @Get(':id')
  @Permission('agency.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toAgencyResponse(await this.agencies.get(id));
  }

  @Responds(AgencyResponse)
  @Post()
  @Permission('agency.write')
  async create(@Body() body: CreateAgencyRequest) {
    return toAgencyResponse(await this.agencies.create(body));
  }

  @Responds(AgencyResponse)
  @Patch(':id')
  @Permission('agency.write')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateAgencyRequest) {
    return toAgencyResponse(await this.agencies.update(id, body));
  }
}
