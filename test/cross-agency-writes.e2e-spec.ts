import { randomBytes } from 'node:crypto';
import type { Role } from '../src/common/auth/permissions.js';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { startRegistry, TEST_PASSWORD, type TestRegistry } from './support/registry.js';

/**
 * Issue 16, item 11: reads are national, changes are not. A seizure (with its
 * items, persons and custody), a tracing request, an import, a firearm's or
 * ammunition lot's record (and the markings read on it), a marking campaign, a
 * holder, a possession licence and a trade licence (with its shipments) are
 * changed by the agency that owns them or by the national firearms authority.
 * For every write route, a user of another agency is refused (403
 * AGENCY_NOT_PERMITTED) and changes nothing; the owner and the national authority
 * succeed.
 */
let registry: TestRegistry;
type Agency = 'police' | 'customs' | 'national';
const tokens: Record<Agency, Partial<Record<Role, string>>> = { police: {}, customs: {}, national: {} };
const agencyIds: Record<Agency, string> = { police: '', customs: '', national: '' };

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const as = (agency: Agency, role: Role) => tokens[agency][role]!;
const post = (token: string, path: string, body: object = {}) => registry.http().post(path).set(auth(token)).send(body);
const patch = (token: string, path: string, body: object) => registry.http().patch(path).set(auth(token)).send(body);
const get = (token: string, path: string) => registry.http().get(path).set(auth(token));

const TABLES = [
  ...['audit_entry', 'domestic_transfer', 'seizure', 'seizure_item', 'seizure_person', 'custody_step', 'disposal', 'trace_request', 'trace_reply', 'trace_item_outcome', 'firearm', 'firearm_event', 'import_job', 'storage_facility'],
  ...['trade_licence', 'trade_shipment', 'trade_shipment_item', 'trade_receipt', 'trade_receipt_item', 'marking', 'marking_campaign', 'ammunition_lot', 'holder', 'licence', 'licence_firearm'],
];
async function snapshot(): Promise<Record<string, number>> {
  const [row] = await registry.dataSource.query(`SELECT ${TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  return row;
}

/** Another agency's user: 403 AGENCY_NOT_PERMITTED, and not a row or an audit entry written. */
async function expectRefused(send: () => PromiseLike<{ status: number; body: { code?: string } }>) {
  const before = await snapshot();
  const response = await send();
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'AGENCY_NOT_PERMITTED' });
  expect(await snapshot()).toEqual(before);
}

async function expectDone(send: () => PromiseLike<{ status: number; body: unknown }>, status = 200) {
  const response = await send();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response as { status: number; body: Record<string, any>; text?: string };
}

let seq = 0;
const ref = (prefix: string) => `${prefix}-${++seq}-${randomBytes(2).toString('hex')}`;

beforeAll(async () => {
  registry = await startRegistry();
  agencyIds.national = registry.agencyId;
  const agencies = registry.app.get(AgenciesService);
  const users = registry.app.get(UsersService);
  for (const [name, type] of [['police', 'police'], ['customs', 'customs']] as const) {
    const agency = await registry.asSystem(() => agencies.create({ code: `X${name.toUpperCase()}${randomBytes(2).toString('hex')}`, name: `${name} agency`, type, region: 'Capital' }));
    agencyIds[name] = agency.id;
  }
  for (const agency of ['police', 'customs', 'national'] as const) {
    for (const role of ['investigator', 'registry_officer'] as const) {
      const username = `${agency}.${role}`.replaceAll('_', '-');
      await registry.asSystem(() => users.create({ username, displayName: username, agencyId: agencyIds[agency], roles: [role], initialPassword: TEST_PASSWORD }, { mustChangePassword: false }));
      tokens[agency][role] = await registry.signIn(username);
    }
  }
});

afterAll(() => registry?.close());

/** A police case with a firearm and two lots of cartridges, recorded by the police. */
async function policeSeizure() {
  const response = await expectDone(
    () =>
      post(as('police', 'investigator'), '/seizures', {
        reference: ref('PN'),
        type: 'seized',
        context: 'trafficking',
        occurredAt: '2026-06-03T14:30:00Z',
        seizingOfficer: 'Insp. A. Diop',
        items: [
          { kind: 'firearm', unregistered: { category: 'rifle', make: 'Zastava', model: 'M70', calibre: '7.62x39', serialNumber: ref('M70'), origin: 'industrial' } },
          { kind: 'ammunition', calibre: '7.62x39', quantity: 20 },
          { kind: 'ammunition', calibre: '7.62x39', quantity: 30 },
        ],
      }),
    201,
  );
  return { id: response.body.id as string, items: (response.body.items as { id: string }[]).map((i) => i.id) };
}

describe('seizures', () => {
  const seizure = (over: object = {}) => ({ reference: ref('CASE'), type: 'found', context: 'unknown', occurredAt: '2026-05-01T10:00:00Z', seizingOfficer: 'Sgt. B. Ndiaye', ...over });

  it('a customs investigator cannot record a seizure credited to the police; the police and the national authority can', async () => {
    await expectRefused(() => post(as('customs', 'investigator'), '/seizures', seizure({ seizingAgencyId: agencyIds.police })));
    const own = await expectDone(() => post(as('police', 'investigator'), '/seizures', seizure({ seizingAgencyId: agencyIds.police })), 201);
    expect(own.body.seizingAgencyId).toBe(agencyIds.police);
    const national = await expectDone(() => post(as('national', 'investigator'), '/seizures', seizure({ seizingAgencyId: agencyIds.police })), 201);
    expect(national.body.seizingAgencyId).toBe(agencyIds.police);
    // Without seizingAgencyId a seizure is credited to the recording user's agency.
    expect((await expectDone(() => post(as('customs', 'investigator'), '/seizures', seizure()), 201)).body.seizingAgencyId).toBe(agencyIds.customs);
  });

  it('a customs investigator cannot add items or persons to a police seizure; the police and the national authority can', async () => {
    const { id } = await policeSeizure();
    const item = { kind: 'ammunition', calibre: '9x19', quantity: 10 };
    const person = { role: 'suspect', sex: 'male', birthYear: 1990 };
    await expectRefused(() => post(as('customs', 'investigator'), `/seizures/${id}/items`, item));
    await expectRefused(() => post(as('customs', 'investigator'), `/seizures/${id}/persons`, person));
    for (const agency of ['police', 'national'] as const) {
      await expectDone(() => post(as(agency, 'investigator'), `/seizures/${id}/items`, item), 201);
      await expectDone(() => post(as(agency, 'investigator'), `/seizures/${id}/persons`, person), 201);
    }
  });
});

describe('custody of a police seizure', () => {
  it('a customs investigator cannot hand over or dispose of its items; the police and the national authority can', async () => {
    const { items } = await policeSeizure();
    const facility = await expectDone(() => post(as('police', 'investigator'), '/storage-facilities', { code: ref('ARM'), name: 'Central armoury' }), 201);
    const step = { facilityId: facility.body.id, sealNumbers: ['SEAL-1'] };
    const disposal = { type: 'destroyed', method: 'controlled burning', place: 'Range', certificateNumber: 'DEST-1', witnesses: ['Cdt. M. Fall'] };
    const [, policeLot, nationalLot] = items;
    for (const [agency, item] of [['police', policeLot], ['national', nationalLot]] as const) {
      await expectRefused(() => post(as('customs', 'investigator'), `/seizure-items/${item}/custody-steps`, step));
      await expectDone(() => post(as(agency, 'investigator'), `/seizure-items/${item}/custody-steps`, step), 201);
      await expectRefused(() => post(as('customs', 'investigator'), `/seizure-items/${item}/disposal`, disposal));
      await expectDone(() => post(as(agency, 'investigator'), `/seizure-items/${item}/disposal`, disposal), 201);
    }
  });

  it('a customs investigator cannot record a storage facility for the police', async () => {
    await expectRefused(() => post(as('customs', 'investigator'), '/storage-facilities', { code: ref('ARM'), name: 'Not ours', agencyId: agencyIds.police }));
    await expectDone(() => post(as('national', 'investigator'), '/storage-facilities', { code: ref('ARM'), name: 'Police store', agencyId: agencyIds.police }), 201);
  });
});

describe('tracing requests of the police', () => {
  const incoming = () => ({ direction: 'incoming', reference: ref('RS-MUP'), requestingCountry: 'RS', item: { category: 'pistol', make: 'Zastava', serialNumber: ref('ZC') }, priority: 'routine' });

  it.each(['police', 'national'] as const)('a customs investigator cannot edit, acknowledge, match, answer, reply to or close an incoming police request; %s can', async (agency) => {
    const created = await expectDone(() => post(as('police', 'investigator'), '/tracing/requests', incoming()), 201);
    const path = `/tracing/requests/${created.body.id}`;
    let token = as('customs', 'investigator');
    const steps: [string, () => ReturnType<typeof post>, number][] = [
      ['edit', () => patch(token, path, { foundPlace: 'Belgrade', reason: 'Place given in the covering letter' }), 200],
      ['acknowledge', () => post(token, `${path}/acknowledge`), 200],
      ['reply', () => post(token, `${path}/replies`, { direction: 'sent', body: 'Received; searching the register' }), 201],
      ['match', () => post(token, `${path}/match`, { none: true }), 200],
      ['answer', () => post(token, `${path}/answer`, {}), 200],
      ['close', () => post(token, `${path}/close`, { reason: 'Answered' }), 200],
    ];
    for (const [name, send, status] of steps) {
      token = as('customs', 'investigator');
      await expectRefused(send);
      token = as(agency, 'investigator');
      const done = await send();
      expect({ step: name, status: done.status }).toEqual({ step: name, status });
    }
    expect((await get(as('customs', 'investigator'), path)).body.status).toBe('closed');
  });

  it.each(['police', 'national'] as const)('a customs investigator cannot open an outgoing request from a police seized item, or send one; %s can', async (agency) => {
    const { items } = await policeSeizure();
    const body = { seizureItemId: items[0], requestedCountry: 'RS', priority: 'routine' };
    await expectRefused(() => post(as('customs', 'investigator'), '/tracing/requests/from-seizure-item', body));
    const draft = await expectDone(() => post(as(agency, 'investigator'), '/tracing/requests/from-seizure-item', body), 201);
    await expectRefused(() => post(as('customs', 'investigator'), `/tracing/requests/${draft.body.id}/send`, {}));
    expect((await expectDone(() => post(as(agency, 'investigator'), `/tracing/requests/${draft.body.id}/send`, {}))).body.status).toBe('sent');
  });

  it('a customs investigator cannot record the outcome of a police seized item; the police and the national authority can', async () => {
    const { items } = await policeSeizure();
    const outcome = { seizureItemId: items[0], outcome: 'not_traced', reason: 'No markings left' };
    await expectRefused(() => post(as('customs', 'investigator'), '/tracing/outcomes', outcome));
    await expectDone(() => post(as('police', 'investigator'), '/tracing/outcomes', outcome));
    await expectDone(() => post(as('national', 'investigator'), '/tracing/outcomes', { ...outcome, reason: 'Confirmed by the national authority' }));
  });
});

describe('imports of the police', () => {
  const upload = (token: string, kind = 'firearms', fields: Record<string, string> = {}) => {
    let request = registry.http().post('/imports').set(auth(token)).field('kind', kind);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request.attach('file', Buffer.from('category,serialNumber,make\npistol,IMP-1,Glock\n', 'utf8'), 'register.csv');
  };

  it.each(['police', 'national'] as const)("a customs officer cannot read a police import's error report or cancel it; %s can", async (agency) => {
    const queued = await expectDone(() => upload(as('police', 'registry_officer')), 202);
    const id = queued.body.id as string;
    await expectRefused(() => get(as('customs', 'registry_officer'), `/imports/${id}/errors`));
    await expectRefused(() => get(as('customs', 'registry_officer'), `/imports/${id}/errors.csv`));
    await expectRefused(() => post(as('customs', 'registry_officer'), `/imports/${id}/cancel`, { reason: 'Not ours to stop' }));
    expect((await get(as('customs', 'registry_officer'), `/imports/${id}`)).body.status).toBe('queued');
    await expectDone(() => get(as(agency, 'registry_officer'), `/imports/${id}/errors`));
    expect((await expectDone(() => get(as(agency, 'registry_officer'), `/imports/${id}/errors.csv`))).text).toContain('row,field,reason');
    expect((await expectDone(() => post(as(agency, 'registry_officer'), `/imports/${id}/cancel`, { reason: 'Wrong file' }))).body.status).toBe('cancelled');
  });

  it('a customs officer cannot import items into a police seizure', async () => {
    const { id } = await policeSeizure();
    await expectRefused(() => upload(as('customs', 'registry_officer'), 'seizure_items', { seizureId: id }));
  });
});

describe("a firearm's record", () => {
  const register = async (agency: Agency) =>
    (await expectDone(() => post(as(agency, 'registry_officer'), '/firearms', { category: 'pistol', make: 'Glock', serialNumber: ref('G'), initialEvent: { type: 'registered', occurredOn: '2025-01-15' } }), 201)).body.id as string;

  it("a customs officer cannot report the national authority's firearm stolen; the national authority can", async () => {
    const id = await register('national');
    await expectRefused(() => post(as('customs', 'registry_officer'), `/firearms/${id}/events`, { type: 'reported_stolen', occurredOn: '2026-01-10' }));
    await expectRefused(() => post(as('police', 'registry_officer'), `/firearms/${id}/events`, { type: 'reported_stolen', occurredOn: '2026-01-10' }));
    expect((await expectDone(() => post(as('national', 'registry_officer'), `/firearms/${id}/events`, { type: 'reported_stolen', occurredOn: '2026-01-10' }), 201)).body.firearm.status).toBe('stolen');
  });

  it("a customs officer cannot record events on, correct or merge the police's firearms; the police and the national authority can", async () => {
    const [id, duplicate] = [await register('police'), await register('police')];
    const correction = { changes: { model: 'G17' }, reason: 'Model read on the slide' };
    await expectRefused(() => post(as('customs', 'registry_officer'), `/firearms/${id}/events`, { type: 'reported_lost', occurredOn: '2026-02-01' }));
    await expectDone(() => post(as('police', 'registry_officer'), `/firearms/${id}/events`, { type: 'reported_lost', occurredOn: '2026-02-01' }), 201);
    await expectDone(() => post(as('national', 'registry_officer'), `/firearms/${id}/events`, { type: 'found', occurredOn: '2026-02-03' }), 201);
    await expectRefused(() => post(as('customs', 'registry_officer'), `/firearms/${id}/corrections`, correction));
    await expectDone(() => post(as('police', 'registry_officer'), `/firearms/${id}/corrections`, correction), 201);
    await expectDone(() => post(as('national', 'registry_officer'), `/firearms/${id}/corrections`, { changes: { model: 'G19' }, reason: 'Checked by the marking team' }), 201);
    await expectRefused(() => post(as('customs', 'registry_officer'), `/firearms/${id}/merge`, { duplicateId: duplicate, reason: 'Same pistol' }));
    await expectDone(() => post(as('national', 'registry_officer'), `/firearms/${id}/merge`, { duplicateId: duplicate, reason: 'Same pistol' }));
    const [other, second] = [await register('police'), await register('police')];
    await expectDone(() => post(as('police', 'registry_officer'), `/firearms/${other}/merge`, { duplicateId: second, reason: 'Same pistol' }));
  });

  it("a customs officer cannot transfer a police firearm between holders, nor complete or cancel the police's transfer; the police and the national authority can", async () => {
    const officer = as('police', 'registry_officer');
    const holder = async (familyName: string, number: string) => {
      const id = (await expectDone(() => post(officer, '/holders', { kind: 'person', familyName, givenNames: 'A.', sex: 'female' }), 201)).body.id as string;
      const licence = (await expectDone(() => post(officer, '/licences', { number, kind: 'possession', holderId: id, issuedOn: '2025-01-01', expiresOn: '2030-01-01', categories: ['pistol'] }), 201)).body.id as string;
      return { id, licence };
    };
    const [seller, buyer] = [await holder('Diallo', ref('PL')), await holder('Fall', ref('PL'))];
    const firearm = (await expectDone(() => post(officer, '/firearms', { category: 'pistol', make: 'Glock', serialNumber: ref('T'), initialEvent: { type: 'registered', occurredOn: '2025-02-01', holderId: seller.id, licenceId: seller.licence } }), 201)).body.id as string;
    const sale = (from: typeof seller, to: typeof seller) => ({ kind: 'sale', firearmId: firearm, fromHolderId: from.id, toHolderId: to.id, toLicenceId: to.licence });

    await expectRefused(() => post(as('customs', 'registry_officer'), '/domestic-transfers', sale(seller, buyer)));
    const pending = await expectDone(() => post(officer, '/domestic-transfers', sale(seller, buyer)), 201);
    await expectRefused(() => post(as('customs', 'registry_officer'), `/domestic-transfers/${pending.body.id}/cancel`, { reason: 'Not ours' }));
    await expectDone(() => post(as('national', 'registry_officer'), `/domestic-transfers/${pending.body.id}/cancel`, { reason: 'Buyer withdrew' }));
    const again = await expectDone(() => post(officer, '/domestic-transfers', sale(seller, buyer)), 201);
    await expectRefused(() => post(as('customs', 'registry_officer'), `/domestic-transfers/${again.body.id}/complete`, {}));
    expect((await expectDone(() => post(officer, `/domestic-transfers/${again.body.id}/complete`, {}))).body.status).toBe('completed');
    expect((await expectDone(() => post(as('national', 'registry_officer'), '/domestic-transfers', { ...sale(buyer, seller), complete: true }), 201)).body.status).toBe('completed');
  });

  it('reads stay national: a customs officer reads the police firearm and its history', async () => {
    const id = await register('police');
    expect((await get(as('customs', 'registry_officer'), `/firearms/${id}`)).status).toBe(200);
    expect((await get(as('customs', 'registry_officer'), `/firearms/${id}/history`)).status).toBe(200);
  });
});

describe('trade licences of the police and their shipments', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const importLicence = () => ({
    number: ref('SN-IMP'),
    kind: 'import',
    issuingAuthority: 'Ministère de l’Intérieur, Direction des armes',
    issuingCountry: 'SN',
    issuedOn: day(-30),
    expiresOn: day(300),
    exportingCountry: 'AT',
    importingCountry: 'SN',
    exporter: { name: 'Glock Ges.m.b.H.' },
    importer: { name: 'Police nationale, armurerie centrale' },
    finalRecipient: { name: 'Police nationale, armurerie centrale' },
    items: [{ itemKind: 'firearm', category: 'pistol', make: 'Glock', quantity: 10 }],
  });
  const pistols = (...serials: string[]) => serials.map((serialNumber) => ({ itemKind: 'firearm', category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber }));

  it.each(['police', 'national'] as const)('a customs officer cannot ship, receive, confirm, report lost or revoke under a police licence; %s can', async (agency) => {
    const customs = as('customs', 'registry_officer');
    const owner = as(agency, 'registry_officer');
    const licence = await expectDone(() => post(as('police', 'registry_officer'), '/trade-licences', importLicence()), 201);
    const path = `/trade-licences/${licence.body.id}`;
    const [a, b] = [ref('GLK'), ref('GLK')];
    const shipment = { shippedOn: day(-2), items: pistols(a, b) };
    await expectRefused(() => post(customs, `${path}/shipments`, shipment));
    const shipped = await expectDone(() => post(owner, `${path}/shipments`, shipment), 201);
    const shipmentPath = `/trade-shipments/${shipped.body.id}`;
    const receipt = { receivedOn: day(-1), items: [{ itemKind: 'firearm', serialNumber: a }] };
    await expectRefused(() => post(customs, `${shipmentPath}/receipts`, receipt));
    await expectDone(() => post(owner, `${shipmentPath}/receipts`, receipt), 201);
    const confirmation = { confirmedOn: day(0), reference: ref('SN/DA'), confirmedBy: 'Direction des armes' };
    await expectRefused(() => post(customs, `${shipmentPath}/delivery-confirmation`, confirmation));
    await expectDone(() => post(owner, `${shipmentPath}/delivery-confirmation`, confirmation));
    const lostItem = (shipped.body.items as { id: string; lineNo: number }[]).find((i) => i.lineNo === 2)!.id;
    await expectRefused(() => post(customs, `${shipmentPath}/items/${lostItem}/lost`, { reason: 'Not ours to say' }));
    await expectDone(() => post(owner, `${shipmentPath}/items/${lostItem}/lost`, { reason: 'Crate missing at the port' }));
    await expectRefused(() => post(customs, `${path}/revoke`, { reason: 'Not ours to revoke' }));
    expect((await get(customs, path)).body.status).not.toBe('revoked');
    expect((await expectDone(() => post(owner, `${path}/revoke`, { reason: 'End-user certificate withdrawn' }))).body.status).toBe('revoked');
  });
});

describe('markings and marking campaigns', () => {
  const register = async (agency: Agency) =>
    (await expectDone(() => post(as(agency, 'registry_officer'), '/firearms', { category: 'pistol', make: 'Glock', serialNumber: ref('MK'), initialEvent: { type: 'registered', occurredOn: '2025-01-15' } }), 201)).body.id as string;
  const mark = (over: object) => ({ type: 'proof', text: ref('PV'), legibility: 'intact', ...over });
  const campaign = (over: object = {}) => ({ name: ref('Campaign'), place: 'Central armoury', startsOn: '2026-03-01', ...over });

  it("a customs officer cannot record a marking on a police firearm or lot, nor credit one to the police; the police and the national authority can", async () => {
    const customs = as('customs', 'registry_officer');
    const firearmId = await register('police');
    const lotId = (await expectDone(() => post(as('police', 'registry_officer'), '/ammunition-lots', { calibre: '9x19', quantity: 500, lotNumber: ref('LOT') }), 201)).body.id as string;
    const own = await register('customs');
    const refused = await registry.http().post('/markings').set(auth(customs)).send(mark({ firearmId }));
    expect(refused.body.errors).toEqual([{ field: 'firearmId', message: 'is another agency’s' }]);
    await expectRefused(() => post(customs, '/markings', mark({ firearmId })));
    await expectRefused(() => post(customs, '/markings', mark({ ammunitionLotId: lotId })));
    await expectRefused(() => post(customs, '/markings', mark({ firearmId: own, agencyId: agencyIds.police })));
    for (const agency of ['police', 'national'] as const) {
      await expectDone(() => post(as(agency, 'registry_officer'), '/markings', mark({ firearmId })), 201);
      await expectDone(() => post(as(agency, 'registry_officer'), '/markings', mark({ ammunitionLotId: lotId })), 201);
    }
    expect((await expectDone(() => post(as('national', 'registry_officer'), '/markings', mark({ firearmId: own, agencyId: agencyIds.police })), 201)).body.agencyId).toBe(agencyIds.police);
    await expectDone(() => post(customs, '/markings', mark({ firearmId: own })), 201);
  });

  it("a customs officer cannot set up a campaign for the police, add to the police's campaign or import into it; the police and the national authority can", async () => {
    const customs = as('customs', 'registry_officer');
    await expectRefused(() => post(customs, '/marking-campaigns', campaign({ agencyId: agencyIds.police })));
    const police = await expectDone(() => post(as('national', 'registry_officer'), '/marking-campaigns', campaign({ agencyId: agencyIds.police })), 201);
    expect(police.body.agencyId).toBe(agencyIds.police);
    const [policeFirearm, customsFirearm] = [await register('police'), await register('customs')];
    // The police's campaign, even on a customs firearm; and a customs campaign cannot mark a police firearm.
    await expectRefused(() => post(customs, `/marking-campaigns/${police.body.id}/markings`, { markings: [mark({ firearmId: customsFirearm })] }));
    await expectRefused(() => post(customs, '/markings', mark({ firearmId: customsFirearm, campaignId: police.body.id })));
    const customsCampaign = await expectDone(() => post(customs, '/marking-campaigns', campaign()), 201);
    const mixed = await registry.http().post(`/marking-campaigns/${customsCampaign.body.id}/markings`).set(auth(customs)).send({ markings: [mark({ firearmId: customsFirearm }), mark({ firearmId: policeFirearm })] });
    expect({ status: mixed.status, code: mixed.body.code, errors: mixed.body.errors }).toEqual({ status: 403, code: 'AGENCY_NOT_PERMITTED', errors: [{ field: 'markings.1.firearmId', message: 'is another agency’s' }] });
    await expectDone(() => post(customs, `/marking-campaigns/${customsCampaign.body.id}/markings`, { markings: [mark({ firearmId: customsFirearm })] }), 201);
    for (const agency of ['police', 'national'] as const) {
      await expectDone(() => post(as(agency, 'registry_officer'), `/marking-campaigns/${police.body.id}/markings`, { markings: [mark({ firearmId: policeFirearm })] }), 201);
    }
    const upload = (token: string) =>
      registry.http().post('/imports').set(auth(token)).field('kind', 'markings').field('campaignId', police.body.id)
        .attach('file', Buffer.from(`firearmId,type,text,legibility\n${policeFirearm},proof,PV-IMP,intact\n`, 'utf8'), 'campaign-log.csv');
    await expectRefused(() => upload(customs));
    await expectDone(() => upload(as('police', 'registry_officer')), 202);
  });
});

describe('holders, possession licences and firearms registered for another agency', () => {
  const person = (token: string) => post(token, '/holders', { kind: 'person', familyName: ref('Sarr'), givenNames: 'Awa', sex: 'female' });

  it("a customs officer cannot correct a holder the police registered; the police and the national authority can", async () => {
    const holder = await expectDone(() => person(as('police', 'registry_officer')), 201);
    await expectRefused(() => patch(as('customs', 'registry_officer'), `/holders/${holder.body.id}`, { address: 'Somewhere else', reason: 'Not ours' }));
    await expectDone(() => patch(as('police', 'registry_officer'), `/holders/${holder.body.id}`, { address: '12 rue Carnot, Dakar', reason: 'Moved' }));
    await expectDone(() => patch(as('national', 'registry_officer'), `/holders/${holder.body.id}`, { address: '14 rue Carnot, Dakar', reason: 'Checked at renewal' }));
  });

  it("a customs officer cannot issue a licence in the police's name, suspend a police licence or extend it to a firearm; the police and the national authority can", async () => {
    const customs = as('customs', 'registry_officer');
    const holder = (await expectDone(() => person(as('police', 'registry_officer')), 201)).body.id as string;
    const licence = (over: object = {}) => ({ number: ref('PL'), kind: 'possession', holderId: holder, issuedOn: '2025-01-01', expiresOn: '2030-01-01', categories: ['pistol'], ...over });
    const refused = await registry.http().post('/licences').set(auth(customs)).send(licence({ issuingAgencyId: agencyIds.police }));
    expect(refused.body.errors).toEqual([{ field: 'issuingAgencyId', message: 'is another agency’s' }]);
    await expectRefused(() => post(customs, '/licences', licence({ issuingAgencyId: agencyIds.police })));
    await expectDone(() => post(as('national', 'registry_officer'), '/licences', licence({ issuingAgencyId: agencyIds.police })), 201);
    const issued = await expectDone(() => post(as('police', 'registry_officer'), '/licences', licence()), 201);
    const firearm = (await expectDone(() => post(as('police', 'registry_officer'), '/firearms', { category: 'pistol', make: 'Glock', serialNumber: ref('LF') }), 201)).body.id as string;
    await expectRefused(() => post(customs, `/licences/${issued.body.id}/firearms`, { firearmId: firearm }));
    await expectRefused(() => post(customs, `/licences/${issued.body.id}/state`, { state: 'suspended', reason: 'Not ours' }));
    for (const agency of ['police', 'national'] as const) {
      await expectDone(() => post(as(agency, 'registry_officer'), `/licences/${issued.body.id}/firearms`, { firearmId: firearm }));
    }
    await expectDone(() => post(as('police', 'registry_officer'), `/licences/${issued.body.id}/state`, { state: 'suspended', reason: 'Investigation pending' }));
    await expectDone(() => post(as('national', 'registry_officer'), `/licences/${issued.body.id}/state`, { state: 'active', reason: 'Investigation closed' }));
  });

  it('a customs officer cannot register a firearm or an ammunition lot in the police’s name; the national authority can', async () => {
    const body = () => ({ category: 'pistol', make: 'Glock', serialNumber: ref('REG'), initialEvent: { type: 'registered', occurredOn: '2025-01-15', agencyId: agencyIds.police } });
    await expectRefused(() => post(as('customs', 'registry_officer'), '/firearms', body()));
    await expectRefused(() => post(as('customs', 'registry_officer'), '/parts', { ...body(), category: undefined, partType: 'barrel' }));
    expect((await expectDone(() => post(as('national', 'registry_officer'), '/firearms', body()), 201)).body.registeringAgencyId).toBe(agencyIds.police);
    // An ammunition lot has no agency field: it is always the recording user's agency's.
    const lot = await expectDone(() => post(as('customs', 'registry_officer'), '/ammunition-lots', { calibre: '9x19', quantity: 50 }), 201);
    expect(lot.body.registeringAgencyId).toBe(agencyIds.customs);
  });
});
