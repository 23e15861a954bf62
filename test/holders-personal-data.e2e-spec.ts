import { startRegistry, type TestRegistry } from './support/registry.js';

/**
 * Issue 16, items 6 and 7: a person's name is personal data. An administrator
 * (no holder.personal_data) searching holders by name must not learn that a
 * person of that name exists, every filter must hold whatever the search text,
 * and an officer paging through persons leaves an audit entry as opening one does.
 */
let registry: TestRegistry;
let officer: string;
let admin: string;
let personId: string;
let namesakeOrgId: string;
let otherOrgId: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const list = (token: string, query: Record<string, string | number>) => registry.http().get('/holders').query(query).set(auth(token));
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();
const listEntries = async () =>
  (await registry.dataSource.query(`SELECT actor_username, after FROM audit_entry WHERE record_type = 'holder_list' ORDER BY written`)) as { actor_username: string; after: { criteria: Record<string, unknown>; personIds: string[] } }[];

beforeAll(async () => {
  registry = await startRegistry();
  officer = (await registry.as('registry_officer')).token;
  admin = (await registry.as('admin')).token;
  const create = async (body: object) => {
    const response = await registry.http().post('/holders').set(auth(officer)).send(body);
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body.id as string;
  };
  personId = await create({ kind: 'person', familyName: 'Kowalczyk', givenNames: 'Marta', birthDate: '1979-05-02', sex: 'female', idDocumentNumber: 'PL-778899' });
  namesakeOrgId = await create({ kind: 'organisation', organisationType: 'dealer', legalName: 'Kowalczyk Arms Ltd', registrationNumber: 'RC-1' });
  otherOrgId = await create({ kind: 'organisation', organisationType: 'security_company', legalName: 'Sentinel Guards', registrationNumber: 'RC-2' });
});

afterAll(() => registry?.close());

describe('searching holders by name without personal-data rights', () => {
  it('never finds a person by name, whatever the spelling', async () => {
    for (const q of ['Kowalczyk', 'Marta', 'Kowalczik', 'Marta Kowalczyk']) {
      const response = await list(admin, { q });
      expect(response.status).toBe(200);
      expect(response.body.items.map((i: { id: string }) => i.id)).not.toContain(personId);
      expect(response.body.items.every((i: { kind: string }) => i.kind === 'organisation')).toBe(true);
    }
  });

  it('still finds organisations by legal name', async () => {
    expect(ids((await list(admin, { q: 'Kowalczyk' })).body)).toEqual([namesakeOrgId]);
  });

  it('never finds a person by identity document', async () => {
    expect((await list(admin, { documentNumber: 'PL-778899' })).body.items).toEqual([]);
  });
});

describe('every filter holds alongside a name search', () => {
  it('kind=organisation with a name returns organisations only, for an officer too', async () => {
    const response = await list(officer, { kind: 'organisation', q: 'Kowalczyk' });
    expect(ids(response.body)).toEqual([namesakeOrgId]);
    expect(response.body.page.total).toBe(1);
  });

  it('kind=person with a name returns persons only', async () => {
    expect(ids((await list(officer, { kind: 'person', q: 'Kowalczyk' })).body)).toEqual([personId]);
  });

  it('agencyId with a name keeps to that agency', async () => {
    const response = await list(officer, { agencyId: '00000000-0000-4000-8000-000000000000', q: 'Kowalczyk' });
    expect(response.body.items).toEqual([]);
    expect(response.body.page.total).toBe(0);
  });

  it('documentNumber with a name needs both', async () => {
    expect((await list(officer, { documentNumber: 'RC-2', q: 'Kowalczyk' })).body.items).toEqual([]);
    expect(ids((await list(officer, { documentNumber: 'RC-2', q: 'Sentinel' })).body)).toEqual([otherOrgId]);
  });
});

describe('listing persons is audited', () => {
  it('writes one entry per list that returned persons: who, the criteria and the ids returned, before the answer', async () => {
    const before = (await listEntries()).length;
    const response = await list(officer, { kind: 'person', limit: 10 });
    expect(response.status).toBe(200);
    expect(response.body.items.map((i: { familyName?: string }) => i.familyName)).toContain('Kowalczyk');
    const entries = await listEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toEqual({ actor_username: 'test.registry_officer', after: { criteria: { kind: 'person', limit: 10, offset: 0 }, personIds: [personId] } });
  });

  it('audits a mixed list for the persons in it, and a name search even when it finds nobody', async () => {
    await list(officer, {});
    expect((await listEntries()).at(-1)?.after).toEqual({ criteria: { limit: 50, offset: 0 }, personIds: [personId] });
    await list(officer, { q: 'Nobody-Of-That-Name' });
    expect((await listEntries()).at(-1)?.after).toEqual({ criteria: { q: 'Nobody-Of-That-Name', limit: 50, offset: 0 }, personIds: [] });
  });

  it('writes none when no person data was returned', async () => {
    const before = (await listEntries()).length;
    await list(officer, { kind: 'organisation' });
    await list(admin, {});
    expect(await listEntries()).toHaveLength(before);
  });
});
