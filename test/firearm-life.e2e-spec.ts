import { startRegistry, type TestRegistry } from './support/registry.js';

let registry: TestRegistry;
let officer: string;
let investigator: string;
let admin: string;
let dealerId: string;
let dealerLicenceId: string;
let personId: string;
let personLicenceId: string;
let expiredHolderId: string;
let expiredLicenceId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function post(token: string, path: string, body: object) {
  return registry.http().post(path).set(auth(token)).send(body);
}

async function auditCount(recordType: string, id: string): Promise<number> {
  const [{ count }] = await registry.dataSource.query(`SELECT count(*)::int AS count FROM audit_entry WHERE record_type = $1 AND record_id = $2`, [recordType, id]);
  return count;
}

async function snapshot(id: string) {
  const [firearm] = await registry.dataSource.query(`SELECT status, holder_id, version FROM firearm WHERE id = $1`, [id]);
  const [{ events }] = await registry.dataSource.query(`SELECT count(*)::int AS events FROM firearm_event WHERE firearm_id = $1`, [id]);
  return { ...firearm, events, audit: await auditCount('firearm', id) };
}

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;
  admin = (await registry.as('admin')).token;

  const dealer = await post(officer, '/holders', { kind: 'organisation', organisationType: 'dealer', legalName: 'Armurerie du Port SARL', registrationNumber: 'RC-2019-B-114', country: 'SN' });
  expect(dealer.status).toBe(201);
  dealerId = dealer.body.id;
  const dealerLicence = await post(officer, '/licences', { number: 'DL-2024-0007', kind: 'dealer', holderId: dealerId, issuedOn: '2024-01-01', expiresOn: '2029-12-31' });
  expect(dealerLicence.status).toBe(201);
  dealerLicenceId = dealerLicence.body.id;

  const person = await post(officer, '/holders', { kind: 'person', familyName: 'Ndiaye', givenNames: 'Fatou', birthDate: '1984-03-02', sex: 'female', nationality: 'SN', idDocumentType: 'national_id_card', idDocumentNumber: '1 984 0302 00417' });
  personId = person.body.id;
  personLicenceId = (await post(officer, '/licences', { number: 'PL-2025-31337', kind: 'possession', holderId: personId, issuedOn: '2025-02-01', expiresOn: '2030-01-31', categories: ['pistol'] })).body.id;

  expiredHolderId = (await post(officer, '/holders', { kind: 'person', familyName: 'Sow', givenNames: 'Ibrahima', sex: 'male' })).body.id;
  expiredLicenceId = (await post(officer, '/licences', { number: 'PL-2015-00001', kind: 'possession', holderId: expiredHolderId, issuedOn: '2015-01-01', expiresOn: '2020-01-01' })).body.id;
});

afterAll(() => registry?.close());

describe('a pistol from the factory to the furnace', () => {
  let firearmId: string;

  it('registers the manufacture, resolving make and calibre aliases and normalising the serial', async () => {
    const response = await post(officer, '/firearms', {
      category: 'pistol',
      make: 'Crvena Zastava',
      model: 'M57',
      calibre: '7,62 Tokarev',
      serialNumber: 'zc-104 522',
      countryOfManufacture: 'RS',
      yearOfManufacture: 1987,
      initialEvent: { type: 'manufactured', occurredOn: '1987-06-01', place: 'Kragujevac' },
    });
    expect(response.status).toBe(201);
    firearmId = response.body.id;
    expect(response.body).toMatchObject({
      status: 'manufactured',
      make: { asWritten: 'Crvena Zastava', manufacturerCode: 'zastava', needsReview: false },
      serialNumber: { asWritten: 'zc-104 522', normalised: 'ZC104522', folded: '2C104522' },
      possibleDuplicates: [],
    });
    expect(response.body.calibre.calibreCode).toBeTruthy();
    expect(response.body.allowedEvents).toContain('imported');
    expect(await auditCount('firearm', firearmId)).toBe(1);
  });

  it('imports it, licenses it to a dealer, and the dealer sells it to a licensed person', async () => {
    expect((await post(officer, `/firearms/${firearmId}/events`, { type: 'imported', occurredOn: '2024-03-10', details: { country: 'RS' }, referenceDocuments: ['Import licence IL-2024-015'] })).status).toBe(201);
    const licensed = await post(officer, `/firearms/${firearmId}/events`, { type: 'licensed', occurredOn: '2024-03-12', holderId: dealerId, licenceId: dealerLicenceId });
    expect(licensed.status).toBe(201);
    expect(licensed.body.firearm).toMatchObject({ status: 'registered', lastLegalHolder: { id: dealerId, name: 'Armurerie du Port SARL' } });
    const sold = await post(officer, `/firearms/${firearmId}/events`, { type: 'transferred', occurredOn: '2025-05-20', holderId: personId, licenceId: personLicenceId, notes: 'Sale' });
    expect(sold.status).toBe(201);
    expect(sold.body.event).toMatchObject({ type: 'transferred', previousHolder: { id: dealerId, kind: 'organisation', name: 'Armurerie du Port SARL' }, holder: { id: personId, name: 'Fatou Ndiaye' } });
    expect(sold.body.firearm.currentHolder).toMatchObject({ id: personId, name: 'Fatou Ndiaye' });
    const licence = await registry.http().get(`/licences/${personLicenceId}`).set(auth(officer));
    expect(licence.body.firearmIds).toContain(firearmId);
  });

  it('refuses a transfer to a holder whose licence has expired, changing nothing', async () => {
    const before = await snapshot(firearmId);
    const response = await post(officer, `/firearms/${firearmId}/events`, { type: 'transferred', holderId: expiredHolderId, licenceId: expiredLicenceId });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('LICENCE_EXPIRED');
    expect(response.body.detail).toContain('PL-2015-00001');
    expect(await snapshot(firearmId)).toEqual(before);
  });

  it('refuses a licence that does not cover the category', async () => {
    const rifleOnly = (await post(officer, '/licences', { number: 'PL-2026-RIFLE', kind: 'possession', holderId: expiredHolderId, issuedOn: '2026-01-01', expiresOn: '2030-01-01', categories: ['rifle'] })).body.id;
    const response = await post(officer, `/firearms/${firearmId}/events`, { type: 'transferred', holderId: expiredHolderId, licenceId: rifleOnly });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('LICENCE_DOES_NOT_COVER');
  });

  it('records the theft: flagged, last legal holder kept, no current holder', async () => {
    const response = await post(officer, `/firearms/${firearmId}/events`, { type: 'reported_stolen', occurredOn: '2026-02-14', place: 'Dakar, Médina' });
    expect(response.status).toBe(201);
    expect(response.body.firearm).toMatchObject({ status: 'stolen', alert: 'stolen', lastLegalHolder: { id: personId }, currentHolder: null });
  });

  it('refuses to transfer or license a stolen firearm, changing nothing', async () => {
    const before = await snapshot(firearmId);
    const transfer = await post(officer, `/firearms/${firearmId}/events`, { type: 'transferred', holderId: dealerId, licenceId: dealerLicenceId });
    expect(transfer.status).toBe(409);
    expect(transfer.body).toMatchObject({ code: 'INVALID_LIFECYCLE_TRANSITION', currentStatus: 'stolen' });
    expect(transfer.body.detail).toMatch(/stolen/i);
    expect(transfer.body.allowedEvents).toContain('seized');
    const licence = await post(officer, `/firearms/${firearmId}/events`, { type: 'licensed', holderId: dealerId, licenceId: dealerLicenceId });
    expect(licence.status).toBe(409);
    expect(await snapshot(firearmId)).toEqual(before);
  });

  it('seizes it, takes it into custody, and destroys it with witnesses', async () => {
    expect((await post(officer, `/firearms/${firearmId}/events`, { type: 'seized', occurredOn: '2026-06-03', place: 'Thiès' })).body.firearm.status).toBe('seized');
    expect((await post(officer, `/firearms/${firearmId}/events`, { type: 'taken_into_custody', occurredOn: '2026-06-04' })).body.firearm.status).toBe('in_custody');
    const incomplete = await post(officer, `/firearms/${firearmId}/events`, { type: 'destroyed', place: 'Central armoury' });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['details.method', 'details.witnesses']));
    const destroyed = await post(officer, `/firearms/${firearmId}/events`, { type: 'destroyed', occurredOn: '2026-09-30', place: 'Central armoury', details: { method: 'cutting', witnesses: ['Insp. A. Diop', 'Cdt. M. Fall'] } });
    expect(destroyed.status).toBe(201);
    expect(destroyed.body.firearm).toMatchObject({ status: 'destroyed', allowedEvents: [] });
  });

  it('refuses anything after destruction, changing nothing', async () => {
    const before = await snapshot(firearmId);
    for (const type of ['transferred', 'released', 'reported_stolen', 'destroyed']) {
      const response = await post(officer, `/firearms/${firearmId}/events`, { type, holderId: type === 'transferred' ? personId : undefined, licenceId: type === 'transferred' ? personLicenceId : undefined, place: 'x', details: { method: 'x', witnesses: ['x'] } });
      expect([409, 422]).toContain(response.status);
      if (response.status === 409) expect(response.body.code).toBe('INVALID_LIFECYCLE_TRANSITION');
    }
    expect(await snapshot(firearmId)).toEqual(before);
  });

  it('tells the whole life in one call, with the chain of holders', async () => {
    const response = await registry.http().get(`/firearms/${firearmId}/history`).set(auth(investigator));
    expect(response.status).toBe(200);
    expect(response.body.events.map((e: { type: string }) => e.type)).toEqual(['manufactured', 'imported', 'licensed', 'transferred', 'reported_stolen', 'seized', 'taken_into_custody', 'destroyed']);
    expect(response.body.currentStatus).toBe('destroyed');
    expect(response.body.lastLegalHolder).toMatchObject({ id: personId, name: 'Fatou Ndiaye' });
    expect(response.body.holderChain.map((h: { holder: { id: string } }) => h.holder.id)).toEqual([dealerId, personId]);
    expect(response.body.holderChain[0]).toMatchObject({ from: '2024-03-12', until: '2025-05-20', byEvent: 'licensed' });
    // Destroyed: the last holder's period ends with the destruction.
    expect(response.body.holderChain[1]).toMatchObject({ from: '2025-05-20', until: '2026-09-30', byEvent: 'transferred' });
  });

  it('wrote exactly one audit entry per accepted write and none for refusals', async () => {
    expect(await auditCount('firearm', firearmId)).toBe(8);
    const trail = await registry.http().get(`/audit/records/firearm/${firearmId}`).set(auth(admin));
    expect(trail.body.items[0]).toMatchObject({ action: 'destroyed', before: { status: 'in_custody' }, after: { status: 'destroyed' } });
  });

  it('hides a person holder from roles without personal-data rights', async () => {
    const asAdmin = await registry.http().get(`/firearms/${firearmId}`).set(auth(admin));
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.lastLegalHolder).toEqual({ id: personId, kind: 'person', name: null, restricted: true });
    const holder = await registry.http().get(`/holders/${personId}`).set(auth(admin));
    expect(holder.body).not.toHaveProperty('familyName');
    expect(holder.body.restricted).toBe(true);
  });

  it("audits every view of a person's record", async () => {
    const before = await auditCount('holder', personId);
    const response = await registry.http().get(`/holders/${personId}`).set(auth(investigator));
    expect(response.body).toMatchObject({ familyName: 'Ndiaye', idDocumentNumber: '1 984 0302 00417' });
    expect(await auditCount('holder', personId)).toBe(before + 1);
    const [entry] = await registry.dataSource.query(`SELECT action, actor_roles FROM audit_entry WHERE record_type = 'holder' AND record_id = $1 ORDER BY written DESC LIMIT 1`, [personId]);
    expect(entry).toEqual({ action: 'viewed', actor_roles: ['investigator'] });
  });
});

describe('duplicates, merges and corrections', () => {
  it('lists a record with the same normalised serial and make as a possible duplicate, then merges it keeping both histories', async () => {
    const first = await post(officer, '/firearms', { category: 'rifle', make: 'Zastava Oružje', serialNumber: 'AB-7700', model: 'M70' });
    const second = await post(officer, '/firearms', { category: 'rifle', make: 'ZASTAVA', serialNumber: 'ab 7700', model: 'M70 AB2' });
    expect(second.status).toBe(201);
    expect(second.body.possibleDuplicates.map((d: { id: string }) => d.id)).toEqual([first.body.id]);

    const merged = await registry.http().post(`/firearms/${first.body.id}/merge`).set(auth(officer)).send({ duplicateId: second.body.id, reason: 'Same rifle registered twice by two offices' });
    expect(merged.status).toBe(200);
    const history = await registry.http().get(`/firearms/${first.body.id}/history`).set(auth(officer));
    expect(history.body.mergedRecordIds).toEqual([second.body.id]);
    expect(history.body.events.map((e: { type: string; recordId: string }) => [e.type, e.recordId])).toEqual(
      expect.arrayContaining([
        ['registered', first.body.id],
        ['registered', second.body.id],
        ['merged', first.body.id],
        ['merged_into', second.body.id],
      ]),
    );
    const late = await post(officer, `/firearms/${second.body.id}/events`, { type: 'reported_lost' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'FIREARM_MERGED', mergedIntoId: first.body.id });
  });

  it('keeps a stolen duplicate out of the default lists, and its theft on the clean record it is merged into and in trace hits', async () => {
    const clean = await post(officer, '/firearms', { category: 'pistol', make: 'Taurus', serialNumber: 'MRG-5501', initialEvent: { type: 'registered', occurredOn: '2019-01-01' } });
    const stolen = await post(officer, '/firearms', { category: 'pistol', make: 'Taurus', serialNumber: 'MRG 5501', initialEvent: { type: 'registered', occurredOn: '2019-02-01' } });
    expect((await post(officer, `/firearms/${stolen.body.id}/events`, { type: 'reported_stolen', occurredOn: '2021-06-01' })).status).toBe(201);
    const merged = await post(officer, `/firearms/${clean.body.id}/merge`, { duplicateId: stolen.body.id, reason: 'Same pistol registered twice' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'stolen', alert: 'stolen' });

    const listed = await registry.http().get('/firearms?status=stolen&make=Taurus').set(auth(investigator));
    expect(listed.body.items.map((f: { id: string }) => f.id)).toEqual([clean.body.id]);
    expect(listed.body.page.total).toBe(1);
    const withMerged = await registry.http().get('/firearms?status=stolen&make=Taurus&merged=include').set(auth(investigator));
    expect(withMerged.body.items.map((f: { id: string }) => f.id).sort()).toEqual([clean.body.id, stolen.body.id].sort());
    const onlyMerged = await registry.http().get('/firearms?make=Taurus&merged=only').set(auth(investigator));
    expect(onlyMerged.body.items.map((f: { id: string }) => f.id)).toEqual([stolen.body.id]);

    const trace = await post(investigator, '/trace/search', { serial: 'MRG5501' });
    expect(trace.body.items).toEqual([expect.objectContaining({ firearmId: clean.body.id, alert: 'stolen' })]);
    expect(trace.body.flagged).toBe(1);
  });

  it('raises a hit when a lost duplicate is merged into a record already in custody', async () => {
    const held = await post(officer, '/firearms', { category: 'rifle', make: 'Mauser', serialNumber: 'MRG-7702', initialEvent: { type: 'seized', occurredOn: '2026-01-10', place: 'Kaolack' } });
    const lost = await post(officer, '/firearms', { category: 'rifle', make: 'Mauser', serialNumber: 'MRG7702', initialEvent: { type: 'registered', occurredOn: '2010-01-01' } });
    expect((await post(officer, `/firearms/${lost.body.id}/events`, { type: 'reported_lost', occurredOn: '2015-03-01' })).status).toBe(201);
    expect((await post(officer, `/firearms/${held.body.id}/merge`, { duplicateId: lost.body.id, reason: 'The seized rifle is the lost one' })).body.status).toBe('seized');
    const record = await registry.http().get(`/firearms/${held.body.id}`).set(auth(investigator));
    expect(record.body.openAlerts).toEqual([expect.objectContaining({ firearmId: held.body.id, statusBefore: 'lost', triggerEventType: 'merged' })]);
  });

  it('does not flag the same serial under another manufacturer', async () => {
    await post(officer, '/firearms', { category: 'pistol', make: 'Glock', serialNumber: 'XYZ123' });
    const other = await post(officer, '/firearms', { category: 'pistol', make: 'Beretta', serialNumber: 'XYZ123' });
    expect(other.body.possibleDuplicates).toEqual([]);
  });

  it('records a correction as an event with its reason, never an edit of history', async () => {
    const created = await post(officer, '/firearms', { category: 'pistol', make: 'Glock', model: 'G17', serialNumber: 'BKX-001' });
    const corrected = await post(officer, `/firearms/${created.body.id}/corrections`, { changes: { model: 'G19', serialNumber: 'BKX-007' }, reason: 'Misread at registration; checked on the weapon' });
    expect(corrected.status).toBe(201);
    expect(corrected.body.event).toMatchObject({ type: 'corrected', reason: 'Misread at registration; checked on the weapon', details: { before: { model: 'G17', serialRaw: 'BKX-001' }, after: { model: 'G19', serialRaw: 'BKX-007' } } });
    expect(corrected.body.firearm.serialNumber.normalised).toBe('BKX007');
    const unchanged = await post(officer, `/firearms/${created.body.id}/corrections`, { changes: { model: 'G19' }, reason: 'again' });
    expect(unchanged.status).toBe(400);
  });
});

describe('reference data in use', () => {
  it('keeps an unknown make as written, flags it, and resolves it when an administrator adds the alias', async () => {
    const created = await post(officer, '/firearms', { category: 'shotgun', make: 'Atelier Kébémer', origin: 'craft_made' });
    expect(created.body.make).toEqual({ asWritten: 'Atelier Kébémer', manufacturerCode: null, needsReview: true });
    const queue = await registry.http().get('/reference/manufacturers/unresolved').set(auth(admin));
    expect(queue.body.items).toContainEqual({ makeText: 'Atelier Kébémer', firearms: 1 });
    const created2 = await registry.http().post('/reference/manufacturers').set(auth(admin)).send({ code: 'atelier_kebemer', name: 'Atelier de Kébémer', country: 'SN', aliases: ['Atelier Kebemer'] });
    expect(created2.status).toBe(201);
    const record = await registry.http().get(`/firearms/${created.body.id}`).set(auth(officer));
    expect(record.body.make).toEqual({ asWritten: 'Atelier Kébémer', manufacturerCode: 'atelier_kebemer', needsReview: false });
  });

  it('resolves calibre aliases to one calibre', async () => {
    const codes = new Set<string>();
    for (const calibre of ['9mm', '9x19', '9 mm Parabellum', '9mm Luger']) {
      codes.add((await post(officer, '/firearms', { category: 'pistol', calibre })).body.calibre.calibreCode);
    }
    expect(codes.size).toBe(1);
    expect([...codes][0]).toBeTruthy();
  });

  it('refuses dates in the future: a year of manufacture after this year, a birth date after today', async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const year of [nextYear, 2099]) {
      const response = await post(officer, '/firearms', { category: 'pistol', make: 'Glock', serialNumber: `FUT-${year}`, yearOfManufacture: year });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['yearOfManufacture']);
    }
    const born = await post(officer, '/holders', { kind: 'person', familyName: 'Futur', givenNames: 'Né', birthDate: `${nextYear + 1}-01-15` });
    expect(born.status).toBe(400);
    expect(born.body.errors.map((e: { field: string }) => e.field)).toEqual(['birthDate']);
  });

  it('refuses unknown category and country codes, naming the field', async () => {
    const response = await post(officer, '/firearms', { category: 'laser', countryOfManufacture: 'XX' });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].field).toBe('category');
  });

  it('lets an administrator rename, add and retire categories, audited, and refuses retired codes on new records', async () => {
    const renamed = await registry.http().patch('/reference/categories/carbine').set(auth(admin)).send({ nameFr: 'Carabine (canon court)', reason: 'Terminology of decree 2026-7' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ code: 'carbine', nameFr: 'Carabine (canon court)' });
    const added = await registry.http().post('/reference/categories').set(auth(admin)).send({ code: 'flare_gun', nameEn: 'Flare gun', nameFr: 'Pistolet lance-fusées', nameEs: 'Pistola de bengalas' });
    expect(added.status).toBe(201);
    expect((await post(officer, '/firearms', { category: 'flare_gun' })).status).toBe(201);
    await registry.http().patch('/reference/categories/flare_gun').set(auth(admin)).send({ active: false, reason: 'Merged into "other"' });
    const refused = await post(officer, '/firearms', { category: 'flare_gun' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].field).toBe('category');
    expect(await auditCount('firearm_category', 'flare_gun')).toBe(2);
    expect((await registry.http().patch('/reference/countries/SN').set(auth(officer)).send({ nameEn: 'X', reason: 'not mine' })).status).toBe(403);
  });

  it('keeps the retention periods of the ITI and refuses less', async () => {
    const settings = await registry.http().get('/reference/retention').set(auth(officer));
    expect(settings.body.map((s: { recordClass: string; minimumYears: number }) => [s.recordClass, s.minimumYears])).toEqual([
      ['manufacture', 30],
      ['other', 20],
    ]);
    const lower = await registry.http().put('/reference/retention/other').set(auth(admin)).send({ minimumYears: 15, reason: 'save disk space' });
    expect(lower.status).toBe(422);
    const higher = await registry.http().put('/reference/retention/other').set(auth(admin)).send({ minimumYears: 25, reason: 'National decree 2026-12' });
    expect(higher.body.minimumYears).toBe(25);
  });
});

describe('parts and ammunition', () => {
  it('registers a frame linked to its firearm and an ammunition lot, both audited', async () => {
    const pistol = await post(officer, '/firearms', { category: 'pistol', make: 'Glock', serialNumber: 'FRM-1' });
    const frame = await post(officer, '/parts', { partType: 'frame_receiver', parentFirearmId: pistol.body.id, make: 'Glock', serialNumber: 'FRM-1' });
    expect(frame.status).toBe(201);
    expect(frame.body).toMatchObject({ itemKind: 'part', partType: 'frame_receiver', parentFirearmId: pistol.body.id, status: 'registered' });
    expect(await auditCount('part', frame.body.id)).toBe(1);
    const lot = await post(officer, '/ammunition-lots', { calibre: '9mm Luger', make: 'Sellier & Bellot', lotNumber: 'L-2291', quantity: 1000, headstamp: 'S&B 9mm Luger' });
    expect(lot.status).toBe(201);
    expect(lot.body.quantity).toBe(1000);
    expect(await auditCount('ammunition_lot', lot.body.id)).toBe(1);
  });

  it("lists a holder's firearms with their current and last legal holder, restricted without personal-data permission", async () => {
    const pistol = await post(officer, '/firearms', { category: 'pistol', make: 'Glock', serialNumber: 'LST-0001', initialEvent: { type: 'registered', occurredOn: '2025-03-01', holderId: personId } });
    expect(pistol.status).toBe(201);
    const mine = await registry.http().get(`/firearms?holderId=${personId}`).set(auth(investigator));
    expect(mine.status).toBe(200);
    const item = mine.body.items.find((f: { id: string }) => f.id === pistol.body.id);
    expect(item).toMatchObject({ currentHolder: { id: personId, name: 'Fatou Ndiaye' }, lastLegalHolder: { id: personId, name: 'Fatou Ndiaye' } });
    expect(mine.body.items.every((f: { lastLegalHolder: { id: string } | null }) => f.lastLegalHolder?.id === personId)).toBe(true);
    const asAdmin = await registry.http().get(`/firearms?holderId=${personId}`).set(auth(admin));
    expect(asAdmin.body.items.find((f: { id: string }) => f.id === pistol.body.id).currentHolder).toEqual({ id: personId, kind: 'person', name: null, restricted: true });
  });

  it('lists firearms with filters and paging', async () => {
    const page = await registry.http().get('/firearms?category=pistol&make=Glock&limit=2').set(auth(investigator));
    expect(page.status).toBe(200);
    expect(page.body.page).toMatchObject({ limit: 2, offset: 0 });
    expect(page.body.page.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items.every((f: { category: string; make: { manufacturerCode: string } }) => f.category === 'pistol' && f.make.manufacturerCode === 'glock')).toBe(true);
    const tooBig = await registry.http().get('/firearms?limit=5000').set(auth(investigator));
    expect(tooBig.status).toBe(400);
  });
});
