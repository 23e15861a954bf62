import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock.js';
import type { Actor } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AcknowledgeAlertRequest, HitAlertListQuery } from './dto/seizure.dto.js';
import { HitAlert } from './seizure.entities.js';
import { pageRows, type Total } from '../../common/pagination/page.js';

/**
 * Hit alerts for investigators, and their acknowledgement by the agency that
 * reported the firearm lost or stolen. Only an investigator of that agency
 * acknowledges (route permission seizure.write, agency checked here): the
 * acknowledgement says "the reporting agency knows", which nobody else (an
 * administrator included) can say for it. Raising happens in the firearms event
 * path (hit-alerts.ts), so no route can miss it.
 */
@Injectable()
export class HitAlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: HitAlertListQuery, actor: Actor): Promise<[HitAlert[], Total]> {
    const q = this.dataSource.getRepository(HitAlert).createQueryBuilder('a');
    if (query.state) q.andWhere('a.state = :state', { state: query.state });
    if (query.agencyId) q.andWhere('a.addressed_agency_id = :agencyId', { agencyId: query.agencyId });
    if (query.mine === 'true') q.andWhere('a.addressed_agency_id = :mine', { mine: actor.agencyId });
    if (query.firearmId) q.andWhere('a.firearm_id = :firearmId', { firearmId: query.firearmId });
    if (query.seizureId) q.andWhere('a.seizure_id = :seizureId', { seizureId: query.seizureId });
    if (query.statusBefore) q.andWhere('a.status_before = :statusBefore', { statusBefore: query.statusBefore });
    if (query.raisedFrom) q.andWhere('a.raised_at >= :from', { from: query.raisedFrom });
    if (query.raisedTo) q.andWhere('a.raised_at < :to', { to: query.raisedTo });
    return pageRows(q.orderBy('a.raised_at', 'DESC').addOrderBy('a.id', 'DESC').take(query.limit).skip(query.offset));
  }

  async get(id: string): Promise<HitAlert> {
    const alert = await this.dataSource.getRepository(HitAlert).findOneBy({ id });
    if (!alert) throw new DomainError('HIT_ALERT_NOT_FOUND', `No hit alert ${id}.`);
    return alert;
  }

  async acknowledge(id: string, input: AcknowledgeAlertRequest, actor: Actor): Promise<HitAlert> {
    return this.dataSource.transaction(async (manager) => {
      const alert = await manager.findOne(HitAlert, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!alert) throw new DomainError('HIT_ALERT_NOT_FOUND', `No hit alert ${id}.`);
      if (actor.agencyId !== alert.addressedAgencyId) throw new DomainError('HIT_ALERT_NOT_ADDRESSED_TO_YOU', 'This alert is addressed to the agency that reported the firearm lost or stolen; only its users can acknowledge it.', { addressedAgencyId: alert.addressedAgencyId });
      if (alert.state === 'acknowledged') throw new DomainError('HIT_ALERT_ALREADY_ACKNOWLEDGED', `The alert was acknowledged on ${alert.acknowledgedAt!.toISOString()}.`);
      const now = this.clock.now();
      Object.assign(alert, { state: 'acknowledged', acknowledgedBy: actor.userId, acknowledgedAt: now, acknowledgementNote: input.note ?? null });
      await manager.update(HitAlert, id, { state: alert.state, acknowledgedBy: alert.acknowledgedBy, acknowledgedAt: now, acknowledgementNote: alert.acknowledgementNote });
      await this.audit.record(manager, { recordType: 'hit_alert', recordId: id, action: 'acknowledged', before: { state: 'open' }, after: { state: 'acknowledged', note: alert.acknowledgementNote } });
      return alert;
    });
  }
}
