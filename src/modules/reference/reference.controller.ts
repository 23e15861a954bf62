import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { AddValueAliasesRequest, ValueAliasQuery, AliasesRequest, CreateCalibreRequest, CreateManufacturerRequest, CreateNamedRequest, ManufacturerQuery, NamedKindParams, ReferenceListQuery, NamedListParams, RetentionParams, RetentionRequest, UpdateNamedRequest } from './dto/reference.dto.js';
import { ReferenceService } from './reference.service.js';
import { Responds } from '../../common/http/responds.js';
import { CalibreAliasesAddedResponse, CalibreEntryResponse, CalibreResponse, CountryResponse, ManufacturerAliasesAddedResponse, ManufacturerEntryResponse, ManufacturerResponse, NamedEntryResponse, RetentionResponse, UnresolvedMakeResponse, ValueAliasesAddedResponse, ValueAliasResponse } from './dto/reference.openapi.js';

const same = <T>(x: T) => x;

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Responds(CountryResponse, { list: true })
  @Get('countries')
  @Permission('reference.read')
  async countries(@Query() query: ReferenceListQuery) {
    const [items, total] = await this.reference.countries(query);
    return pageOf(items, total, query, same);
  }

  @Responds(NamedEntryResponse, { list: true })
  @Get('categories')
  @Permission('reference.read')
  async categories(@Query() query: ReferenceListQuery) {
    const [items, total] = await this.reference.categories(query);
    return pageOf(items, total, query, same);
  }

  @Responds(NamedEntryResponse, { list: true })
  @Get('actions')
  @Permission('reference.read')
  async actions(@Query() query: ReferenceListQuery) {
    const [items, total] = await this.reference.actions(query);
    return pageOf(items, total, query, same);
  }

  @Responds(CalibreEntryResponse, { list: true })
  @Get('calibres')
  @Permission('reference.read')
  async calibres(@Query() query: ReferenceListQuery) {
    const [items, total] = await this.reference.calibres(query);
    return pageOf(items, total, query, same);
  }

  @Responds(CalibreResponse)
  @Post('calibres')
  @Permission('reference.write')
  createCalibre(@Body() body: CreateCalibreRequest) {
    return this.reference.createCalibre(body);
  }

  @Responds(CalibreAliasesAddedResponse)
  @Post('calibres/:code/aliases')
  @Permission('reference.write')
  addCalibreAliases(@Param('code') code: string, @Body() body: AliasesRequest) {
    return this.reference.addCalibreAliases(null, code, body.aliases);
  }

  @Responds(ManufacturerEntryResponse, { list: true })
  @Get('manufacturers')
  @Permission('reference.read')
  async manufacturers(@Query() query: ManufacturerQuery) {
    const [items, total] = await this.reference.manufacturers(query.q, query.limit, query.offset);
    return pageOf(items, total, query, same);
  }

  /** Make names kept "as written" because no manufacturer alias matched: the review queue. */
  @Responds(UnresolvedMakeResponse, { list: true })
  @Get('manufacturers/unresolved')
  @Permission('reference.read')
  async unresolvedMakes(@Query() query: PageQuery) {
    const [items, total] = await this.reference.unresolvedMakes(query.limit, query.offset);
    return pageOf(items, total, query, same);
  }

  @Responds(ManufacturerResponse)
  @Post('manufacturers')
  @Permission('reference.write')
  createManufacturer(@Body() body: CreateManufacturerRequest) {
    return this.reference.createManufacturer(body);
  }

  /** Adds spellings; firearms recorded under them are resolved to this manufacturer. */
  @Responds(ManufacturerAliasesAddedResponse)
  @Post('manufacturers/:code/aliases')
  @Permission('reference.write')
  addManufacturerAliases(@Param('code') code: string, @Body() body: AliasesRequest) {
    return this.reference.addManufacturerAliases(null, code, body.aliases);
  }

  @Responds(RetentionResponse, { array: true })
  @Get('retention')
  @Permission('reference.read')
  retention() {
    return this.reference.retention();
  }

  @Responds(RetentionResponse)
  @Put('retention/:recordClass')
  @Permission('reference.write')
  setRetention(@Param() params: RetentionParams, @Body() body: RetentionRequest) {
    return this.reference.setRetention(params.recordClass, body.minimumYears, body.reason);
  }

  /** Names registers write for coded values (categories, countries, origins, marking types…), as imports read them. */
  @Responds(ValueAliasResponse, { list: true })
  @Get('value-aliases')
  @Permission('reference.read')
  async valueAliases(@Query() query: ValueAliasQuery) {
    const [aliases, total] = await this.reference.valueAliases(query.list, query.limit, query.offset);
    return pageOf(aliases, total, query, same);
  }

  /** Adds names for one code of a list; imports read them from their next file. */
  @Responds(ValueAliasesAddedResponse)
  @Post('value-aliases')
  @Permission('reference.write')
  addValueAliases(@Body() body: AddValueAliasesRequest) {
    return this.reference.addValueAliases(body.list, body.code, body.aliases);
  }

  // Parameterised routes last: Express matches in order, and these would shadow the fixed paths above.
  /** Adds a firearm category or action, named in English, French and Spanish. */
  @Responds(NamedEntryResponse)
  @Post(':list')
  @Permission('reference.write')
  createNamed(@Param() params: NamedKindParams, @Body() body: CreateNamedRequest) {
    return this.reference.createNamed(params.list, body);
  }

  /** Renames a country, category or action, or retires it (active = false). */
  @Responds([CountryResponse, NamedEntryResponse])
  @Patch(':list/:code')
  @Permission('reference.write')
  updateNamed(@Param() params: NamedListParams, @Body() body: UpdateNamedRequest) {
    const { reason, ...changes } = body;
    return this.reference.updateNamed(params.list, params.code, changes, reason);
  }
}
