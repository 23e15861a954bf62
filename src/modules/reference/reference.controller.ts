import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission } from '../../common/auth/decorators.js';
import { PageQuery, pageOf } from '../../common/pagination/page.js';
import { AddValueAliasesRequest, ValueAliasQuery, AliasesRequest, CreateCalibreRequest, CreateManufacturerRequest, CreateNamedRequest, ManufacturerQuery, NamedKindParams, NamedListParams, RetentionParams, RetentionRequest, UpdateNamedRequest } from './dto/reference.dto.js';
import { ReferenceService } from './reference.service.js';

const same = <T>(x: T) => x;

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('countries')
  @Permission('reference.read')
  countries() {
    return this.reference.countries();
  }

  @Get('categories')
  @Permission('reference.read')
  categories() {
    return this.reference.categories();
  }

  @Get('actions')
  @Permission('reference.read')
  actions() {
    return this.reference.actions();
  }

  @Get('calibres')
  @Permission('reference.read')
  calibres() {
    return this.reference.calibres();
  }

  @Post('calibres')
  @Permission('reference.write')
  createCalibre(@Body() body: CreateCalibreRequest) {
    return this.reference.createCalibre(body);
  }

  @Post('calibres/:code/aliases')
  @Permission('reference.write')
  addCalibreAliases(@Param('code') code: string, @Body() body: AliasesRequest) {
    return this.reference.addCalibreAliases(null, code, body.aliases);
  }

  @Get('manufacturers')
  @Permission('reference.read')
  async manufacturers(@Query() query: ManufacturerQuery) {
    const [items, total] = await this.reference.manufacturers(query.q, query.limit, query.offset);
    return pageOf(items, total, query, same);
  }

  /** Make names kept "as written" because no manufacturer alias matched: the review queue. */
  @Get('manufacturers/unresolved')
  @Permission('reference.read')
  async unresolvedMakes(@Query() query: PageQuery) {
    const [items, total] = await this.reference.unresolvedMakes(query.limit, query.offset);
    return pageOf(items, total, query, same);
  }

  @Post('manufacturers')
  @Permission('reference.write')
  createManufacturer(@Body() body: CreateManufacturerRequest) {
    return this.reference.createManufacturer(body);
  }

  /** Adds spellings; firearms recorded under them are resolved to this manufacturer. */
  @Post('manufacturers/:code/aliases')
  @Permission('reference.write')
  addManufacturerAliases(@Param('code') code: string, @Body() body: AliasesRequest) {
    return this.reference.addManufacturerAliases(null, code, body.aliases);
  }

  @Get('retention')
  @Permission('reference.read')
  retention() {
    return this.reference.retention();
  }

  @Put('retention/:recordClass')
  @Permission('reference.write')
  setRetention(@Param() params: RetentionParams, @Body() body: RetentionRequest) {
    return this.reference.setRetention(params.recordClass, body.minimumYears, body.reason);
  }

  /** Names registers write for coded values (categories, countries, origins, marking types…), as imports read them. */
  @Get('value-aliases')
  @Permission('reference.read')
  async valueAliases(@Query() query: ValueAliasQuery) {
    const [aliases, total] = await this.reference.valueAliases(query.list, query.limit, query.offset);
    return pageOf(aliases, total, query, same);
  }

  /** Adds names for one code of a list; imports read them from their next file. */
  @Post('value-aliases')
  @Permission('reference.write')
  addValueAliases(@Body() body: AddValueAliasesRequest) {
    return this.reference.addValueAliases(body.list, body.code, body.aliases);
  }

  // Parameterised routes last: Express matches in order, and these would shadow the fixed paths above.
  /** Adds a firearm category or action, named in English, French and Spanish. */
  @Post(':list')
  @Permission('reference.write')
  createNamed(@Param() params: NamedKindParams, @Body() body: CreateNamedRequest) {
    return this.reference.createNamed(params.list, body);
  }

  /** Renames a country, category or action, or retires it (active = false). */
  @Patch(':list/:code')
  @Permission('reference.write')
  updateNamed(@Param() params: NamedListParams, @Body() body: UpdateNamedRequest) {
    const { reason, ...changes } = body;
    return this.reference.updateNamed(params.list, params.code, changes, reason);
  }
}
