import {
  allowedEvents,
  legalChain,
  decideTransition,
  FIREARM_STATUSES,
  LIFECYCLE_EVENT_TYPES,
  type FirearmStatus,
  type LifecycleEventType,
} from './lifecycle.js';

/*
 * The expected machine, written out by hand (not derived from the implementation).
 * Rows: current status ("(none)" = no record yet). Columns: events. Cell: resulting
 * status, or "." when the event must be refused.
 */
const EVENT_COLUMNS: Readonly<Record<string, LifecycleEventType>> = {
  man: 'manufactured',
  imp: 'imported',
  reg: 'registered',
  lic: 'licensed',
  trf: 'transferred',
  exp: 'exported',
  trn: 'in_transit',
  lost: 'reported_lost',
  stol: 'reported_stolen',
  fnd: 'found',
  sur: 'surrendered',
  szd: 'seized',
  conf: 'confiscated',
  cust: 'taken_into_custody',
  rel: 'released',
  deac: 'deactivated',
  dest: 'destroyed',
};

const STATUS_CELLS: Readonly<Record<string, FirearmStatus>> = {
  man: 'manufactured',
  imp: 'imported',
  reg: 'registered',
  trn: 'in_transit',
  exp: 'exported',
  lost: 'lost',
  stol: 'stolen',
  fnd: 'found',
  sur: 'surrendered',
  szd: 'seized',
  conf: 'confiscated',
  cust: 'in_custody',
  deac: 'deactivated',
  dest: 'destroyed',
};

const EXPECTED_GRID = `
                 man  imp  reg  lic  trf  exp  trn  lost stol fnd  sur  szd  conf cust rel  deac dest
(none)           man  imp  reg  .    .    .    .    .    .    fnd  sur  szd  .    .    .    .    .
manufactured     .    imp  reg  reg  reg  exp  trn  lost stol fnd  sur  szd  conf cust .    deac .
imported         .    .    reg  reg  reg  exp  trn  lost stol fnd  sur  szd  conf cust .    deac .
registered       .    .    reg  reg  reg  exp  trn  lost stol fnd  sur  szd  conf cust .    deac dest
in_transit       .    imp  .    .    .    exp  .    lost stol fnd  sur  szd  .    .    .    .    .
exported         .    imp  .    .    .    .    .    lost stol fnd  sur  szd  .    .    .    .    .
lost             .    .    .    .    .    .    .    .    stol fnd  sur  szd  .    cust .    .    .
stolen           .    .    .    .    .    .    .    .    .    fnd  sur  szd  .    cust .    .    .
found            .    .    .    .    .    .    .    lost stol .    .    .    conf cust reg  deac dest
surrendered      .    .    .    .    .    .    .    lost stol .    .    .    conf cust reg  deac dest
seized           .    .    .    .    .    .    .    lost stol .    .    .    conf cust reg  deac dest
confiscated      .    .    .    .    .    .    .    lost stol .    .    .    .    cust reg  deac dest
in_custody       .    .    .    .    .    .    .    lost stol .    .    .    conf .    reg  deac dest
deactivated      .    .    .    .    deac .    .    lost stol fnd  sur  szd  .    .    .    .    dest
destroyed        .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .    .
`;

interface Expectation {
  current: FirearmStatus | null;
  event: LifecycleEventType;
  result: FirearmStatus | null;
}

function parseGrid(grid: string): Expectation[] {
  const [header, ...rows] = grid
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const events = header!.map((code) => {
    const event = EVENT_COLUMNS[code];
    if (!event) throw new Error(`unknown event column ${code}`);
    return event;
  });
  return rows.flatMap(([label, ...cells]) => {
    if (cells.length !== events.length) throw new Error(`row ${label} has ${cells.length} cells`);
    const current = label === '(none)' ? null : (label as FirearmStatus);
    return cells.map((cell, i) => {
      const result = cell === '.' ? null : STATUS_CELLS[cell];
      if (result === undefined) throw new Error(`unknown status cell ${cell} in row ${label}`);
      return { current, event: events[i]!, result };
    });
  });
}

const EXPECTATIONS = parseGrid(EXPECTED_GRID);

/** Records a sequence of events from no record, failing loudly at the first refusal. */
function live(events: LifecycleEventType[]): FirearmStatus[] {
  const statuses: FirearmStatus[] = [];
  let current: FirearmStatus | null = null;
  for (const event of events) {
    const decision = decideTransition(current, event);
    if (!decision.allowed) throw new Error(`${event} from ${current}: ${decision.reason}`);
    current = decision.status;
    statuses.push(current);
  }
  return statuses;
}

function reasonFor(current: FirearmStatus | null, event: LifecycleEventType): string {
  const decision = decideTransition(current, event);
  if (decision.allowed) throw new Error(`expected ${event} from ${current} to be refused`);
  return decision.reason;
}

describe('lifecycle vocabulary', () => {
  it('lists the fourteen statuses', () => {
    expect([...FIREARM_STATUSES]).toEqual([
      'manufactured',
      'imported',
      'registered',
      'in_transit',
      'exported',
      'lost',
      'stolen',
      'found',
      'surrendered',
      'seized',
      'confiscated',
      'in_custody',
      'deactivated',
      'destroyed',
    ]);
  });

  it('lists the seventeen event types (no corrections or merges)', () => {
    expect([...LIFECYCLE_EVENT_TYPES]).toEqual([
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
    ]);
  });

  it('has an expectation for every status (and no record) × every event', () => {
    expect(EXPECTATIONS).toHaveLength((FIREARM_STATUSES.length + 1) * LIFECYCLE_EVENT_TYPES.length);
    for (const current of [null, ...FIREARM_STATUSES]) {
      for (const event of LIFECYCLE_EVENT_TYPES) {
        expect(EXPECTATIONS.filter((e) => e.current === current && e.event === event)).toHaveLength(1);
      }
    }
  });
});

describe('decideTransition: every status × every event', () => {
  it.each(EXPECTATIONS.map((e) => [e.current ?? '(none)', e.event, e.result ?? 'refused', e] as const))(
    '%s + %s → %s',
    (_current, _event, _result, { current, event, result }) => {
      const decision = decideTransition(current, event);
      if (result === null) {
        expect(decision.allowed).toBe(false);
        // A sentence an officer can read: "A stolen firearm cannot be transferred: ….".
        expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/^An? [^:]+ cannot be [^:]+: .+\.$/) });
      } else {
        expect(decision).toEqual({ allowed: true, status: result });
      }
    },
  );
});

describe('allowedEvents', () => {
  it.each([null, ...FIREARM_STATUSES])('matches the expected row for %s', (current) => {
    const expected = EXPECTATIONS.filter((e) => e.current === current && e.result !== null).map((e) => e.event);
    expect(allowedEvents(current)).toEqual(expected);
  });

  it('answers "what may follow a theft report?"', () => {
    expect(allowedEvents('stolen')).toEqual(['found', 'surrendered', 'seized', 'taken_into_custody']);
  });

  it('lets a life start only with manufacture, import, registration, find, surrender or seizure', () => {
    expect(allowedEvents(null)).toEqual(['manufactured', 'imported', 'registered', 'found', 'surrendered', 'seized']);
  });

  it('allows nothing after destruction', () => {
    expect(allowedEvents('destroyed')).toEqual([]);
  });

  it('allows only re-import or recovery after export', () => {
    expect(allowedEvents('exported')).toEqual(['imported', 'reported_lost', 'reported_stolen', 'found', 'surrendered', 'seized']);
  });

  it('agrees with decideTransition for every status', () => {
    for (const current of [null, ...FIREARM_STATUSES]) {
      const allowed = LIFECYCLE_EVENT_TYPES.filter((event) => decideTransition(current, event).allowed);
      expect(allowedEvents(current)).toEqual(allowed);
    }
  });
});

describe('a firearm’s life', () => {
  it('manufactured → imported → licensed → transferred → stolen → seized → custody → destroyed', () => {
    expect(
      live([
        'manufactured',
        'imported',
        'licensed',
        'transferred',
        'reported_stolen',
        'seized',
        'taken_into_custody',
        'destroyed',
      ]),
    ).toEqual(['manufactured', 'imported', 'registered', 'registered', 'stolen', 'seized', 'in_custody', 'destroyed']);
  });

  it('first seen in a seizure, confiscated and destroyed', () => {
    expect(live(['seized', 'confiscated', 'destroyed'])).toEqual(['seized', 'confiscated', 'destroyed']);
  });

  it('lost, turns out stolen, found and returned to its lawful holder who sells it', () => {
    expect(live(['registered', 'reported_lost', 'reported_stolen', 'found', 'released', 'transferred'])).toEqual([
      'registered',
      'lost',
      'stolen',
      'found',
      'registered',
      'registered',
    ]);
  });

  it('exported, then seized here after an illicit return (a diversion to trace)', () => {
    expect(live(['manufactured', 'exported', 'seized'])).toEqual(['manufactured', 'exported', 'seized']);
  });

  it('shipped, imported, registered, exported and re-imported', () => {
    expect(live(['manufactured', 'in_transit', 'imported', 'registered', 'exported', 'imported'])).toEqual([
      'manufactured',
      'in_transit',
      'imported',
      'registered',
      'exported',
      'imported',
    ]);
  });

  it('deactivated, sold as a collectible (still deactivated), then destroyed', () => {
    expect(live(['registered', 'deactivated', 'transferred', 'destroyed'])).toEqual([
      'registered',
      'deactivated',
      'deactivated',
      'destroyed',
    ]);
  });

  it('stolen from a police store while in custody', () => {
    expect(live(['surrendered', 'taken_into_custody', 'reported_stolen', 'found'])).toEqual([
      'surrendered',
      'in_custody',
      'stolen',
      'found',
    ]);
  });
});

describe('refusals', () => {
  it('refuses to transfer a destroyed firearm, in the officer’s words', () => {
    expect(decideTransition('destroyed', 'transferred')).toEqual({
      allowed: false,
      reason: 'A destroyed firearm cannot be transferred: destruction is final.',
    });
  });

  it.each(LIFECYCLE_EVENT_TYPES)('refuses %s after destruction', (event) => {
    expect(reasonFor('destroyed', event)).toMatch(/^A destroyed firearm cannot .+: destruction is final\.$/);
  });

  it('refuses to transfer or license a stolen firearm until it is recovered', () => {
    expect(reasonFor('stolen', 'transferred')).toBe(
      'A stolen firearm cannot be transferred: it must first be recovered (found, surrendered or seized).',
    );
    expect(reasonFor('stolen', 'licensed')).toBe(
      'A stolen firearm cannot be licensed to a holder: it must first be recovered (found, surrendered or seized).',
    );
  });

  it.each(['lost', 'stolen'] as const)('refuses transfer, licence, export and deactivation of a %s firearm', (current) => {
    for (const event of ['transferred', 'licensed', 'exported', 'deactivated'] as const) {
      expect(decideTransition(current, event).allowed).toBe(false);
    }
  });

  it('does not downgrade a theft to a loss', () => {
    expect(reasonFor('stolen', 'reported_lost')).toBe(
      'A stolen firearm cannot be reported lost: it is recorded as stolen, and a theft is not downgraded to a loss.',
    );
  });

  it('says when the firearm is already in the status the event would give', () => {
    expect(reasonFor('lost', 'reported_lost')).toBe('A lost firearm cannot be reported lost: it is already recorded as lost.');
    expect(reasonFor('in_custody', 'taken_into_custody')).toBe(
      'A firearm in custody cannot be taken into custody: it is already recorded as in custody.',
    );
  });

  it('explains a refused start of life', () => {
    expect(reasonFor(null, 'transferred')).toBe(
      'A firearm with no record cannot be transferred: a record must start with its manufacture, import or registration, ' +
        'or with its finding, surrender or seizure.',
    );
  });

  it('explains the other refusals by what the firearm is', () => {
    expect(reasonFor('registered', 'manufactured')).toBe(
      'A registered firearm cannot be recorded as manufactured: it already has a record, and a firearm is manufactured only once.',
    );
    expect(reasonFor('registered', 'released')).toBe(
      'A registered firearm cannot be released: only a firearm held by the authorities can be released.',
    );
    expect(reasonFor('registered', 'imported')).toBe(
      'A registered firearm cannot be imported: it is already in the country; only an exported firearm or one in transit can be imported.',
    );
    expect(reasonFor('seized', 'transferred')).toBe(
      'A seized firearm cannot be transferred: it is held by the authorities and must be released to its lawful holder first.',
    );
    expect(reasonFor('exported', 'transferred')).toBe(
      'An exported firearm cannot be transferred: it has left the country and must be re-imported or recovered here first.',
    );
    expect(reasonFor('imported', 'destroyed')).toBe(
      'A firearm recorded as imported cannot be destroyed: it must first be registered, or handed over to the authorities.',
    );
    expect(reasonFor('deactivated', 'licensed')).toMatch(/^A deactivated firearm cannot be licensed to a holder: it is permanently inoperable;/);
  });

  it('refuses, rather than crashes on, values outside the vocabulary', () => {
    expect(decideTransition('melted' as FirearmStatus, 'transferred')).toEqual({
      allowed: false,
      reason: '"melted" is not a known firearm status.',
    });
    expect(decideTransition('registered', 'corrected' as LifecycleEventType)).toEqual({
      allowed: false,
      reason: '"corrected" is not a known lifecycle event.',
    });
    expect(allowedEvents('melted' as FirearmStatus)).toEqual([]);
  });
});

describe('the legal chain: last legal holder and point of diversion', () => {
  const e = (id: string, type: string, occurredOn: string, holderId: string | null = null) => ({ id, type, occurredOn, holderId });
  const read = (events: ReturnType<typeof e>[]) => legalChain(events, (x) => x.holderId);

  it('closes a theft when the firearm is recovered and returned, so a later sale and loss count', () => {
    const result = read([e('1', 'registered', '2016-04-01', 'a'), e('2', 'reported_stolen', '2018-03-01'), e('3', 'found', '2018-07-10'), e('4', 'released', '2018-08-01'), e('5', 'transferred', '2020-02-15', 'b'), e('6', 'reported_lost', '2024-05-20')]);
    expect(result.lastLegalHolderId).toBe('b');
    expect(result.diversion).toEqual({ kind: 'lost', eventId: '6', occurredOn: '2024-05-20' });
    expect(result.lastTransfer?.id).toBe('5');
  });

  it('keeps a theft open through a recovery that did not return it to lawful hands, and tells nothing after it', () => {
    const result = read([e('1', 'licensed', '2016-04-01', 'a'), e('2', 'reported_stolen', '2018-03-01'), e('3', 'seized', '2019-01-01'), e('4', 'taken_into_custody', '2019-01-02')]);
    expect(result.diversion).toMatchObject({ kind: 'stolen', eventId: '2' });
    expect(result.chain.map((x) => x.id)).toEqual(['1', '2']);
    expect(result.lastLegalHolderId).toBe('a');
  });

  it('takes a loss later found to be a theft as one diversion, the theft', () => {
    const result = read([e('1', 'registered', '2016-04-01', 'a'), e('2', 'reported_lost', '2018-03-01'), e('3', 'reported_stolen', '2018-03-05')]);
    expect(result.diversion).toMatchObject({ kind: 'stolen', eventId: '3' });
    expect(result.chain.map((x) => x.id)).toEqual(['1', '2', '3']);
  });

  it('ends the last holder period at the destruction', () => {
    const result = read([e('1', 'licensed', '2016-04-01', 'a'), e('2', 'transferred', '2020-01-01', 'b'), e('3', 'seized', '2025-01-01'), e('4', 'destroyed', '2026-09-30')]);
    expect(result.holderPeriods).toEqual([
      { holderId: 'a', from: '2016-04-01', until: '2020-01-01', byEventId: '1', byEvent: 'licensed' },
      { holderId: 'b', from: '2020-01-01', until: '2026-09-30', byEventId: '2', byEvent: 'transferred' },
    ]);
  });
});
