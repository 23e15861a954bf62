import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { Holder } from '../holders/holder.entities.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AmmunitionLot } from './firearm.entities.js';
import type { AmmunitionListQuery, AmmunitionLotRequest } from './dto/firearm.dto.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

@Injectable()
export class AmmunitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  async create(input: AmmunitionLotRequest): Promise<AmmunitionLot> {
    return this.dataSource.transaction(async (manager) => {
      if (input.holderId && !(await manager.existsBy(Holder, { id: input.holderId }))) throw new DomainError('HOLDER_NOT_FOUND', `No holder ${input.holderId}.`, { errors: [{ field: 'holderId', message: 'does not exist' }] });
      const agencyId = RequestContext.current()?.actor?.agencyId;
      if (!agencyId) throw new DomainError('VALIDATION_FAILED', 'The registering agency is unknown.');
      const calibre = await this.reference.resolveCalibre(input.calibre, manager);
      const make = await this.reference.resolveManufacturer(input.make, manager);
      const now = this.clock.now();
      const lot = manager.create(AmmunitionLot, {
        id: randomUUID(),
        calibreText: calibre!.text,
        calibreCode: calibre!.code,
        makeText: make?.text ?? null,
        manufacturerCode: make?.code ?? null,
        lotNumber: input.lotNumber ?? null,
        yearOfManufacture: input.yearOfManufacture ?? null,
        quantity: input.quantity,
        headstamp: input.headstamp ?? null,
        description: input.description ?? null,
        status: 'registered',
        holderId: input.holderId ?? null,
        registeringAgencyId: agencyId,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(AmmunitionLot, lot);
      const { createdAt: _c, updatedAt: _u, id: _i, ...view } = lot;
      await this.audit.record(manager, { recordType: 'ammunition_lot', recordId: lot.id, action: 'created', after: view });
      return lot;
    });
  }

  async get(id: string): Promise<AmmunitionLot> {
    const lot = await this.dataSource.getRepository(AmmunitionLot).findOneBy({ id });
    if (!lot) throw new DomainError('AMMUNITION_LOT_NOT_FOUND', `No ammunition lot ${id}.`);
    return lot;
  }

  async list(query: AmmunitionListQuery): Promise<[AmmunitionLot[], Total]> {
    const q = this.dataSource.getRepository(AmmunitionLot).createQueryBuilder('a');
    if (query.calibre) {
      const calibre = await this.reference.resolveCalibre(query.calibre);
      q.andWhere('(a.calibre_code = :code OR a.calibre_text ILIKE :text)', { code: calibre?.code ?? null, text: query.calibre });
    }
    if (query.lotNumber) q.andWhere('a.lot_number = :lot', { lot: query.lotNumber });
    if (query.holderId) q.andWhere('a.holder_id = :holderId', { holderId: query.holderId });
    return pageRows(q.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').take(query.limit).skip(query.offset));
  }
}
