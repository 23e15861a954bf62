import { AuditService } from '../src/modules/audit/audit.service.js';
import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * A pistol found at a crime scene with its serial partly ground off: the
 * investigator searches with what is left, and the register answers with ranked
 * candidates, the reasons for each, the alert on the stolen one and its last
 * legal holder. Every search leaves an audit entry.
 */
let registry: TestRegistry;
let officer: string;
let investigator: string;
let personId: string;
const ids: Record<string, string> = {};

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object) => registry.http().post(path).set(auth(token)).send(body);
const search = (body: object, token = investigator) => post(token, '/trace/search', body);
const order = (body: { items: { firearmId: string }[] }) => body.items.map((i) => Object.entries(ids).find(([, id]) => id === i.firearmId)?.[0] ?? i.firearmId);
const codes = (item: { reasons: { code: string }[] }) => item.reasons.map((r) => r.code);

async function register(name: string, body: object) {
  const response = await post(officer, '/firearms', body);
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  ids[name] = response.body.id;
  return response.body.id as string;
}

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  investigator = (await registry.as('investigator')).token;

  const person = await post(officer, '/holders', { kind: 'person', familyName: 'Ndiaye', givenNames: 'Fatou', sex: 'female', nationality: 'SN' });
  personId = person.body.id;
  const licence = await post(officer, '/licences', { number: 'PL-2025-777', kind: 'possession', holderId: personId, issuedOn: '2025-01-01', expiresOn: '2030-01-01', categories: ['pistol'] });

  // The stolen pistol: exact serial "ZC-104 522".
  await register('stolen', { category: 'pistol', make: 'Crvena Zastava', model: 'M57', calibre: '7,62 Tokarev', serialNumber: 'ZC-104 522', countryOfManufacture: 'RS', yearOfManufacture: 1987 });
  expect((await post(officer, `/firearms/${ids.stolen}/events`, { type: 'licensed', holderId: personId, licenceId: licence.body.id })).status).toBe(201);
  expect((await post(officer, `/firearms/${ids.stolen}/events`, { type: 'reported_stolen', occurredOn: '2026-02-14' })).status).toBe(201);
  // Same serial once I→1 is folded: a misread register entry.
  await register('lookalike', { category: 'pistol', make: 'Zastava', serialNumber: 'ZCI-04522' });
  // Contains the serial: a partial match.
  await register('longer', { category: 'rifle', make: 'Zastava', serialNumber: 'ZC1045229' });
  // Another serial, but an import marking carries the searched number.
  await register('marked', { category: 'pistol', make: 'Norinco', serialNumber: 'NC 88 0001', countryOfManufacture: 'CN' });
  const marking = await post(officer, '/markings', { firearmId: ids.marked, type: 'import', text: 'SN 24 ZC104522', importCountry: 'SN', importYear: 2024, legibility: 'intact', method: 'laser' });
  expect(marking.status).toBe(201);
  // Two pistols with the same serial and different makers.
  await register('glock', { category: 'pistol', make: 'Glock', model: 'G17', serialNumber: 'ABC123', yearOfManufacture: 2012 });
  await register('beretta', { category: 'pistol', make: 'Beretta', model: '92FS', serialNumber: 'ABC-123', yearOfManufacture: 1995 });
  // Another serial on the frame, but the barrel still reads the searched one (with an O for the 0).
  await register('unrelated', { category: 'shotgun', make: 'Baikal', serialNumber: 'QW-555' });
  expect((await post(officer, '/markings', { firearmId: ids.unrelated, type: 'manufacture', text: 'ZC 1O4522', location: 'barrel', legibility: 'intact', method: 'stamped' })).status).toBe(201);
});

afterAll(() => registry?.close());

describe('trace search by serial', () => {
  it('ranks the exact serial above the folded one, above the partial one, above a marking ("contains": everything at once)', async () => {
    const response = await search({ serial: 'ZC104522', serialMatch: 'contains' });
    expect(response.status).toBe(200);
    expect(response.body.serialSearch).toEqual({ mode: 'contains', widened: false });
    expect(order(response.body)).toEqual(['stolen', 'lookalike', 'longer', 'marked', 'unrelated']);
    const [exact, folded, partial, marking, markingFolded] = response.body.items;
    // Each candidate once, with its strongest reason only: the exact one is not also "partial".
    expect(codes(exact)).toEqual(['exact_serial']);
    expect(codes(folded)).toEqual(['folded_serial']);
    expect(codes(partial)).toEqual(['partial_serial']);
    expect(codes(marking)).toEqual(['marking_text']);
    expect(codes(markingFolded)).toEqual(['marking_text_folded']);
    expect(marking.reasons[0]).toMatchObject({ detail: expect.stringContaining('SN 24 ZC104522') });
    expect(exact.score).toBeGreaterThan(folded.score);
    expect(folded.score).toBeGreaterThan(partial.score);
    expect(partial.score).toBeGreaterThan(marking.score);
    expect(marking.score).toBeGreaterThan(markingFolded.score);
    expect(response.body.page).toEqual({ limit: 20, offset: 0, total: 5, totalIsExact: true });
  });

  it('searches the serial itself first (auto): an exact hit means no "contains" search, and says so', async () => {
    const response = await search({ serial: 'ZC104522' });
    expect(response.status).toBe(200);
    expect(response.body.serialSearch).toEqual({ mode: 'exact', widened: false });
    // The serials containing it ("longer", the import marking of "marked") are not searched.
    expect(order(response.body)).toEqual(['stolen', 'lookalike', 'unrelated']);
    expect(response.body.items.map(codes)).toEqual([['exact_serial'], ['folded_serial'], ['marking_text_folded']]);
    expect(response.body.items[2].reasons[0].detail).toContain('ZC 1O4522');
    expect(response.body.page.total).toBe(3);
  });

  it('widens automatically to serials and markings containing the text when the serial itself is not found', async () => {
    const response = await search({ serial: 'C10452' });
    expect(response.status).toBe(200);
    expect(response.body.serialSearch).toEqual({ mode: 'contains', widened: true });
    expect(order(response.body).slice(0, 2).sort()).toEqual(['longer', 'stolen']);
    expect(order(response.body).slice(2)).toEqual(['lookalike', 'marked', 'unrelated']);
    expect(response.body.items.map(codes)).toEqual([['partial_serial'], ['partial_serial'], ['partial_folded_serial'], ['marking_text'], ['marking_text_folded']]);
  });

  it('refuses an unknown serial match', async () => {
    const response = await search({ serial: 'ZC104522', serialMatch: 'fuzzy' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('serialMatch');
  });

  it('flags the stolen pistol and names its last legal holder', async () => {
    const response = await search({ serial: 'zc-104-522' });
    expect(response.body.flagged).toBe(1);
    const [stolen] = response.body.items;
    expect(stolen).toMatchObject({
      firearmId: ids.stolen,
      alert: 'stolen',
      status: 'stolen',
      serialNumber: { asWritten: 'ZC-104 522', normalised: 'ZC104522' },
      lastLegalHolder: { id: personId, kind: 'person', name: 'Fatou Ndiaye' },
    });
    // auto: the exact hit, the folded one and the barrel marking; only the stolen pistol is flagged.
    expect(response.body.items.filter((i: { alert: string | null }) => i.alert === null)).toHaveLength(2);
  });

  it('keeps the raw serial as a reason when it was typed exactly as written', async () => {
    const response = await search({ serial: 'zc-104 522' });
    expect(codes(response.body.items[0])).toEqual(['exact_serial', 'raw_serial']);
  });

  it('finds a serial entered with confusable characters (O for 0, S for 5)', async () => {
    const response = await search({ serial: 'ZC1O4S22' });
    expect(response.status).toBe(200);
    expect(order(response.body).slice(0, 2).sort()).toEqual(['lookalike', 'stolen'].sort());
    expect(response.body.items.slice(0, 2).map(codes)).toEqual([['folded_serial'], ['folded_serial']]);
    expect(response.body.criteria.serialKeys).toEqual({ normalised: 'ZC1O4S22', folded: '2C104522', wildcards: false });
  });

  it('finds a serial with one ground-off character', async () => {
    const response = await search({ serial: 'ZC-10?-522' });
    expect(response.status).toBe(200);
    expect(response.body.serialSearch).toEqual({ mode: 'pattern', widened: false });
    expect(order(response.body)).toEqual(['stolen', 'lookalike', 'marked', 'unrelated']);
    expect(response.body.items.map(codes)).toEqual([['partial_serial'], ['partial_folded_serial'], ['marking_text'], ['marking_text_folded']]);
  });

  it('matches several unreadable characters with *, whatever the serial match asked for', async () => {
    const response = await search({ serial: 'ZC*4522', serialMatch: 'contains' });
    expect(response.body.serialSearch).toEqual({ mode: 'pattern', widened: false });
    // Both serials fit the pattern as written; the markings come after them.
    expect(order(response.body).slice(0, 2).sort()).toEqual(['lookalike', 'stolen']);
    expect(order(response.body).slice(2).sort()).toEqual(['marked', 'unrelated']);
    expect(response.body.items.map(codes)).toEqual([['partial_serial'], ['partial_serial'], ['marking_text'], ['marking_text']]);
  });

  it('returns an empty, audited answer when nothing matches, even once widened', async () => {
    const response = await search({ serial: 'QQQ-999-000' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ items: [], flagged: 0, serialSearch: { mode: 'contains', widened: true }, page: { total: 0 } });
    const [entry] = await registry.dataSource.query(`SELECT action, after FROM audit_entry WHERE record_type = 'trace_query' AND record_id = $1`, [response.body.queryId]);
    expect(entry).toEqual({ action: 'searched', after: { criteria: { serial: 'QQQ-999-000', serialMatch: 'auto', limit: 20, offset: 0 } } });
  });

  // The entry is "who searched for what": it is written alongside the search, not after it, so it
  // holds the criteria (and the serial match asked for) but not the number of results.
  it('audits every search with a fresh id, who searched and the criteria, committed before the answer', async () => {
    const before = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trace_query'`);
    const first = await search({ serial: 'ABC123', make: 'Glock' });
    const second = await search({ serial: 'ABC123', make: 'Glock' });
    expect(first.body.queryId).not.toEqual(second.body.queryId);
    const after = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trace_query'`);
    expect(after[0].n).toBe(before[0].n + 2);
    const [entry] = await registry.dataSource.query(`SELECT action, after, actor_roles FROM audit_entry WHERE record_type = 'trace_query' AND record_id = $1`, [first.body.queryId]);
    expect(entry).toEqual({ action: 'searched', after: { criteria: { serial: 'ABC123', serialMatch: 'auto', make: 'Glock', limit: 20, offset: 0 } }, actor_roles: ['investigator'] });
    const [bare] = await registry.dataSource.query(`SELECT after FROM audit_entry WHERE record_type = 'trace_query' AND record_id = $1`, [(await search({ category: 'shotgun' })).body.queryId]);
    expect(bare.after).toEqual({ criteria: { category: 'shotgun', limit: 20, offset: 0 } });
  });

  it('keeps the audit trail intact when searches run side by side (each entry a new record, the global sequence gapless)', async () => {
    const answers = await Promise.all(['ZC104522', 'ABC123', 'C10452', 'ZC-10?-522', 'QW555', 'ZC104522'].map((serial) => search({ serial })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const entries = await registry.dataSource.query(`SELECT record_id, prev_hash FROM audit_entry WHERE record_type = 'trace_query' AND record_id = ANY($1)`, [answers.map((a) => a.body.queryId)]);
    expect(entries).toHaveLength(6);
    expect(entries.every((e: { prev_hash: string | null }) => e.prev_hash === null)).toBe(true);
    const report = await registry.app.get(AuditService).verifyAll();
    expect(report.problems).toEqual([]);
  });
});

describe('trace search by description', () => {
  it('resolves any alias of the make, and ranks the matching make first among equal serials', async () => {
    const response = await search({ serial: 'ABC123', make: 'Glock Ges.m.b.H.' });
    expect(response.status).toBe(200);
    expect(order(response.body)).toEqual(['glock', 'beretta']);
    expect(codes(response.body.items[0])).toEqual(['exact_serial', 'raw_serial', 'make_alias']);
    expect(codes(response.body.items[1])).toEqual(['exact_serial']);
  });

  it('finds by make alias alone (Cyrillic name of Zastava)', async () => {
    const response = await search({ make: 'Застава', category: 'pistol' });
    expect(response.status).toBe(200);
    expect(order(response.body).sort()).toEqual(['lookalike', 'stolen'].sort());
    expect(response.body.criteria.makeResolvedTo).toBe('zastava');
    expect(response.body.items.every((i: { reasons: { code: string }[] }) => codes(i).includes('make_alias') && codes(i).includes('category'))).toBe(true);
  });

  it('filters by model, calibre, country and year range', async () => {
    const response = await search({ model: 'm57', calibre: '7.62 TT', countryOfManufacture: 'RS', yearFrom: 1980, yearTo: 1990 });
    expect(order(response.body)).toEqual(['stolen']);
    expect(codes(response.body.items[0])).toEqual(expect.arrayContaining(['model', 'calibre', 'country_of_manufacture', 'year_of_manufacture']));
  });

  it('finds by import marking (country and year)', async () => {
    const response = await search({ importCountry: 'SN', importYear: 2024 });
    expect(order(response.body)).toEqual(['marked']);
    expect(codes(response.body.items[0])).toEqual(['import_marking']);
    expect((await search({ importCountry: 'SN', importYear: 2023 })).body.items).toEqual([]);
  });

  it('pages the candidates (limit at most 100)', async () => {
    const page = await search({ serial: 'ZC104522', serialMatch: 'contains', limit: 2, offset: 2 });
    expect(order(page.body)).toEqual(['longer', 'marked']);
    expect(page.body.page).toEqual({ limit: 2, offset: 2, total: 5, totalIsExact: true });
    const past = await search({ serial: 'ZC104522', serialMatch: 'contains', limit: 2, offset: 10 });
    expect(past.body).toMatchObject({ items: [], page: { total: 5 } });
    // Past the last exact hit, auto does not widen: the totals say there were hits.
    const pastExact = await search({ serial: 'ZC104522', limit: 2, offset: 10 });
    expect(pastExact.body).toMatchObject({ items: [], serialSearch: { mode: 'exact', widened: false }, page: { total: 3 } });
    const tooMany = await search({ serial: 'ZC104522', limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('limit');
  });
});

describe('refused searches', () => {
  it.each([
    ['AB%12', 'invalid_character'],
    ["ZC1'; DROP TABLE firearm; --", 'invalid_character'],
    ['A*', 'too_broad'],
    ['??*', 'only_wildcards'],
    ['- -', 'empty'],
    ['X'.repeat(65), 'too_long'],
  ])('refuses the serial pattern %j with 400 naming the field', async (serial, reason) => {
    const response = await search({ serial });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'INVALID_SERIAL_PATTERN', reason, errors: [{ field: 'serial' }] });
  });

  it('does not widen a one-character serial to a register-wide "contains" search, and refuses one asked for', async () => {
    const exactOnly = await search({ serial: '7' });
    expect(exactOnly.status).toBe(200);
    expect(exactOnly.body.serialSearch).toMatchObject({ mode: 'exact', widened: false, notWidened: expect.stringContaining('at least 3 known letters or digits') });
    const contains = await search({ serial: '7', serialMatch: 'contains' });
    expect(contains.status).toBe(400);
    expect(contains.body).toMatchObject({ code: 'INVALID_SERIAL_PATTERN', reason: 'too_broad', errors: [{ field: 'serial', message: expect.stringContaining('like a pattern') }] });
  });

  it('refuses a search without criteria, and unknown fields', async () => {
    expect((await search({})).body.code).toBe('TRACE_CRITERIA_MISSING');
    const unknown = await search({ serial: 'ABC123', holderName: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('holderName');
  });

  it('is not open to roles without trace.search, and writes no audit entry for refusals', async () => {
    const before = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trace_query'`);
    const admin = (await registry.as('admin')).token;
    expect((await search({ serial: 'ABC123' }, admin)).status).toBe(403);
    expect((await search({ serial: 'A*' })).status).toBe(400);
    const after = await registry.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'trace_query'`);
    expect(after[0].n).toBe(before[0].n);
  });
});
