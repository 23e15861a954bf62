/**
 * Bulk import speed against its ceiling: imports N synthetic firearm rows
 * (default 1,000,000) through the real pipeline (the CLI's in-process import:
 * streamed parsing, validation, alias resolution, set-based writes, lifecycle
 * events and audit entries), then COPYs the same file into a bare table on the
 * same server. Prints rows/second for both, the ratio, and the importing
 * process's peak resident memory (VmHWM).
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
import { createReadStream, createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const rows = Number(values.rows);

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

/** Peak resident memory of a process, from the kernel (Linux). */
function peakRssMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
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
  const env = { ...process.env, DATABASE_URL: url, TZ: 'UTC', LOG_LEVEL: 'warn', IMPORT_DIR: path.join(tmpdir(), name) };
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

    process.stderr.write('[bench] importing through the pipeline…\n');
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist/src/cli.js'), 'import', '--file', file, '--agency', 'BENCH'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, peakRssMb(child.pid!) ?? 0)), 200);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(sampler);
    const importSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`import exited with ${code}: ${output}`);
    const summary = JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)) as { rowsAccepted: number };

    process.stderr.write('[bench] raw COPY of the same file into a bare table…\n');
    await db.query(`CREATE TABLE bare (serial text, make text, model text, calibre text, category text, country text, year text, registered_on text)`);
    const copyStarted = performance.now();
    await pipeline(createReadStream(file), db.query(copyFrom(`COPY bare FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    const copySeconds = (performance.now() - copyStarted) / 1000;
    await db.end();

    const importRate = summary.rowsAccepted / importSeconds;
    const copyRate = rows / copySeconds;
    const figures = {
      rows,
      accepted: summary.rowsAccepted,
      importSeconds: Number(importSeconds.toFixed(1)),
      importRowsPerSecond: Math.round(importRate),
      peakImportRssMb: peak,
      copySeconds: Number(copySeconds.toFixed(2)),
      copyRowsPerSecond: Math.round(copyRate),
      importShareOfCopy: Number(((importRate / copyRate) * 100).toFixed(1)),
    };
    process.stdout.write(
      [
        `import ${rows} rows: ${figures.importSeconds} s, ${figures.importRowsPerSecond} rows/s (process start included), peak RSS ${peak} MB`,
        `raw COPY of the same rows: ${figures.copySeconds} s, ${figures.copyRowsPerSecond} rows/s`,
        `import rate = ${figures.importShareOfCopy}% of the raw COPY rate (target ≥ 25%); peak memory target < 500 MB`,
        JSON.stringify(figures),
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(file, { force: true });
    rmSync(env.IMPORT_DIR, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
