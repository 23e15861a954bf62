import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { startRegistry, TEST_PASSWORD, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

/**
 * A marking campaign's log and a regional operation's seizure list arrive as
 * files: the real HTTP upload, the real worker, the real database. The campaign
 * log names its firearms three ways and carries the mistakes a log carries; the
 * seizure list mixes a stolen pistol, a registered rifle, weapons nobody
 * registered, a part, cartridges, a pistol another case holds and a destroyed
 * one. Each file, imported twice, creates its records once.
 */

let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
let investigator: string;
let stationAgencyId: string;
let stationOfficer: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-imports-'));

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, route: string, body: object) => registry.http().post(route).set(auth(token)).send(body);
const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => registry.dataSource.query(sql, params) as Promise<T[]>;
const count = async (sql: string, params: unknown[] = []) => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

async function upload(kind: string, content: string, name: string, fields: Record<string, string> = {}, token = officer) {
  let request = registry.http().post('/imports').set(auth(token)).field('kind', kind);
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  return request.attach('file', Buffer.from(content, 'utf8'), name);
}

async function imported(kind: string, content: string, name: string, fields: Record<string, string> = {}, token = officer) {
  const response = await upload(kind, content, name, fields, token);
  expect(response.status).toBe(202);
  const id = response.body.id as string;
  return until(
    async () => {
      const job = await registry.http().get(`/imports/${id}`).set(auth(officer));
      return ['completed', 'failed', 'cancelled'].includes(job.body.status) ? job.body : undefined;
    },
    `import ${id}`,
    60_000,
    worker,
  );
}

async function errorsOf(id: string) {
  const response = await registry.http().get(`/imports/${id}/errors?limit=200`).set(auth(officer));
  return response.body.items as { row: number; field: string; reason: string; duplicateOf: string | null }[];
}

async function firearm(body: object, token = officer): Promise<string> {
  const response = await post(token, '/firearms', body);
  expect(response.status).toBe(201);
  return response.body.id;
}

async function event(id: string, body: object, token = officer) {
  const response = await post(token, `/firearms/${id}/events`, body);
  expect(response.status).toBe(201);
}

async function seizure(body: object): Promise<string> {
  const response = await post(investigator, '/seizures', { context: 'trafficking', seizingOfficer: 'Insp. A. Diop', ...body });
  expect(response.status).toBe(201);
  return response.body.id;
}

/** Everything an import could have written, counted. */
async function totals() {
  return {
    firearms: await count(`firearm`),
    events: await count(`firearm_event`),
    markings: await count(`marking`),
    items: await count(`seizure_item`),
    alerts: await count(`hit_alert`),
    audit: await count(`audit_entry WHERE action <> 'requested' AND action <> 'completed'`),
  };
}

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000' });
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;
  const station = await registry.asSystem(() => registry.app.get(AgenciesService).create({ code: 'PN-MED', name: 'Commissariat de la Médina', type: 'police', region: 'Dakar' }));
  stationAgencyId = station.id;
  await registry.asSystem(() =>
    registry.app.get(UsersService).create({ username: 'station.officer', displayName: 'Station officer', agencyId: station.id, roles: ['registry_officer'], initialPassword: TEST_PASSWORD }, { mustChangePassword: false }),
  );
  stationOfficer = await registry.signIn('station.officer');
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

describe("a marking campaign's log", () => {
  let campaignId: string;
  let keyed: string; // registered by an earlier firearms import, under record key REG-M-1
  let beretta: string;
  let apiMarking: string;
  let first: { id: string; progress: Record<string, number> };

  // Spanish headers, as the Bolivian marking team writes them.
  const log = [
    'Clave del arma;Identificador del arma;Número de serie;Marca;Tipo de marcaje;Texto del marcaje;Ubicación;Método;Legibilidad;País de importación;Año de importación;Fecha de marcaje',
    'REG-M-1;;;;transferencia estatal;BO-PN 2026 0001;armazón;láser;legible;;;02/03/2026',
    ';;cmp 002;Pietro Beretta;importación;BO 24;cañón;estampado;parcial;BOL;2024;03/03/2026',
    ';;NOPE-9;Glock;transferencia estatal;BO-PN 2026 0003;;láser;;;;03/03/2026',
    ';;TW-5;Taurus;transferencia estatal;BO-PN 2026 0004;;láser;;;;03/03/2026',
    ';{beretta};;;transferencia estatal;BO-PN 2026 0005;;láser;;;;15/04/2026',
    ';{beretta};;;prueba;PV 87;;;;;2026;03/03/2026',
    'REG-M-1;;;;Transferencia estatal;bo-pn-2026-0001;;;;;;04/03/2026',
    ';{beretta};;;prueba;PROOF BERETTA;;;;;;',
  ];

  beforeAll(async () => {
    const earlier = await imported('firearms', 'record key,serial,make,category\nREG-M-1,CMP-001,Glock,pistol\n', 'registre.csv');
    expect(earlier.progress).toMatchObject({ rowsAccepted: 1 });
    [keyed] = (await query<{ id: string }>(`SELECT id FROM firearm WHERE import_key = 'REG-M-1'`)).map((r) => r.id);
    beretta = await firearm({ category: 'pistol', make: 'Beretta', model: '92FS', serialNumber: 'CMP-002' });
    await firearm({ category: 'pistol', make: 'Taurus', serialNumber: 'TW-5' });
    await firearm({ category: 'pistol', make: 'Forjas Taurus', serialNumber: 'tw 5' });
    const marking = await post(officer, '/markings', { firearmId: beretta, type: 'proof', text: 'PROOF-BERETTA', legibility: 'intact' });
    expect(marking.status).toBe(201);
    apiMarking = marking.body.id;
    const campaign = await post(officer, '/marking-campaigns', { name: 'La Paz 2026', place: 'Armería central, La Paz', startsOn: '2026-03-01', endsOn: '2026-03-31' });
    expect(campaign.status).toBe(201);
    campaignId = campaign.body.id;
  });

  it('joins the campaign: rows naming their firearm by record key or by serial and make are written, the others reported exactly', async () => {
    first = await imported('markings', log.join('\n').replaceAll('{beretta}', beretta), 'registro-marcaje.csv', { campaignId });
    expect(first).toMatchObject({ kind: 'markings', status: 'completed', campaignId, progress: { rowsRead: 8, rowsAccepted: 2, rowsRejected: 4, rowsDuplicate: 2 } });
    expect(await errorsOf(first.id)).toEqual([
      { row: 4, field: 'serialNumber', reason: 'no firearm with serial number "NOPE-9" and make "Glock" in the register', duplicateOf: null },
      { row: 5, field: 'serialNumber', reason: `2 firearms in the register have serial number "TW-5" and make "Taurus": give the firearm's id (firearmId column)`, duplicateOf: null },
      { row: 6, field: 'appliedOn', reason: 'must fall within the campaign (2026-03-01 to 2026-03-31)', duplicateOf: null },
      { row: 7, field: 'importYear', reason: 'only an import marking carries an import year', duplicateOf: null },
      { row: 8, field: 'text', reason: 'duplicate of row 2 in this file', duplicateOf: null },
      { row: 9, field: 'text', reason: `already in the register as marking ${apiMarking}`, duplicateOf: apiMarking },
    ]);
  });

  it('wrote the markings into the campaign log, each with its audit entry, and noted the chunk on the campaign', async () => {
    const markings = await query(
      `SELECT id, firearm_id, type, text_raw, text_normalised, location, method, legibility, import_country, import_year, applied_on::text, campaign_id, agency_id, import_row
         FROM marking WHERE import_id = $1 ORDER BY import_row`,
      [first.id],
    );
    expect(markings.map(({ id: _id, ...m }) => m)).toEqual([
      { firearm_id: keyed, type: 'state_transfer', text_raw: 'BO-PN 2026 0001', text_normalised: 'BOPN20260001', location: 'armazón', method: 'laser', legibility: 'intact', import_country: null, import_year: null, applied_on: '2026-03-02', campaign_id: campaignId, agency_id: registry.agencyId, import_row: 2 },
      { firearm_id: beretta, type: 'import', text_raw: 'BO 24', text_normalised: 'BO24', location: 'cañón', method: 'stamped', legibility: 'partial', import_country: 'BO', import_year: 2024, applied_on: '2026-03-03', campaign_id: campaignId, agency_id: registry.agencyId, import_row: 3 },
    ]);
    for (const marking of markings) {
      const [entry] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'marking' AND record_id = $1 AND action = 'created'`, [marking.id]);
      expect(entry.after).toMatchObject({ firearmId: marking.firearm_id, campaignId, importId: first.id, importRow: marking.import_row });
    }
    const [noted] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'marking_campaign' AND record_id = $1 AND action = 'markings_added'`, [campaignId]);
    expect(noted.after).toMatchObject({ count: 2, importId: first.id });
    expect((await registry.http().get(`/marking-campaigns/${campaignId}`).set(auth(officer))).body.markings).toBe(2);
  });

  it('creates nothing when the same log is imported again', async () => {
    const before = await totals();
    const again = await imported('markings', log.join('\n').replaceAll('{beretta}', beretta), 'registro-marcaje.csv', { campaignId });
    expect(again.progress).toMatchObject({ rowsRead: 8, rowsAccepted: 0, rowsRejected: 4, rowsDuplicate: 4 });
    const duplicates = (await errorsOf(again.id)).filter((e) => e.duplicateOf);
    expect(duplicates.map((e) => [e.row, e.reason.replace(/ [0-9a-f-]{36}$/, ' …')])).toEqual([
      [2, 'already in the register as marking …'],
      [3, 'already in the register as marking …'],
      [8, 'already in the register as marking …'],
      [9, 'already in the register as marking …'],
    ]);
    expect(await totals()).toEqual(before);
  });

  it('reads markings outside any campaign (marks read elsewhere), for the importing agency', async () => {
    const done = await imported('markings', `firearm id,type,text,legibility,read on\n${beretta},other,EX-ARMY 1987,altered,2026-11-02\n`, 'lecture.csv');
    expect(done.progress).toMatchObject({ rowsAccepted: 1, rowsRejected: 0 });
    const [marking] = await query(`SELECT campaign_id, agency_id, legibility, read_on::text FROM marking WHERE import_id = $1`, [done.id]);
    expect(marking).toEqual({ campaign_id: null, agency_id: registry.agencyId, legibility: 'altered', read_on: '2026-11-02' });
  });

  it("refuses, row by row, a police station's markings on a firearm the national authority registered; its own are written (issue 16, item 11)", async () => {
    const own = await firearm({ category: 'pistol', make: 'Glock', serialNumber: 'MED-7' }, stationOfficer);
    const done = await imported('markings', `firearm id,type,text,legibility\n${beretta},proof,PV-MED,intact\n${own},proof,PV-MED,intact\n`, 'medina.csv', {}, stationOfficer);
    expect(done.progress).toMatchObject({ rowsAccepted: 1, rowsRejected: 1 });
    const errors = await registry.http().get(`/imports/${done.id}/errors`).set(auth(stationOfficer));
    expect(errors.body.items.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([
      [2, 'firearmId', 'is another agency’s firearm record: only that agency or the national firearms authority may import into it'],
    ]);
    expect(await query(`SELECT firearm_id FROM marking WHERE import_id = $1`, [done.id])).toEqual([{ firearm_id: own }]);
  });

  it('refuses an unknown campaign on upload, and a campaign for a seizure list', async () => {
    const unknown = await upload('markings', 'firearm id,type,text\n', 'x.csv', { campaignId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MARKING_CAMPAIGN_NOT_FOUND');
    const misplaced = await upload('seizure_items', 'serial\n', 'x.csv', { campaignId, seizureId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.errors).toEqual([{ field: 'campaignId', message: 'is not used by an import of kind seizure_items' }]);
  });

  it('fails at once without the type or text column', async () => {
    const done = await imported('markings', `firearm id,text\n${beretta},X\n`, 'no-type.csv');
    expect(done).toMatchObject({ status: 'failed', error: expect.stringContaining('no type column') });
  });
});

describe('a seizure list', () => {
  let seizureId: string;
  let stolen: string; // reported stolen by the police station
  let registered: string;
  let held: string; // held under another, open seizure
  let otherSeizure: string;
  let destroyed: string;
  let decoy: string; // serial 7318: what "73?1?8" would wrongly normalise to
  let first: { id: string; progress: Record<string, number> };

  // French headers, semicolons: the regional gendarmerie's inventory, item by item under seal.
  const list = [
    "N° de scellé;Nature;Identifiant de l'arme;N° de série;Marque;Modèle;Type d'arme;Calibre;Type de pièce;Quantité;Lot;Culot;Marquages;Lisibilité;Observations",
    'SC-01;arme;;BXR 551;Glock;G17;Pistolet;9mm;;1;;;GLOCK AUSTRIA / BXR551;lisible;chargeur engagé',
    'SC-02;arme;{registered};;;;;;;;;;;;',
    'SC-03;arme;;73?1?8;Zastava;M70;Fusil;7.62x39;;;;;ZASTAVA KRAGUJEVAC M70 / 73?1?8;partielle;crosse pliante',
    'SC-04;arme;;NC-9004;Norinco;Type 56;Fusil d\'assaut;7,62x39;;;;;;;',
    'SC-05;pièce;;;;;;;canon;;;;;;canon scié',
    'SC-06;munitions;;;Wolf;;;7.62x39;;120;L-1987-44;711 79;;;boîte ouverte',
    'SC-07;arme;;HELD-1;Glock;G19;Pistolet;9mm;;;;;;;',
    'SC-08;arme;;DES-1;Glock;G17;Pistolet;9mm;;;;;;;',
    'SC-09;arme;;TW-9;Taurus;PT92;Pistolet;9mm;;;;;;;',
    'SC-01;arme;;BXR 551;Glock;G17;Pistolet;9mm;;1;;;GLOCK AUSTRIA / BXR551;lisible;chargeur engagé',
    ';arme;;;;;Pistolet;;;;;;;effacé;numéro meulé',
  ];
  const content = () => list.join('\n').replaceAll('{registered}', registered);

  beforeAll(async () => {
    stolen = await firearm({ category: 'pistol', make: 'Glock', model: 'G17', serialNumber: 'BXR-551', calibre: '9mm', initialEvent: { type: 'registered', occurredOn: '2025-05-01' } }, stationOfficer);
    await event(stolen, { type: 'reported_stolen', occurredOn: '2026-01-10', place: 'Dakar, Médina' }, stationOfficer);
    registered = await firearm({ category: 'rifle', make: 'Beretta', serialNumber: 'BR-7001' });
    held = await firearm({ category: 'pistol', make: 'Glock', serialNumber: 'HELD-1' });
    otherSeizure = await seizure({ reference: 'GN-THS/2026/0007', type: 'seized', occurredAt: '2026-05-02T10:00:00Z', items: [{ kind: 'firearm', firearmId: held }] });
    destroyed = await firearm({ category: 'pistol', make: 'Glock', serialNumber: 'DES-1' });
    await event(destroyed, { type: 'destroyed', occurredOn: '2026-02-01', place: 'Central armoury', details: { method: 'cutting', witnesses: ['Cdt. M. Fall'] } });
    decoy = await firearm({ category: 'rifle', make: 'Zastava', serialNumber: '7318' });
    await firearm({ category: 'pistol', make: 'Taurus', serialNumber: 'TW-9' });
    await firearm({ category: 'pistol', make: 'Taurus', serialNumber: 'TW 9' });
    seizureId = await seizure({ reference: 'GN-DKR/2026/0311', type: 'seized', occurredAt: '2026-06-03T14:30:00Z', region: 'Dakar', locality: 'Port autonome' });
  });

  it('needs its seizure on upload: missing is a 400, unknown a 404, and nothing is recorded', async () => {
    const before = await count(`import_job`);
    const missing = await upload('seizure_items', content(), 'scelles.csv');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'seizureId', message: 'is required for an import of kind seizure_items' }] });
    const unknown = await upload('seizure_items', content(), 'scelles.csv', { seizureId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'SEIZURE_NOT_FOUND', errors: [{ field: 'seizureId', message: 'does not exist' }] });
    expect(await count(`import_job`)).toBe(before);
  });

  it('adds every acceptable item to the seizure and reports the others exactly', async () => {
    first = await imported('seizure_items', content(), 'scelles.csv', { seizureId });
    expect(first).toMatchObject({ kind: 'seizure_items', status: 'completed', seizureId, progress: { rowsRead: 11, rowsAccepted: 6, rowsRejected: 4, rowsDuplicate: 1 } });
    expect(await errorsOf(first.id)).toEqual([
      { row: 8, field: 'serialNumber', reason: 'This firearm is already held under seizure GN-THS/2026/0007; dispose of it there first.', duplicateOf: null },
      { row: 9, field: 'serialNumber', reason: 'A destroyed firearm cannot be seized: destruction is final.', duplicateOf: null },
      { row: 10, field: 'serialNumber', reason: `2 firearms in the register have serial number "TW-9" and make "Taurus": give the firearm's id (firearmId column)`, duplicateOf: null },
      { row: 11, field: 'recordKey', reason: 'duplicate of row 2 in this file', duplicateOf: null },
      { row: 12, field: 'recordKey', reason: 'a firearm without a fully legible serial number needs a record key (its number in the seizure list), so that importing the file again cannot record it twice', duplicateOf: null },
    ]);
  });

  it('wrote the items in row order, each with its item_added audit entry', async () => {
    const items = await query(
      `SELECT id, ordinal, kind, firearm_id, registered_before_seizure, markings_text, serial_legibility, description, calibre_text, calibre_code, make_text, quantity, lot_number, headstamp, state, import_key, import_row
         FROM seizure_item WHERE seizure_id = $1 ORDER BY ordinal`,
      [seizureId],
    );
    const common = { state: 'seized', calibre_text: null, calibre_code: null, make_text: null, quantity: null, lot_number: null, headstamp: null, markings_text: null, serial_legibility: null, description: null };
    expect(items.map(({ id: _id, firearm_id: _f, ...item }) => item)).toEqual([
      { ...common, ordinal: 1, kind: 'firearm', registered_before_seizure: true, markings_text: 'GLOCK AUSTRIA / BXR551', serial_legibility: 'intact', description: 'chargeur engagé', import_key: 'SC-01', import_row: 2 },
      { ...common, ordinal: 2, kind: 'firearm', registered_before_seizure: true, import_key: 'SC-02', import_row: 3 },
      { ...common, ordinal: 3, kind: 'firearm', registered_before_seizure: false, markings_text: 'ZASTAVA KRAGUJEVAC M70 / 73?1?8', serial_legibility: 'partial', description: 'crosse pliante', import_key: 'SC-03', import_row: 4 },
      { ...common, ordinal: 4, kind: 'firearm', registered_before_seizure: false, import_key: 'SC-04', import_row: 5 },
      { ...common, ordinal: 5, kind: 'part', registered_before_seizure: false, description: 'canon scié', import_key: 'SC-05', import_row: 6 },
      { ...common, ordinal: 6, kind: 'ammunition', registered_before_seizure: false, description: 'boîte ouverte', calibre_text: '7.62x39', calibre_code: '762x39mm', make_text: 'Wolf', quantity: 120, lot_number: 'L-1987-44', headstamp: '711 79', import_key: 'SC-06', import_row: 7 },
    ]);
    expect(items.slice(0, 2).map((i) => i.firearm_id)).toEqual([stolen, registered]);
    expect(items[5].firearm_id).toBeNull();

    const added = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'seizure' AND record_id = $1 AND action = 'item_added' ORDER BY written`, [seizureId]);
    expect(added.map((a) => a.after.id)).toEqual(items.map((i) => i.id));
    expect(added[5].after).toMatchObject({ kind: 'ammunition', quantity: 120, lotNumber: 'L-1987-44', importKey: 'SC-06', importId: first.id, importRow: 7 });
  });

  it('seized the stolen pistol and raised a hit alert to the station that reported the theft', async () => {
    const [pistol] = await query(`SELECT status, holder_id, version FROM firearm WHERE id = $1`, [stolen]);
    expect(pistol).toMatchObject({ status: 'seized', version: 3 });
    const events = await query(`SELECT id, ordinal, type, occurred_on::text, status_before, status_after, agency_id, place, reference_documents, details FROM firearm_event WHERE firearm_id = $1 ORDER BY ordinal`, [stolen]);
    expect(events.map((e) => e.type)).toEqual(['registered', 'reported_stolen', 'seized']);
    const [item] = await query<{ id: string }>(`SELECT id FROM seizure_item WHERE seizure_id = $1 AND firearm_id = $2`, [seizureId, stolen]);
    expect(events[2]).toMatchObject({
      ordinal: 3,
      occurred_on: '2026-06-03',
      status_before: 'stolen',
      status_after: 'seized',
      agency_id: registry.agencyId,
      place: 'Port autonome, Dakar',
      reference_documents: ['Seizure GN-DKR/2026/0311'],
      details: { seizureId, seizureReference: 'GN-DKR/2026/0311', seizureItemId: item.id, context: 'trafficking', markingsText: 'GLOCK AUSTRIA / BXR551' },
    });
    const alerts = await query(`SELECT id, trigger_event_id, trigger_event_type, status_before, addressed_agency_id, seizure_id, state FROM hit_alert WHERE firearm_id = $1`, [stolen]);
    expect(alerts).toEqual([{ id: expect.any(String), trigger_event_id: events[2].id, trigger_event_type: 'seized', status_before: 'stolen', addressed_agency_id: stationAgencyId, seizure_id: seizureId, state: 'open' }]);
    const [raised] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'hit_alert' AND record_id = $1 AND action = 'raised'`, [alerts[0].id]);
    expect(raised.after).toEqual({ firearmId: stolen, triggerEventId: events[2].id, triggerEventType: 'seized', statusBefore: 'stolen', addressedAgencyId: stationAgencyId });
    const [moved] = await query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(`SELECT before, after FROM audit_entry WHERE record_type = 'firearm' AND record_id = $1 AND action = 'seized'`, [stolen]);
    expect(moved).toEqual({ before: { status: 'stolen' }, after: { status: 'seized', eventId: events[2].id, occurredOn: '2026-06-03', importId: first.id, importRow: 2 } });
    const [added] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'seizure' AND action = 'item_added' AND after->>'id' = $1`, [item.id]);
    expect(added.after.hitAlertId).toBe(alerts[0].id);
    // The investigators see it where they look for alerts.
    const listed = await registry.http().get(`/alerts?seizureId=${seizureId}`).set(auth(investigator));
    expect(listed.body.items.map((a: { firearmId: string }) => a.firearmId)).toEqual([stolen]);
  });

  it('seized the registered rifle without an alert', async () => {
    expect((await query(`SELECT status FROM firearm WHERE id = $1`, [registered]))[0].status).toBe('seized');
    expect(await count(`hit_alert WHERE firearm_id = $1`, [registered])).toBe(0);
    expect((await query(`SELECT type, status_before FROM firearm_event WHERE firearm_id = $1 ORDER BY ordinal`, [registered])).map((e) => [e.type, e.status_before])).toEqual([['registered', null], ['seized', 'registered']]);
  });

  it('registered the unregistered rifles and the part from the seizure, flagged, with the seizure as first event', async () => {
    const created = await query(
      `SELECT f.id, f.item_kind, f.part_type, f.category_code, f.make_text, f.manufacturer_code, f.model, f.calibre_code, f.serial_raw, f.status, f.unregistered_before_seizure, f.registering_agency_id, f.import_row, f.description
         FROM firearm f JOIN seizure_item i ON i.firearm_id = f.id WHERE i.seizure_id = $1 AND NOT i.registered_before_seizure ORDER BY i.ordinal`,
      [seizureId],
    );
    const flagged = { status: 'seized', unregistered_before_seizure: true, registering_agency_id: registry.agencyId };
    expect(created.map(({ id: _id, ...f }) => f)).toEqual([
      { ...flagged, item_kind: 'firearm', part_type: null, category_code: 'rifle', make_text: 'Zastava', manufacturer_code: 'zastava', model: 'M70', calibre_code: '762x39mm', serial_raw: '73?1?8', import_row: 4, description: 'crosse pliante' },
      { ...flagged, item_kind: 'firearm', part_type: null, category_code: 'assault_rifle', make_text: 'Norinco', manufacturer_code: 'norinco', model: 'Type 56', calibre_code: '762x39mm', serial_raw: 'NC-9004', import_row: 5, description: null },
      { ...flagged, item_kind: 'part', part_type: 'barrel', category_code: null, make_text: null, manufacturer_code: null, model: null, calibre_code: null, serial_raw: null, import_row: 6, description: 'canon scié' },
    ]);
    for (const entry of created) {
      const events = await query(`SELECT ordinal, type, status_before, status_after, occurred_on::text FROM firearm_event WHERE firearm_id = $1`, [entry.id]);
      expect(events).toEqual([{ ordinal: 1, type: 'seized', status_before: null, status_after: 'seized', occurred_on: '2026-06-03' }]);
      const [audit] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_id = $1 AND action = 'created'`, [entry.id]);
      expect(audit.after).toMatchObject({ itemKind: entry.item_kind, status: 'seized', initialEvent: 'seized', unregisteredBeforeSeizure: true, importId: first.id, importRow: entry.import_row });
    }
    // A serial read in part is never matched: the register's "7318" was left alone.
    expect((await query(`SELECT status FROM firearm WHERE id = $1`, [decoy]))[0].status).toBe('registered');
    expect(await count(`firearm_event WHERE firearm_id = $1`, [decoy])).toBe(1);
  });

  it('left the firearm held elsewhere and the destroyed one as they were', async () => {
    expect(await query(`SELECT status FROM firearm WHERE id = ANY($1::uuid[]) ORDER BY status`, [[held, destroyed]])).toEqual([{ status: 'destroyed' }, { status: 'seized' }]);
    expect(await count(`firearm_event WHERE firearm_id = $1`, [held])).toBe(2);
    expect(await count(`firearm_event WHERE firearm_id = $1`, [destroyed])).toBe(2);
    expect(await count(`seizure_item WHERE firearm_id = $1`, [held])).toBe(1);
    expect((await query(`SELECT seizure_id FROM seizure_item WHERE firearm_id = $1`, [held]))[0].seizure_id).toBe(otherSeizure);
  });

  it('answers through the API as a seizure with its items and alert', async () => {
    const response = await registry.http().get(`/seizures/${seizureId}`).set(auth(investigator));
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: { kind: string }) => i.kind)).toEqual(['firearm', 'firearm', 'firearm', 'firearm', 'part', 'ammunition']);
    expect(response.body.hitAlerts).toHaveLength(1);
  });

  it('creates nothing when the same list is imported again, even when the register changed in between', async () => {
    // A second Norinco NC-9004 registered since: the serial is now ambiguous, but SC-04 is known by its item number.
    await firearm({ category: 'assault_rifle', make: 'Norinco', serialNumber: 'NC 9004' });
    const before = await totals();
    const again = await imported('seizure_items', content(), 'scelles.csv', { seizureId });
    expect(again.progress).toMatchObject({ rowsRead: 11, rowsAccepted: 0, rowsRejected: 4, rowsDuplicate: 7 });
    const errors = await errorsOf(again.id);
    expect(errors.filter((e) => e.duplicateOf).map((e) => [e.row, e.field, e.reason.replace(/ [0-9a-f-]{36}$/, ' …')])).toEqual([
      [2, 'recordKey', 'already in the register as seizure item …'],
      [3, 'recordKey', 'already in the register as seizure item …'],
      [4, 'recordKey', 'already in the register as seizure item …'],
      [5, 'recordKey', 'already in the register as seizure item …'],
      [6, 'recordKey', 'already in the register as seizure item …'],
      [7, 'recordKey', 'already in the register as seizure item …'],
      [11, 'recordKey', 'already in the register as seizure item …'],
    ]);
    expect(await totals()).toEqual(before);
  });
});

describe('a surrender list without item numbers', () => {
  let surrenderId: string;
  let pistol: string;

  const list = () =>
    [
      'Número de serie;Marca;Tipo de arma;Tipo de objeto;Calibre;Cantidad;Lote',
      'SV-100;Glock;Pistola;arma;;;',
      'SV-200;Taurus;Revólver;arma;;;',
      ';Fiocchi;;munición;9mm;50;FI-22-07',
      ';FIOCCHI;;munición;9 mm;50;fi 22 07',
    ].join('\n');

  beforeAll(async () => {
    pistol = await firearm({ category: 'pistol', make: 'Glock', serialNumber: 'SV-100' });
    surrenderId = await seizure({ reference: 'AMN-LPZ/2026/12', type: 'surrendered', context: 'unknown', occurredAt: '2026-07-01T09:00:00Z', campaign: 'Amnistía 2026' });
  });

  it('records each surrendered item once: the registered pistol moves to surrendered, the revolver is registered, the lot is one item', async () => {
    const done = await imported('seizure_items', list(), 'entregas.csv', { seizureId: surrenderId });
    expect(done.progress).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 0, rowsDuplicate: 1 });
    expect(await errorsOf(done.id)).toEqual([{ row: 5, field: 'lotNumber', reason: 'duplicate of row 4 in this file', duplicateOf: null }]);
    expect((await query(`SELECT status FROM firearm WHERE id = $1`, [pistol]))[0].status).toBe('surrendered');
    const [revolver] = await query(`SELECT f.status, f.category_code, f.unregistered_before_seizure FROM firearm f JOIN seizure_item i ON i.firearm_id = f.id WHERE i.seizure_id = $1 AND NOT i.registered_before_seizure`, [surrenderId]);
    expect(revolver).toEqual({ status: 'surrendered', category_code: 'revolver', unregistered_before_seizure: true });
    expect(await count(`seizure_item WHERE seizure_id = $1 AND import_key IS NULL`, [surrenderId])).toBe(3);
  });

  it('recognises every item on a second run, by firearm and by lot', async () => {
    const before = await totals();
    const again = await imported('seizure_items', list(), 'entregas.csv', { seizureId: surrenderId });
    expect(again.progress).toMatchObject({ rowsRead: 4, rowsAccepted: 0, rowsRejected: 0, rowsDuplicate: 4 });
    expect((await errorsOf(again.id)).map((e) => [e.row, e.field, e.reason.replace(/ [0-9a-f-]{36}$/, ' …')])).toEqual([
      [2, 'serialNumber', 'already in the register as seizure item …'],
      [3, 'serialNumber', 'already in the register as seizure item …'],
      [4, 'lotNumber', 'already in the register as seizure item …'],
      [5, 'lotNumber', 'already in the register as seizure item …'],
    ]);
    expect(await totals()).toEqual(before);
  });
});

describe('a regional operation: a list longer than one chunk', () => {
  const registered = 4_500;
  const unregistered = 1_500;

  it('writes every item once across chunks, in order, and knows a row repeated two chunks later', async () => {
    const register = ['serial,make,category', ...Array.from({ length: registered }, (_, i) => `OP-${i},Glock,pistol`)].join('\n');
    expect((await imported('firearms', register, 'op-register.csv')).progress).toMatchObject({ rowsAccepted: registered });
    const operationId = await seizure({ reference: 'OP-NORD/2026', type: 'seized', occurredAt: '2026-09-01T06:00:00Z' });
    const rows = [
      ...Array.from({ length: registered }, (_, i) => `OP-${i},Glock,`),
      ...Array.from({ length: unregistered }, (_, i) => `UN-${i},Norinco,assault_rifle`),
      'OP-7,glock,',
      'UN-3,NORINCO,assault_rifle',
    ];
    const started = Date.now();
    const done = await imported('seizure_items', ['serial,make,category', ...rows].join('\n'), 'operation.csv', { seizureId: operationId });
    const seconds = (Date.now() - started) / 1000;
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: rows.length, rowsAccepted: registered + unregistered, rowsRejected: 0, rowsDuplicate: 2 } });
    expect((await errorsOf(done.id)).map((e) => [e.row, e.reason])).toEqual([
      [registered + unregistered + 2, 'duplicate of row 9 in this file'],
      [registered + unregistered + 3, `duplicate of row ${registered + 5} in this file`],
    ]);
    const [items] = await query<{ n: number; first: number; last: number; registered: number }>(
      `SELECT count(*)::int AS n, min(ordinal) AS first, max(ordinal) AS last, count(*) FILTER (WHERE registered_before_seizure)::int AS registered FROM seizure_item WHERE seizure_id = $1`,
      [operationId],
    );
    expect(items).toEqual({ n: registered + unregistered, first: 1, last: registered + unregistered, registered });
    expect(await count(`seizure_item WHERE seizure_id = $1 AND ordinal <> import_row - 1`, [operationId])).toBe(0);
    expect(await count(`firearm WHERE serial_normalised LIKE 'OP%' AND status <> 'seized'`)).toBe(0);
    expect(await count(`firearm WHERE unregistered_before_seizure AND serial_normalised LIKE 'UN%'`)).toBe(unregistered);
    expect(await count(`audit_entry WHERE record_type = 'seizure' AND record_id = $1 AND action = 'item_added'`, [operationId])).toBe(registered + unregistered);
    process.stdout.write(`seizure list of ${rows.length} rows imported in ${seconds.toFixed(1)} s\n`);
  });
});

describe('one firearm under two item numbers', () => {
  it('refuses the second number, in a dry run as in the real run', async () => {
    await firearm({ category: 'pistol', make: 'Glock', serialNumber: 'TWICE-1' });
    const caseId = await seizure({ reference: 'GN-KLK/2026/0099', type: 'found', occurredAt: '2026-08-12T08:00:00Z' });
    const csv = ['Item number,Serial number,Make', 'E-1,TWICE-1,Glock', 'E-2,twice 1,GLOCK'].join('\n');
    const expected = [{ row: 3, field: 'serialNumber', reason: 'names the same firearm as row 2 (record key "E-1"): one item per firearm', duplicateOf: null }];
    const dry = await imported('seizure_items', csv, 'found.csv', { seizureId: caseId, dryRun: 'true' });
    expect(dry.progress).toMatchObject({ rowsAccepted: 1, rowsRejected: 1 });
    expect(await errorsOf(dry.id)).toEqual(expected);
    expect(await count(`seizure_item WHERE seizure_id = $1`, [caseId])).toBe(0);
    const real = await imported('seizure_items', csv, 'found.csv', { seizureId: caseId });
    expect(real.progress).toMatchObject({ rowsAccepted: 1, rowsRejected: 1 });
    expect(await errorsOf(real.id)).toEqual(expected);
    expect(await query(`SELECT f.status, i.import_key FROM seizure_item i JOIN firearm f ON f.id = i.firearm_id WHERE i.seizure_id = $1`, [caseId])).toEqual([{ status: 'found', import_key: 'E-1' }]);
  });
});
