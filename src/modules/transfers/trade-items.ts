import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, type FieldProblem } from '../../common/errors/domain-error.js';
import { Firearm } from '../firearms/firearm.entities.js';
import { normaliseSerial } from '../markings/serial.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { ItemDescriptionRequest } from './dto/trade.dto.js';
import type { ItemFacts } from './transfer.entities.js';

export type ResolvedItem = ItemFacts & { lotNumber: string | null; firearmId: string | null };

/** Where an item is described: a licence line may be generic; a shipped or received item is one thing. */
export type ItemUse = 'licence' | 'shipment' | 'receipt';

/** Turns a described item into the facts the rules compare: aliases resolved, serial normalised, codes checked. */
@Injectable()
export class TradeItems {
  constructor(private readonly reference: ReferenceService) {}

  async resolve(manager: EntityManager, input: ItemDescriptionRequest & { lotNumber?: string }, field: string, use: ItemUse): Promise<ResolvedItem> {
    const problems: FieldProblem[] = [];
    const serialRaw = input.serialNumber?.trim() || null;
    const serialNormalised = serialRaw ? normaliseSerial(serialRaw) || null : null;
    if (serialRaw && !serialNormalised) problems.push({ field: `${field}.serialNumber`, message: 'has no letter or digit' });
    if (input.itemKind === 'ammunition') {
      if (serialRaw) problems.push({ field: `${field}.serialNumber`, message: 'ammunition is counted by lot and quantity, not by serial' });
      if (!input.calibre && use !== 'receipt') problems.push({ field: `${field}.calibre`, message: 'is required for ammunition' });
    } else if (input.itemKind === 'firearm' && use !== 'licence') {
      if (!serialRaw) problems.push({ field: `${field}.serialNumber`, message: 'is required: firearms are shipped and received by serial' });
      if (!input.category && use === 'shipment') problems.push({ field: `${field}.category`, message: 'is required for a firearm' });
    }
    if (input.itemKind === 'part' && !input.partType && use === 'shipment') problems.push({ field: `${field}.partType`, message: 'is required for a part' });
    if (input.itemKind !== 'part' && input.partType) problems.push({ field: `${field}.partType`, message: 'is only for parts' });
    if (input.itemKind !== 'firearm' && input.category) problems.push({ field: `${field}.category`, message: 'is only for firearms' });
    const quantity = input.quantity ?? 1;
    if (serialNormalised && quantity !== 1) problems.push({ field: `${field}.quantity`, message: 'must be 1 for an item with a serial' });
    if (problems.length > 0) throw new DomainError('SHIPMENT_ITEM_INVALID', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { errors: problems });

    await this.reference.assertKnown(manager, [{ field: `${field}.category`, table: 'firearm_category', value: input.category }]);
    const make = await this.reference.resolveManufacturer(input.make, manager);
    const calibre = await this.reference.resolveCalibre(input.calibre, manager);
    return {
      itemKind: input.itemKind,
      categoryCode: input.category ?? null,
      partType: input.partType ?? null,
      makeText: make?.text ?? null,
      manufacturerCode: make?.code ?? null,
      model: input.model?.trim() || null,
      calibreText: calibre?.text ?? null,
      calibreCode: calibre?.code ?? null,
      serialRaw,
      serialNormalised,
      quantity,
      lotNumber: input.lotNumber?.trim() || null,
      firearmId: null,
    };
  }

  /** An item of the register (exports, listed firearms): its description is the record's. */
  fromFirearm(firearm: Firearm): ResolvedItem {
    return {
      itemKind: firearm.itemKind,
      categoryCode: firearm.categoryCode,
      partType: firearm.partType,
      makeText: firearm.makeText,
      manufacturerCode: firearm.manufacturerCode,
      model: firearm.model,
      calibreText: firearm.calibreText,
      calibreCode: firearm.calibreCode,
      serialRaw: firearm.serialRaw,
      serialNormalised: firearm.serialNormalised,
      quantity: 1,
      lotNumber: null,
      firearmId: firearm.id,
    };
  }

  /** The register's record for an item given by id or by serial; refused when absent or ambiguous. */
  async findInRegister(manager: EntityManager, input: { firearmId?: string; serialNumber?: string; itemKind: string }, field: string): Promise<Firearm> {
    if (input.firearmId) {
      const firearm = await manager.findOneBy(Firearm, { id: input.firearmId });
      if (!firearm) throw new DomainError('FIREARM_NOT_FOUND', `${field}: no firearm or part ${input.firearmId} in the register.`, { errors: [{ field: `${field}.firearmId`, message: 'does not exist' }] });
      return firearm;
    }
    const serial = input.serialNumber ? normaliseSerial(input.serialNumber) : '';
    if (!serial) throw new DomainError('SHIPMENT_ITEM_INVALID', `${field}: give the firearmId or serialNumber of the item in the register.`, { errors: [{ field: `${field}.firearmId`, message: 'is required' }] });
    const found = await manager.find(Firearm, { where: { serialNormalised: serial, itemKind: input.itemKind as Firearm['itemKind'] }, take: 2 });
    const live = found.filter((f) => !f.mergedIntoId);
    if (live.length === 0) throw new DomainError('FIREARM_NOT_FOUND', `${field}: no ${input.itemKind} with serial ${input.serialNumber} in the register.`, { errors: [{ field: `${field}.serialNumber`, message: 'is not in the register' }] });
    if (live.length > 1) throw new DomainError('SHIPMENT_ITEM_INVALID', `${field}: several records carry serial ${input.serialNumber}; give the firearmId.`, { errors: [{ field: `${field}.firearmId`, message: 'is required: the serial is ambiguous' }] });
    return live[0];
  }
}
