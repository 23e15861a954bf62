import { startRegistry, type TestRegistry } from './support/registry.js';

/** Marks read on weapons and marks applied by a marking campaign, one by one or as a whole log. */
let registry: TestRegistry;
let officer: string;
let investigator: string;
let pistolId: string;
let rifleId: string;
let lotId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object) => registry.http().post(path).set(auth(token)).send(body);
const count = async (sql: string, params: unknown[] = []) => ((await registry.dataSource.query(sql, params)) as { n: number }[])[0].n;

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;
  pistolId = (await post(officer, '/firearms', { category: 'pistol', make: 'Zastava', serialNumber: 'ZC-104 522' })).body.id;
  rifleId = (await post(officer, '/firearms', { category: 'rifle', make: 'Norinco', serialNumber: '56-1 880123' })).body.id;
  lotId = (await post(officer, '/ammunition-lots', { calibre: '7.62x39', make: 'Norinco', lotNumber: 'L-71-0042', quantity: 1000, headstamp: '71 88' })).body.id;
  expect([pistolId, rifleId, lotId].every(Boolean)).toBe(true);
});

afterAll(() => registry?.close());

describe('markings read on a weapon', () => {
  it('records an import marking with country and year, keeping the text as read and audited', async () => {
    const response = await post(officer, '/markings', { firearmId: pistolId, type: 'import', text: 'SN 24 zc-1O4 522', location: 'left side of frame', method: 'laser', legibility: 'intact', importCountry: 'SN', importYear: 2024, readOn: '2026-01-10' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      firearmId: pistolId,
      ammunitionLotId: null,
      type: 'import',
      text: { asRead: 'SN 24 zc-1O4 522', normalised: 'SN24ZC1O4522', folded: '5N242C104522' },
      importCountry: 'SN',
      importYear: 2024,
      legibility: 'intact',
      agencyId: registry.agencyId,
    });
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'marking' AND record_id = $1 AND action = 'created'`, [response.body.id])).toBe(1);
    const read = await registry.http().get(`/markings/${response.body.id}`).set(auth(investigator));
    expect(read.status).toBe(200);
  });

  it('records an obliterated manufacture mark and an ammunition headstamp', async () => {
    expect((await post(officer, '/markings', { firearmId: pistolId, type: 'manufacture', text: 'ZASTAVA ?????', legibility: 'obliterated', method: 'stamped' })).status).toBe(201);
    const headstamp = await post(officer, '/markings', { ammunitionLotId: lotId, type: 'manufacture', text: '71 88', legibility: 'intact', method: 'stamped' });
    expect(headstamp.status).toBe(201);
    expect(headstamp.body).toMatchObject({ firearmId: null, ammunitionLotId: lotId });
  });

  it('refuses import details on another kind of marking, a missing or doubled target, and a future date, naming the fields', async () => {
    const wrong = await post(officer, '/markings', { firearmId: pistolId, type: 'proof', text: 'PV', legibility: 'intact', importCountry: 'SN' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'MARKING_INVALID', errors: [{ field: 'importCountry' }] });
    const both = await post(officer, '/markings', { firearmId: pistolId, ammunitionLotId: lotId, type: 'proof', text: 'PV', legibility: 'intact' });
    expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['firearmId']);
    const missing = await post(officer, '/markings', { firearmId: '00000000-0000-4000-8000-000000000000', type: 'proof', text: 'PV', legibility: 'intact', appliedOn: '2999-01-01' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['appliedOn', 'firearmId']);
    const badEnum = await post(officer, '/markings', { firearmId: pistolId, type: 'tattoo', text: 'PV', legibility: 'legible' });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['legibility', 'type']);
  });

  it('refuses an intact import marking without its country and year (art. 8.1(b)) and an import year in the future', async () => {
    const bare = await post(officer, '/markings', { firearmId: pistolId, type: 'import', text: 'SN', legibility: 'intact' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['importCountry', 'importYear']);
    expect(bare.body.errors[0].message).toMatch(/art\. 8\.1\(b\)/);
    const future = await post(officer, '/markings', { firearmId: pistolId, type: 'import', text: 'SN 99', legibility: 'intact', importCountry: 'SN', importYear: 2099 });
    expect(future.status).toBe(400);
    expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['importYear']);
  });

  it('is written by officers only', async () => {
    expect((await post(investigator, '/markings', { firearmId: pistolId, type: 'proof', text: 'PV', legibility: 'intact' })).status).toBe(403);
  });

  it('lists a firearm’s markings and shows them in its history', async () => {
    const list = await registry.http().get(`/markings?firearmId=${pistolId}`).set(auth(investigator));
    expect(list.body.page.total).toBe(2);
    const history = await registry.http().get(`/firearms/${pistolId}/history`).set(auth(investigator));
    expect(history.status).toBe(200);
    expect(history.body.markings.map((m: { type: string; text: { asRead: string } }) => [m.type, m.text.asRead])).toEqual([
      ['import', 'SN 24 zc-1O4 522'],
      ['manufacture', 'ZASTAVA ?????'],
    ]);
  });
});

describe('a marking campaign', () => {
  let campaignId: string;

  it('is opened with its place, dates, agency and machine', async () => {
    const response = await post(officer, '/marking-campaigns', { name: 'Thiès 2026', place: 'Thiès armoury', startsOn: '2026-03-01', endsOn: '2026-03-31', markingMachine: 'Laser LM-200 #3' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'Thiès 2026', agencyId: registry.agencyId, markings: 0 });
    campaignId = response.body.id;
    const bad = await post(officer, '/marking-campaigns', { name: 'x', place: 'y', startsOn: '2026-03-10', endsOn: '2026-03-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('endsOn');
  });

  it('takes its log in one request, in one transaction, with one audit entry per marking', async () => {
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'marking'`);
    const markings = [
      { firearmId: pistolId, type: 'state_transfer', text: 'SN-MI 2026 0001', legibility: 'intact', method: 'laser', appliedOn: '2026-03-02' },
      { firearmId: rifleId, type: 'state_transfer', text: 'SN-MI 2026 0002', legibility: 'intact', method: 'laser', appliedOn: '2026-03-02' },
      { ammunitionLotId: lotId, type: 'other', text: 'SN-MI LOT 7', legibility: 'partial', appliedOn: '2026-03-03' },
    ];
    const response = await post(officer, `/marking-campaigns/${campaignId}/markings`, { markings });
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(3);
    expect(response.body.items.every((m: { campaignId: string; agencyId: string }) => m.campaignId === campaignId && m.agencyId === registry.agencyId)).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'marking'`)).toBe(auditBefore + 3);
    expect((await registry.http().get(`/marking-campaigns/${campaignId}`).set(auth(investigator))).body.markings).toBe(3);
  });

  it('refuses a log with bad entries as a whole, naming every bad entry by its index', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM marking`);
    const good = { firearmId: pistolId, type: 'state_transfer', text: 'SN-MI 2026 0003', legibility: 'intact' };
    const response = await post(officer, `/marking-campaigns/${campaignId}/markings`, {
      markings: [
        good,
        { ...good, firearmId: '00000000-0000-4000-8000-000000000000' },
        good,
        { ...good, appliedOn: '2026-04-15' },
        { ...good, importYear: 2026 },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('MARKING_INVALID');
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['markings.1.firearmId', 'markings.3.appliedOn', 'markings.4.importYear']);
    expect(await count(`SELECT count(*)::int AS n FROM marking`)).toBe(before);

    const shape = await post(officer, `/marking-campaigns/${campaignId}/markings`, { markings: [good, { ...good, legibility: 'fine' }] });
    expect(shape.status).toBe(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(['markings.1.legibility']);
    expect(await count(`SELECT count(*)::int AS n FROM marking`)).toBe(before);
  });

  it('enters a log of a thousand markings in one set-based insert', async () => {
    const markings = Array.from({ length: 1000 }, (_, i) => ({ firearmId: i % 2 ? pistolId : rifleId, type: 'proof', text: `PV-${i}`, legibility: 'intact', appliedOn: '2026-03-05' }));
    const started = Date.now();
    const response = await post(officer, `/marking-campaigns/${campaignId}/markings`, { markings });
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(1000);
    expect(Date.now() - started).toBeLessThan(10000);
  });

  it('answers 404 for an unknown campaign', async () => {
    const response = await post(officer, `/marking-campaigns/00000000-0000-4000-8000-000000000000/markings`, { markings: [{ firearmId: pistolId, type: 'proof', text: 'x', legibility: 'intact' }] });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('MARKING_CAMPAIGN_NOT_FOUND');
  });
});
