import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

/**
 * Issue 18: a flat register names each firearm's owner on its row, by name (and
 * address, phone), with no document. The import links each firearm to a holder:
 * by document when the row has one; otherwise the rows of the file naming the same
 * owner are one new holder identified by name only (listed for completion), and a
 * holder already registered under the same name is never reused: the row says so.
 */
let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-owners-'));
const auth = () => ({ Authorization: `Bearer ${officer}` });
const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => registry.dataSource.query(sql, params) as Promise<T[]>;

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000' });
  officer = (await registry.as('registry_officer')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

async function importCsv(csv: string) {
  const response = await registry.http().post('/imports').set(auth()).field('kind', 'firearms').attach('file', Buffer.from(csv, 'utf8'), 'registre-plat.csv');
  expect(response.status).toBe(202);
  const done = await until(
    async () => {
      const r = await registry.http().get(`/imports/${response.body.id}`).set(auth());
      return ['completed', 'failed'].includes(r.body.status) ? r.body : undefined;
    },
    'the import',
    120_000,
    worker,
  );
  const errors = await registry.http().get(`/imports/${done.id}/errors?limit=200`).set(auth());
  return { done, errors: errors.body.items as { row: number; field: string; reason: string; warning?: boolean }[] };
}

const holderOf = async (serial: string) =>
  (await query<{ holder_id: string | null; event_holder: string | null }>(`SELECT f.holder_id, e.holder_id AS event_holder FROM firearm f JOIN firearm_event e ON e.firearm_id = f.id WHERE f.serial_normalised = $1`, [serial]))[0];

describe('a flat register naming owners without documents', () => {
  let existingFall: string;
  let documented: string;
  let first: Awaited<ReturnType<typeof importCsv>>;
  const header = 'N° de série;Marque;Catégorie;Propriétaire;Adresse;Téléphone;N° CNI';
  // 2,050 rows: the file crosses a chunk (2,000 rows), and its last row names row 2's owner again.
  const rows = [
    'OW-0001;Glock;Pistolet;DIALLO Mamadou;12 rue Carnot, Dakar;+221 77 123 45 67;',
    'OW-0002;Glock;Pistolet;Mamadou Dialló;12, rue Carnot - Dakar;221 77 123 45 67;',
    'OW-0003;Glock;Pistolet;Diallo Mamadou;Thiès;;',
    'OW-0004;Glock;Pistolet;FALL Awa;;;',
    'OW-0005;Glock;Pistolet;Ndoye Ousmane;;;1 984 0302 00417',
    'OW-0006;Glock;Pistolet;;Dakar;;',
    ...Array.from({ length: 2043 }, (_, i) => `OW-${String(i + 7).padStart(4, '0')};Glock;Pistolet;Sarr Binta ${i % 2 === 0 ? 'A' : 'B'};;;`),
    'OW-2050;Glock;Pistolet;diallo  MAMADOU;12 rue Carnot Dakar;77 123 45 67;',
  ];

  beforeAll(async () => {
    const post = (body: object) => registry.http().post('/holders').set(auth()).send(body);
    existingFall = (await post({ kind: 'person', familyName: 'Fall', givenNames: 'Awa', sex: 'female' })).body.id;
    documented = (await post({ kind: 'person', familyName: 'Ndoye', givenNames: 'Ousmane', sex: 'male', idDocumentNumber: '1984030200417' })).body.id;
    first = await importCsv([header, ...rows].join('\n'));
  });

  it('imports every firearm but the row with an address and no name, and reports the possible match', () => {
    expect(first.done).toMatchObject({ status: 'completed', progress: { rowsRead: 2050, rowsAccepted: 2049, rowsRejected: 1, rowsDuplicate: 0 } });
    expect(first.errors).toEqual([
      { row: 5, field: 'holderName', reason: `warning: possible match: holder ${existingFall} has the same name; not reused: the firearm is linked to a new holder identified by name only, to check and complete`, duplicateOf: null, warning: true },
      { row: 7, field: 'holderName', reason: 'is required when the holder’s kind, address or phone is given: name the holder, or give holderDocument', duplicateOf: null },
    ]);
  });

  it('links the rows naming one owner (name, address and phone as written differently, in two chunks) to one new holder, and another address to another', async () => {
    const [a, b, c, last] = [await holderOf('OW0001'), await holderOf('OW0002'), await holderOf('OW0003'), await holderOf('OW2050')];
    expect(a.holder_id).toEqual(expect.any(String));
    expect(a.event_holder).toBe(a.holder_id);
    expect(b.holder_id).toBe(a.holder_id);
    expect(c.holder_id).not.toBe(a.holder_id);
    // Row 2051 has "77 123 45 67" without the country code: another phone as written, so another holder.
    expect(last.holder_id).not.toBe(a.holder_id);
    const sarr = await query<{ family_name: string; n: number }>(`SELECT h.family_name, count(*)::int AS n FROM firearm f JOIN holder h ON h.id = f.holder_id WHERE f.serial_normalised LIKE 'OW%' AND h.family_name LIKE 'Sarr%' GROUP BY 1 ORDER BY 1`);
    expect(sarr).toEqual([{ family_name: 'Sarr Binta A', n: 1022 }, { family_name: 'Sarr Binta B', n: 1021 }]);
    const [holder] = await query(`SELECT kind, family_name, given_names, address, phone, identified_by_name_only, id_document_number, registering_agency_id FROM holder WHERE id = $1`, [a.holder_id]);
    expect(holder).toEqual({ kind: 'person', family_name: 'DIALLO Mamadou', given_names: null, address: '12 rue Carnot, Dakar', phone: '+221 77 123 45 67', identified_by_name_only: true, id_document_number: null, registering_agency_id: registry.agencyId });
    const [audit] = await query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_entry WHERE record_type = 'holder' AND record_id = $1 AND action = 'created'`, [a.holder_id]);
    expect(audit.after).toMatchObject({ identifiedByNameOnly: true, importId: first.done.id, importRow: 2, familyName: 'DIALLO Mamadou' });
  });

  it('never reuses the registered holder of the same name, and links by document when the row has one', async () => {
    const fall = await holderOf('OW0004');
    expect(fall.holder_id).not.toBe(existingFall);
    expect((await query(`SELECT identified_by_name_only FROM holder WHERE id = $1`, [fall.holder_id]))[0]).toEqual({ identified_by_name_only: true });
    expect((await holderOf('OW0005')).holder_id).toBe(documented);
  });

  it('lists the holders identified by name only for completion; a document completes one', async () => {
    const listed = await registry.http().get('/holders?nameOnly=true&limit=200').set(auth());
    expect(listed.status).toBe(200);
    // DIALLO (Carnot), Diallo (Thiès), diallo (Carnot, other phone), FALL, Sarr A, Sarr B.
    expect(listed.body.page.total).toBe(6);
    expect(listed.body.items.every((h: { identifiedByNameOnly: boolean }) => h.identifiedByNameOnly)).toBe(true);
    const id = (await holderOf('OW0001')).holder_id!;
    const completed = await registry.http().patch(`/holders/${id}`).set(auth()).send({ familyName: 'Diallo', givenNames: 'Mamadou', idDocumentNumber: '1 990 0101 00123', reason: 'Identity card seen at the armoury' });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ identifiedByNameOnly: false, familyName: 'Diallo', idDocumentNumber: '1 990 0101 00123' });
    expect((await registry.http().get('/holders?nameOnly=true&limit=200').set(auth())).body.page.total).toBe(5);
    const [audit] = await query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(`SELECT before, after FROM audit_entry WHERE record_type = 'holder' AND record_id = $1 AND action = 'corrected'`, [id]);
    expect(audit).toMatchObject({ before: { identifiedByNameOnly: true }, after: { identifiedByNameOnly: false, idDocumentNumber: '1 990 0101 00123' } });
  });

  it('creates nothing when the file is imported again: every firearm is a duplicate, no holder is added', async () => {
    const [before] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM holder`);
    const again = await importCsv([header, ...rows].join('\n'));
    expect(again.done.progress).toMatchObject({ rowsAccepted: 0, rowsDuplicate: 2049, rowsRejected: 1 });
    expect((await query<{ n: number }>(`SELECT count(*)::int AS n FROM holder`))[0].n).toBe(before.n);
  });
});
