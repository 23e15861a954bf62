/**
 * Bulk import speed against its ceiling: imports N synthetic firearm rows
 * (default 1,000,000) through the real pipeline (the CLI's in-process import:
 * streamed parsing, validation, alias resolution, set-based writes, lifecycle
 * events and audit entries), then COPYs the same file into a bare table on the
 * same server. Prints rows/second for both, the ratio, and the importing
 * process's peak resident memory (VmHWM); first, a dry run of the file (the
 * same reading and validation, nothing written). Between the two it measures what
 * bounds any import of the register: the database alone writing the same
 * records again (firearms, events, audit entries), and COPY of the same firearm
 * rows straight into the register's table (with its indexes, then its foreign keys).
 * Last, an XLSX workbook of --xlsx-rows rows (default 200,000; 0 skips it) is
 * imported the same way: its rate and the importing process's peak memory.
 *
 * Run from the project root with local services:
 *   node scripts/registry.mjs services > /tmp/s.env &  sleep 10; source /tmp/s.env
 *   npm run build && npm run bench:import -- --rows 1000000
 *
 * DATABASE_URL only names the server: the bench creates bench_import_<random>,
 * migrates and seeds it through the CLI, and drops it at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, 'xlsx-rows': { type: 'string', default: '200000' } } });
const rows = Number(values.rows);
const xlsxRows = Number(values['xlsx-rows']);

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

const MAKERS = [
  { make: 'Glock', model: 'G17', calibre: '9mm', category: 'pistol', country: 'AT', serial: (i: number) => `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i >> 5) % 26))}X${i}` },
  { make: 'Zastava', model: 'M70', calibre: '7.62x39', category: 'Fusil d\'assaut', country: 'Serbie', serial: (i: number) => `${70 + (i % 30)}-${i}` },
  { make: 'Beretta', model: '92FS', calibre: '9 mm Parabellum', category: 'Pistola', country: 'IT', serial: (i: number) => `BER${i}Z` },
  { make: 'China North Industries', model: 'Type 56', calibre: '7.62×39mm', category: 'assault_rifle', country: 'CHN', serial: (i: number) => `${10_000_000 + i}` },
  { make: 'Baikal', model: 'MP-27', calibre: '12 gauge', category: 'Escopeta', country: 'RU', serial: (i: number) => `OS${i}` },
];

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('serial,make,model,calibre,category,country of manufacture,year,registered on\n');
  for (let i = 0; i < rows; i++) {
    const m = MAKERS[i % MAKERS.length];
    await write(`${m.serial(i)},${m.make},${m.model},${m.calibre},"${m.category}",${m.country},${1990 + (i % 35)},${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2020\n`);
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

/** The same kind of register as an XLSX workbook (shared strings, as Excel writes them), streamed to disk. */
async function writeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Register');
  sheet.addRow(['serial', 'make', 'model', 'calibre', 'category', 'country of manufacture', 'year', 'registered on']).commit();
  for (let i = 0; i < xlsxRows; i++) {
    const m = MAKERS[i % MAKERS.length];
    sheet.addRow([`XL${m.serial(i)}`, m.make, m.model, m.calibre, m.category, m.country, 1990 + (i % 35), `${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2020`]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** Peak resident memory of a process, from the kernel (Linux). */
function peakRssMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

/** Chunk by chunk, as the import commits: firearm rows (new ids, serials suffixed), their events, their audit entries. */
async function registerWriteFloor(db: pg.Client, importId: string): Promise<number> {
  const [{ last }] = (await db.query(`SELECT coalesce(max(import_row), 0) AS last FROM firearm WHERE import_id = $1`, [importId])).rows as { last: number }[];
  await db.query(`CREATE TEMP TABLE floor_map AS SELECT id AS old_id, uuidv7() AS new_id, import_row FROM firearm WHERE import_id = $1`, [importId]);
  await db.query(`CREATE INDEX ON floor_map (import_row)`);
  await db.query(`ANALYZE floor_map`);
  const chunk = 2000;
  const started = performance.now();
  for (let from = 1; from <= last; from += chunk) {
    await db.query('BEGIN');
    const range = [from, from + chunk - 1];
    await db.query(
      `INSERT INTO firearm (id, item_kind, category_code, action_code, make_text, manufacturer_code, model, calibre_text, calibre_code, serial_raw, serial_normalised, serial_folded,
                            country_of_manufacture, year_of_manufacture, barrel_length_mm, origin, description, status, holder_id, registering_agency_id, unregistered_before_seizure,
                            import_key, import_id, import_row, version, created_at, updated_at)
       SELECT m.new_id, item_kind, category_code, action_code, make_text, manufacturer_code, model, calibre_text, calibre_code, serial_raw || '-F', serial_normalised || 'F', serial_folded || 'F',
              country_of_manufacture, year_of_manufacture, barrel_length_mm, origin, description, status, holder_id, registering_agency_id, unregistered_before_seizure,
              NULL, import_id, f.import_row, version, now(), now()
         FROM floor_map m JOIN firearm f ON f.id = m.old_id WHERE m.import_row BETWEEN $1 AND $2`,
      range,
    );
    await db.query(
      `INSERT INTO firearm_event (id, firearm_id, ordinal, type, occurred_on, recorded_at, recorded_by, agency_id, holder_id, status_after, reference_documents, details)
       SELECT uuidv7(), m.new_id, ordinal, type, occurred_on, now(), recorded_by, agency_id, holder_id, status_after, reference_documents, details
         FROM floor_map m JOIN firearm_event e ON e.firearm_id = m.old_id WHERE m.import_row BETWEEN $1 AND $2`,
      range,
    );
    const [{ last_seq: base }] = (await db.query(`UPDATE audit_counter SET last_seq = last_seq + $1 WHERE id = 1 RETURNING last_seq - $1 AS last_seq`, [chunk])).rows as { last_seq: string }[];
    await db.query(
      `INSERT INTO audit_entry (id, seq, record_type, record_id, action, actor_user_id, actor_username, actor_agency_id, actor_roles, occurred_at, request_id, client_address, before, after, reason, prev_hash, hash)
       SELECT uuidv7(), $3::bigint + row_number() OVER (), a.record_type, m.new_id::text, a.action, a.actor_user_id, a.actor_username, a.actor_agency_id, a.actor_roles, now(),
              a.request_id, a.client_address, a.before, a.after, a.reason, a.prev_hash, a.hash
         FROM floor_map m JOIN audit_entry a ON a.record_type = 'firearm' AND a.record_id = m.old_id::text WHERE m.import_row BETWEEN $1 AND $2`,
      [...range, base],
    );
    await db.query('COMMIT');
  }
  return (performance.now() - started) / 1000;
}

/** The CLI's import of the file, as an operator runs it: wall time (process start included), peak RSS and its summary. */
async function cliImport(env: NodeJS.ProcessEnv, file: string, options: string[]): Promise<{ seconds: number; peak: number; summary: { id: string; rowsAccepted: number } }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'dist/src/cli.js'), 'import', '--file', file, '--agency', 'BENCH', ...options], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakRssMb(child.pid!) ?? 0)), 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`import exited with ${code}: ${output}`);
  return { seconds, peak, summary: JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)) as { id: string; rowsAccepted: number } };
}

const REGISTER_COPY_COLUMNS =
  'item_kind, category_code, action_code, make_text, manufacturer_code, model, calibre_text, calibre_code, serial_raw, serial_normalised, serial_folded, country_of_manufacture, year_of_manufacture, origin, status, registering_agency_id, import_id, import_row, version, created_at, updated_at';

/**
 * The database's own fastest way into the register: COPY of the imported firearm
 * rows (new ids, serials suffixed) into a copy of the firearm table with its
 * indexes but no foreign keys, then into the firearm table itself. No events, no
 * audit, no work in Node: what any import writing the register is bounded by.
 */
async function registerCopySeconds(db: pg.Client, importId: string, file: string): Promise<{ indexed: number; register: number }> {
  await pipeline(
    db.query(copyTo(`COPY (SELECT uuidv7(), ${REGISTER_COPY_COLUMNS.replace('serial_raw, serial_normalised, serial_folded', "serial_raw || '-C', serial_normalised || 'C', serial_folded || 'C'")} FROM firearm WHERE import_id = '${importId}') TO STDOUT WITH (FORMAT csv)`)),
    createWriteStream(file),
  );
  const copyInto = async (table: string) => {
    const started = performance.now();
    await pipeline(createReadStream(file), db.query(copyFrom(`COPY ${table} (id, ${REGISTER_COPY_COLUMNS}) FROM STDIN WITH (FORMAT csv)`)));
    return (performance.now() - started) / 1000;
  };
  await db.query(`CREATE TABLE firearm_indexed_only (LIKE firearm INCLUDING ALL)`);
  await db.query(`INSERT INTO firearm_indexed_only SELECT * FROM firearm`);
  const indexed = await copyInto('firearm_indexed_only');
  await db.query(`DROP TABLE firearm_indexed_only`);
  return { indexed, register: await copyInto('firearm') };
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server || !process.env.REDIS_URL) throw new Error('DATABASE_URL and REDIS_URL are required (see the header of this file)');
  const name = `bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = databaseUrl(server, name);
  const file = path.join(tmpdir(), `${name}.csv`);
  // Every connection the CLI makes goes to the bench database as the server's superuser: the services' printed
  // MIGRATION_DATABASE_URL (sourced with DATABASE_URL) names the dev database, which migrate would then migrate instead.
  const env = { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: url, TZ: 'UTC', LOG_LEVEL: 'warn', IMPORT_DIR: path.join(tmpdir(), name) };
  try {
    for (const command of ['migrate', 'seed']) {
      const result = spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), command], { env, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
    }
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query(`INSERT INTO agency (id, code, name, type, created_at, updated_at) VALUES (gen_random_uuid(), 'BENCH', 'Bench agency', 'national_firearms_authority', now(), now())`);

    process.stderr.write(`[bench] writing ${rows} rows…\n`);
    await writeCsv(file);

    process.stderr.write('[bench] a dry run of the file: reading, validation and duplicate checks, nothing written…\n');
    const dryRun = await cliImport(env, file, ['--dry-run']);
    process.stderr.write('[bench] importing through the pipeline…\n');
    const { seconds: importSeconds, peak, summary } = await cliImport(env, file, []);

    process.stderr.write('[bench] the register writing the same records again, with no work in Node…\n');
    const floorSeconds = await registerWriteFloor(db, summary.id);

    process.stderr.write('[bench] COPY of the same firearm rows into the register table (indexes only, then with its foreign keys)…\n');
    const registerCopy = await registerCopySeconds(db, summary.id, `${file}.register`);

    process.stderr.write('[bench] raw COPY of the same file into a bare table…\n');
    await db.query(`CREATE TABLE bare (serial text, make text, model text, calibre text, category text, country text, year text, registered_on text)`);
    const copyStarted = performance.now();
    await pipeline(createReadStream(file), db.query(copyFrom(`COPY bare FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const copySeconds = (performance.now() - copyStarted) / 1000;

    let xlsx: { seconds: number; peak: number; accepted: number; bytes: number } | null = null;
    if (xlsxRows > 0) {
      process.stderr.write(`[bench] writing an XLSX workbook of ${xlsxRows} rows and importing it…\n`);
      await writeXlsx(`${file}.xlsx`);
      const bytes = statSync(`${file}.xlsx`).size;
      const run = await cliImport(env, `${file}.xlsx`, []);
      xlsx = { seconds: run.seconds, peak: run.peak, accepted: run.summary.rowsAccepted, bytes };
    }
    await db.end();

    const importRate = summary.rowsAccepted / importSeconds;
    const copyRate = rows / copySeconds;
    const floorRate = summary.rowsAccepted / floorSeconds;
    const figures = {
      rows,
      accepted: summary.rowsAccepted,
      importSeconds: Number(importSeconds.toFixed(1)),
      importRowsPerSecond: Math.round(importRate),
      peakImportRssMb: peak,
      dryRunSeconds: Number(dryRun.seconds.toFixed(1)),
      dryRunRowsPerSecond: Math.round(rows / dryRun.seconds),
      peakDryRunRssMb: dryRun.peak,
      copySeconds: Number(copySeconds.toFixed(2)),
      copyRowsPerSecond: Math.round(copyRate),
      importShareOfCopy: Number(((importRate / copyRate) * 100).toFixed(1)),
      registerFloorSeconds: Number(floorSeconds.toFixed(1)),
      registerFloorRowsPerSecond: Math.round(floorRate),
      registerFloorShareOfCopy: Number(((floorRate / copyRate) * 100).toFixed(1)),
      importShareOfRegisterFloor: Number(((importRate / floorRate) * 100).toFixed(1)),
      registerIndexedCopyRowsPerSecond: Math.round(summary.rowsAccepted / registerCopy.indexed),
      registerIndexedCopyShareOfCopy: Number(((summary.rowsAccepted / registerCopy.indexed / copyRate) * 100).toFixed(1)),
      registerCopyRowsPerSecond: Math.round(summary.rowsAccepted / registerCopy.register),
      registerCopyShareOfCopy: Number(((summary.rowsAccepted / registerCopy.register / copyRate) * 100).toFixed(1)),
      ...(xlsx ? { xlsxRows, xlsxBytes: xlsx.bytes, xlsxAccepted: xlsx.accepted, xlsxSeconds: Number(xlsx.seconds.toFixed(1)), xlsxRowsPerSecond: Math.round(xlsx.accepted / xlsx.seconds), peakXlsxRssMb: xlsx.peak } : {}),
    };
    process.stdout.write(
      [
        `import ${rows} rows: ${figures.importSeconds} s, ${figures.importRowsPerSecond} rows/s (process start included), peak RSS ${peak} MB`,
        `dry run of the same file (read, validated, checked for duplicates, nothing written): ${figures.dryRunSeconds} s, ${figures.dryRunRowsPerSecond} rows/s, peak RSS ${dryRun.peak} MB`,
        `raw COPY of the same rows: ${figures.copySeconds} s, ${figures.copyRowsPerSecond} rows/s`,
        `import rate = ${figures.importShareOfCopy}% of the raw COPY rate (target ≥ 25%); peak memory target < 500 MB`,
        `register write floor (the same firearms, events and audit entries written by the database alone): ${figures.registerFloorRowsPerSecond} rows/s = ${figures.registerFloorShareOfCopy}% of raw COPY; the import reaches ${figures.importShareOfRegisterFloor}% of it`,
        `COPY of the same firearm rows into the register's table, nothing else written: ${figures.registerIndexedCopyRowsPerSecond} rows/s with its indexes only (${figures.registerIndexedCopyShareOfCopy}% of raw COPY), ${figures.registerCopyRowsPerSecond} rows/s with its foreign keys too (${figures.registerCopyShareOfCopy}%)`,
        ...(xlsx ? [`XLSX workbook of ${xlsxRows} rows (${(xlsx.bytes / 1024 ** 2).toFixed(1)} MB): ${figures.xlsxSeconds} s, ${figures.xlsxRowsPerSecond} rows/s (process start included), peak RSS of the importing process ${xlsx.peak} MB (target < 500 MB)`] : []),
        JSON.stringify(figures),
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(file, { force: true });
    rmSync(`${file}.register`, { force: true });
    rmSync(`${file}.xlsx`, { force: true });
    rmSync(env.IMPORT_DIR, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
