import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * Issue 16, item 8: what the exporting state verifies before it issues an export
 * licence (Firearms Protocol art. 10.2), who issues which licence, and a refused
 * item told which of its fields the licence does not authorise.
 */
let registry: TestRegistry;
let officer: string;
let dealerId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (path: string, body: object) => registry.http().post(path).set(auth(officer)).send(body);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const licenceCount = async () => (await registry.dataSource.query(`SELECT count(*)::int AS n FROM trade_licence`))[0].n as number;

/** Refused with this status and code, the reason naming the field, and no licence written. */
async function expectRefused(body: object, status: number, code: string, field: string, reason: RegExp) {
  const before = await licenceCount();
  const response = await post('/trade-licences', body);
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.body.errors?.map((e: { field: string }) => e.field)).toContain(field);
  expect(response.body.detail).toMatch(reason);
  expect(await licenceCount()).toBe(before);
}

let serial = 0;
const exportLicence = (over: object = {}) => ({
  number: `SN-EXP-V-${++serial}`,
  kind: 'export',
  issuingAuthority: 'Direction des armes',
  issuingCountry: 'SN',
  issuedOn: day(-10),
  expiresOn: day(170),
  exportingCountry: 'SN',
  importingCountry: 'GH',
  exporter: { holderId: dealerId },
  importer: { name: 'Accra Arms Ltd' },
  finalRecipient: { name: 'Ghana Police Service' },
  importLicence: { number: `GH-IMP-V-${serial}`, country: 'GH', issuedOn: day(-20), expiresOn: day(200) },
  items: [{ itemKind: 'firearm', category: 'pistol', quantity: 1 }],
  ...over,
});

const importLicence = (over: object = {}) => ({
  number: `SN-IMP-V-${++serial}`,
  kind: 'import',
  issuingAuthority: 'Direction des armes',
  issuingCountry: 'SN',
  issuedOn: day(-30),
  expiresOn: day(300),
  exportingCountry: 'AT',
  importingCountry: 'SN',
  exporter: { name: 'Glock Ges.m.b.H.' },
  importer: { holderId: dealerId },
  finalRecipient: { holderId: dealerId },
  items: [{ itemKind: 'firearm', category: 'pistol', make: 'Glock', calibre: '9x19', quantity: 2 }],
  ...over,
});

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  dealerId = (await post('/holders', { kind: 'organisation', organisationType: 'dealer', legalName: 'Armurerie du Port SARL', country: 'SN' })).body.id;
});

afterAll(() => registry?.close());

describe('an export licence is issued on an import licence verified before it (art. 10.2)', () => {
  it('refuses an import licence, typed from the application, issued after the export licence', async () => {
    await expectRefused(exportLicence({ importLicence: { number: 'GH-IMP-LATE', country: 'GH', issuedOn: day(-5), expiresOn: day(200) } }), 409, 'IMPORT_LICENCE_REFERENCE_INVALID', 'importLicence', /issued on .* after this export licence/);
  });

  it('refuses an import licence of the register issued after the export licence', async () => {
    const late = await post('/trade-licences', importLicence({ issuingCountry: 'GH', importingCountry: 'GH', exportingCountry: 'SN', issuedOn: day(-2), importer: { name: 'Accra Arms Ltd' }, finalRecipient: { name: 'Ghana Police Service' } }));
    expect(late.status).toBe(201);
    await expectRefused(exportLicence({ importLicence: undefined, importLicenceId: late.body.id }), 409, 'IMPORT_LICENCE_REFERENCE_INVALID', 'importLicenceId', /after this export licence/);
  });

  it('accepts one issued the same day or before', async () => {
    expect((await post('/trade-licences', exportLicence({ importLicence: { number: 'GH-IMP-SAME', country: 'GH', issuedOn: day(-10) } }))).status).toBe(201);
  });
});

describe('each licence is issued by the state it belongs to', () => {
  it('refuses an import licence issued by another state than the importing one', async () => {
    await expectRefused(importLicence({ issuingCountry: 'FR' }), 422, 'TRADE_LICENCE_ISSUER_MISMATCH', 'issuingCountry', /importing state \(SN\), not FR/);
  });

  it('refuses a transit licence whose issuer is not a transit state', async () => {
    const transit = importLicence({ kind: 'transit', issuingCountry: 'SN', exportingCountry: 'AT', importingCountry: 'ML', transitCountries: ['BF'], importer: { name: 'Mali' }, finalRecipient: { name: 'Mali' } });
    await expectRefused(transit, 422, 'TRADE_LICENCE_ISSUER_MISMATCH', 'issuingCountry', /transit states \(BF\), not SN/);
    expect((await post('/trade-licences', { ...transit, transitCountries: ['SN'] })).status).toBe(201);
  });

  it('refuses an export licence issued by another state than the exporting one', async () => {
    await expectRefused(exportLicence({ issuingCountry: 'ML' }), 422, 'TRADE_LICENCE_ISSUER_MISMATCH', 'issuingCountry', /exporting state \(SN\), not ML/);
  });
});

describe("the transit states' written notice of no objection (art. 10.2(b))", () => {
  it('is required from every transit state before an export licence is issued', async () => {
    await expectRefused(exportLicence({ transitCountries: ['ML', 'BF'] }), 422, 'TRANSIT_NOTICE_REQUIRED', 'transitNotices', /ML is a transit state/);
    await expectRefused(exportLicence({ transitCountries: ['ML', 'BF'], transitNotices: [{ country: 'ML', reference: 'ML-MAE-2026-0311', date: day(-15) }] }), 422, 'TRANSIT_NOTICE_REQUIRED', 'transitNotices', /BF is a transit state/);
  });

  it('refuses a notice dated after the licence is issued, or from a state not in transit', async () => {
    await expectRefused(exportLicence({ transitCountries: ['ML'], transitNotices: [{ country: 'ML', reference: 'ML-1', date: day(-1) }] }), 422, 'TRANSIT_NOTICE_INVALID', 'transitNotices[0].date', /after the export licence is issued/);
    await expectRefused(exportLicence({ transitCountries: ['ML'], transitNotices: [{ country: 'ML', reference: 'ML-1', date: day(-12) }, { country: 'NE', reference: 'NE-1', date: day(-12) }] }), 422, 'TRANSIT_NOTICE_INVALID', 'transitNotices[1].country', /NE is not a transit state/);
  });

  it('keeps each notice on the licence and in its audit entry', async () => {
    const notices = [{ country: 'ML', reference: 'ML-MAE-2026-0311', date: day(-15) }, { country: 'BF', reference: 'BF-DGD-88', date: day(-12) }];
    const response = await post('/trade-licences', exportLicence({ transitCountries: ['ML', 'BF'], transitNotices: notices }));
    expect(response.status).toBe(201);
    expect(response.body.transitNotices).toEqual(notices);
    const [entry] = await registry.dataSource.query(`SELECT after FROM audit_entry WHERE record_type = 'trade_licence' AND record_id = $1`, [response.body.id]);
    expect(entry.after.transitNotices).toEqual(notices);
  });
});

describe('a refused item is told which field the licence does not authorise', () => {
  let licenceId: string;
  beforeAll(async () => {
    licenceId = (await post('/trade-licences', importLicence())).body.id;
  });
  const ship = (items: object[]) => post(`/trade-licences/${licenceId}/shipments`, { shippedOn: day(-1), items });

  it('names the calibre on a shipment', async () => {
    const response = await ship([{ itemKind: 'firearm', category: 'pistol', make: 'Glock', calibre: '.45 ACP', serialNumber: 'G45-1' }]);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: 'ITEM_NOT_AUTHORISED' });
    expect(response.body.errors).toEqual([{ field: 'items[0].calibre', message: expect.stringMatching(/line 1: the line authorises the calibre "9x19", not ".45 ACP"/) }]);
  });

  it('names the make and the category', async () => {
    expect((await ship([{ itemKind: 'firearm', category: 'pistol', make: 'Beretta', calibre: '9x19', serialNumber: 'B-1' }])).body.errors[0]).toMatchObject({ field: 'items[0].make', message: expect.stringMatching(/make "Glock", not "Beretta"/) });
    expect((await ship([{ itemKind: 'firearm', category: 'rifle', make: 'Glock', calibre: '9x19', serialNumber: 'R-1' }])).body.errors[0]).toMatchObject({ field: 'items[0].category', message: expect.stringMatching(/category "pistol", not "rifle"/) });
  });

  it('names the quantity beyond the licence', async () => {
    const response = await ship(['Q-1', 'Q-2', 'Q-3'].map((serialNumber) => ({ itemKind: 'firearm', category: 'pistol', make: 'Glock', calibre: '9x19', serialNumber })));
    expect(response.body.code).toBe('LICENCE_QUANTITY_EXCEEDED');
    expect(response.body.errors).toEqual([{ field: 'items[2].quantity', message: expect.stringMatching(/authorises 2/) }]);
  });

  it('names the field on a receipt of an item that was not shipped', async () => {
    const shipped = await ship([{ itemKind: 'firearm', category: 'pistol', make: 'Glock', calibre: '9x19', serialNumber: 'OK-1' }]);
    expect(shipped.status).toBe(201);
    const receipt = await post(`/trade-shipments/${shipped.body.id}/receipts`, { receivedOn: day(0), items: [{ itemKind: 'firearm', category: 'pistol', make: 'Glock', calibre: '7.62x39', serialNumber: 'OTHER-9' }] });
    expect(receipt.body.code).toBe('ITEM_NOT_AUTHORISED');
    expect(receipt.body.errors).toEqual([{ field: 'items[0].calibre', message: expect.stringMatching(/not shipped and matches no item the licence authorises: line 1: the line authorises the calibre "9x19"/) }]);
  });
});
