import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { startRegistry, TEST_PASSWORD, type TestRegistry } from './support/registry.js';

/**
 * Issue #8: a stolen pistol resurfaces in a trafficking seizure next to a rifle
 * with a ground-off serial and a box of cartridges; the items move between two
 * armouries and the pistol is destroyed. The police station that reported the
 * theft gets the hit alert and acknowledges it.
 */

let registry: TestRegistry;
let officer: string; // registry officer of the national authority
let investigator: { id: string; token: string }; // seizing investigator, first custodian
let colleague: { id: string; token: string }; // second investigator, second custodian
let admin: string;
let stationAgencyId: string; // the police station that reported the theft
let stationOfficer: string;
let stationInvestigator: string;
let ownerId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object) => registry.http().post(path).set(auth(token)).send(body);
const get = (token: string, path: string) => registry.http().get(path).set(auth(token));

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return n;
}

/** Everything a refused custody or disposal request must leave untouched. */
async function snapshot(itemId: string) {
  const [item] = await registry.dataSource.query(`SELECT state, updated_at, firearm_id FROM seizure_item WHERE id = $1`, [itemId]);
  const [firearm] = item.firearm_id ? await registry.dataSource.query(`SELECT status, version FROM firearm WHERE id = $1`, [item.firearm_id]) : [null];
  return {
    item,
    firearm,
    events: item.firearm_id ? await count(`firearm_event WHERE firearm_id = $1`, [item.firearm_id]) : 0,
    steps: await registry.dataSource.query(`SELECT id, facility_id, custodian_id, released_at, closed_by FROM custody_step WHERE item_id = $1 ORDER BY ordinal`, [itemId]),
    disposals: await count(`disposal WHERE item_id = $1`, [itemId]),
    audit: await count(`audit_entry`),
  };
}

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = await registry.as('investigator');
  colleague = await registry.createUser(['investigator']);
  admin = (await registry.as('admin')).token;

  const station = await registry.asSystem(() => registry.app.get(AgenciesService).create({ code: 'PN-MED', name: 'Commissariat de la Médina', type: 'police', region: 'Dakar' }));
  stationAgencyId = station.id;
  await registry.asSystem(() =>
    registry.app.get(UsersService).create({ username: 'station.officer', displayName: 'Station officer', agencyId: station.id, roles: ['registry_officer'], initialPassword: TEST_PASSWORD }, { mustChangePassword: false }),
  );
  stationOfficer = await registry.signIn('station.officer');
  await registry.asSystem(() =>
    registry.app.get(UsersService).create({ username: 'station.investigator', displayName: 'Station investigator', agencyId: station.id, roles: ['investigator'], initialPassword: TEST_PASSWORD }, { mustChangePassword: false }),
  );
  stationInvestigator = await registry.signIn('station.investigator');

  const owner = await post(officer, '/holders', { kind: 'person', familyName: 'Faye', givenNames: 'Moussa', birthDate: '1970-05-05', sex: 'male', nationality: 'SN' });
  expect(owner.status).toBe(201);
  ownerId = owner.body.id;
});

afterAll(() => registry?.close());

describe('a stolen pistol, a rifle with a ground-off serial and cartridges, from seizure to destruction', () => {
  let pistolId: string;
  let seizureId: string;
  let pistolItem: string;
  let rifleItem: string;
  let rifleId: string;
  let ammoItem: string;
  let alertId: string;
  let armouryA: string;
  let armouryB: string;

  it('has a pistol reported stolen by the police station', async () => {
    const pistol = await post(stationOfficer, '/firearms', { category: 'pistol', make: 'Glock', model: 'G17', serialNumber: 'BXR-551', calibre: '9mm', initialEvent: { type: 'registered', occurredOn: '2025-05-01' } });
    expect(pistol.status).toBe(201);
    pistolId = pistol.body.id;
    const stolen = await post(stationOfficer, `/firearms/${pistolId}/events`, { type: 'reported_stolen', occurredOn: '2026-01-10', place: 'Dakar, Médina' });
    expect(stolen.status).toBe(201);
    expect(stolen.body.event.agencyId).toBe(stationAgencyId);
  });

  it('opens two storage facilities', async () => {
    const a = await post(investigator.token, '/storage-facilities', { code: 'ARM-DKR-01', name: 'Central armoury, Dakar', region: 'Dakar' });
    const b = await post(investigator.token, '/storage-facilities', { code: 'ARM-THS-01', name: 'Evidence store, Thiès', region: 'Thiès' });
    expect([a.status, b.status]).toEqual([201, 201]);
    armouryA = a.body.id;
    armouryB = b.body.id;
    const dup = await post(investigator.token, '/storage-facilities', { code: 'ARM-DKR-01', name: 'again' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('STORAGE_FACILITY_CODE_TAKEN');
  });

  it('records the seizure: the stolen pistol is seized and raises a hit alert to the station; the rifle and cartridges are registered from it', async () => {
    const response = await post(investigator.token, '/seizures', {
      reference: 'PN-DKR/2026/0042',
      type: 'seized',
      context: 'trafficking',
      occurredAt: '2026-06-03T14:30:00Z',
      region: 'Dakar',
      locality: 'Port autonome',
      latitude: 14.6766,
      longitude: -17.4296,
      seizingOfficer: 'Insp. A. Diop',
      criminalCaseNumber: 'TGI-DKR-2026-1187',
      items: [
        { kind: 'firearm', firearmId: pistolId, description: 'Loaded, magazine with 15 rounds' },
        {
          kind: 'firearm',
          unregistered: { category: 'rifle', make: 'Zastava', model: 'M70', calibre: '7.62x39', serialNumber: '73?1?8', origin: 'industrial' },
          markingsText: 'Receiver: "ZASTAVA KRAGUJEVAC M70" / serial 73?1?8 (4th and 6th characters ground off) / no import mark',
          serialLegibility: 'partial',
          description: 'Folding stock, no magazine',
        },
        { kind: 'ammunition', calibre: '7.62x39', make: 'Wolf', quantity: 120, lotNumber: 'L-1987-44', headstamp: '711 79' },
      ],
      persons: [
        { role: 'suspect', sex: 'male', birthYear: 1999, nationality: 'SN', notes: 'Driver of the truck' },
        { role: 'owner_claimed', sex: 'male', age: 56, nationality: 'SN', holderId: ownerId },
      ],
    });
    expect(response.status).toBe(201);
    seizureId = response.body.id;
    expect(response.body).toMatchObject({ reference: 'PN-DKR/2026/0042', type: 'seized', context: 'trafficking', place: { region: 'Dakar', latitude: 14.6766, longitude: -17.4296 }, criminalCaseNumber: 'TGI-DKR-2026-1187' });
    const [pistol, rifle, ammo] = response.body.items;
    expect(pistol).toMatchObject({ kind: 'firearm', firearmId: pistolId, registeredBeforeSeizure: true, state: 'seized', currentCustody: null, disposal: null });
    expect(rifle).toMatchObject({ kind: 'firearm', registeredBeforeSeizure: false, serialLegibility: 'partial', state: 'seized' });
    expect(rifle.markingsText).toContain('ground off');
    expect(ammo).toMatchObject({ kind: 'ammunition', firearmId: null, ammunition: { make: 'Wolf', quantity: 120, lotNumber: 'L-1987-44', headstamp: '711 79' } });
    expect(ammo.ammunition.calibre.calibreCode).toBeTruthy();
    [pistolItem, rifleItem, ammoItem, rifleId] = [pistol.id, rifle.id, ammo.id, rifle.firearmId];

    expect(response.body.hitAlerts).toHaveLength(1);
    expect(response.body.hitAlerts[0]).toMatchObject({ firearmId: pistolId, state: 'open', statusBefore: 'stolen', triggerEventType: 'seized', addressedAgencyId: stationAgencyId, seizureId });
    alertId = response.body.hitAlerts[0].id;

    // One transaction: the case, three items, two persons, two firearm events, the new rifle and the alert, each audited.
    expect(await count(`audit_entry WHERE record_type = 'seizure' AND record_id = $1`, [seizureId])).toBe(6);
    expect(await count(`audit_entry WHERE record_type = 'hit_alert' AND record_id = $1`, [alertId])).toBe(1);
  });

  it('shows the alert on the pistol and the seizure on its history', async () => {
    const record = await get(investigator.token, `/firearms/${pistolId}`);
    expect(record.body).toMatchObject({ status: 'seized', unregisteredBeforeSeizure: false });
    expect(record.body.openAlerts).toEqual([expect.objectContaining({ id: alertId, addressedAgencyId: stationAgencyId, state: 'open' })]);
    const history = await get(investigator.token, `/firearms/${pistolId}/history`);
    expect(history.body.events.at(-1)).toMatchObject({ type: 'seized', agencyId: registry.agencyId, place: 'Port autonome, Dakar', details: { seizureId, seizureReference: 'PN-DKR/2026/0042' } });
  });

  it('registers the rifle from the seizure, flagged unregistered before seizure, serial kept as read', async () => {
    const rifle = await get(investigator.token, `/firearms/${rifleId}`);
    expect(rifle.body).toMatchObject({ status: 'seized', unregisteredBeforeSeizure: true, category: 'rifle', serialNumber: { asWritten: '73?1?8' }, openAlerts: [] });
    const history = await get(investigator.token, `/firearms/${rifleId}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['seized']);
    expect(history.body.events[0].details.markingsText).toContain('ZASTAVA KRAGUJEVAC');
  });

  it('lists the alert for investigators, with filters', async () => {
    const open = await get(investigator.token, `/alerts?state=open&agencyId=${stationAgencyId}`);
    expect(open.status).toBe(200);
    expect(open.body.items.map((a: { id: string }) => a.id)).toEqual([alertId]);
    expect((await get(investigator.token, `/alerts?seizureId=${seizureId}&statusBefore=stolen`)).body.page.total).toBe(1);
    expect((await get(investigator.token, `/alerts?state=acknowledged`)).body.page.total).toBe(0);
    expect((await get(stationOfficer, `/alerts?mine=true`)).body.items.map((a: { id: string }) => a.id)).toEqual([alertId]);
  });

  it('lets only the station acknowledge the alert, once', async () => {
    const before = await count('audit_entry');
    const stranger = await post(investigator.token, `/alerts/${alertId}/acknowledge`, {});
    expect(stranger.status).toBe(403);
    expect(stranger.body).toMatchObject({ code: 'HIT_ALERT_NOT_ADDRESSED_TO_YOU', addressedAgencyId: stationAgencyId });
    expect((await post(admin, `/alerts/${alertId}/acknowledge`, {})).body.code).toBe('PERMISSION_DENIED');
    // The station's registry officer sees the alert but acknowledging is an investigator's act.
    expect((await post(stationOfficer, `/alerts/${alertId}/acknowledge`, {})).body.code).toBe('PERMISSION_DENIED');
    expect(await count('audit_entry')).toBe(before);

    const ack = await post(stationInvestigator, `/alerts/${alertId}/acknowledge`, { note: 'Owner informed; theft file 2026/311 updated' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgementNote: 'Owner informed; theft file 2026/311 updated' });
    expect((await get(investigator.token, `/firearms/${pistolId}`)).body.openAlerts).toEqual([]);
    const again = await post(stationInvestigator, `/alerts/${alertId}/acknowledge`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('HIT_ALERT_ALREADY_ACKNOWLEDGED');
    expect(await count(`audit_entry WHERE record_type = 'hit_alert' AND record_id = $1`, [alertId])).toBe(2);
  });

  it('shows the persons involved, their personal data only to roles allowed to see it', async () => {
    const asInvestigator = await get(investigator.token, `/seizures/${seizureId}`);
    expect(asInvestigator.body.persons).toEqual([
      expect.objectContaining({ role: 'suspect', sex: 'male', age: 27, nationality: 'SN', birthYear: 1999, notes: 'Driver of the truck', holder: null }),
      expect.objectContaining({ role: 'owner_claimed', age: 56, holder: { id: ownerId, kind: 'person', name: 'Moussa Faye' } }),
    ]);
    const asAdmin = await get(admin, `/seizures/${seizureId}`);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.persons[0]).toMatchObject({ role: 'suspect', sex: 'male', age: 27, nationality: 'SN', restricted: true });
    expect(asAdmin.body.persons[0]).not.toHaveProperty('birthYear');
    expect(asAdmin.body.persons[0]).not.toHaveProperty('notes');
    expect(asAdmin.body.persons[1].holder).toEqual({ id: ownerId, kind: 'person', name: null, restricted: true });
  });

  it('refuses to dispose of an item not in custody, changing nothing and auditing nothing', async () => {
    const before = await snapshot(ammoItem);
    const response = await post(investigator.token, `/seizure-items/${ammoItem}/disposal`, { type: 'destroyed', method: 'burning', place: 'Range', certificateNumber: 'D-1', witnesses: ['A'] });
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('ITEM_NOT_IN_CUSTODY');
    expect(response.body.detail).toMatch(/not in custody/);
    expect(await snapshot(ammoItem)).toEqual(before);
  });

  it('takes the pistol into custody at armoury A: the firearm is taken into custody', async () => {
    const response = await post(investigator.token, `/seizure-items/${pistolItem}/custody-steps`, { facilityId: armouryA, sealNumbers: ['SEAL-000417'], condition: 'Unloaded; magazine bagged separately', receivedAt: '2026-06-03T18:00:00Z' });
    expect(response.status).toBe(201);
    expect(response.body.item.state).toBe('in_custody');
    expect(response.body.step).toMatchObject({ ordinal: 1, facilityId: armouryA, custodianId: investigator.id, handedOverBy: investigator.id, previousStepId: null, releasedAt: null, sealNumbers: ['SEAL-000417'] });
    expect((await get(investigator.token, `/firearms/${pistolId}`)).body.status).toBe('in_custody');
    for (const item of [rifleItem, ammoItem]) expect((await post(investigator.token, `/seizure-items/${item}/custody-steps`, { facilityId: armouryA })).status).toBe(201);
    const inventory = await get(investigator.token, `/storage-facilities/${armouryA}/inventory`);
    expect(inventory.body.page.total).toBe(3);
    expect(inventory.body.items[0]).toMatchObject({ id: pistolItem, seizureReference: 'PN-DKR/2026/0042', currentCustody: { custodianId: investigator.id } });
  });

  it('refuses a handover by someone who does not hold the item, changing nothing and auditing nothing', async () => {
    const before = await snapshot(pistolItem);
    const response = await post(colleague.token, `/seizure-items/${pistolItem}/custody-steps`, { facilityId: armouryB, sealNumbers: ['SEAL-000500'] });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CUSTODY_NOT_HELD', currentCustodianId: investigator.id, handedOverBy: colleague.id });
    expect(response.body.detail).toMatch(/current custodian/);
    expect(await snapshot(pistolItem)).toEqual(before);
  });

  it('holds the chain in the database too: no second open step, no handover by a non-holder', async () => {
    const [open] = await registry.dataSource.query(`SELECT id FROM custody_step WHERE item_id = $1 AND released_at IS NULL`, [pistolItem]);
    const insert = (previous: string | null, handedBy: string) =>
      registry.dataSource.query(
        `INSERT INTO custody_step (id, item_id, ordinal, previous_step_id, facility_id, handed_over_by, custodian_id, received_at, recorded_at) VALUES (gen_random_uuid(), $1, 9, $2, $3, $4, $4, now(), now())`,
        [pistolItem, previous, armouryB, handedBy],
      );
    await expect(insert(null, colleague.id)).rejects.toThrow(/uq_custody_step_open/);
    // Close the open step and let a non-holder continue the chain: the database refuses (and the probe rolls back).
    let refusal = '';
    await registry.dataSource
      .transaction(async (m) => {
        await m.query(`UPDATE custody_step SET released_at = now(), closed_by = 'handover' WHERE id = $1`, [open.id]);
        await m.query(`INSERT INTO custody_step (id, item_id, ordinal, previous_step_id, facility_id, handed_over_by, custodian_id, received_at, recorded_at) VALUES (gen_random_uuid(), $1, 9, $2, $3, $4, $4, now(), now())`, [pistolItem, open.id, armouryB, colleague.id]);
      })
      .catch((error: Error) => (refusal = error.message));
    expect(refusal).toMatch(/fk_custody_step_handed_by_holder/);
    expect((await snapshot(pistolItem)).steps).toHaveLength(1);
    expect((await snapshot(pistolItem)).steps[0].released_at).toBeNull();
  });

  it('moves the pistol to armoury B, handed over by its custodian to a colleague', async () => {
    const response = await post(investigator.token, `/seizure-items/${pistolItem}/custody-steps`, { facilityId: armouryB, custodianId: colleague.id, sealNumbers: ['SEAL-000417', 'SEAL-000501'], condition: 'Seal intact on arrival' });
    expect(response.status).toBe(201);
    expect(response.body.step).toMatchObject({ ordinal: 2, facilityId: armouryB, custodianId: colleague.id, handedOverBy: investigator.id });
    const item = await get(investigator.token, `/seizure-items/${pistolItem}`);
    expect(item.body.custodyChain.map((s: { facilityId: string; closedBy: string | null }) => [s.facilityId, s.closedBy])).toEqual([
      [armouryA, 'handover'],
      [armouryB, null],
    ]);
    expect(item.body.currentCustody.facilityId).toBe(armouryB);
    expect((await get(investigator.token, `/storage-facilities/${armouryA}/inventory`)).body.items.map((i: { id: string }) => i.id)).not.toContain(pistolItem);
    expect((await get(investigator.token, `/storage-facilities/${armouryB}/inventory`)).body.items.map((i: { id: string }) => i.id)).toEqual([pistolItem]);
    // The former custodian no longer holds it.
    const stale = await post(investigator.token, `/seizure-items/${pistolItem}/custody-steps`, { facilityId: armouryA });
    expect(stale.body.code).toBe('CUSTODY_NOT_HELD');
  });

  it('destroys the pistol: witnesses and certificate required, custody closed, lifecycle destroyed', async () => {
    const incomplete = await post(colleague.token, `/seizure-items/${pistolItem}/disposal`, { type: 'destroyed', place: 'Central furnace' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['method', 'certificateNumber', 'witnesses']);
    const response = await post(colleague.token, `/seizure-items/${pistolItem}/disposal`, {
      type: 'destroyed',
      occurredOn: '2026-09-30',
      place: 'Central furnace, Rufisque',
      method: 'smelting',
      witnesses: ['Insp. A. Diop', 'Subst. du procureur N. Sarr'],
      certificateNumber: 'DEST-2026-0091',
      authorisation: 'Court order TGI-DKR-2026-1187/D',
    });
    expect(response.status).toBe(201);
    expect(response.body.item.state).toBe('disposed');
    expect(response.body.disposal).toMatchObject({ type: 'destroyed', certificateNumber: 'DEST-2026-0091', witnesses: ['Insp. A. Diop', 'Subst. du procureur N. Sarr'] });
    const pistol = await get(investigator.token, `/firearms/${pistolId}/history`);
    expect(pistol.body.currentStatus).toBe('destroyed');
    expect(pistol.body.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'reported_stolen', 'seized', 'taken_into_custody', 'destroyed']);
    expect(pistol.body.events.at(-1)).toMatchObject({ place: 'Central furnace, Rufisque', details: { method: 'smelting', certificateNumber: 'DEST-2026-0091' } });
    const item = await get(investigator.token, `/seizure-items/${pistolItem}`);
    expect(item.body.currentCustody).toBeNull();
    expect(item.body.custodyChain.at(-1).closedBy).toBe('disposal');
    expect((await get(investigator.token, `/storage-facilities/${armouryB}/inventory`)).body.page.total).toBe(0);
  });

  it('refuses a second disposal and a custody step after disposal, changing nothing and auditing nothing', async () => {
    const before = await snapshot(pistolItem);
    const second = await post(colleague.token, `/seizure-items/${pistolItem}/disposal`, { type: 'deactivated', certificateNumber: 'X', verifyingAuthority: 'Y' });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(second.body).toMatchObject({ code: 'ITEM_ALREADY_DISPOSED', status: 409 });
    expect(second.body.detail).toMatch(/already disposed of \(destroyed on 2026-09-30\)/);
    const step = await post(colleague.token, `/seizure-items/${pistolItem}/custody-steps`, { facilityId: armouryA });
    expect(step.status).toBe(409);
    expect(step.body.code).toBe('ITEM_ALREADY_DISPOSED');
    expect(await snapshot(pistolItem)).toEqual(before);
  });

  it('deactivates the rifle (art. 9) and destroys the cartridges', async () => {
    const rifle = await post(investigator.token, `/seizure-items/${rifleItem}/disposal`, { type: 'deactivated', certificateNumber: 'DEACT-2026-0007', verifyingAuthority: 'National Proof House' });
    expect(rifle.status).toBe(201);
    expect((await get(investigator.token, `/firearms/${rifleId}`)).body.status).toBe('deactivated');
    const ammo = await post(investigator.token, `/seizure-items/${ammoItem}/disposal`, { type: 'destroyed', method: 'controlled burning', place: 'Range, Thiès', certificateNumber: 'DEST-2026-0092', witnesses: ['Cdt. M. Fall'] });
    expect(ammo.status).toBe(201);
    expect((await get(investigator.token, `/storage-facilities/${armouryA}/inventory`)).body.page.total).toBe(0);
  });

  it('lists seizures with filters, for readers only', async () => {
    const page = await get(admin, `/seizures?context=trafficking&type=seized&firearmId=${pistolId}`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((s: { id: string }) => s.id)).toEqual([seizureId]);
    expect((await get(admin, '/seizures?context=violent_crime')).body.page.total).toBe(0);
    expect((await post(officer, '/seizures', { reference: 'X', type: 'found', context: 'unknown', occurredAt: '2026-01-01T00:00:00Z', seizingOfficer: 'x' })).status).toBe(403);
  });
});

describe('a lost firearm resurfacing outside a seizure', () => {
  it('raises the alert on any later event, addressed to the agency that reported the loss', async () => {
    const rifle = await post(stationOfficer, '/firearms', { category: 'rifle', make: 'Mauser', serialNumber: 'K98-4410', initialEvent: { type: 'registered', occurredOn: '2025-01-15' } });
    expect((await post(stationOfficer, `/firearms/${rifle.body.id}/events`, { type: 'reported_lost', occurredOn: '2025-12-01' })).status).toBe(201);
    const found = await post(officer, `/firearms/${rifle.body.id}/events`, { type: 'found', place: 'Kaolack' });
    expect(found.status).toBe(201);
    const alerts = await get(investigator.token, `/alerts?firearmId=${rifle.body.id}`);
    expect(alerts.body.items).toEqual([expect.objectContaining({ statusBefore: 'lost', triggerEventType: 'found', addressedAgencyId: stationAgencyId, seizureId: null, state: 'open' })]);
    expect((await get(officer, `/firearms/${rifle.body.id}`)).body.openAlerts).toHaveLength(1);
  });

  it('surrenders in an amnesty register unregistered firearms with the surrender as their first event', async () => {
    const response = await post(investigator.token, '/seizures', {
      reference: 'AMN-2026-THS-0001',
      type: 'surrendered',
      context: 'unknown',
      occurredAt: '2026-04-20T10:00:00Z',
      region: 'Thiès',
      seizingOfficer: 'Lt. K. Ba',
      campaign: 'Amnistie nationale 2026',
      items: [{ kind: 'part', unregistered: { partType: 'barrel', calibre: '12 gauge', origin: 'craft_made' }, markingsText: 'none' }],
    });
    expect(response.status).toBe(201);
    const part = await get(investigator.token, `/parts/${response.body.items[0].firearmId}`);
    expect(part.body).toMatchObject({ status: 'surrendered', unregisteredBeforeSeizure: true, partType: 'barrel' });
    const taken = await post(investigator.token, '/seizures', { reference: 'AMN-2026-THS-0001', type: 'found', context: 'unknown', occurredAt: '2026-04-20T10:00:00Z', seizingOfficer: 'x' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('SEIZURE_REFERENCE_TAKEN');
  });
});
