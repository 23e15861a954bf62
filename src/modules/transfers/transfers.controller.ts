import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permission } from '../../common/auth/decorators.js';
import { hasPermission } from '../../common/auth/permissions.js';
import type { Actor } from '../../common/context/request-context.js';
import { pageOf } from '../../common/pagination/page.js';
import { CancelDomesticTransferRequest, CompleteDomesticTransferRequest, CreateDomesticTransferRequest, DomesticTransferListQuery } from './dto/domestic.dto.js';
import { CreateReceiptRequest, CreateShipmentRequest, CreateTradeLicenceRequest, DeliveryConfirmationRequest, ReportLostRequest, RevokeTradeLicenceRequest, ShipmentListQuery, TradeLicenceListQuery } from './dto/trade.dto.js';
import { toDomesticTransferResponse, toLicenceReconciliationResponse, toShipmentReconciliationResponse, toShipmentResponse, toTradeLicenceResponse } from './dto/transfer.response.js';
import { DomesticTransfersService } from './domestic-transfers.service.js';
import { ShipmentsService } from './shipments.service.js';
import { TradeLicencesService } from './trade-licences.service.js';
import { Responds } from '../../common/http/responds.js';
import { DomesticTransferResponse, LicenceReconciliationResponse, ShipmentReconciliationResponse, ShipmentResponse, TradeLicenceResponse } from './dto/transfer.openapi.js';

const personalData = (actor: Actor) => hasPermission(actor, 'holder.personal_data');

@ApiTags('trade-licences')
@Controller('trade-licences')
export class TradeLicencesController {
  constructor(
    private readonly licences: TradeLicencesService,
    private readonly shipments: ShipmentsService,
  ) {}

  /** Import, export or transit licence; an export licence refers to the importing country's import licence (art. 10.2). */
  @Responds(TradeLicenceResponse)
  @Post()
  @Permission('transfer.write')
  async create(@Body() body: CreateTradeLicenceRequest, @CurrentActor() actor: Actor) {
    return toTradeLicenceResponse(await this.licences.create(body), this.licences.today(), personalData(actor));
  }

  @Responds(TradeLicenceResponse, { list: true })
  @Get()
  @Permission('transfer.read')
  async list(@Query() query: TradeLicenceListQuery, @CurrentActor() actor: Actor) {
    const [views, total] = await this.licences.list(query);
    return pageOf(views, total, query, (v) => toTradeLicenceResponse(v, this.licences.today(), personalData(actor)));
  }

  @Responds(TradeLicenceResponse)
  @Get(':id')
  @Permission('transfer.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return toTradeLicenceResponse(await this.licences.get(id), this.licences.today(), personalData(actor));
  }

  @Responds(TradeLicenceResponse)
  @Post(':id/revoke')
  @HttpCode(200)
  @Permission('transfer.write')
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RevokeTradeLicenceRequest, @CurrentActor() actor: Actor) {
    return toTradeLicenceResponse(await this.licences.revoke(id, body.reason), this.licences.today(), personalData(actor));
  }

  /** Authorised, shipped and received per line; every discrepancy; what is still in transit. */
  @Responds(LicenceReconciliationResponse)
  @Get(':id/reconciliation')
  @Permission('transfer.read')
  async reconciliation(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return toLicenceReconciliationResponse(await this.licences.reconciliation(id), this.licences.today(), personalData(actor));
  }

  /** Declares a shipment under the licence; refused beyond its quantities, outside its validity, or for items it does not authorise. */
  @Responds(ShipmentResponse)
  @Post(':id/shipments')
  @Permission('transfer.write')
  async ship(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CreateShipmentRequest) {
    return toShipmentResponse(await this.shipments.ship(id, body));
  }
}

@ApiTags('trade-shipments')
@Controller('trade-shipments')
export class TradeShipmentsController {
  constructor(private readonly shipments: ShipmentsService) {}

  @Responds(ShipmentResponse, { list: true })
  @Get()
  @Permission('transfer.read')
  async list(@Query() query: ShipmentListQuery) {
    const [views, total] = await this.shipments.list(query);
    return pageOf(views, total, query, toShipmentResponse);
  }

  @Responds(ShipmentResponse)
  @Get(':id')
  @Permission('transfer.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toShipmentResponse(await this.shipments.get(id));
  }

  @Responds(ShipmentReconciliationResponse)
  @Get(':id/reconciliation')
  @Permission('transfer.read')
  async reconciliation(@Param('id', new ParseUUIDPipe()) id: string) {
    return toShipmentReconciliationResponse(await this.shipments.get(id));
  }

  /** What arrived; on an import it enters the register as imported. */
  @Responds(ShipmentResponse)
  @Post(':id/receipts')
  @Permission('transfer.write')
  async receive(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CreateReceiptRequest) {
    return toShipmentResponse(await this.shipments.receive(id, body));
  }

  /** Receipt confirmed back to the exporter (imports), or by the receiving state (exports, transits). */
  @Responds(ShipmentResponse)
  @Post(':id/delivery-confirmation')
  @HttpCode(200)
  @Permission('transfer.write')
  async confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DeliveryConfirmationRequest) {
    return toShipmentResponse(await this.shipments.confirmDelivery(id, body));
  }

  @Responds(ShipmentResponse)
  @Post(':id/items/:itemId/lost')
  @HttpCode(200)
  @Permission('transfer.write')
  async reportLost(@Param('id', new ParseUUIDPipe()) id: string, @Param('itemId', new ParseUUIDPipe()) itemId: string, @Body() body: ReportLostRequest) {
    return toShipmentResponse(await this.shipments.reportLost(id, itemId, body));
  }
}

@ApiTags('domestic-transfers')
@Controller('domestic-transfers')
export class DomesticTransfersController {
  constructor(private readonly transfers: DomesticTransfersService) {}

  /** Created pending; with complete=true the holder changes in the same call. */
  @Responds(DomesticTransferResponse)
  @Post()
  @Permission('transfer.write')
  async create(@Body() body: CreateDomesticTransferRequest) {
    return toDomesticTransferResponse(await this.transfers.create(body));
  }

  @Responds(DomesticTransferResponse, { list: true })
  @Get()
  @Permission('transfer.read')
  async list(@Query() query: DomesticTransferListQuery) {
    const [items, total] = await this.transfers.list(query);
    return pageOf(items, total, query, toDomesticTransferResponse);
  }

  @Responds(DomesticTransferResponse)
  @Get(':id')
  @Permission('transfer.read')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return toDomesticTransferResponse(await this.transfers.get(id));
  }

  @Responds(DomesticTransferResponse)
  @Post(':id/complete')
  @HttpCode(200)
  @Permission('transfer.write')
  async complete(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CompleteDomesticTransferRequest) {
    return toDomesticTransferResponse(await this.transfers.complete(id, body.completedOn));
  }

  @Responds(DomesticTransferResponse)
  @Post(':id/cancel')
  @HttpCode(200)
  @Permission('transfer.write')
  async cancel(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelDomesticTransferRequest) {
    return toDomesticTransferResponse(await this.transfers.cancel(id, body.reason));
  }
}
