import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';
import { sheetXml, workbookOf } from './support/xlsx-files.js';

let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
let auditor: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-preview-'));

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage });
  worker = spawnWorker(registry.config);
  officer = (await registry.as('registry_officer')).token;
  auditor = (await registry.as('auditor')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

/** A French legacy register as Excel on Windows saves it: Windows-1252, semicolons, a column no field has. */
const FRENCH = iconv.encode(
  ['N° de série;Marque;TYPE_ARME;Couleur;Calibre', 'PV-001;Beretta;Pistolet;noir;9mm', 'PV-002;Glock;Pistolet;gris;9mm', 'PV-003;Manufrance;Fusil de chasse;bois;12', 'PV-004;;Carabine;;22LR'].join('\r\n'),
  'windows-1252',
);

function preview(file: Buffer, fields: Record<string, string>, name = 'registre.csv', token = officer) {
  let request = registry.http().post('/imports/preview').set('Authorization', `Bearer ${token}`);
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  return request.attach('file', file, name);
}

const jobs = async () => Number((await registry.dataSource.query(`SELECT count(*) FROM import_job`))[0].count);

describe('previewing a file before importing it', () => {
  it('reads the header as the import would: fields recognised in French, columns no field has, samples, and what would make it fail', async () => {
    const response = await preview(FRENCH, { kind: 'firearms' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ kind: 'firearms', format: 'csv', encoding: 'windows-1252', sampleRows: 4, ignoredColumns: [], unknownColumns: ['TYPE_ARME', 'Couleur'], missingFields: ['category'], duplicateFields: [] });
    expect(response.body.columns).toEqual([
      { index: 0, header: 'N° de série', field: 'serialNumber', source: 'recognised', samples: ['PV-001', 'PV-002', 'PV-003', 'PV-004'] },
      { index: 1, header: 'Marque', field: 'make', source: 'recognised', samples: ['Beretta', 'Glock', 'Manufrance', ''] },
      { index: 2, header: 'TYPE_ARME', field: null, source: 'unknown', samples: ['Pistolet', 'Pistolet', 'Fusil de chasse', 'Carabine'] },
      { index: 3, header: 'Couleur', field: null, source: 'unknown', samples: ['noir', 'gris', 'bois', ''] },
      { index: 4, header: 'Calibre', field: 'calibre', source: 'recognised', samples: ['9mm', '9mm', '12', '22LR'] },
    ]);
    const fields = response.body.fields as { name: string; required: boolean; headers: string[] }[];
    expect(fields.find((f) => f.name === 'category')).toEqual({ name: 'category', required: true, headers: expect.arrayContaining(['catégorie', 'tipo de arma']) });
    expect(fields.find((f) => f.name === 'make')).toMatchObject({ required: false });
    // Nothing is stored: no import, no file left behind.
    expect(await jobs()).toBe(0);
    expect(readdirSync(storage)).toEqual([]);
  });

  it('applies the officer\'s mapping: a column read as a field, a recognised one left out', async () => {
    const response = await preview(FRENCH, { kind: 'firearms', columnMapping: JSON.stringify({ TYPE_ARME: 'category', Marque: '' }) });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ignoredColumns: ['Marque'], unknownColumns: ['Couleur'], missingFields: [] });
    expect(response.body.columns.map((c: { field: string | null; source: string }) => [c.field, c.source])).toEqual([
      ['serialNumber', 'recognised'],
      [null, 'ignored'],
      ['category', 'mapped'],
      [null, 'unknown'],
      ['calibre', 'recognised'],
    ]);
  });

  it('says which field two columns would both be read as', async () => {
    const response = await preview(Buffer.from('serial,numéro de série,category\nA,B,pistol\n'), { kind: 'firearms' });
    expect(response.body.duplicateFields).toEqual([{ field: 'serialNumber', headers: ['serial', 'numéro de série'] }]);
    const mapped = await preview(Buffer.from('serial,numéro de série,category\nA,B,pistol\n'), { kind: 'firearms', columnMapping: JSON.stringify({ 'numéro de série': 'recordKey' }) });
    expect(mapped.body.duplicateFields).toEqual([]);
  });

  it('reads only the first rows of a large file, and the first sheet of a workbook', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `BIG-${i},Glock,pistol`);
    const started = Date.now();
    const large = await preview(Buffer.from(['serial,make,category', ...rows].join('\n')), { kind: 'firearms' });
    expect(large.status).toBe(200);
    expect(large.body.sampleRows).toBe(5);
    expect(large.body.columns[0].samples).toEqual(['BIG-0', 'BIG-1', 'BIG-2', 'BIG-3', 'BIG-4']);
    expect(Date.now() - started).toBeLessThan(5000);

    const workbook = workbookOf(sheetXml([['Numéro de serie', 'Tipo de arma', 'Observaciones'], ['XL-1', 'pistola', 'nada']]));
    const xlsx = await preview(workbook, { kind: 'firearms' }, 'registro.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.body).toMatchObject({ format: 'xlsx', encoding: null, sampleRows: 1, unknownColumns: [], missingFields: [] });
    expect(xlsx.body.columns.map((c: { field: string }) => c.field)).toEqual(['serialNumber', 'category', 'description']);
  });

  it('knows each kind\'s fields: a marking log needs its type and text', async () => {
    const response = await preview(Buffer.from('serial,note\nA,b\n'), { kind: 'markings' });
    expect(response.status).toBe(200);
    expect(response.body.missingFields).toEqual(['type', 'text']);
  });

  it('refuses a mapping to a field the kind does not have, naming it, in the preview, the dry run and the import', async () => {
    const mapping = JSON.stringify({ TYPE_ARME: 'category', Couleur: 'colour' });
    const refused = await preview(FRENCH, { kind: 'firearms', columnMapping: mapping });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'columnMapping', message: expect.stringContaining('"colour" is not a field') }] });
    expect(refused.body.detail).toContain('colour');

    for (const dryRun of ['true', 'false']) {
      const upload = await registry.http().post('/imports').set('Authorization', `Bearer ${officer}`).field('kind', 'firearms').field('dryRun', dryRun).field('columnMapping', mapping).attach('file', FRENCH, 'registre.csv');
      expect(upload.status).toBe(400);
      expect(upload.body.errors).toEqual([{ field: 'columnMapping', message: expect.stringContaining('"colour"') }]);
    }
    expect(await jobs()).toBe(0);

    const notText = await preview(FRENCH, { kind: 'firearms', columnMapping: JSON.stringify({ Couleur: 3 }) });
    expect(notText.status).toBe(400);
    expect(notText.body.errors[0]).toMatchObject({ field: 'columnMapping', message: expect.stringContaining('"Couleur" must map to a field name') });
  });

  it('refuses what is not a register, and an officer\'s preview is not an auditor\'s', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await preview(png, { kind: 'firearms' }, 'photo.csv')).status).toBe(415);
    expect((await preview(Buffer.alloc(0), { kind: 'firearms' })).status).toBe(422);
    const noFile = await registry.http().post('/imports/preview').set('Authorization', `Bearer ${officer}`).field('kind', 'firearms');
    expect(noFile.status).toBe(400);
    expect((await preview(FRENCH, { kind: 'weapons' })).status).toBe(400);
    expect((await preview(FRENCH, { kind: 'firearms' }, 'registre.csv', auditor)).status).toBe(403);
    expect(readdirSync(storage)).toEqual([]);
  });
});

describe('the dry run and the import read the file with the mapping the preview showed', () => {
  async function run(dryRun: boolean) {
    const upload = await registry
      .http()
      .post('/imports')
      .set('Authorization', `Bearer ${officer}`)
      .field('kind', 'firearms')
      .field('dryRun', String(dryRun))
      .field('columnMapping', JSON.stringify({ TYPE_ARME: 'category', Marque: '' }))
      .attach('file', FRENCH, 'registre.csv');
    expect(upload.status).toBe(202);
    return until(
      async () => {
        const r = await registry.http().get(`/imports/${upload.body.id}`).set('Authorization', `Bearer ${officer}`);
        return ['completed', 'failed'].includes(r.body.status) ? r.body : undefined;
      },
      'the import',
      60_000,
      worker,
    );
  }

  it('validates every row in the dry run, writing nothing, then imports without the column left out', async () => {
    const dry = await run(true);
    expect(dry).toMatchObject({ status: 'completed', dryRun: true, progress: { rowsRead: 4, rowsAccepted: 4, rowsRejected: 0 } });
    expect(dry.file.ignoredColumns).toEqual(['Marque', 'Couleur']);
    expect(Number((await registry.dataSource.query(`SELECT count(*) FROM firearm WHERE serial_raw LIKE 'PV-%'`))[0].count)).toBe(0);

    const done = await run(false);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsAccepted: 4, rowsRejected: 0 } });
    const written = await registry.dataSource.query(`SELECT serial_raw AS serial_number, category_code, make_text, manufacturer_code FROM firearm WHERE serial_raw LIKE 'PV-%' ORDER BY serial_raw`);
    expect(written.map((f: { serial_number: string; category_code: string }) => [f.serial_number, f.category_code])).toEqual([
      ['PV-001', 'pistol'],
      ['PV-002', 'pistol'],
      ['PV-003', 'shotgun'],
      ['PV-004', 'carbine'],
    ]);
    // The make column was left out: no firearm has a make from the file.
    expect(written.every((f: { make_text: string | null; manufacturer_code: string | null }) => f.make_text === null && f.manufacturer_code === null)).toBe(true);
  });
});
