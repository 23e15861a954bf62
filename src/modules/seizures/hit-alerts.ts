import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditInput } from '../audit/audit.service.js';
import type { Firearm, FirearmEvent } from '../firearms/firearm.entities.js';
import { HitAlert } from './seizure.entities.js';

/**
 * Hit alerts, raised from the firearms event path (not only from seizures): any
 * event recorded for a firearm that was lost or stolen means it has resurfaced,
 * whether in a seizure, a transfer or an import. The alert goes to the agency that
 * reported the loss or theft; legacy records without that agency fall back to the
 * registering agency, so no alert is ever left unaddressed.
 */
export function raisesHitAlert(statusBefore: string | null): statusBefore is 'lost' | 'stolen' {
  return statusBefore === 'lost' || statusBefore === 'stolen';
}

/** Raises the alert inside the caller's transaction; returns it with its audit entry. */
export async function raiseHitAlert(manager: EntityManager, firearm: Firearm, event: FirearmEvent, now: Date): Promise<{ alert: HitAlert; audit: AuditInput } | null> {
  if (!raisesHitAlert(event.statusBefore)) return null;
  const [report] = (await manager.query(
    `SELECT id, agency_id FROM firearm_event
      WHERE firearm_id = $1 AND type IN ('reported_lost', 'reported_stolen')
      ORDER BY ordinal DESC LIMIT 1`,
    [firearm.id],
  )) as { id: string; agency_id: string | null }[];
  const alert = manager.create(HitAlert, {
    id: randomUUID(),
    firearmId: firearm.id,
    triggerEventId: event.id,
    triggerEventType: event.type,
    statusBefore: event.statusBefore,
    reportEventId: report?.id ?? null,
    addressedAgencyId: report?.agency_id ?? firearm.registeringAgencyId,
    seizureId: null,
    state: 'open',
    raisedAt: now,
    acknowledgedBy: null,
    acknowledgedAt: null,
    acknowledgementNote: null,
  });
  await manager.insert(HitAlert, alert);
  return {
    alert,
    audit: {
      recordType: 'hit_alert',
      recordId: alert.id,
      action: 'raised',
      after: { firearmId: firearm.id, triggerEventId: event.id, triggerEventType: event.type, statusBefore: event.statusBefore, addressedAgencyId: alert.addressedAgencyId },
    },
  };
}

export async function openAlertsOf(manager: EntityManager, firearmId: string): Promise<HitAlert[]> {
  return manager.find(HitAlert, { where: { firearmId, state: 'open' }, order: { raisedAt: 'ASC' } });
}

export function toHitAlertResponse(alert: HitAlert) {
  return {
    id: alert.id,
    firearmId: alert.firearmId,
    state: alert.state,
    statusBefore: alert.statusBefore,
    triggerEventId: alert.triggerEventId,
    triggerEventType: alert.triggerEventType,
    reportEventId: alert.reportEventId,
    addressedAgencyId: alert.addressedAgencyId,
    seizureId: alert.seizureId,
    raisedAt: alert.raisedAt.toISOString(),
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    acknowledgementNote: alert.acknowledgementNote,
  };
}
