import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { FirearmsModule } from '../firearms/firearms.module.js';
import { HoldersModule } from '../holders/holders.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { DomesticTransfersService } from './domestic-transfers.service.js';
import { ShipmentsService } from './shipments.service.js';
import { TradeItems } from './trade-items.js';
import { TradeLicencesService } from './trade-licences.service.js';
import { DomesticTransfersController, TradeLicencesController, TradeShipmentsController } from './transfers.controller.js';

/** Trade licences (import, export, transit), shipments and receipts, domestic transfers. */
@Module({
  imports: [AuditModule, ReferenceModule, HoldersModule, FirearmsModule],
  controllers: [TradeLicencesController, TradeShipmentsController, DomesticTransfersController],
  providers: [TradeItems, TradeLicencesService, ShipmentsService, DomesticTransfersService],
  exports: [TradeLicencesService, ShipmentsService, DomesticTransfersService],
})
export class TransfersModule {}
