import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { spawnWorker, until, type WorkerProcess } from './support/worker.js';
import { sheetXml, workbookOf, zipOf } from './support/xlsx-files.js';

let registry: TestRegistry;
let worker: WorkerProcess;
let officer: string;
const storage = mkdtempSync(path.join(tmpdir(), 'registry-hostile-'));

beforeAll(async () => {
  registry = await startRegistry({ IMPORT_DIR: storage, IMPORT_MAX_BYTES: String(8 * 1024 * 1024) });
  // A low unpacked limit keeps the zip bomb quick to refuse; memory stays bounded whatever the limit.
  worker = spawnWorker(registry.config, { JOB_LOCK_MS: '2000', IMPORT_XLSX_MAX_UNPACKED_BYTES: String(256 * 1024 * 1024) });
  officer = (await registry.as('registry_officer')).token;
});

afterAll(async () => {
  if (worker?.process.exitCode === null) worker.process.kill('SIGKILL');
  await registry?.close();
  rmSync(storage, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${officer}` });
const upload = (content: Buffer | string, name: string) =>
  registry.http().post('/imports').set(auth()).field('kind', 'firearms').attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);

async function finished(id: string, ms = 90_000) {
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

/** The worker's peak resident memory so far, from the kernel. */
function workerPeakMb(): number {
  const status = readFileSync(`/proc/${worker.process.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

const imports = async () => (await registry.dataSource.query(`SELECT count(*)::int AS n FROM import_job`))[0].n as number;
const HEADER = ['serial', 'make', 'category'];

describe('files that are not a register', () => {
  const cases: [string, Buffer, string][] = [
    ['a PNG image renamed .csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]), 'a PNG image'],
    ['a PDF document', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n'), 'a PDF document'],
    ['a ZIP archive of other files', zipOf({ 'photos/one.jpg': 'not really', 'readme.txt': 'hello' }), 'a ZIP archive that is not an XLSX workbook'],
    ['an old Excel 97-2003 workbook', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'an Excel 97-2003 workbook (.xls)'],
  ];

  it.each(cases)('refuses %s at upload, saying what it is, and keeps nothing', async (_case, content, what) => {
    const before = await imports();
    const stored = readdirSync(storage).length;
    const response = await upload(content, 'register.csv');
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('IMPORT_FILE_UNSUPPORTED');
    expect(response.body.detail ?? response.body.message ?? JSON.stringify(response.body)).toContain(what);
    expect(response.body.errors).toEqual([{ field: 'file', message: expect.stringContaining(what) }]);
    expect(await imports()).toBe(before);
    expect(readdirSync(storage).length).toBe(stored);
  });
});

describe('hostile workbooks', () => {
  it('refuses a zip bomb (a 1 GB sheet packed in about 1 MB) with a clear reason, the worker staying small', async () => {
    const bomb = workbookOf({ prefix: sheetXml([HEADER]).replace('</sheetData></worksheet>', ''), unit: ' '.repeat(1024 * 1024), times: 1024, suffix: '</sheetData></worksheet>' });
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const response = await upload(bomb, 'bomb.xlsx');
    expect(response.status).toBe(202);
    const done = await finished(response.body.id);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(/unpacks to more than 268435456 bytes/);
    expect(workerPeakMb()).toBeLessThan(500);
  });

  it('refuses a shared-strings bomb: one string of 400 MB, then many strings past the total', async () => {
    const one = workbookOf(sheetXml([HEADER]), { prefix: '<sst><si><t>', unit: 'A'.repeat(1024 * 1024), times: 400, suffix: '</t></si></sst>' });
    const first = await finished((await upload(one, 'strings.xlsx')).body.id);
    expect(first).toMatchObject({ status: 'failed', error: expect.stringMatching(/longer than 32767 characters/) });

    const many = workbookOf(sheetXml([HEADER]), { prefix: '<sst>', unit: `<si><t>${'B'.repeat(30_000)}</t></si>`, times: 2000, suffix: '</sst>' });
    const second = await finished((await upload(many, 'strings-many.xlsx')).body.id);
    expect(second).toMatchObject({ status: 'failed', error: expect.stringMatching(/shared strings exceed 33554432 characters/) });
    expect(workerPeakMb()).toBeLessThan(500);
  });

  it('refuses a row of 100,000 cells', async () => {
    const wide = workbookOf({ prefix: '<worksheet><sheetData><row r="1">', unit: '<c t="inlineStr"><is><t>x</t></is></c>', times: 100_000, suffix: '</row></sheetData></worksheet>' });
    const done = await finished((await upload(wide, 'wide.xlsx')).body.id);
    expect(done).toMatchObject({ status: 'failed', error: expect.stringMatching(/beyond the 500 columns/) });
  });
});

describe('broken workbooks end as failed or are read, never stuck', () => {
  it('reads a sheet whose cells have no r= reference (each cell is the one after the previous)', async () => {
    const file = workbookOf(sheetXml([HEADER, ['NR-1', 'Glock', 'pistol'], ['NR-2', 'Beretta', 'pistol']], false));
    const done = await finished((await upload(file, 'no-references.xlsx')).body.id);
    expect(done).toMatchObject({ status: 'completed', progress: { rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 } });
    expect((await registry.dataSource.query(`SELECT count(*)::int AS n FROM firearm WHERE serial_normalised IN ('NR1', 'NR2')`))[0].n).toBe(2);
  });

  it('fails a workbook whose sheet data is damaged, with the reason', async () => {
    const file = workbookOf(sheetXml([HEADER, ['DM-1', 'Glock', 'pistol']]));
    // Flip bytes inside the sheet's compressed data (the last part before the directory).
    const directory = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const sheetStart = file.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml'), directory - 1) + 'xl/worksheets/sheet1.xml'.length;
    for (let i = sheetStart + 2; i < directory - 2; i++) file[i] ^= 0xa5;
    const response = await upload(file, 'damaged.xlsx');
    expect(response.status).toBe(202);
    const done = await finished(response.body.id);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(/damaged|refused|column/);
  });

  it('refuses a truncated XLSX at upload', async () => {
    const file = workbookOf(sheetXml([HEADER, ['TR-1', 'Glock', 'pistol']]));
    const response = await upload(file.subarray(0, Math.floor(file.length / 2)), 'truncated.xlsx');
    expect(response.status).toBe(415);
    expect(response.body.errors[0].message).toContain('damaged ZIP archive');
  });
});
