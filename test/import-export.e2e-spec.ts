import pg from 'pg';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * Issue #7: licensed imports, exports and transits (Firearms Protocol art. 7 and 10),
 * their shipments, receipts and reconciliation, and domestic transfers between holders.
 */

let registry: TestRegistry;
let officer: string;
let admin: string;
let dealerId: string;
let dealerLicenceId: string;
let personId: string;
let personLicenceId: string;
let expiredPersonId: string;
let expiredLicenceId: string;
let agencyHolderId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);

async function post(path: string, body: object, token = officer) {
  return registry.http().post(path).set(auth(token)).send(body);
}
async function get(path: string, token = officer) {
  return registry.http().get(path).set(auth(token));
}

const TABLES = ['trade_licence', 'trade_licence_item', 'trade_shipment', 'trade_shipment_item', 'trade_receipt', 'trade_receipt_item', 'domestic_transfer', 'firearm', 'firearm_event', 'ammunition_lot', 'audit_entry'];
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = (await registry.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return out;
}

/** A refusal: the status, a problem+json code and reason, and nothing written (no row, no audit entry). */
async function expectRefused(request: () => Promise<{ status: number; body: { code: string; detail: string; errors?: { field: string }[] }; headers: Record<string, string> }>, status: number, code: string, reason: RegExp) {
  const before = await counts();
  const response = await request();
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.detail).toMatch(reason);
  expect(await counts()).toEqual(before);
  return response;
}

function importLicence(number: string, items: object[], over: object = {}) {
  return {
    number,
    kind: 'import',
    issuingAuthority: 'Ministère de l’Intérieur, Direction des armes',
    issuingCountry: 'SN',
    placeOfIssue: 'Dakar',
    issuedOn: day(-30),
    expiresOn: day(300),
    exportingCountry: 'AT',
    importingCountry: 'SN',
    exporter: { name: 'Glock Ges.m.b.H.' },
    importer: { holderId: dealerId },
    finalRecipient: { holderId: dealerId },
    endUserCertificateRef: `EUC-${number}`,
    items,
    ...over,
  };
}

/**
 * Queries given to one pg client while it still runs one (Promise.all over a
 * transaction's connection): pg queues them today and refuses them in pg 9.
 */
const overlapping: string[] = [];
const busy = new WeakMap<object, number>();
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: object, ...args: unknown[]) {
  const running = busy.get(this) ?? 0;
  if (running > 0) overlapping.push(String((args[0] as { text?: string })?.text ?? args[0]).slice(0, 120));
  const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (result && typeof (result as Promise<unknown>).finally === 'function') {
    busy.set(this, running + 1);
    (result as Promise<unknown>).finally(() => busy.set(this, (busy.get(this) ?? 1) - 1)).catch(() => undefined);
  }
  return result;
} as typeof clientQuery;

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  admin = (await registry.as('admin')).token;
  dealerId = (await post('/holders', { kind: 'organisation', organisationType: 'dealer', legalName: 'Armurerie du Port SARL', country: 'SN' })).body.id;
  dealerLicenceId = (await post('/licences', { number: 'DL-T-01', kind: 'dealer', holderId: dealerId, issuedOn: '2024-01-01', expiresOn: '2030-12-31' })).body.id;
  personId = (await post('/holders', { kind: 'person', familyName: 'Ndiaye', givenNames: 'Fatou', sex: 'female' })).body.id;
  personLicenceId = (await post('/licences', { number: 'PL-T-01', kind: 'possession', holderId: personId, issuedOn: '2025-01-01', expiresOn: '2030-01-01', categories: ['pistol'] })).body.id;
  expiredPersonId = (await post('/holders', { kind: 'person', familyName: 'Sow', givenNames: 'Ibrahima', sex: 'male' })).body.id;
  expiredLicenceId = (await post('/licences', { number: 'PL-T-OLD', kind: 'possession', holderId: expiredPersonId, issuedOn: '2015-01-01', expiresOn: '2020-01-01' })).body.id;
  agencyHolderId = (await post('/holders', { kind: 'organisation', organisationType: 'state_agency', legalName: 'Police nationale, armurerie centrale', country: 'SN' })).body.id;
  expect([dealerId, dealerLicenceId, personId, personLicenceId, expiredLicenceId, agencyHolderId].every(Boolean)).toBe(true);
});

afterAll(() => registry?.close());

describe('an import under a licence, in two shipments', () => {
  let licenceId: string;
  const glocks: Record<string, string> = {};

  it('records the import licence with what it authorises', async () => {
    const response = await post('/trade-licences', importLicence('SN-IMP-2026-0015', [
      { itemKind: 'firearm', category: 'pistol', make: 'Glock', model: '17', calibre: '9mm', quantity: 3 },
      { itemKind: 'ammunition', calibre: '9x19', quantity: 1000 },
    ]));
    expect(response.status).toBe(201);
    licenceId = response.body.id;
    expect(response.body).toMatchObject({ kind: 'import', status: 'issued', importer: { holderId: dealerId, name: 'Armurerie du Port SARL' }, exporter: { holderId: null, name: 'Glock Ges.m.b.H.' } });
    expect(response.body.items).toEqual([
      expect.objectContaining({ lineNo: 1, itemKind: 'firearm', category: 'pistol', authorised: 3, remaining: 3 }),
      expect.objectContaining({ lineNo: 2, itemKind: 'ammunition', authorised: 1000, remaining: 1000 }),
    ]);
  });

  it('ships part of it, receives it, and the firearms enter the register as imported', async () => {
    const shipped = await post(`/trade-licences/${licenceId}/shipments`, {
      reference: 'AWB 176-22814460',
      shippedOn: day(-3),
      carrierName: 'Air Sénégal Cargo',
      route: ['AT', 'FR', 'SN'],
      items: [
        { itemKind: 'firearm', category: 'pistol', make: 'GLOCK', model: '17', calibre: '9x19', serialNumber: 'BXR-1001' },
        { itemKind: 'firearm', category: 'pistol', make: 'Glock', model: '17', calibre: '9 mm Parabellum', serialNumber: 'BXR-1002' },
        { itemKind: 'ammunition', calibre: '9mm Luger', lotNumber: 'SB-114', quantity: 600 },
      ],
    });
    expect(shipped.status).toBe(201);
    expect(shipped.body.items.map((i: { status: string }) => i.status)).toEqual(['in_transit', 'in_transit', 'in_transit']);
    expect((await get(`/trade-licences/${licenceId}`)).body).toMatchObject({ status: 'partly_used', items: [expect.objectContaining({ shipped: 2, remaining: 1 }), expect.objectContaining({ shipped: 600, remaining: 400 })] });

    const inTransit = await get(`/trade-shipments?inTransit=true&licenceId=${licenceId}`);
    expect(inTransit.body.items.map((s: { id: string }) => s.id)).toEqual([shipped.body.id]);

    const received = await post(`/trade-shipments/${shipped.body.id}/receipts`, {
      receivedOn: day(-1),
      place: 'Dakar AIBD, customs warehouse',
      items: [
        { itemKind: 'firearm', serialNumber: 'bxr 1001' },
        { itemKind: 'firearm', serialNumber: 'BXR-1002' },
        { itemKind: 'ammunition', lotNumber: 'SB-114', quantity: 600 },
      ],
    });
    expect(received.status).toBe(201);
    expect(received.body.discrepancies).toEqual([]);
    expect(received.body.items.map((i: { status: string }) => i.status)).toEqual(['received', 'received', 'received']);
    const receiptItems = received.body.receipts[0].items;
    for (const item of receiptItems.filter((i: { itemKind: string }) => i.itemKind === 'firearm')) {
      const firearm = await get(`/firearms/${item.firearmId}`);
      expect(firearm.body).toMatchObject({ status: 'imported', category: 'pistol', make: { manufacturerCode: 'glock' }, lastLegalHolder: { id: dealerId } });
      glocks[firearm.body.serialNumber.normalised] = item.firearmId;
      const history = await get(`/firearms/${item.firearmId}/history`);
      expect(history.body.events[0]).toMatchObject({ type: 'imported', details: { country: 'AT', tradeLicenceId: licenceId }, referenceDocuments: expect.arrayContaining(['Import licence SN-IMP-2026-0015']) });
    }
    expect(Object.keys(glocks).sort()).toEqual(['BXR1001', 'BXR1002']);
    const lot = receiptItems.find((i: { itemKind: string }) => i.itemKind === 'ammunition');
    expect((await get(`/ammunition-lots/${lot.ammunitionLotId}`)).body).toMatchObject({ quantity: 600, lotNumber: 'SB-114', holderId: dealerId });
    const [{ n }] = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trade_shipment' AND record_id = $1 AND action = 'received'`, [shipped.body.id]);
    expect(n).toBe(1);
  });

  it('refuses a shipment beyond what the licence authorises, changing nothing', async () => {
    const response = await expectRefused(
      () => post(`/trade-licences/${licenceId}/shipments`, { shippedOn: day(-1), items: ['BXR-1003', 'BXR-1004'].map((serialNumber) => ({ itemKind: 'firearm', category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber })) }),
      409,
      'LICENCE_QUANTITY_EXCEEDED',
      /authorises 3, 2 already used, this would make 4/,
    );
    expect(response.body.errors?.[0].field).toBe('items[1].quantity');
  });

  it('ships and receives the remainder; the licence is used; receipt is confirmed back to the exporter', async () => {
    const shipped = await post(`/trade-licences/${licenceId}/shipments`, {
      shippedOn: day(-1),
      items: [
        { itemKind: 'firearm', category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber: 'BXR-1003' },
        { itemKind: 'ammunition', calibre: '9x19', lotNumber: 'SB-115', quantity: 400 },
      ],
    });
    expect(shipped.status).toBe(201);
    expect((await get(`/trade-licences/${licenceId}`)).body.status).toBe('used');

    const early = await post(`/trade-shipments/${shipped.body.id}/delivery-confirmation`, { confirmedOn: today, reference: 'SN/DA/2026/0311', confirmedBy: 'Direction des armes' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('RECEIPT_REQUIRED');

    const received = await post(`/trade-shipments/${shipped.body.id}/receipts`, { receivedOn: today, items: [{ itemKind: 'firearm', serialNumber: 'BXR-1003' }, { itemKind: 'ammunition', lotNumber: 'SB-115', quantity: 400 }] });
    expect(received.status).toBe(201);
    const confirmed = await post(`/trade-shipments/${shipped.body.id}/delivery-confirmation`, { confirmedOn: today, reference: 'SN/DA/2026/0311', confirmedBy: 'Direction des armes, Dakar' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.deliveryConfirmation).toEqual({ confirmedOn: today, reference: 'SN/DA/2026/0311', confirmedBy: 'Direction des armes, Dakar' });

    const report = await get(`/trade-licences/${licenceId}/reconciliation`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ licence: { status: 'used' }, totals: { authorised: 1003, shipped: 1003, received: 1003, inTransit: 0 }, discrepancies: [], inTransit: [] });
    expect(report.body.lines).toEqual([expect.objectContaining({ authorised: 3, shipped: 3, received: 3, remaining: 0 }), expect.objectContaining({ authorised: 1000, shipped: 1000, received: 1000, remaining: 0 })]);
  });

  describe('the domestic sale of an imported pistol', () => {
    let transferId: string;

    it('is created pending: the holder does not change yet', async () => {
      const response = await post('/domestic-transfers', { kind: 'sale', firearmId: glocks.BXR1002, fromHolderId: dealerId, toHolderId: personId, toLicenceId: personLicenceId, referenceDocuments: ['Bill of sale 2026/55'] });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ status: 'pending', completedOn: null, firearmEventId: null });
      transferId = response.body.id;
      expect((await get(`/firearms/${glocks.BXR1002}`)).body.lastLegalHolder.id).toBe(dealerId);
      const second = await post('/domestic-transfers', { kind: 'sale', firearmId: glocks.BXR1002, fromHolderId: dealerId, toHolderId: personId, toLicenceId: personLicenceId });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('TRANSFER_ALREADY_PENDING');
    });

    it('completes: the transferred event, the new holder, and the audit entries, together', async () => {
      const response = await post(`/domestic-transfers/${transferId}/complete`, {});
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'completed', completedOn: today });
      const firearm = await get(`/firearms/${glocks.BXR1002}`);
      expect(firearm.body).toMatchObject({ status: 'registered', currentHolder: { id: personId } });
      const history = await get(`/firearms/${glocks.BXR1002}/history`);
      expect(history.body.events.at(-1)).toMatchObject({ id: response.body.firearmEventId, type: 'transferred', previousHolder: { id: dealerId }, holder: { id: personId }, details: { domesticTransferId: transferId, kind: 'sale' } });
      const actions = await registry.dataSource.query(`SELECT action FROM audit_entry WHERE record_type = 'domestic_transfer' AND record_id = $1 ORDER BY written`, [transferId]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['created', 'completed']);
      const again = await post(`/domestic-transfers/${transferId}/complete`, {});
      expect(again.body.code).toBe('TRANSFER_NOT_PENDING');
    });

    it('refuses a seller who is not the current holder, changing nothing', async () => {
      await expectRefused(() => post('/domestic-transfers', { kind: 'sale', firearmId: glocks.BXR1002, fromHolderId: dealerId, toHolderId: expiredPersonId, toLicenceId: expiredLicenceId }), 409, 'SELLER_NOT_CURRENT_HOLDER', /current holder/);
    });

    it('refuses a buyer whose licence has expired, changing nothing', async () => {
      await expectRefused(() => post('/domestic-transfers', { kind: 'gift', firearmId: glocks.BXR1002, fromHolderId: personId, toHolderId: expiredPersonId, toLicenceId: expiredLicenceId, complete: true }), 409, 'LICENCE_EXPIRED', /PL-T-OLD/);
    });
  });
});

describe('refusals under an import licence', () => {
  it('refuses a shipment under an expired licence', async () => {
    const expired = await post('/trade-licences', importLicence('SN-IMP-2024-0001', [{ itemKind: 'firearm', category: 'pistol', quantity: 5 }], { issuedOn: '2024-01-01', expiresOn: '2024-12-31' }));
    expect(expired.body.status).toBe('expired');
    await expectRefused(() => post(`/trade-licences/${expired.body.id}/shipments`, { shippedOn: today, items: [{ itemKind: 'firearm', category: 'pistol', serialNumber: 'EXP-1' }] }), 409, 'TRADE_LICENCE_EXPIRED', /expired on 2024-12-31/);
  });

  it('refuses a shipment under a revoked licence', async () => {
    const licence = await post('/trade-licences', importLicence('SN-IMP-2026-0099', [{ itemKind: 'firearm', category: 'pistol', quantity: 5 }]));
    const revoked = await post(`/trade-licences/${licence.body.id}/revoke`, { reason: 'End-user certificate found to be forged' });
    expect(revoked.body).toMatchObject({ status: 'revoked', stateReason: 'End-user certificate found to be forged' });
    await expectRefused(() => post(`/trade-licences/${licence.body.id}/shipments`, { shippedOn: today, items: [{ itemKind: 'firearm', category: 'pistol', serialNumber: 'REV-1' }] }), 409, 'TRADE_LICENCE_REVOKED', /forged/);
  });

  it('refuses items the licence does not authorise', async () => {
    const licence = await post('/trade-licences', importLicence('SN-IMP-2026-0100', [{ itemKind: 'firearm', category: 'pistol', make: 'Glock', quantity: 5 }]));
    await expectRefused(
      () => post(`/trade-licences/${licence.body.id}/shipments`, { shippedOn: today, items: [{ itemKind: 'firearm', category: 'pistol', make: 'Beretta', serialNumber: 'BER-1' }] }),
      422,
      'ITEM_NOT_AUTHORISED',
      /Beretta.*matches no item the licence authorises/,
    );
  });
});

describe('reconciliation finds a missing and a substituted serial', () => {
  let licenceId: string;
  let shipmentId: string;

  it('receives one pistol of two and a rifle with another serial than shipped', async () => {
    licenceId = (await post('/trade-licences', importLicence('SN-IMP-2026-0200', [{ itemKind: 'firearm', category: 'pistol', quantity: 2 }, { itemKind: 'firearm', category: 'rifle', quantity: 1 }]))).body.id;
    const shipped = await post(`/trade-licences/${licenceId}/shipments`, {
      shippedOn: day(-2),
      items: [
        { itemKind: 'firearm', category: 'pistol', make: 'Beretta', model: '92', serialNumber: 'P-1001' },
        { itemKind: 'firearm', category: 'pistol', make: 'Beretta', model: '92', serialNumber: 'P-1002' },
        { itemKind: 'firearm', category: 'rifle', make: 'Steyr', model: 'AUG', serialNumber: 'R-2001' },
      ],
    });
    expect(shipped.status).toBe(201);
    shipmentId = shipped.body.id;

    // A shotgun is on no line of the licence: the whole receipt is refused.
    await expectRefused(() => post(`/trade-shipments/${shipmentId}/receipts`, { receivedOn: today, items: [{ itemKind: 'firearm', serialNumber: 'P-1001' }, { itemKind: 'firearm', category: 'shotgun', serialNumber: 'S-1' }] }), 422, 'ITEM_NOT_AUTHORISED', /shotgun/);

    const received = await post(`/trade-shipments/${shipmentId}/receipts`, { receivedOn: today, items: [{ itemKind: 'firearm', serialNumber: 'P-1001' }, { itemKind: 'firearm', category: 'rifle', make: 'Steyr', model: 'AUG', serialNumber: 'R-7777' }] });
    expect(received.status).toBe(201);
    const substitute = received.body.receipts[0].items.find((i: { serialNumber: string }) => i.serialNumber === 'R-7777');
    expect((await get(`/firearms/${substitute.firearmId}`)).body.status).toBe('imported');
  });

  it('lists the missing serial and the substitution; unreceived items stay in transit', async () => {
    const report = await get(`/trade-shipments/${shipmentId}/reconciliation`);
    expect(report.status).toBe(200);
    expect(report.body.discrepancies).toEqual([
      expect.objectContaining({ type: 'different_serial', shippedSerial: 'R-2001', receivedSerial: 'R-7777' }),
      expect.objectContaining({ type: 'missing', serial: 'P-1002', quantity: 1, status: 'in_transit' }),
    ]);
    expect(report.body.items.map((i: { serialNumber: string; status: string }) => [i.serialNumber, i.status])).toEqual([
      ['P-1001', 'received'],
      ['P-1002', 'in_transit'],
      ['R-2001', 'in_transit'],
    ]);
    const licence = await get(`/trade-licences/${licenceId}/reconciliation`, admin);
    expect(licence.body.discrepancies).toHaveLength(2);
    expect(licence.body.totals).toMatchObject({ authorised: 3, shipped: 3, received: 2, inTransit: 2 });
  });

  it('keeps the missing pistol in transit until it is reported lost', async () => {
    const shipment = await get(`/trade-shipments/${shipmentId}`);
    const missing = shipment.body.items.find((i: { serialNumber: string }) => i.serialNumber === 'P-1002');
    const lost = await post(`/trade-shipments/${shipmentId}/items/${missing.id}/lost`, { reason: 'Not in the container on arrival; carrier report CR-7781' });
    expect(lost.status).toBe(200);
    expect(lost.body.items.find((i: { id: string }) => i.id === missing.id)).toMatchObject({ status: 'lost', quantityInTransit: 0, lostReportedOn: today });
    expect(lost.body.discrepancies).toContainEqual(expect.objectContaining({ type: 'missing', serial: 'P-1002', status: 'lost' }));
  });
});

describe('an export checked against the import licence reference', () => {
  let firearmId: string;

  beforeAll(async () => {
    const created = await post('/firearms', { category: 'pistol', make: 'Glock', model: '19', calibre: '9x19', serialNumber: 'EXP-5501', initialEvent: { type: 'registered', holderId: dealerId, licenceId: dealerLicenceId } });
    expect(created.status).toBe(201);
    firearmId = created.body.id;
  });

  const exportLicence = (over: object) => ({
    number: 'SN-EXP-2026-0007',
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
    endUserCertificateRef: 'EUC-GH-2026-88',
    items: [{ itemKind: 'firearm', category: 'pistol', quantity: 1 }],
    ...over,
  });

  it('refuses an export licence without the importing country’s import licence (art. 10.2)', async () => {
    await expectRefused(() => post('/trade-licences', exportLicence({})), 422, 'IMPORT_LICENCE_REFERENCE_REQUIRED', /art\. 10\.2/);
  });

  it('refuses an import licence from another country than the importing one', async () => {
    await expectRefused(() => post('/trade-licences', exportLicence({ importLicence: { number: 'NG-IMP-1', country: 'NG' } })), 422, 'IMPORT_LICENCE_REFERENCE_MISMATCH', /NG.*GH/);
  });

  it('refuses an import licence that has expired', async () => {
    await expectRefused(() => post('/trade-licences', exportLicence({ importLicence: { number: 'GH-IMP-OLD', country: 'GH', expiresOn: '2025-01-01' } })), 409, 'IMPORT_LICENCE_REFERENCE_INVALID', /expired/);
  });

  it('issues it with the reference, ships the firearm, and records it as exported', async () => {
    const licence = await post('/trade-licences', exportLicence({ importLicence: { number: 'GH-IMP-2026-0042', country: 'GH', issuedOn: day(-20), expiresOn: day(200) } }));
    expect(licence.status).toBe(201);
    expect(licence.body.importLicence).toMatchObject({ number: 'GH-IMP-2026-0042', country: 'GH' });
    const shipped = await post(`/trade-licences/${licence.body.id}/shipments`, { shippedOn: today, carrierName: 'DHL', route: ['SN', 'GH'], items: [{ itemKind: 'firearm', serialNumber: 'exp 5501' }] });
    expect(shipped.status).toBe(201);
    expect(shipped.body.items[0]).toMatchObject({ firearmId, category: 'pistol', status: 'in_transit' });
    const firearm = await get(`/firearms/${firearmId}/history`);
    expect(firearm.body.currentStatus).toBe('exported');
    expect(firearm.body.events.at(-1)).toMatchObject({ type: 'exported', details: { country: 'GH', importLicenceNumber: 'GH-IMP-2026-0042' } });

    const confirmed = await post(`/trade-shipments/${shipped.body.id}/receipts`, { receivedOn: today, receivedBy: 'Ghana customs', items: [{ itemKind: 'firearm', serialNumber: 'EXP-5501' }] });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.items[0].status).toBe('received');
    const delivery = await post(`/trade-shipments/${shipped.body.id}/delivery-confirmation`, { confirmedOn: today, reference: 'GH-NACSA-2026-19', confirmedBy: 'Ghana National Commission on Small Arms' });
    expect(delivery.status).toBe(200);
  });

  it('refuses to export a firearm the exporter does not hold', async () => {
    const licence = await post('/trade-licences', exportLicence({ number: 'SN-EXP-2026-0008', importLicence: { number: 'GH-IMP-2026-0043', country: 'GH' } }));
    const other = await post('/firearms', { category: 'pistol', make: 'Glock', serialNumber: 'EXP-5502', initialEvent: { type: 'registered', holderId: personId, licenceId: personLicenceId } });
    await expectRefused(() => post(`/trade-licences/${licence.body.id}/shipments`, { shippedOn: today, items: [{ itemKind: 'firearm', firearmId: other.body.id }] }), 409, 'EXPORTER_NOT_HOLDER', /not held by the exporter/);
  });
});

describe('a transit', () => {
  it('tracks rifles crossing the country until they leave it, or are reported lost', async () => {
    const licence = await post('/trade-licences', {
      number: 'SN-TR-2026-0003',
      kind: 'transit',
      issuingAuthority: 'Direction des armes',
      issuingCountry: 'SN',
      issuedOn: day(-5),
      expiresOn: day(60),
      exportingCountry: 'AT',
      importingCountry: 'ML',
      transitCountries: ['SN'],
      exporter: { name: 'Steyr Arms GmbH' },
      importer: { name: 'Ministère de la Défense du Mali' },
      finalRecipient: { name: 'Forces armées maliennes' },
      items: [{ itemKind: 'firearm', category: 'rifle', make: 'Steyr', quantity: 2 }],
    });
    expect(licence.status).toBe(201);
    expect(licence.body.transitCountries).toEqual(['SN']);
    const before = (await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm`))[0].n;
    const shipped = await post(`/trade-licences/${licence.body.id}/shipments`, {
      shippedOn: day(-1),
      route: ['AT', 'SN', 'ML'],
      routeDescription: 'Port of Dakar, then road to Bamako',
      items: ['AUG-01', 'AUG-02'].map((serialNumber) => ({ itemKind: 'firearm', category: 'rifle', make: 'Steyr', model: 'AUG', serialNumber })),
    });
    expect(shipped.status).toBe(201);
    const out = await post(`/trade-shipments/${shipped.body.id}/receipts`, { receivedOn: today, receivedBy: 'Mali customs, Kidira border post', items: [{ itemKind: 'firearm', serialNumber: 'AUG-01' }] });
    expect(out.status).toBe(201);
    // Transit goods do not enter the national register.
    expect((await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm`))[0].n).toBe(before);
    expect(out.body.totals).toEqual({ shipped: 2, received: 1, inTransit: 1, lost: 0 });
    const listed = await get('/trade-shipments?inTransit=true');
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(shipped.body.id);
    const missing = out.body.items.find((i: { serialNumber: string }) => i.serialNumber === 'AUG-02');
    await post(`/trade-shipments/${shipped.body.id}/items/${missing.id}/lost`, { reason: 'Truck hijacked near Tambacounda; police report 2026/881' });
    const after = await get('/trade-shipments?inTransit=true');
    expect(after.body.items.map((s: { id: string }) => s.id)).not.toContain(shipped.body.id);
    const closed = await get(`/trade-shipments?inTransit=false&licenceId=${licence.body.id}`);
    expect(closed.body.page.total).toBe(1);
  });
});

describe('from state stocks to civilian use', () => {
  let firearmId: string;

  beforeAll(async () => {
    const agencyLicence = (await post('/licences', { number: 'SL-T-01', kind: 'dealer', holderId: agencyHolderId, issuedOn: '2020-01-01', expiresOn: '2035-01-01' })).body.id;
    firearmId = (await post('/firearms', { category: 'pistol', make: 'Beretta', model: '92', serialNumber: 'ETAT-0042', initialEvent: { type: 'registered', holderId: agencyHolderId, licenceId: agencyLicence } })).body.id;
  });

  it('requires the state-transfer marking (art. 8), changing nothing without it', async () => {
    await expectRefused(() => post('/domestic-transfers', { kind: 'state_to_civilian', firearmId, fromHolderId: agencyHolderId, toHolderId: personId, toLicenceId: personLicenceId, complete: true }), 422, 'STATE_TRANSFER_MARKING_REQUIRED', /art\. 8/);
    await expectRefused(() => post('/domestic-transfers', { kind: 'sale', firearmId, fromHolderId: agencyHolderId, toHolderId: personId, toLicenceId: personLicenceId }), 422, 'TRANSFER_PARTIES_INVALID', /state_to_civilian/);
  });

  it('completes in one call with the marking stored on the transfer and the event', async () => {
    const response = await post('/domestic-transfers', { kind: 'state_to_civilian', firearmId, fromHolderId: agencyHolderId, toHolderId: personId, toLicenceId: personLicenceId, stateTransferMarking: 'SN-ETAT 2026', complete: true });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'completed', stateTransferMarking: 'SN-ETAT 2026' });
    const history = await get(`/firearms/${firearmId}/history`);
    expect(history.body.events.at(-1)).toMatchObject({ type: 'transferred', holder: { id: personId }, details: { stateTransferMarking: 'SN-ETAT 2026', kind: 'state_to_civilian' } });
    const list = await get(`/domestic-transfers?firearmId=${firearmId}&status=completed`);
    expect(list.body.page.total).toBe(1);
  });
});

describe('who may see and do what', () => {
  it('lets the administrator read but not write, and hides person names from roles without personal-data rights', async () => {
    const list = await get('/trade-licences?kind=import&status=used', admin);
    expect(list.status).toBe(200);
    // Both licences had everything shipped; the substituted one too (the usage counts what was shipped).
    expect(list.body.items.map((l: { number: string }) => l.number).sort()).toEqual(['SN-IMP-2026-0015', 'SN-IMP-2026-0200']);
    const refused = await post('/trade-licences', importLicence('SN-IMP-ADMIN', [{ itemKind: 'firearm', quantity: 1 }]), admin);
    expect(refused.status).toBe(403);
    const licence = await post('/trade-licences', importLicence('SN-IMP-2026-0300', [{ itemKind: 'firearm', quantity: 1 }], { finalRecipient: { holderId: personId } }));
    expect(licence.body.finalRecipient).toEqual({ holderId: personId, name: 'Fatou Ndiaye' });
    expect((await get(`/trade-licences/${licence.body.id}`, admin)).body.finalRecipient).toEqual({ holderId: personId, name: null, restricted: true });
  });
});

describe('an exported pistol lost in transit', () => {
  it('becomes lost with its alert, so a later seizure raises a hit and a trace answer says lost, not exported', async () => {
    const investigator = (await registry.as('investigator')).token;
    const pistol = await post('/firearms', { category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber: 'LIT-3301', initialEvent: { type: 'registered', occurredOn: day(-30), holderId: dealerId, licenceId: dealerLicenceId } });
    expect(pistol.status).toBe(201);
    const licence = await post('/trade-licences', {
      number: 'SN-EXP-2026-LIT',
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
      endUserCertificateRef: 'EUC-GH-2026-LIT',
      importLicence: { number: 'GH-IMP-2026-LIT', country: 'GH', issuedOn: day(-20), expiresOn: day(200) },
      items: [{ itemKind: 'firearm', category: 'pistol', quantity: 1 }],
    });
    expect(licence.status).toBe(201);
    const shipped = await post(`/trade-licences/${licence.body.id}/shipments`, { shippedOn: day(-2), items: [{ itemKind: 'firearm', firearmId: pistol.body.id }] });
    expect(shipped.status).toBe(201);
    expect((await get(`/firearms/${pistol.body.id}`)).body.status).toBe('exported');

    const lost = await post(`/trade-shipments/${shipped.body.id}/items/${shipped.body.items[0].id}/lost`, { reportedOn: day(-1), reason: 'Container seal broken on arrival at Tema' });
    expect(lost.status).toBe(200);
    const record = await get(`/firearms/${pistol.body.id}`);
    expect(record.body).toMatchObject({ status: 'lost', alert: 'lost', pointOfDiversion: { kind: 'lost', occurredOn: day(-1) } });

    const seized = await post(`/firearms/${pistol.body.id}/events`, { type: 'seized', occurredOn: today, place: 'Kolda' });
    expect(seized.status).toBe(201);
    expect((await get(`/firearms/${pistol.body.id}`)).body.openAlerts).toEqual([expect.objectContaining({ statusBefore: 'lost', triggerEventType: 'seized' })]);

    const request = await post('/tracing/requests', { direction: 'incoming', reference: 'GH-2026-LIT', requestingCountry: 'GH', item: { category: 'pistol', make: 'Glock', serialNumber: 'LIT3301' }, priority: 'routine' }, investigator);
    expect(request.status).toBe(201);
    expect((await post(`/tracing/requests/${request.body.id}/match`, { firearmId: pistol.body.id }, investigator)).status).toBe(200);
    const answer = await post(`/tracing/requests/${request.body.id}/answer`, {}, investigator);
    expect(answer.body).toMatchObject({ outcome: 'traced_to_point_of_diversion', answer: { diversion: { kind: 'lost', occurredOn: day(-1) } } });
    expect(answer.body.answer.chain.map((e: { type: string }) => e.type)).toEqual(['registered', 'exported', 'reported_lost']);
  });
});

describe('one connection, one query at a time', () => {
  it('never gives a transaction\'s connection a query while it runs another (shipments, receipts, licence balances)', () => {
    expect(overlapping).toEqual([]);
  });
});
