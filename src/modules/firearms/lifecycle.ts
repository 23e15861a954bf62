/**
 * The firearm lifecycle: which event may follow which status, and what status it leads to.
 *
 * One table (TRANSITIONS below) is the single source of truth; decideTransition and
 * allowedEvents only read it. An impossible move is refused, never recorded
 * (domain brief: "a destroyed firearm being transferred is refused").
 * Corrections and merges of records are handled elsewhere, not by this machine.
 */

export const FIREARM_STATUSES = [
  'manufactured',
  'imported',
  'registered', // in lawful civilian or state holding in the country
  'in_transit',
  'exported', // has left the country
  'lost',
  'stolen',
  'found',
  'surrendered',
  'seized',
  'confiscated',
  'in_custody',
  'deactivated',
  'destroyed',
] as const;
export type FirearmStatus = (typeof FIREARM_STATUSES)[number];

export const LIFECYCLE_EVENT_TYPES = [
  'manufactured',
  'imported',
  'registered',
  'licensed',
  'transferred',
  'exported',
  'in_transit',
  'reported_lost',
  'reported_stolen',
  'found',
  'surrendered',
  'seized',
  'confiscated',
  'taken_into_custody',
  'released',
  'deactivated',
  'destroyed',
] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENT_TYPES)[number];

export type TransitionDecision = { allowed: true; status: FirearmStatus } | { allowed: false; reason: string };

/** Allowed events from one status, each with the status it leads to. Absent = refused. */
type Row = Readonly<Partial<Record<LifecycleEventType, FirearmStatus>>>;

/** Row key for a firearm the registry has no record of yet (`current === null`). */
const NO_RECORD = 'no_record';

/**
 * Principles behind the table:
 * - Destruction is final: nothing follows it.
 * - A firearm can always turn up: found, surrendered and seized are accepted from every
 *   status in which it is outside the authorities' hands (including exported: an exported
 *   firearm that comes back illicitly is exactly the diversion a trace must reveal), and
 *   they may also start a record (a firearm first seen in a seizure, find or amnesty).
 * - A firearm held by the authorities (found, surrendered, seized, confiscated,
 *   in_custody) is released back to its lawful holder (→ registered) before any civilian
 *   step; it may also be lost or stolen from state stores, a known source of diversion.
 * - A lost or stolen firearm cannot be licensed, transferred, exported or deactivated
 *   until recovered. A loss may turn out to be a theft, not the reverse.
 * - licensed and transferred keep the status registered; a deactivated item may be
 *   transferred (sold as a collectible) and stays deactivated.
 * - Destruction is recorded for a firearm held by the authorities, a deactivated item,
 *   or a registered one (a state armoury destroying surplus under supervision); a firearm
 *   only recorded as manufactured or imported must be registered or handed over first.
 * - manufactured may be followed by imported: a foreign-made firearm's manufacture may be
 *   recorded from the import papers; where it was made is a field, not a status.
 */
const TRANSITIONS: Readonly<Record<FirearmStatus | typeof NO_RECORD, Row>> = {
  [NO_RECORD]: {
    manufactured: 'manufactured',
    imported: 'imported',
    registered: 'registered',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
  },
  manufactured: {
    imported: 'imported',
    registered: 'registered',
    licensed: 'registered',
    transferred: 'registered',
    exported: 'exported',
    in_transit: 'in_transit',
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    deactivated: 'deactivated',
  },
  imported: {
    registered: 'registered',
    licensed: 'registered',
    transferred: 'registered',
    exported: 'exported',
    in_transit: 'in_transit',
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    deactivated: 'deactivated',
  },
  registered: {
    registered: 'registered', // re-registration, e.g. a periodic renewal
    licensed: 'registered',
    transferred: 'registered',
    exported: 'exported',
    in_transit: 'in_transit',
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found', // turns up abandoned before anyone reported it missing
    surrendered: 'surrendered',
    seized: 'seized',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  in_transit: {
    imported: 'imported',
    exported: 'exported',
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
  },
  exported: {
    imported: 'imported', // re-import
    // Lost or stolen on the way, before the importer received it (a shipment item reported lost in transit).
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
  },
  lost: {
    reported_stolen: 'stolen', // the loss turns out to be a theft
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
    taken_into_custody: 'in_custody',
  },
  stolen: {
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
    taken_into_custody: 'in_custody',
  },
  found: {
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    released: 'registered', // returned to its lawful holder
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  surrendered: {
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    released: 'registered',
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  seized: {
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    confiscated: 'confiscated',
    taken_into_custody: 'in_custody',
    released: 'registered',
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  confiscated: {
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    taken_into_custody: 'in_custody',
    released: 'registered', // e.g. the confiscation is overturned
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  in_custody: {
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    confiscated: 'confiscated',
    released: 'registered',
    deactivated: 'deactivated',
    destroyed: 'destroyed',
  },
  deactivated: {
    transferred: 'deactivated', // sold as a collectible: still deactivated
    reported_lost: 'lost',
    reported_stolen: 'stolen',
    found: 'found',
    surrendered: 'surrendered',
    seized: 'seized',
    destroyed: 'destroyed',
  },
  destroyed: {},
};

// ---- Wording of refusals, for the officer -------------------------------------------

const SUBJECT: Readonly<Record<FirearmStatus | typeof NO_RECORD, string>> = {
  [NO_RECORD]: 'A firearm with no record',
  manufactured: 'A firearm recorded as manufactured',
  imported: 'A firearm recorded as imported',
  registered: 'A registered firearm',
  in_transit: 'A firearm in transit',
  exported: 'An exported firearm',
  lost: 'A lost firearm',
  stolen: 'A stolen firearm',
  found: 'A found firearm',
  surrendered: 'A surrendered firearm',
  seized: 'A seized firearm',
  confiscated: 'A confiscated firearm',
  in_custody: 'A firearm in custody',
  deactivated: 'A deactivated firearm',
  destroyed: 'A destroyed firearm',
};

const PREDICATE: Readonly<Record<LifecycleEventType, string>> = {
  manufactured: 'be recorded as manufactured',
  imported: 'be imported',
  registered: 'be registered',
  licensed: 'be licensed to a holder',
  transferred: 'be transferred',
  exported: 'be exported',
  in_transit: 'be put in transit',
  reported_lost: 'be reported lost',
  reported_stolen: 'be reported stolen',
  found: 'be recorded as found',
  surrendered: 'be surrendered',
  seized: 'be seized',
  confiscated: 'be confiscated',
  taken_into_custody: 'be taken into custody',
  released: 'be released',
  deactivated: 'be deactivated',
  destroyed: 'be destroyed',
};

const HELD_BY_AUTHORITIES = 'it is held by the authorities and must be released to its lawful holder first';
const NOT_YET_RECOVERED = 'it must first be recovered (found, surrendered or seized)';

/** Why a status refuses an event, when no more specific explanation applies. */
const STATUS_EXPLANATION: Readonly<Record<FirearmStatus | typeof NO_RECORD, string>> = {
  [NO_RECORD]:
    'a record must start with its manufacture, import or registration, or with its finding, surrender or seizure',
  manufactured: 'it must first be registered, or handed over to the authorities',
  imported: 'it must first be registered, or handed over to the authorities',
  registered: 'that step does not apply to a firearm in lawful holding',
  in_transit: 'it must first arrive (imported) or leave the country (exported), or be recovered',
  exported: 'it has left the country and must be re-imported or recovered here first',
  lost: NOT_YET_RECOVERED,
  stolen: NOT_YET_RECOVERED,
  found: HELD_BY_AUTHORITIES,
  surrendered: HELD_BY_AUTHORITIES,
  seized: HELD_BY_AUTHORITIES,
  confiscated: HELD_BY_AUTHORITIES,
  in_custody: HELD_BY_AUTHORITIES,
  deactivated:
    'it is permanently inoperable; only its transfer as a deactivated item, its loss, theft or recovery, or its destruction can follow',
  destroyed: 'destruction is final',
};

/** The status an event leads to in the usual case, to recognise "already in that status". */
const USUAL_RESULT: Readonly<Partial<Record<LifecycleEventType, FirearmStatus>>> = {
  manufactured: 'manufactured',
  imported: 'imported',
  exported: 'exported',
  in_transit: 'in_transit',
  reported_lost: 'lost',
  reported_stolen: 'stolen',
  found: 'found',
  surrendered: 'surrendered',
  seized: 'seized',
  confiscated: 'confiscated',
  taken_into_custody: 'in_custody',
  deactivated: 'deactivated',
};

const STATUS_WORDING: Readonly<Partial<Record<FirearmStatus, string>>> = { in_custody: 'in custody', in_transit: 'in transit' };

function explainRefusal(current: FirearmStatus | null, event: LifecycleEventType): string {
  const key = current ?? NO_RECORD;
  let why = STATUS_EXPLANATION[key];
  if (current !== null && current !== 'destroyed') {
    if (current === 'stolen' && event === 'reported_lost') {
      why = 'it is recorded as stolen, and a theft is not downgraded to a loss';
    } else if (USUAL_RESULT[event] === current) {
      why = `it is already recorded as ${STATUS_WORDING[current] ?? current}`;
    } else if (event === 'manufactured') {
      why = 'it already has a record, and a firearm is manufactured only once';
    } else if (event === 'released') {
      why = 'only a firearm held by the authorities can be released';
    } else if (event === 'imported') {
      why = 'it is already in the country; only an exported firearm or one in transit can be imported';
    }
  }
  return `${SUBJECT[key]} cannot ${PREDICATE[event]}: ${why}.`;
}

function isStatus(value: unknown): value is FirearmStatus {
  return (FIREARM_STATUSES as readonly unknown[]).includes(value);
}

function isEventType(value: unknown): value is LifecycleEventType {
  return (LIFECYCLE_EVENT_TYPES as readonly unknown[]).includes(value);
}

/**
 * Decides whether `event` may be recorded for a firearm in status `current`
 * (`null`: the registry has no record of it yet) and, if so, its new status.
 */
export function decideTransition(current: FirearmStatus | null, event: LifecycleEventType): TransitionDecision {
  // Values reach us from requests and import files; refuse rather than crash on a stray one.
  if (current !== null && !isStatus(current)) {
    return { allowed: false, reason: `"${String(current)}" is not a known firearm status.` };
  }
  if (!isEventType(event)) {
    return { allowed: false, reason: `"${String(event)}" is not a known lifecycle event.` };
  }
  const status = TRANSITIONS[current ?? NO_RECORD][event];
  return status ? { allowed: true, status } : { allowed: false, reason: explainRefusal(current, event) };
}

/** Events that may be recorded from `current`, in the order of LIFECYCLE_EVENT_TYPES. */
export function allowedEvents(current: FirearmStatus | null): LifecycleEventType[] {
  if (current !== null && !isStatus(current)) return [];
  const row = TRANSITIONS[current ?? NO_RECORD];
  return LIFECYCLE_EVENT_TYPES.filter((event) => row[event] !== undefined);
}

/** Statuses in which the firearm is in its legal holder's hands (or the maker's / importer's). */
export const LAWFUL_STATUSES: readonly FirearmStatus[] = ['manufactured', 'imported', 'registered', 'deactivated'];

// ---- The legal chain: last legal holder and point of diversion ----------------------

/** An event as the legal chain reads it; `holderId` is the holder it handed the firearm to, if any. */
export interface ChainEvent {
  id: string;
  type: string;
  occurredOn: string;
}

/** Steps of the lawful life (manufacture, import, holding, export). */
const LAWFUL_STEPS = new Set(['manufactured', 'imported', 'registered', 'licensed', 'transferred', 'exported', 'in_transit']);
/** Steps that put the firearm back in lawful hands after a loss or theft. */
const RETURNS_TO_LAWFUL = new Set(['released', 'registered', 'licensed', 'transferred', 'imported']);
const DIVERSIONS = new Set(['reported_lost', 'reported_stolen']);
/** The authorities get hold of it: told in the chain only as part of a recovery. */
const RECOVERIES = new Set(['found', 'surrendered', 'seized', 'confiscated', 'taken_into_custody']);
/** The lawful transfers a "last known transfer" is read from. */
const TRANSFERS = new Set(['manufactured', 'imported', 'registered', 'licensed', 'transferred', 'exported']);

export interface HolderPeriod {
  holderId: string;
  from: string;
  /** The next holder's first day, or the destruction's: null while the holder still holds it. */
  until: string | null;
  byEventId: string;
  byEvent: string;
}

export interface LegalChain<E extends ChainEvent> {
  /**
   * The lawful life in order up to the point of diversion, nothing after it. A loss or
   * theft that was recovered and returned to lawful hands is told with its recovery.
   */
  chain: E[];
  /** The last holder the lawful chain handed the firearm to (before the point of diversion). */
  lastLegalHolderId: string | null;
  /** The loss or theft not followed by a return to lawful hands: where the firearm left the chain. */
  diversion: { kind: 'lost' | 'stolen'; eventId: string; occurredOn: string } | null;
  /** The last lawful transfer in the chain (manufacture, import, registration, licence, transfer, export). */
  lastTransfer: E | null;
  holderPeriods: HolderPeriod[];
}

/**
 * The one reading of a firearm's history (events in the order they happened, merged
 * records included) that the record, its history and the answer to a tracing request
 * share. A loss or theft opens a diversion; a return to lawful holding (release to the
 * owner, a new registration, licence, transfer or re-import) closes it, so only the
 * diversion still open is the point of diversion, and holders after a recovered theft
 * count. `holderOf` says which holder an event handed the firearm to.
 */
export function legalChain<E extends ChainEvent>(events: readonly E[], holderOf: (event: E) => string | null): LegalChain<E> {
  const chain: E[] = [];
  let lastLegalHolderId: string | null = null;
  // The loss or theft still open, and what happened since it (recoveries, a loss found to be a theft).
  let open: E | null = null;
  let episode: E[] = [];
  const holderPeriods: HolderPeriod[] = [];
  const endPeriod = (day: string) => {
    const last = holderPeriods.at(-1);
    if (last && last.until === null) last.until = day;
  };
  for (const event of events) {
    const holder = holderOf(event);
    if (holder && holderPeriods.at(-1)?.holderId !== holder) {
      endPeriod(event.occurredOn);
      holderPeriods.push({ holderId: holder, from: event.occurredOn, until: null, byEventId: event.id, byEvent: event.type });
    }
    if (event.type === 'destroyed') endPeriod(event.occurredOn);
    if (DIVERSIONS.has(event.type)) {
      // A loss that turns out to be a theft: the later report is the better account of the same diversion.
      open = event;
      episode.push(event);
    } else if (open) {
      if (RETURNS_TO_LAWFUL.has(event.type)) {
        // Recovered and back in lawful hands: the episode is part of the lawful life.
        chain.push(...episode, event);
        open = null;
        episode = [];
        if (holder) lastLegalHolderId = holder;
      } else if (RECOVERIES.has(event.type)) {
        episode.push(event);
      }
    } else if (LAWFUL_STEPS.has(event.type) || (event.type === 'released' && holder)) {
      chain.push(event);
      if (holder) lastLegalHolderId = holder;
    } else if (holder) {
      lastLegalHolderId = holder;
    }
  }
  // Still diverted: the chain ends at the diversion, nothing after it.
  if (open) chain.push(...episode.filter((e) => DIVERSIONS.has(e.type)));
  const lastTransfer = [...chain].reverse().find((e) => TRANSFERS.has(e.type)) ?? null;
  return {
    chain,
    lastLegalHolderId,
    diversion: open ? { kind: open.type === 'reported_lost' ? 'lost' : 'stolen', eventId: open.id, occurredOn: open.occurredOn } : null,
    lastTransfer,
    holderPeriods,
  };
}

/**
 * What merging a duplicate record into a survivor does to the survivor's status. The
 * two records are one firearm, so a loss or theft reported on the duplicate must not
 * vanish: a survivor in lawful hands (or in transit) takes the duplicate's lost or
 * stolen status (a theft outranks a loss); a survivor already held by the authorities,
 * exported or destroyed has resurfaced, which raises a hit alert instead.
 */
export function mergeOutcome(survivor: FirearmStatus, duplicate: FirearmStatus): { status: FirearmStatus; hit: 'lost' | 'stolen' | null } {
  if (duplicate !== 'lost' && duplicate !== 'stolen') return { status: survivor, hit: null };
  if (survivor === 'stolen' || (survivor === 'lost' && duplicate === 'lost')) return { status: survivor, hit: null };
  if (survivor === 'lost' || LAWFUL_STATUSES.includes(survivor) || survivor === 'in_transit') return { status: duplicate, hit: null };
  return { status: survivor, hit: duplicate };
}
