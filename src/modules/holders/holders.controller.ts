import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { pageOf } from '../../common/pagination/page.js';
import { CreateHolderRequest, HolderListQuery, UpdateHolderRequest, toHolderResponse } from './dto/holder.dto.js';
import { CoverFirearmRequest, CreateLicenceRequest, LicenceListQuery, LicenceStateRequest, toLicenceResponse } from './dto/licence.dto.js';
import { HoldersService } from './holders.service.js';
import { LicencesService } from './licences.service.js';
import { Responds } from '../../common/http/responds.js';
import { HolderResponse, LicenceResponse } from './dto/holder.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');

@ApiTags('holders')
@Controller('holders')
export class HoldersController {
  constructor(private readonly holders: HoldersService) {}

  @Responds(HolderResponse, { list: true })
  @Get()
  @Permission('holder.read')
  async list(@Query() query: HolderListQuery, @CurrentActor() actor: Actor) {
    const [holders, total] = await this.holders.list(query, personalData(actor));
    return pageOf(holders, total, query, (h) => toHolderResponse(h, personalData(actor)));
  }

  /** A person's details only with holder.personal_data; each such view is audited. */
  @Responds(HolderResponse)
  @Get(':id')
  @Permission('holder.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return toHolderResponse(await this.holders.view(id, personalData(actor)), personalData(actor));
  }

  @Responds(HolderResponse)
  @Post()
  @Permission('holder.write')
  async create(@Body() body: CreateHolderRequest, @CurrentActor() actor: Actor) {
    return toHolderResponse(await this.holders.create(body), personalData(actor));
  }

  /** Corrects a holder's details; the reason is kept in the audit trail. */
  @Responds(HolderResponse)
  @Patch(':id')
  @Permission('holder.write')
  async update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateHolderRequest, @CurrentActor() actor: Actor) {
    return toHolderResponse(await this.holders.update(id, body), personalData(actor));
  }
}

@ApiTags('licences')
@Controller('licences')
export class LicencesController {
  constructor(private readonly licences: LicencesService) {}

  @Responds(LicenceResponse, { list: true })
  @Get()
  @Permission('licence.read')
  async list(@Query() query: LicenceListQuery) {
    const [licences, total] = await this.licences.list(query);
    const today = this.licences.today();
    return pageOf(licences, total, query, (l) => toLicenceResponse(l, today));
  }

  @Responds(LicenceResponse)
  @Get(':id')
  @Permission('licence.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const { licence, firearmIds } = await this.licences.get(id);
    return toLicenceResponse(licence, this.licences.today(), firearmIds);
  }

  @Responds(LicenceResponse)
  @Post()
  @Permission('licence.write')
  async create(@Body() body: CreateLicenceRequest) {
    return toLicenceResponse(await this.licences.create(body), this.licences.today());
  }

  /** Suspend, revoke or reinstate, with a reason. */
  @Responds(LicenceResponse)
  @Post(':id/state')
  @HttpCode(200)
  @Permission('licence.write')
  async setState(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: LicenceStateRequest) {
    return toLicenceResponse(await this.licences.setState(id, body.state, body.reason), this.licences.today());
  }

  /** Lists a firearm on the licence (the firearms it covers). */
  @Responds(LicenceResponse)
  @Post(':id/firearms')
  @HttpCode(200)
  @Permission('licence.write')
  async cover(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CoverFirearmRequest) {
    await this.licences.coverFirearm(id, body.firearmId);
    const { licence, firearmIds } = await this.licences.get(id);
    return toLicenceResponse(licence, this.licences.today(), firearmIds);
  }
}
