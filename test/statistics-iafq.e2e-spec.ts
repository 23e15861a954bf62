import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * Issue #9: the first half of 2025, seeded by hand: three cases (a seizure, a find
 * and a surrender) with four firearms, cartridges and three persons, one case
 * outside the period. SDG 16.4.2 is counted here by hand and compared with the
 * registry's figure, then the period is exported in the IAFQ layout.
 */
let registry: TestRegistry;
let officer: string;
let investigator: string;
let auditor: string;
let otherAgencyId: string;
const items: Record<string, string> = {};

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object) => registry.http().post(path).set(auth(token)).send(body);
const get = (token: string, path: string) => registry.http().get(path).set(auth(token));
const PERIOD = 'from=2025-01-01&to=2025-07-01';

async function seize(body: object) {
  const response = await post(investigator, '/seizures', { seizingOfficer: 'Insp. N. Diallo', ...body });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body as { id: string; items: { id: string; firearmId: string | null }[] };
}

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;
  auditor = (await registry.as('auditor')).token;
  otherAgencyId = (await registry.asSystem(() => registry.app.get(AgenciesService).create({ code: 'GN-THS', name: 'Gendarmerie de Thiès', type: 'gendarmerie', region: 'Thiès' }))).id;

  const registered = await post(officer, '/firearms', { category: 'pistol', make: 'Beretta', model: '92FS', serialNumber: 'BER-2001', countryOfManufacture: 'IT', initialEvent: { type: 'registered', occurredOn: '2015-01-01' } });
  expect(registered.status).toBe(201);
  expect((await post(officer, '/markings', { firearmId: registered.body.id, type: 'import', text: 'SN 15', importCountry: 'SN', importYear: 2015, legibility: 'intact' })).status).toBe(201);

  const a = await seize({
    reference: 'A/2025/1',
    type: 'seized',
    context: 'trafficking',
    occurredAt: '2025-02-10T10:00:00Z',
    region: 'Dakar',
    items: [
      { kind: 'firearm', unregistered: { category: 'pistol', make: 'Zastava', model: 'M57', serialNumber: 'ZC-1', countryOfManufacture: 'RS', origin: 'industrial' } },
      { kind: 'firearm', unregistered: { category: 'rifle', make: 'Norinco', model: '56', serialNumber: 'NC-56-1', countryOfManufacture: 'CN', origin: 'industrial' } },
      { kind: 'ammunition', calibre: '7.62x39', quantity: 50 },
    ],
    persons: [
      { role: 'suspect', sex: 'male', birthYear: 2000 },
      { role: 'suspect', sex: 'female', age: 17 },
    ],
  });
  [items.aPistol, items.aRifle] = [a.items[0].id, a.items[1].id];
  const b = await seize({ reference: 'B/2025/2', type: 'found', context: 'unknown', occurredAt: '2025-03-05T10:00:00Z', region: 'Thiès', seizingAgencyId: otherAgencyId, items: [{ kind: 'firearm', firearmId: registered.body.id }] });
  items.bPistol = b.items[0].id;
  const c = await seize({
    reference: 'C/2025/3',
    type: 'surrendered',
    context: 'unknown',
    occurredAt: '2025-05-20T10:00:00Z',
    region: 'Dakar',
    campaign: 'Amnesty 2025',
    items: [
      { kind: 'firearm', unregistered: { category: 'shotgun', make: 'Baikal', serialNumber: 'BK-9', origin: 'craft_made' } },
      { kind: 'part', unregistered: { partType: 'barrel', calibre: '12 gauge', origin: 'craft_made' } },
    ],
    persons: [{ role: 'owner_claimed', sex: 'male', age: 70 }],
  });
  items.cShotgun = c.items[0].id;
  const d = await seize({ reference: 'D/2024/9', type: 'seized', context: 'violent_crime', occurredAt: '2024-12-20T10:00:00Z', region: 'Dakar', items: [{ kind: 'firearm', unregistered: { category: 'pistol', make: 'Glock', serialNumber: 'GL-0', origin: 'industrial' } }] });
  items.dOutside = d.items[0].id;

  // Tracing: the seized pistol through an outgoing request answered in 10 days; the found pistol from the register;
  // the shotgun not traced; the case outside the period traced (must not count).
  const request = await post(investigator, '/tracing/requests/from-seizure-item', { seizureItemId: items.aPistol, requestedCountry: 'RS', priority: 'routine' });
  expect(request.status).toBe(201);
  expect((await post(investigator, `/tracing/requests/${request.body.id}/send`, { sentAt: '2025-03-01T00:00:00Z' })).status).toBe(200);
  expect((await post(investigator, `/tracing/requests/${request.body.id}/answer`, { outcome: 'traced_to_point_of_diversion', answeredAt: '2025-03-11T00:00:00Z' })).status).toBe(200);
  const late = await post(investigator, '/tracing/requests/from-seizure-item', { seizureItemId: items.aRifle, requestedCountry: 'CN', priority: 'urgent', urgencyJustification: 'Suspects on remand' });
  expect((await post(investigator, `/tracing/requests/${late.body.id}/send`, { sentAt: '2025-02-12T00:00:00Z' })).status).toBe(200);
  expect((await post(investigator, '/tracing/outcomes', { seizureItemId: items.bPistol, outcome: 'origin_established_without_trace', reason: 'Registered in 2015; import marking SN 15' })).status).toBe(200);
  const noReason = await post(investigator, '/tracing/outcomes', { seizureItemId: items.cShotgun, outcome: 'not_traced' });
  expect(noReason.status).toBe(422);
  expect((await post(investigator, '/tracing/outcomes', { seizureItemId: items.cShotgun, outcome: 'not_traced', reason: 'Craft-made, no markings' })).status).toBe(200);
  expect((await post(investigator, '/tracing/outcomes', { seizureItemId: items.dOutside, outcome: 'traced_to_last_legal_holder' })).status).toBe(200);

  // Other states ask us about their own seizures: answered in 4 and 6 days, one still open (overdue).
  // Their outcomes are theirs, so SDG 16.4.2 above does not move.
  const cz = await post(officer, '/firearms', { category: 'pistol', make: 'CZ', model: '75', serialNumber: 'CZ-750001', initialEvent: { type: 'registered', occurredOn: '2012-05-01' } });
  expect(cz.status).toBe(201);
  const incoming = async (reference: string, serialNumber: string, receivedAt: string) => {
    const response = await post(investigator, '/tracing/requests', { direction: 'incoming', reference, requestingCountry: 'ML', item: { category: 'pistol', serialNumber }, priority: 'routine', receivedAt });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const none = await incoming('ML/2025/1', 'XX-404', '2025-04-01T00:00:00Z');
  expect((await post(investigator, `/tracing/requests/${none}/match`, { none: true })).status).toBe(200);
  expect((await post(investigator, `/tracing/requests/${none}/answer`, { answeredAt: '2025-04-05T00:00:00Z' })).body.outcome).toBe('not_traced');
  const found = await incoming('ML/2025/2', 'CZ-750001', '2025-04-10T00:00:00Z');
  expect((await post(investigator, `/tracing/requests/${found}/match`, { firearmId: cz.body.id })).status).toBe(200);
  expect((await post(investigator, `/tracing/requests/${found}/answer`, { answeredAt: '2025-04-16T00:00:00Z' })).body.outcome).toBe('origin_established_without_trace');
  await incoming('ML/2025/3', 'XX-405', '2025-06-01T00:00:00Z');
});

afterAll(() => registry?.close());

describe('statistics of a period', () => {
  it('counts seized, found and surrendered firearms, traces and SDG 16.4.2', async () => {
    const response = await get(auditor, `/statistics/seizures?${PERIOD}`);
    expect(response.status).toBe(200);
    const s = response.body;
    // By hand: firearms in the period = A pistol + A rifle (seized) + B pistol (found) + C shotgun (surrendered) = 4;
    // origin traced or established = A pistol (point of diversion) + B pistol (established without trace) = 2.
    const established = 2;
    const total = 4;
    expect(s.firearms).toEqual({ seized: 2, found: 1, surrendered: 1, total, byCategory: { pistol: 2, rifle: 1, shotgun: 1 } });
    expect(s.sdg_16_4_2).toEqual({ established, total, value: established / total });
    expect(s.seizures).toBe(3);
    expect(s.ammunitionRounds).toBe(50);
    expect(s.traceOutcomes).toEqual({ traced_to_last_legal_holder: 0, traced_to_point_of_diversion: 1, origin_established_without_trace: 1, not_traced: 1 });
    const outcomes = (o: Partial<Record<string, number>>) => ({ traced_to_last_legal_holder: 0, traced_to_point_of_diversion: 0, origin_established_without_trace: 0, not_traced: 0, ...o });
    expect(s.traces.outgoing).toEqual({ requested: 2, answered: 1, overdue: 1, medianResponseDays: 10, answeredByOutcome: outcomes({ traced_to_point_of_diversion: 1 }) });
    // Incoming: answered after 4 and 6 days, median 5; the third is past its 30 days.
    expect(s.traces.incoming).toEqual({ requested: 3, answered: 2, overdue: 1, medianResponseDays: 5, answeredByOutcome: outcomes({ not_traced: 1, origin_established_without_trace: 1 }) });
    expect(s.persons).toMatchObject({ total: 3, bySex: { female: 1, male: 2, unknown: 0 }, byAgeGroup: { under_18: 1, '25_34': 1, '65_plus': 1, unknown: 0 } });
    expect(s.persons.bySexAndAgeGroup.male).toMatchObject({ '25_34': 1, '65_plus': 1 });
  });

  it('filters by region, agency and category', async () => {
    const dakar = (await get(auditor, `/statistics/seizures?${PERIOD}&region=dakar`)).body;
    expect(dakar.sdg_16_4_2).toEqual({ established: 1, total: 3, value: 0.3333 });
    const thies = (await get(auditor, `/statistics/seizures?${PERIOD}&agencyId=${otherAgencyId}`)).body;
    expect(thies.firearms).toMatchObject({ seized: 0, found: 1, surrendered: 0, total: 1 });
    expect(thies.traces.outgoing.requested).toBe(0);
    expect(dakar.traces.outgoing).toMatchObject({ requested: 2, answered: 1 });
    const rifles = (await get(auditor, `/statistics/seizures?${PERIOD}&category=rifle`)).body;
    expect(rifles.traces.outgoing).toMatchObject({ requested: 1, answered: 0, overdue: 1 });
    const pistols = (await get(auditor, `/statistics/seizures?${PERIOD}&category=pistol`)).body;
    expect(pistols.sdg_16_4_2).toEqual({ established: 2, total: 2, value: 1 });
    expect(pistols.persons.total).toBe(2);
  });

  it('refuses a period that ends before it starts, and defaults to the current year', async () => {
    expect((await get(auditor, '/statistics/seizures?from=2025-07-01&to=2025-01-01')).status).toBe(400);
    const thisYear = await get(auditor, '/statistics/seizures');
    expect(thisYear.status).toBe(200);
    expect(thisYear.body.period.from).toBe(`${new Date().getUTCFullYear()}-01-01T00:00:00.000Z`);
  });
});

describe('the IAFQ export of the period', () => {
  const csv = async (table: string) => {
    const response = await get(investigator, `/statistics/iafq/${table}.csv?${PERIOD}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    return response.text.trimEnd().split('\r\n');
  };

  it('lists its tables', async () => {
    const response = await get(investigator, '/statistics/iafq');
    expect(response.body.tables.map((t: { name: string; section: string }) => `${t.section}/${t.name}`)).toEqual([
      'significant_seizures/seizures',
      'arms_seized_found_surrendered/arms-by-type',
      'arms_seized_found_surrendered/arms-by-context',
      'arms_seized_found_surrendered/arms-by-country-of-manufacture',
      'arms_seized_found_surrendered/arms-by-last-legal-import',
      'parts_components_ammunition/parts-and-components',
      'parts_components_ammunition/ammunition',
      'persons_involved/persons',
      'tracing_results/tracing',
      'tracing_results/sdg-16-4-2',
      'tracing_results/tracing-requests',
    ]);
  });

  it('serves each table as CSV', async () => {
    const seizures = await csv('seizures');
    expect(seizures[0]).toBe('reference,occurred_on,type,context,region,locality,seizing_agency,firearms,parts,ammunition_rounds,persons');
    expect(seizures.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['A/2025/1,2025-02-10,seized,trafficking', 'B/2025/2,2025-03-05,found,unknown', 'C/2025/3,2025-05-20,surrendered,unknown']);
    expect(seizures[1].split(',').slice(7)).toEqual(['2', '0', '50', '2']);
    expect(seizures[3].split(',').slice(7)).toEqual(['1', '1', '0', '1']);
    expect(await csv('arms-by-type')).toEqual(['arm_type,category,seized,found,surrendered,total', 'pistols,pistol,1,1,0,2', 'rifles_and_carbines,rifle,1,0,0,1', 'shotguns,shotgun,0,0,1,1']);
    expect(await csv('arms-by-context')).toEqual(['context,heading,category,firearms', 'trafficking,legal_justification,pistol,1', 'trafficking,legal_justification,rifle,1', 'unknown,unknown,pistol,1', 'unknown,unknown,shotgun,1']);
    expect(await csv('arms-by-country-of-manufacture')).toEqual(['country_of_manufacture,category,firearms', 'CN,rifle,1', 'IT,pistol,1', 'RS,pistol,1', 'unknown,shotgun,1']);
    expect(await csv('arms-by-last-legal-import')).toEqual(['country_of_last_legal_import,category,firearms', 'SN,pistol,1', 'unknown,pistol,1', 'unknown,rifle,1', 'unknown,shotgun,1']);
    expect(await csv('parts-and-components')).toEqual(['part_type,seized,found,surrendered,total', 'barrel,0,0,1,1']);
    expect((await csv('ammunition')).slice(1)).toEqual([expect.stringMatching(/,50,1$/)]);
    expect(await csv('persons')).toEqual(['sex,age_group,role,persons', 'female,under_18,suspect,1', 'male,25_34,suspect,1', 'male,65_plus,owner_claimed,1']);
    // The pistol of case A through the request to Serbia; the found pistol and the shotgun without one; the rifle has none yet.
    expect(await csv('tracing')).toEqual([
      'outcome,firearms,through_international_request,without_international_request',
      'traced_to_last_legal_holder,0,0,0',
      'traced_to_point_of_diversion,1,1,0',
      'origin_established_without_trace,1,0,1',
      'not_traced,1,0,1',
      'no_outcome_recorded,1,,',
    ]);
    // By hand: pistols 2 of 2 established (A: point of diversion, B: established without trace), rifle 0 of 1, shotgun 0 of 1 (not traced); 2 / 4.
    expect(await csv('sdg-16-4-2')).toEqual(['arm_type,seized_found_surrendered,traced_or_established,proportion', `pistols,2,2,${2 / 2}`, 'rifles_and_carbines,1,0,0', 'shotguns,1,0,0', `total,4,2,${2 / 4}`]);
    expect(await csv('tracing-requests')).toEqual([
      'direction,outcome,requests',
      'outgoing,traced_to_last_legal_holder,0',
      'outgoing,traced_to_point_of_diversion,1',
      'outgoing,origin_established_without_trace,0',
      'outgoing,not_traced,0',
      'outgoing,unanswered,1',
      'incoming,traced_to_last_legal_holder,0',
      'incoming,traced_to_point_of_diversion,0',
      'incoming,origin_established_without_trace,1',
      'incoming,not_traced,1',
      'incoming,unanswered,1',
    ]);
  });

  it('answers an unknown table with a problem naming the tables', async () => {
    const response = await get(investigator, `/statistics/iafq/weapons.csv?${PERIOD}`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('IAFQ_TABLE_NOT_FOUND');
  });
});
