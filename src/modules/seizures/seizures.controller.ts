import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { pageOf } from '../../common/pagination/page.js';
import { CustodyService } from './custody.service.js';
import { AcknowledgeAlertRequest, CreateSeizureRequest, CustodyStepRequest, DisposalRequest, HitAlertListQuery, InventoryQuery, SeizedItemRequest, SeizureListQuery, SeizurePersonRequest, StorageFacilityListQuery, StorageFacilityRequest } from './dto/seizure.dto.js';
import { toCustodyStepResponse, toDisposalResponse, toSeizureItemResponse, toSeizurePersonResponse, toSeizureResponse, toStorageFacilityResponse } from './dto/seizure.response.js';
import { toHitAlertResponse } from './hit-alerts.js';
import { HitAlertsService } from './hit-alerts.service.js';
import { SeizuresService } from './seizures.service.js';
import { Responds } from '../../common/http/responds.js';
import { CustodyStepRecordedResponse, DisposalRecordedResponse, HitAlertResponse, InventoryItemResponse, SeizureDetailResponse, SeizureItemDetailResponse, SeizureItemResponse, SeizurePersonResponse, SeizureResponse, StorageFacilityResponse } from './dto/seizure.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');

@ApiTags('seizures')
@Controller('seizures')
export class SeizuresController {
  constructor(private readonly seizures: SeizuresService) {}

  @Responds(SeizureResponse, { list: true })
  @Get()
  @Permission('seizure.read')
  async list(@Query() query: SeizureListQuery) {
    const [items, total] = await this.seizures.list(query);
    return pageOf(items, total, query, toSeizureResponse);
  }

  /** A seizure, find or surrender with its items (registered or not), persons and the alerts it raised. */
  @Responds(SeizureDetailResponse)
  @Post()
  @Permission('seizure.write')
  async create(@Body() body: CreateSeizureRequest, @CurrentActor() actor: Actor) {
    return this.detail((await this.seizures.create(body)).id, actor);
  }

  /** The case with its items, their current custody and disposal, persons and hit alerts. */
  @Responds(SeizureDetailResponse)
  @Get(':id')
  @Permission('seizure.read')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return this.detail(id, actor);
  }

  @Responds(SeizureItemResponse)
  @Post(':id/items')
  @Permission('seizure.write')
  async addItem(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SeizedItemRequest) {
    return toSeizureItemResponse(await this.seizures.addItem(id, body));
  }

  @Responds(SeizurePersonResponse)
  @Post(':id/persons')
  @Permission('seizure.write')
  async addPerson(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SeizurePersonRequest, @CurrentActor() actor: Actor) {
    const person = await this.seizures.addPerson(id, body);
    const { seizure, holders } = await this.seizures.get(id);
    return toSeizurePersonResponse(person, person.holderId ? (holders.get(person.holderId) ?? null) : null, personalData(actor), seizure.occurredAt.getUTCFullYear());
  }

  private async detail(id: string, actor: Actor) {
    const d = await this.seizures.get(id);
    const year = d.seizure.occurredAt.getUTCFullYear();
    return {
      ...toSeizureResponse(d.seizure),
      items: d.items.map((i) => toSeizureItemResponse(i, { custody: d.custody.get(i.id) ?? null, disposal: d.disposals.get(i.id) ?? null })),
      persons: d.persons.map((p) => toSeizurePersonResponse(p, p.holderId ? (d.holders.get(p.holderId) ?? null) : null, personalData(actor), year)),
      hitAlerts: d.alerts.map(toHitAlertResponse),
    };
  }
}

@ApiTags('seizures')
@Controller('seizure-items')
export class SeizureItemsController {
  constructor(private readonly custody: CustodyService) {}

  /** The item with its whole chain of custody and its disposal. */
  @Responds(SeizureItemDetailResponse)
  @Get(':id')
  @Permission('seizure.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const { item, steps, disposal } = await this.custody.item(id);
    return { ...toSeizureItemResponse(item, { custody: steps.find((s) => s.releasedAt === null) ?? null, disposal }), custodyChain: steps.map(toCustodyStepResponse) };
  }

  /** Hands the item over (the first step takes it into custody); only its current custodian can hand it over. */
  @Responds(CustodyStepRecordedResponse)
  @Post(':id/custody-steps')
  @Permission('seizure.write')
  async addCustodyStep(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CustodyStepRequest) {
    const { item, step } = await this.custody.addCustodyStep(id, body);
    return { item: toSeizureItemResponse(item), step: toCustodyStepResponse(step) };
  }

  /** Destroys, deactivates, returns or retains an item in custody; final, once. */
  @Responds(DisposalRecordedResponse)
  @Post(':id/disposal')
  @Permission('seizure.write')
  async dispose(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DisposalRequest) {
    const { item, disposal } = await this.custody.dispose(id, body);
    return { item: toSeizureItemResponse(item), disposal: toDisposalResponse(disposal) };
  }
}

@ApiTags('storage-facilities')
@Controller('storage-facilities')
export class StorageFacilitiesController {
  constructor(private readonly custody: CustodyService) {}

  @Responds(StorageFacilityResponse, { list: true })
  @Get()
  @Permission('seizure.read')
  async list(@Query() query: StorageFacilityListQuery) {
    const [items, total] = await this.custody.listFacilities(query);
    return pageOf(items, total, query, toStorageFacilityResponse);
  }

  @Responds(StorageFacilityResponse)
  @Post()
  @Permission('seizure.write')
  async create(@Body() body: StorageFacilityRequest) {
    return toStorageFacilityResponse(await this.custody.createFacility(body));
  }

  @Responds(StorageFacilityResponse)
  @Get(':id')
  @Permission('seizure.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toStorageFacilityResponse(await this.custody.facility(id));
  }

  /** What the facility holds now. */
  @Responds(InventoryItemResponse, { list: true })
  @Get(':id/inventory')
  @Permission('seizure.read')
  async inventory(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: InventoryQuery) {
    const [rows, total] = await this.custody.inventory(id, query);
    return pageOf(rows, total, query, (r) => ({ ...toSeizureItemResponse(r.item, { custody: r.step }), seizureReference: r.seizureReference }));
  }
}

@ApiTags('alerts')
@Controller('alerts')
export class HitAlertsController {
  constructor(private readonly alerts: HitAlertsService) {}

  /** Hit alerts: lost or stolen firearms that resurfaced. */
  @Responds(HitAlertResponse, { list: true })
  @Get()
  @Permission('seizure.read')
  async list(@Query() query: HitAlertListQuery, @CurrentActor() actor: Actor) {
    const [items, total] = await this.alerts.list(query, actor);
    return pageOf(items, total, query, toHitAlertResponse);
  }

  @Responds(HitAlertResponse)
  @Get(':id')
  @Permission('seizure.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toHitAlertResponse(await this.alerts.get(id));
  }

  /**
   * Acknowledged by an investigator (seizure.write) of the agency the alert is
   * addressed to (the one that reported the loss or theft); not by an administrator,
   * who cannot say "this agency knows" on its behalf. Any reader sees the alert.
   */
  @Responds(HitAlertResponse)
  @Post(':id/acknowledge')
  @HttpCode(200)
  @Permission('seizure.write')
  async acknowledge(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: AcknowledgeAlertRequest, @CurrentActor() actor: Actor) {
    return toHitAlertResponse(await this.alerts.acknowledge(id, body, actor));
  }
}
