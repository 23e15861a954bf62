import { uuidV7 } from '../../common/database/uuid-v7.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, isoDay } from '../../common/clock/clock.js';
import { RequestContext } from '../../common/context/request-context.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { JsonObject } from '../../common/database/sql.js';
import { AuditService, type AuditInput } from '../audit/audit.service.js';
import { changedFields } from '../audit/hash-chain.js';
import { raiseHitAlerts } from '../seizures/hit-alerts.js';
import type { HitAlert } from '../seizures/seizure.entities.js';
import { eventRefusal, holderRule } from './event-rules.js';
import type { Firearm, FirearmEvent, ItemKind } from './firearm.entities.js';
import { firearmView } from './firearms.service.js';
import { decideTransition, type FirearmStatus, type LifecycleEventType } from './lifecycle.js';

/** What the lifecycle needs to know of a firearm to move it, read under a row lock. */
export interface FirearmState {
  id: string;
  itemKind: ItemKind;
  status: FirearmStatus;
  holderId: string | null;
  registeringAgencyId: string;
  mergedIntoId: string | null;
  /** Ordinal of its latest event (0 without any). */
  lastOrdinal: number;
}

/** The facts of an event recorded in bulk: the holder never changes on this path. */
export interface BulkEventInput {
  type: LifecycleEventType;
  occurredOn?: string;
  place?: string;
  agencyId?: string;
  referenceDocuments?: string[];
  notes?: string;
  details?: Record<string, unknown>;
}

export interface BulkMove {
  firearm: FirearmState;
  event: BulkEventInput;
  /** Extra fields of the firearm's audit entry (an import's id and row). */
  audit?: Record<string, unknown>;
  /** A hit alert raised by this event names this seizure. */
  seizureId?: string;
}

/** A firearm or part entering the register, with the event that starts its record. */
export interface NewRegisterEntry {
  record: Omit<Firearm, 'status' | 'mergedIntoId' | 'version' | 'createdAt' | 'updatedAt'>;
  initialEvent: BulkEventInput;
  /** Extra fields of the "created" audit entry (an import's id, row and key). */
  audit?: Record<string, unknown>;
}

// Column order and types of the set-based inserts.
const FIREARM_COLUMNS: [keyof Firearm, string, string][] = [
  ['id', 'id', 'uuid'],
  ['itemKind', 'item_kind', 'text'],
  ['partType', 'part_type', 'text'],
  ['parentFirearmId', 'parent_firearm_id', 'uuid'],
  ['categoryCode', 'category_code', 'text'],
  ['actionCode', 'action_code', 'text'],
  ['makeText', 'make_text', 'text'],
  ['manufacturerCode', 'manufacturer_code', 'text'],
  ['model', 'model', 'text'],
  ['calibreText', 'calibre_text', 'text'],
  ['calibreCode', 'calibre_code', 'text'],
  ['serialRaw', 'serial_raw', 'text'],
  ['serialNormalised', 'serial_normalised', 'text'],
  ['serialFolded', 'serial_folded', 'text'],
  ['countryOfManufacture', 'country_of_manufacture', 'text'],
  ['yearOfManufacture', 'year_of_manufacture', 'int'],
  ['barrelLengthMm', 'barrel_length_mm', 'numeric'],
  ['origin', 'origin', 'text'],
  ['description', 'description', 'text'],
  ['status', 'status', 'text'],
  ['holderId', 'holder_id', 'uuid'],
  ['registeringAgencyId', 'registering_agency_id', 'uuid'],
  ['unregisteredBeforeSeizure', 'unregistered_before_seizure', 'boolean'],
  ['importKey', 'import_key', 'text'],
  ['importId', 'import_id', 'uuid'],
  ['importRow', 'import_row', 'int'],
  ['version', 'version', 'int'],
  ['createdAt', 'created_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'],
];

const EVENT_COLUMNS: [keyof FirearmEvent, string, string][] = [
  ['id', 'id', 'uuid'],
  ['firearmId', 'firearm_id', 'uuid'],
  ['ordinal', 'ordinal', 'int'],
  ['type', 'type', 'text'],
  ['occurredOn', 'occurred_on', 'date'],
  ['recordedAt', 'recorded_at', 'timestamptz'],
  ['recordedBy', 'recorded_by', 'uuid'],
  ['agencyId', 'agency_id', 'uuid'],
  ['place', 'place', 'text'],
  ['holderId', 'holder_id', 'uuid'],
  ['previousHolderId', 'previous_holder_id', 'uuid'],
  ['licenceId', 'licence_id', 'uuid'],
  ['statusBefore', 'status_before', 'text'],
  ['statusAfter', 'status_after', 'text'],
  ['referenceDocuments', 'reference_documents', 'text[]'],
  ['notes', 'notes', 'text'],
  ['details', 'details', 'jsonb'],
  ['reason', 'reason', 'text'],
];

/**
 * INSERT … SELECT FROM json_to_recordset: one round trip and one parameter
 * whatever the number of rows, the rows in one JSON document (serialised
 * natively; pg's array literals escape every element in JavaScript). A column
 * with one value for every row (the chunk's timestamp, agency, empty reference
 * documents) is sent once, not per row.
 */
async function insertRows<T>(manager: EntityManager, table: string, columns: [keyof T, string, string][], rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const structured = (type: string) => type === 'jsonb' || type.endsWith('[]');
  const same = (type: string, a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : structured(type) ? JSON.stringify(a ?? null) === JSON.stringify(b ?? null) : a === b;
  const select: string[] = [];
  const fields: string[] = [];
  const varying: [keyof T, string][] = [];
  const parameters: unknown[] = [null];
  columns.forEach(([key, column, type], index) => {
    const first = rows[0][key] ?? null;
    if (index > 0 && rows.every((row) => same(type, row[key] ?? null, first))) {
      parameters.push(type === 'jsonb' ? JSON.stringify(first) : first);
      select.push(`$${parameters.length}::${type}`);
    } else {
      varying.push([key, column]);
      fields.push(`${column} ${type}`);
      select.push(`t.${column}`);
    }
  });
  parameters[0] = JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, column] of varying) out[column] = row[key] ?? null;
      return out;
    }),
  );
  await manager.query(`INSERT INTO ${table} (${columns.map((c) => c[1]).join(', ')}) SELECT ${select.join(', ')} FROM json_to_recordset($1::json) AS t(${fields.join(', ')})`, parameters);
}

/**
 * The register written in bulk (imports): the same rules, events and audit
 * entries as FirearmsService, in set-based statements whatever the number of
 * records. Only events that keep the holder go this way; an event that hands a
 * firearm to a holder needs that holder's licence checked, one by one, through
 * FirearmsService.
 */
@Injectable()
export class FirearmsBulkService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Locks the firearms (in id order, so two bulk writers cannot deadlock) and reads their status and latest ordinal: one query. */
  async lockStates(manager: EntityManager, ids: string[]): Promise<Map<string, FirearmState>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT f.id, f.item_kind, f.status, f.holder_id, f.registering_agency_id, f.merged_into_id,
              (SELECT coalesce(max(e.ordinal), 0) FROM firearm_event e WHERE e.firearm_id = f.id) AS last_ordinal
         FROM firearm f WHERE f.id = ANY($1::uuid[]) ORDER BY f.id FOR UPDATE OF f`,
      [wanted],
    )) as { id: string; item_kind: ItemKind; status: FirearmStatus; holder_id: string | null; registering_agency_id: string; merged_into_id: string | null; last_ordinal: number }[];
    return new Map(
      rows.map((r) => [r.id, { id: r.id, itemKind: r.item_kind, status: r.status, holderId: r.holder_id, registeringAgencyId: r.registering_agency_id, mergedIntoId: r.merged_into_id, lastOrdinal: Number(r.last_ordinal) }]),
    );
  }

  /** Why the event cannot be recorded for this firearm (the API's words), or null. */
  refusal(firearm: FirearmState, event: BulkEventInput): string | null {
    return eventRefusal(firearm, event.type, event, isoDay(this.clock.now()));
  }

  /**
   * Records one event for each firearm (locked with lockStates in this
   * transaction): events, statuses, hit alerts for lost or stolen firearms and
   * every audit entry in a handful of statements. All or none: a move the
   * lifecycle refuses throws before anything is written, so callers decide
   * row by row with refusal() first. Moves' firearm states are updated.
   */
  async applyEventsIn(manager: EntityManager, moves: BulkMove[]): Promise<{ event: FirearmEvent; hitAlert: HitAlert | null }[]> {
    if (moves.length === 0) return [];
    const now = this.clock.now();
    const actor = RequestContext.current()?.actor;
    if (new Set(moves.map((m) => m.firearm.id)).size !== moves.length) throw new Error('applyEventsIn: one event per firearm per call');
    const events = moves.map(({ firearm, event: input }) => {
      const refused = this.refusal(firearm, input);
      if (refused) throw new DomainError('INVALID_LIFECYCLE_TRANSITION', refused, { firearmId: firearm.id, currentStatus: firearm.status, event: input.type });
      if (holderRule(input.type) === 'receives') throw new Error(`applyEventsIn: a ${input.type} event hands the firearm to a holder; record it through FirearmsService`);
      const decision = decideTransition(firearm.status, input.type) as { allowed: true; status: FirearmStatus };
      const event: FirearmEvent = {
        id: uuidV7(),
        firearmId: firearm.id,
        ordinal: firearm.lastOrdinal + 1,
        type: input.type,
        occurredOn: input.occurredOn ?? isoDay(now),
        recordedAt: now,
        recordedBy: actor?.userId ?? null,
        agencyId: input.agencyId ?? actor?.agencyId ?? null,
        place: input.place ?? null,
        holderId: null,
        previousHolderId: firearm.holderId,
        licenceId: null,
        statusBefore: firearm.status,
        statusAfter: decision.status,
        referenceDocuments: input.referenceDocuments ?? [],
        notes: input.notes ?? null,
        details: (input.details ?? {}) as JsonObject,
        reason: null,
      };
      return event;
    });
    await insertRows(manager, 'firearm_event', EVENT_COLUMNS, events);
    await manager.query(
      `UPDATE firearm f SET status = t.status, version = f.version + 1, updated_at = $3
         FROM unnest($1::uuid[], $2::text[]) AS t(id, status) WHERE f.id = t.id`,
      [events.map((e) => e.firearmId), events.map((e) => e.statusAfter), now],
    );
    const hits = await raiseHitAlerts(
      manager,
      moves.map((m, i) => ({ firearm: m.firearm, event: events[i], seizureId: m.seizureId ?? null })),
      now,
    );
    const alertOf = new Map(hits.map((h) => [h.alert.triggerEventId, h]));
    const entries: AuditInput[] = moves.map(({ firearm, audit }, i) => {
      const diff = changedFields({ status: firearm.status }, { status: events[i].statusAfter });
      return { recordType: firearm.itemKind, recordId: firearm.id, action: events[i].type, before: diff.before, after: { ...diff.after, eventId: events[i].id, occurredOn: events[i].occurredOn, ...audit } };
    });
    await this.audit.record(manager, ...entries, ...hits.map((h) => h.audit));
    moves.forEach((m, i) => Object.assign(m.firearm, { status: events[i].statusAfter, lastOrdinal: events[i].ordinal }));
    return events.map((event) => ({ event, hitAlert: alertOf.get(event.id)?.alert ?? null }));
  }

  /**
   * New register entries, each with the event that starts its record (first
   * ordinal, status from the lifecycle) and its "created" audit entry, as
   * FirearmsService.createIn writes them. The holder, if any, is on the record.
   */
  async createManyIn(manager: EntityManager, entries: NewRegisterEntry[]): Promise<Firearm[]> {
    if (entries.length === 0) return [];
    const now = this.clock.now();
    const actor = RequestContext.current()?.actor;
    const records: Firearm[] = [];
    const events: FirearmEvent[] = [];
    for (const { record, initialEvent: input } of entries) {
      const decision = decideTransition(null, input.type);
      if (!decision.allowed) throw new DomainError('INVALID_LIFECYCLE_TRANSITION', decision.reason, { currentStatus: null, event: input.type });
      if (record.holderId && holderRule(input.type) === 'none') throw new Error(`createManyIn: a ${input.type} event does not name a holder`);
      const firearm: Firearm = { ...record, status: decision.status, mergedIntoId: null, version: 1, createdAt: now, updatedAt: now };
      records.push(firearm);
      events.push({
        id: uuidV7(),
        firearmId: firearm.id,
        ordinal: 1,
        type: input.type,
        occurredOn: input.occurredOn ?? isoDay(now),
        recordedAt: now,
        recordedBy: actor?.userId ?? null,
        agencyId: input.agencyId ?? actor?.agencyId ?? null,
        place: input.place ?? null,
        holderId: firearm.holderId,
        previousHolderId: null,
        licenceId: null,
        statusBefore: null,
        statusAfter: decision.status,
        referenceDocuments: input.referenceDocuments ?? [],
        notes: input.notes ?? null,
        details: (input.details ?? {}) as JsonObject,
        reason: null,
      });
    }
    await insertRows(manager, 'firearm', FIREARM_COLUMNS, records);
    await insertRows(manager, 'firearm_event', EVENT_COLUMNS, events);
    // The inserts above just took these ids as primary keys: the records are new, so no chain head is looked up.
    await this.audit.record(
      manager,
      ...records.map((f, i) => ({
        recordType: f.itemKind,
        recordId: f.id,
        newRecord: true as const,
        action: 'created',
        after: { ...firearmView(f), initialEvent: events[i].type, ...(f.unregisteredBeforeSeizure ? { unregisteredBeforeSeizure: true } : {}), ...entries[i].audit },
      })),
    );
    return records;
  }
}
