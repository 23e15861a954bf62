import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { pageOf } from '../../common/pagination/page.js';
import { toMarkingResponse } from '../markings/dto/marking.response.js';
import { MarkingsService } from '../markings/markings.service.js';
import { AmmunitionService } from './ammunition.service.js';
import { AmmunitionListQuery, AmmunitionLotRequest, CorrectionRequest, CreateFirearmRequest, CreatePartRequest, FirearmListQuery, MergeRequest, RecordEventRequest } from './dto/firearm.dto.js';
import { holderSummaryOf, toAmmunitionResponse, toEventResponse, toFirearmResponse } from './dto/firearm.response.js';
import type { ItemKind } from './firearm.entities.js';
import { FirearmsService } from './firearms.service.js';
import { toHitAlertResponse } from '../seizures/hit-alerts.js';
import { Responds } from '../../common/http/responds.js';
import { AmmunitionLotResponse, FirearmEventRecordedResponse, FirearmHistoryResponse, FirearmRecordResponse, FirearmRegisteredResponse, FirearmResponse } from './dto/firearm.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');

/** Firearms and parts are registered the same way; one controller shape serves both paths. */
function registerController(kind: ItemKind, path: string) {
  @ApiTags(path)
  @Controller(path)
  class RegisterController {
    constructor(
      readonly firearms: FirearmsService,
      readonly markings: MarkingsService,
    ) {}

    protected async register(body: CreateFirearmRequest, actor: Actor) {
      const { firearm, possibleDuplicates } = await this.firearms.create(kind, body);
      return {
        ...toFirearmResponse(firearm, { holder: await this.firearms.holderOf(firearm), personalData: personalData(actor), allowedEvents: this.firearms.statusActions(firearm) }),
        possibleDuplicates: possibleDuplicates.map((d) => toFirearmResponse(d, { personalData: personalData(actor) })),
      };
    }

    @Responds(FirearmResponse, { list: true })
    @Get()
    @Permission('firearm.read')
    async list(@Query() query: FirearmListQuery, @CurrentActor() actor: Actor) {
      const [items, total] = await this.firearms.list(kind, query);
      return pageOf(items, total, query, ({ firearm, holder }) => toFirearmResponse(firearm, { holder, personalData: personalData(actor) }));
    }

    /** The record with its last legal holder and point of diversion, the events that may follow, and possible duplicates. */
    @Responds(FirearmRecordResponse)
    @Get(':id')
    @Permission('firearm.read')
    async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
      const { firearm, legal, lastLegalHolder, mergedRecordIds } = await this.firearms.standing(id);
      const duplicates = await this.firearms.possibleDuplicates(null, firearm);
      const openAlerts = await this.firearms.openAlerts(id, mergedRecordIds);
      return {
        ...toFirearmResponse(firearm, { holder: lastLegalHolder, personalData: personalData(actor), allowedEvents: this.firearms.statusActions(firearm) }),
        pointOfDiversion: legal.diversion,
        unregisteredBeforeSeizure: firearm.unregisteredBeforeSeizure,
        openAlerts: openAlerts.map(toHitAlertResponse),
        possibleDuplicates: duplicates.map((d) => toFirearmResponse(d, { personalData: personalData(actor) })),
      };
    }

    /** Records a lifecycle event; an impossible one is refused with 409 and the reason. */
    @Responds(FirearmEventRecordedResponse)
    @Post(':id/events')
    @Permission('firearm.write')
    async recordEvent(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordEventRequest, @CurrentActor() actor: Actor) {
      const { firearm, event } = await this.firearms.recordEvent(id, body);
      // The previous holder is summarised like the new one (not only its id).
      const holders = await this.firearms.holdersOf([firearm.holderId, event.holderId, event.previousHolderId]);
      return {
        firearm: toFirearmResponse(firearm, { holder: firearm.holderId ? (holders.get(firearm.holderId) ?? null) : null, personalData: personalData(actor), allowedEvents: this.firearms.statusActions(firearm) }),
        event: toEventResponse(event, holders, personalData(actor)),
      };
    }

    /** Corrects descriptive fields with a reason; history is never edited. */
    @Responds(FirearmEventRecordedResponse)
    @Post(':id/corrections')
    @Permission('firearm.write')
    async correct(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CorrectionRequest, @CurrentActor() actor: Actor) {
      const { firearm, event } = await this.firearms.correct(id, body);
      return { firearm: toFirearmResponse(firearm, { personalData: personalData(actor) }), event: toEventResponse(event, new Map(), personalData(actor)) };
    }

    /** Merges a duplicate record into this one; both histories are kept. */
    @Responds(FirearmResponse)
    @Post(':id/merge')
    @HttpCode(200)
    @Permission('firearm.write')
    async merge(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: MergeRequest, @CurrentActor() actor: Actor) {
      return toFirearmResponse(await this.firearms.merge(id, body), { personalData: personalData(actor) });
    }

    /** The full life in one call: timeline, holders in order, current status, last legal holder and point of diversion. */
    @Responds(FirearmHistoryResponse)
    @Get(':id/history')
    @Permission('firearm.read')
    async history(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
      const { firearm, events, holders, mergedRecordIds, legal, lastLegalHolder } = await this.firearms.standing(id);
      const markings = await this.markings.forFirearms([id, ...mergedRecordIds]);
      const pd = personalData(actor);
      const timeline = events.map((e) => toEventResponse(e, holders, pd));
      const holderChain = legal.holderPeriods.map((p) => ({ holder: holderSummaryOf(p.holderId, holders, pd), from: p.from, until: p.until, byEvent: p.byEvent }));
      const record = toFirearmResponse(firearm, { holder: lastLegalHolder, personalData: pd, allowedEvents: this.firearms.statusActions(firearm) });
      return {
        firearm: record,
        currentStatus: firearm.status,
        lastLegalHolder: record.lastLegalHolder,
        pointOfDiversion: legal.diversion,
        holderChain,
        events: timeline,
        markings: markings.map(toMarkingResponse),
        mergedRecordIds,
      };
    }
  }
  return RegisterController;
}

// The create bodies differ, and the global ValidationPipe validates against the
// parameter's declared type, so each path declares its own create handler.
export class FirearmsController extends registerController('firearm', 'firearms') {
  /** Registers a new firearm; possible duplicates (same serial and make) are listed, not blocked. */
  @Responds(FirearmRegisteredResponse)
  @Post()
  @Permission('firearm.write')
  create(@Body() body: CreateFirearmRequest, @CurrentActor() actor: Actor) {
    return this.register(body, actor);
  }
}

export class PartsController extends registerController('part', 'parts') {
  /** Registers a part or component, optionally linked to its firearm. */
  @Responds(FirearmRegisteredResponse)
  @Post()
  @Permission('firearm.write')
  create(@Body() body: CreatePartRequest, @CurrentActor() actor: Actor) {
    return this.register(body, actor);
  }
}

@ApiTags('ammunition-lots')
@Controller('ammunition-lots')
export class AmmunitionController {
  constructor(private readonly ammunition: AmmunitionService) {}

  @Responds(AmmunitionLotResponse, { list: true })
  @Get()
  @Permission('firearm.read')
  async list(@Query() query: AmmunitionListQuery) {
    const [lots, total] = await this.ammunition.list(query);
    return pageOf(lots, total, query, toAmmunitionResponse);
  }

  @Responds(AmmunitionLotResponse)
  @Get(':id')
  @Permission('firearm.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toAmmunitionResponse(await this.ammunition.get(id));
  }

  @Responds(AmmunitionLotResponse)
  @Post()
  @Permission('firearm.write')
  async create(@Body() body: AmmunitionLotRequest) {
    return toAmmunitionResponse(await this.ammunition.create(body));
  }
}
