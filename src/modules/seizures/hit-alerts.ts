import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
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

/** A firearm an event was just recorded for: what an alert needs of both. */
export interface Resurfaced {
  firearm: Pick<Firearm, 'id' | 'registeringAgencyId'>;
  event: Pick<FirearmEvent, 'id' | 'type' | 'statusBefore'>;
  /** The seizure the firearm resurfaced in, when there is one. */
  seizureId?: string | null;
  /** The record the loss or theft was reported on, when not this one (a duplicate merged into it). */
  reportedOnId?: string;
}

/** Raises the alert inside the caller's transaction; returns it with its audit entry. */
export async function raiseHitAlert(manager: EntityManager, firearm: Firearm, event: FirearmEvent, now: Date): Promise<{ alert: HitAlert; audit: AuditInput } | null> {
  const [raised] = await raiseHitAlerts(manager, [{ firearm, event }], now);
  return raised ?? null;
}

/**
 * raiseHitAlert for many firearms at once (bulk imports): one query finds each
 * firearm's latest loss or theft report, one statement inserts the alerts. Only
 * the firearms that were lost or stolen get one; the result follows their order.
 */
export async function raiseHitAlerts(manager: EntityManager, resurfaced: Resurfaced[], now: Date): Promise<{ alert: HitAlert; audit: AuditInput }[]> {
  const hits = resurfaced.filter((r) => raisesHitAlert(r.event.statusBefore));
  if (hits.length === 0) return [];
  const reports = (await manager.query(
    `SELECT DISTINCT ON (firearm_id) firearm_id, id, agency_id FROM firearm_event
      WHERE firearm_id = ANY($1::uuid[]) AND type IN ('reported_lost', 'reported_stolen')
      ORDER BY firearm_id, ordinal DESC`,
    [[...new Set(hits.map((h) => h.reportedOnId ?? h.firearm.id))]],
  )) as { firearm_id: string; id: string; agency_id: string | null }[];
  const reportOf = new Map(reports.map((r) => [r.firearm_id, r]));
  const alerts = hits.map(({ firearm, event, seizureId, reportedOnId }) => {
    const report = reportOf.get(reportedOnId ?? firearm.id);
    return manager.create(HitAlert, {
      id: randomUUID(),
      firearmId: firearm.id,
      triggerEventId: event.id,
      triggerEventType: event.type,
      statusBefore: event.statusBefore as 'lost' | 'stolen',
      reportEventId: report?.id ?? null,
      addressedAgencyId: report?.agency_id ?? firearm.registeringAgencyId,
      seizureId: seizureId ?? null,
      state: 'open',
      raisedAt: now,
      acknowledgedBy: null,
      acknowledgedAt: null,
      acknowledgementNote: null,
    });
  });
  await manager.insert(HitAlert, alerts);
  return alerts.map((alert) => ({
    alert,
    audit: {
      recordType: 'hit_alert',
      recordId: alert.id,
      action: 'raised',
      after: { firearmId: alert.firearmId, triggerEventId: alert.triggerEventId, triggerEventType: alert.triggerEventType, statusBefore: alert.statusBefore, addressedAgencyId: alert.addressedAgencyId },
    },
  }));
}

/** Open alerts of a record and of the records merged into it (one firearm). */
export async function openAlertsOf(manager: EntityManager, firearmId: string, mergedRecordIds: readonly string[] = []): Promise<HitAlert[]> {
  return manager.find(HitAlert, { where: { firearmId: In([firearmId, ...mergedRecordIds]), state: 'open' }, order: { raisedAt: 'ASC' } });
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
