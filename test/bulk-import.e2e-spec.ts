import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';

let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-imports-'));

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage, IMPORT_MAX_BYTES: String(2 * 1024 * 1024) });
  worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000' });
  officer = (await registry.as('registry_officer')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${officer}` });

async function upload(content: Buffer | string, name: string, fields: Record<string, string> = {}) {
  let request = registry.http().post('/imports').set(auth()).field('kind', 'firearms');
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  return request.attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
}

async function finished(id: string, ms = 60_000) {
  return until(
    async () => {
      const response = await registry.http().get(`/imports/${id}`).set(auth());
      return ['completed', 'failed', 'cancelled'].includes(response.body.status) ? response.body : undefined;
    },
    `import ${id}`,
    ms,
    worker,
  );
}

async function errorsOf(id: string) {
  const response = await registry.http().get(`/imports/${id}/errors?limit=200`).set(auth());
  return response.body.items as { row: number; field: string; reason: string }[];
}

const count = async (sql: string, params: unknown[] = []) => (await registry.dataSource.query(sql, params))[0].n as number;

function bigCsv(rows: number, prefix: string): string {
  const lines = ['serial,make,model,calibre,category'];
  for (let i = 0; i < rows; i++) lines.push(`${prefix}-${String(i).padStart(6, '0')},Glock,G17,9mm,pistol`);
  return `${lines.join('\n')}\n`;
}

describe('a mixed file', () => {
  let id: string;

  it('is accepted for processing and reports every rejected row exactly', async () => {
    const csv = [
      'Serial Number,Make,Model,Calibre,Category,Country of manufacture,Year,Registered on',
      'MX-0001,Glock,G17,9mm,pistol,AT,2012,2020-05-01',
      'MX-0002,Beretta,92FS,9x19,Pistol,IT,2009,01/06/2021',
      'MX-0003,Glock,G19,9mm,laser gun,AT,2012,2020-05-01',
      'MX-0004,Glock,G19,9mm,pistol,Atlantis,2012,2020-05-01',
      'MX-0005,Glock,G19,9mm,pistol,AT,eleven,31/02/2021',
      ',Glock,G26,9mm,pistol,AT,2015,2020-05-01',
      'MX-0001,Glock,G17,9mm,pistol,AT,2012,2020-05-01',
      'MX-0006,Atelier Inconnu,,,shotgun,,,',
    ].join('\n');
    const response = await upload(csv, 'mixed.csv');
    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({ kind: 'firearms', status: 'queued', file: { name: 'mixed.csv' } });
    id = response.body.id;
    const done = await finished(id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 8, rowsAccepted: 3, rowsRejected: 4, rowsDuplicate: 1, percent: 100 }, file: { format: 'csv', encoding: 'utf-8' } });
    expect(await errorsOf(id)).toEqual([
      { row: 4, field: 'category', reason: '"laser gun" is not a known firearm category', duplicateOf: null },
      { row: 5, field: 'countryOfManufacture', reason: '"Atlantis" is not a known country', duplicateOf: null },
      { row: 6, field: 'registeredOn', reason: '"31/02/2021" is not a date (use 2026-11-23 or 23/11/2026)', duplicateOf: null },
      { row: 6, field: 'yearOfManufacture', reason: '"eleven" is not a number', duplicateOf: null },
      { row: 7, field: 'serialNumber', reason: expect.stringContaining('needs a record key'), duplicateOf: null },
      { row: 8, field: 'serialNumber', reason: 'duplicate of row 2 in this file', duplicateOf: null },
    ]);
  });

  it('offers the report as CSV', async () => {
    const response = await registry.http().get(`/imports/${id}/errors.csv`).set(auth());
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toBe('row,field,reason,duplicate_of,warning');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('4,category,"""laser gun"" is not a known firearm category",,');
  });

  it('wrote the accepted rows with their registration event and audit entry, resolving aliases', async () => {
    const rows = (await registry.dataSource.query(`SELECT id, serial_normalised, manufacturer_code, make_text, calibre_code, status, import_row FROM firearm WHERE import_id = $1 ORDER BY import_row`, [id])) as Record<string, unknown>[];
    expect(rows.map((r) => [r.serial_normalised, r.manufacturer_code, r.status, r.import_row])).toEqual([
      ['MX0001', 'glock', 'registered', 2],
      ['MX0002', 'beretta', 'registered', 3],
      ['MX0006', null, 'registered', 9],
    ]);
    expect(rows[2].make_text).toBe('Atelier Inconnu');
    for (const row of rows) {
      expect(await count(`SELECT count(*)::int AS n FROM firearm_event WHERE firearm_id = $1 AND type = 'registered'`, [row.id])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'firearm' AND record_id = $1 AND action = 'created'`, [String(row.id)])).toBe(1);
    }
    const [registered] = await registry.dataSource.query(`SELECT occurred_on::text FROM firearm_event WHERE firearm_id = $1`, [rows[1].id]);
    expect(registered.occurred_on).toBe('2021-06-01');
  });

  it('wrote audit entries that verify, holding what was registered', async () => {
    const auditor = (await registry.as('auditor')).token;
    const rows = (await registry.dataSource.query(`SELECT id, import_row FROM firearm WHERE import_id = $1 ORDER BY import_row`, [id])) as { id: string; import_row: number }[];
    for (const row of rows) {
      const verification = await registry.http().get(`/audit/records/firearm/${row.id}/verification`).set({ Authorization: `Bearer ${auditor}` });
      expect(verification.body).toMatchObject({ entriesChecked: 1, intact: true, problem: null });
    }
    const [entry] = await registry.dataSource.query(`SELECT before, after, prev_hash FROM audit_entry WHERE record_type = 'firearm' AND record_id = $1`, [rows[1].id]);
    expect(entry.before).toBeNull();
    expect(entry.prev_hash).toBeNull();
    expect(entry.after).toMatchObject({ serialRaw: 'MX-0002', manufacturerCode: 'beretta', status: 'registered', initialEvent: 'registered', importId: id, importRow: 3 });
  });

  it('creates nothing when the same file is imported again', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM firearm`);
    const csv = ['Serial Number,Make,Model,Calibre,Category', 'MX-0001,Glock,G17,9mm,pistol', 'mx 0002,BERETTA,92FS,9x19,Pistol', 'MX-0006,Atelier Inconnu,,,shotgun'].join('\n');
    const again = await finished((await upload(csv, 'again.csv')).body.id);
    expect(again.progress).toMatchObject({ rowsAccepted: 0, rowsDuplicate: 3 });
    expect((await errorsOf(again.id)).map((e) => e.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/^already in the register as firearm /)]));
    expect(await count(`SELECT count(*)::int AS n FROM firearm`)).toBe(before);
  });
});

describe('files as they arrive', () => {
  it('reads a Latin-1 file with French headers, semicolons and day-first dates', async () => {
    const text = ['N° de série;Marque;Modèle;Calibre;Catégorie;Pays de fabrication;Date d\'enregistrement;Observations', 'FR-77;Manufacture d\'armes de Saint-Étienne;MAS 36;7,5 mm;Fusil;France;14/07/2019;Crosse abîmée'].join('\r\n');
    const latin1 = iconv.encode(text, 'latin1');
    const done = await finished((await upload(latin1, 'registre.csv')).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsAccepted: 1, rowsRejected: 0 }, file: { encoding: 'windows-1252' } });
    const [row] = await registry.dataSource.query(`SELECT make_text, category_code, country_of_manufacture, description FROM firearm WHERE serial_normalised = 'FR77'`);
    expect(row).toEqual({ make_text: "Manufacture d'armes de Saint-Étienne", category_code: 'rifle', country_of_manufacture: 'FR', description: 'Crosse abîmée' });
  });

  it('reads the first sheet of an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Armas');
    sheet.addRow(['Número de serie', 'Marca', 'Modelo', 'Calibre', 'Tipo de arma', 'Fecha de registro']);
    sheet.addRow(['BO-1001', 'Taurus', 'PT 92', '9mm', 'Pistola', new Date(Date.UTC(2022, 2, 15))]);
    sheet.addRow(['BO-1002', 'Forjas Taurus', 'RT 85', '.38 Special', 'Revólver', '15/03/2022']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const done = await finished((await upload(buffer, 'armas.xlsx')).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 }, file: { format: 'xlsx' } });
    const rows = await registry.dataSource.query(`SELECT serial_normalised, manufacturer_code, category_code FROM firearm WHERE serial_normalised LIKE 'BO10%' ORDER BY 1`);
    expect(rows).toEqual([
      { serial_normalised: 'BO1001', manufacturer_code: 'taurus', category_code: 'pistol' },
      { serial_normalised: 'BO1002', manufacturer_code: 'taurus', category_code: 'revolver' },
    ]);
  });

  it('turns a malformed CSV (unbalanced quotes) into row errors, importing the other rows', async () => {
    const csv = ['serial,make,category,description', 'Q-1,Glock,pistol,fine', 'Q-2,Glock,pistol,"never closed', 'Q-3,Glock,pistol,fine', 'Q-4,Glock,pistol,"quoted, with comma"'].join('\n');
    const done = await finished((await upload(csv, 'broken.csv')).body.id);
    expect(done.progress).toMatchObject({ rowsAccepted: 3, rowsRejected: 1 });
    expect(await errorsOf(done.id)).toEqual([{ row: 3, field: 'row', reason: 'unbalanced quotes: a quoted field is never closed', duplicateOf: null }]);
  });

  it('refuses a row holding a NUL character, importing the other rows', async () => {
    const csv = ['serial,make,category', 'NUL-1,Glock,pistol', 'NUL-2,Gl\u0000ock,pistol', 'NUL-3,Glock,pistol'].join('\n');
    const done = await finished((await upload(csv, 'nul.csv')).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsAccepted: 2, rowsRejected: 1 } });
    expect(await errorsOf(done.id)).toEqual([{ row: 3, field: 'row', reason: 'the row contains a NUL character: is the file text (CSV) or XLSX?', duplicateOf: null }]);
  });

  it('refuses a file over the size limit with 413 and stores nothing', async () => {
    const response = await upload(Buffer.alloc(3 * 1024 * 1024, 'a'), 'huge.csv');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await count(`SELECT count(*)::int AS n FROM import_job WHERE file_name = 'huge.csv'`)).toBe(0);
  });

  it('refuses an upload without a file, naming the field', async () => {
    const response = await registry.http().post('/imports').set(auth()).field('kind', 'firearms');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'file', message: 'is required' }]);
  });

  it('refuses a campaign or seizure for a kind that takes none, recording nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM import_job`);
    const response = await upload('serial,category\nT-1,pistol\n', 'target.csv', { seizureId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'seizureId', message: 'is not used by an import of kind firearms' }] });
    expect(await count(`SELECT count(*)::int AS n FROM import_job`)).toBe(before);
  });
});

describe('firearms with their holder', () => {
  it('links each row to the holder its document number names, however it is spaced, and refuses an unknown one', async () => {
    const holder = await registry.http().post('/holders').set(auth()).send({ kind: 'person', familyName: 'Diallo', givenNames: 'Awa', idDocumentNumber: '1 984 0302 00417' });
    expect(holder.status).toBe(201);
    const csv = ['serial,make,category,holder document', 'HD-1,Glock,pistol,1984030200417', 'HD-2,Glock,pistol,1 984 0302 00417', 'HD-3,Glock,pistol,0000000'].join('\n');
    const done = await finished((await upload(csv, 'holders.csv')).body.id);
    expect(done.progress).toMatchObject({ rowsAccepted: 2, rowsRejected: 1 });
    expect(await errorsOf(done.id)).toEqual([{ row: 4, field: 'holderDocument', reason: 'no holder with document or registration number "0000000"', duplicateOf: null }]);
    const rows = (await registry.dataSource.query(
      `SELECT f.serial_raw, f.holder_id, e.holder_id AS event_holder FROM firearm f JOIN firearm_event e ON e.firearm_id = f.id WHERE f.import_id = $1 ORDER BY f.serial_raw`,
      [done.id],
    )) as { serial_raw: string; holder_id: string; event_holder: string }[];
    expect(rows).toEqual([
      { serial_raw: 'HD-1', holder_id: holder.body.id, event_holder: holder.body.id },
      { serial_raw: 'HD-2', holder_id: holder.body.id, event_holder: holder.body.id },
    ]);
  });
});

describe('firearms with their markings', () => {
  it('writes each row\'s import marking and other marking with the firearm, each audited, and refuses a row whose marking is wrong', async () => {
    const csv = [
      "N° de série;Marque;Catégorie;Marquage d'importation;Pays d'importation;Année d'importation;Marquage;Type de marquage;Lisibilité",
      'MK-1;Glock;Pistolet;SN 24;Sénégal;2024;GLOCK AUSTRIA;Fabrication;lisible',
      'MK-2;Glock;Pistolet;;;;PROOF 87;poinçon;partiel',
      'MK-3;Glock;Pistolet;;SN;2024;;;',
    ].join('\n');
    const done = await finished((await upload(csv, 'marques.csv')).body.id);
    expect(done.progress).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1 });
    expect(await errorsOf(done.id)).toEqual([{ row: 4, field: 'importCountry', reason: expect.stringContaining('give its text'), duplicateOf: null }]);
    const markings = (await registry.dataSource.query(
      `SELECT f.serial_raw, m.id, m.type, m.text_raw, m.text_folded, m.legibility, m.import_country, m.import_year, m.import_row
         FROM marking m JOIN firearm f ON f.id = m.firearm_id WHERE m.import_id = $1 ORDER BY m.import_row, m.type`,
      [done.id],
    )) as Record<string, unknown>[];
    expect(markings.map(({ id: _id, ...m }) => m)).toEqual([
      { serial_raw: 'MK-1', type: 'import', text_raw: 'SN 24', text_folded: '5N24', legibility: 'intact', import_country: 'SN', import_year: 2024, import_row: 2 },
      { serial_raw: 'MK-1', type: 'manufacture', text_raw: 'GLOCK AUSTRIA', text_folded: 'G10CKAU5TR1A', legibility: 'intact', import_country: null, import_year: null, import_row: 2 },
      { serial_raw: 'MK-2', type: 'proof', text_raw: 'PROOF 87', text_folded: 'PR00F87', legibility: 'partial', import_country: null, import_year: null, import_row: 3 },
    ]);
    for (const marking of markings) {
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE record_type = 'marking' AND record_id = $1 AND action = 'created'`, [String(marking.id)])).toBe(1);
    }
  });
});

describe('dry runs and all-or-nothing', () => {
  const csv = ['serial,make,category', 'DR-1,Glock,pistol', 'DR-2,Glock,not-a-category', 'DR-3,Glock,pistol'].join('\n');

  it('a dry run validates every row and writes nothing', async () => {
    const done = await finished((await upload(csv, 'dry.csv', { dryRun: 'true' })).body.id);
    expect(done).toMatchObject({ status: 'completed', dryRun: true, progress: { rowsAccepted: 2, rowsRejected: 1 } });
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised LIKE 'DR%'`)).toBe(0);
  });

  it('a dry run finds duplicates of rows chunks earlier, keeping no key once done', async () => {
    const rows = bigCsv(4500, 'DD').trimEnd().split('\n');
    const file = [...rows, 'DD-000000,Glock,G17,9mm,pistol', 'DD-002100,Glock,G19,9mm,pistol'].join('\n');
    const done = await finished((await upload(file, 'dry-big.csv', { dryRun: 'true' })).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 4502, rowsAccepted: 4500, rowsDuplicate: 2, rowsRejected: 0 } });
    expect(await errorsOf(done.id)).toEqual([
      { row: 4502, field: 'serialNumber', reason: 'duplicate of row 2 in this file', duplicateOf: null },
      { row: 4503, field: 'serialNumber', reason: 'duplicate of row 2102 in this file', duplicateOf: null },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised LIKE 'DD%'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM import_dry_run_key WHERE import_id = $1`, [done.id])).toBe(0);
  });

  it('all-or-nothing writes nothing when a row is refused', async () => {
    const done = await finished((await upload(csv, 'strict.csv', { allOrNothing: 'true' })).body.id);
    expect(done).toMatchObject({ status: 'failed', error: expect.stringContaining('nothing was written') });
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised LIKE 'DR%'`)).toBe(0);
    expect((await errorsOf(done.id)).map((e) => e.row)).toEqual([3]);
  });

  it('all-or-nothing writes everything when every row is good', async () => {
    const good = ['serial,make,category', 'AON-1,Glock,pistol', 'AON-2,Glock,pistol'].join('\n');
    const done = await finished((await upload(good, 'good.csv', { allOrNothing: 'true' })).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsAccepted: 2 } });
  });

  it('all-or-nothing skips rows already on the register and writes the new ones', async () => {
    const good = ['serial,make,category', 'AON-1,Glock,pistol', 'AON-2,Glock,pistol', 'AON-3,Glock,pistol'].join('\n');
    const done = await finished((await upload(good, 'good-again.csv', { allOrNothing: 'true' })).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsAccepted: 1, rowsDuplicate: 2, rowsRejected: 0 } });
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised LIKE 'AON%'`)).toBe(3);
  });
});

describe('long imports', () => {
  it('can be cancelled, keeping exactly the chunks already committed', async () => {
    const queued = await upload(bigCsv(40_000, 'CX'), 'cancel.csv');
    await until(async () => ((await registry.http().get(`/imports/${queued.body.id}`).set(auth())).body.progress.rowsAccepted > 0 ? true : undefined), 'the first chunk', 60_000, worker);
    const cancelled = await registry.http().post(`/imports/${queued.body.id}/cancel`).set(auth()).send({ reason: 'wrong file' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 1500));
    const after = (await registry.http().get(`/imports/${queued.body.id}`).set(auth())).body;
    expect(after.status).toBe('cancelled');
    expect(after.progress.rowsAccepted).toBeLessThan(40_000);
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE import_id = $1`, [queued.body.id])).toBe(after.progress.rowsAccepted);
  });

  it('resumes after the worker is killed, with no duplicate and no lost row', async () => {
    const rows = 30_000;
    const queued = await upload(bigCsv(rows, 'KW'), 'kill.csv');
    await until(async () => ((await registry.dataSource.query(`SELECT rows_accepted FROM import_job WHERE id = $1`, [queued.body.id]))[0].rows_accepted > 0 ? true : undefined), 'the first chunk', 60_000, worker);
    worker.process.kill('SIGKILL');
    await worker.exited;
    const [partial] = await registry.dataSource.query(`SELECT rows_accepted, status FROM import_job WHERE id = $1`, [queued.body.id]);
    expect(partial.status).toBe('running');
    expect(partial.rows_accepted).toBeLessThan(rows);

    worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000' });
    const done = await finished(queued.body.id, 90_000);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: rows, rowsAccepted: rows, rowsRejected: 0, rowsDuplicate: 0 } });
    expect(await count(`SELECT count(*)::int AS n FROM firearm WHERE import_id = $1`, [queued.body.id])).toBe(rows);
    expect(await count(`SELECT count(DISTINCT serial_normalised)::int AS n FROM firearm WHERE import_id = $1`, [queued.body.id])).toBe(rows);
    expect(await count(`SELECT count(*)::int AS n FROM firearm_event e JOIN firearm f ON f.id = e.firearm_id WHERE f.import_id = $1`, [queued.body.id])).toBe(rows);
  });
});

describe('listing', () => {
  it('lists imports newest first with their status, for officers and auditors', async () => {
    const auditor = (await registry.as('auditor')).token;
    const response = await registry.http().get('/imports?status=completed&limit=5').set('Authorization', `Bearer ${auditor}`);
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((i: { status: string }) => i.status === 'completed')).toBe(true);
    const investigator = (await registry.as('investigator')).token;
    expect((await registry.http().get('/imports').set('Authorization', `Bearer ${investigator}`)).status).toBe(403);
  });
});

