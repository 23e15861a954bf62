/**
 * Trace search latency at national scale: exact, folded and partial-serial searches
 * through the API and as raw SQL (the very statement the API runs), p50/p95/p99.
 *
 * Run (from the project root):
 *   node scripts/registry.mjs services > /tmp/s.env &   # local PostgreSQL + Redis
 *   sleep 10; source /tmp/s.env                          # exports DATABASE_URL, REDIS_URL, JWT_SECRET
 *   npm run build
 *   npm run bench:trace -- --size 1000000               # = node dist/bench/trace-search.js
 *   options: --size N (firearms, default 100000), --queries N (per kind, default 300), --keep (keep the database)
 *
 * DATABASE_URL only names the server: the bench creates bench_trace_<random>, migrates
 * and seeds it with the project's CLI, loads synthetic firearms with INSERT … SELECT FROM
 * generate_series in batches of 1,000,000 rows (serial formats in bench/trace-data.ts),
 * import markings on a third of them, runs VACUUM ANALYZE (as autovacuum would on a
 * live register), then measures. The API runs in this process (AppModule, the
 * production HTTP set-up) listening on 127.0.0.1, called with fetch by a signed-in
 * investigator, one request at a time; each API search also writes its audit entry.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { AppModule } from '../src/app.module.js';
import { RequestContext, SYSTEM_ACTOR } from '../src/common/context/request-context.js';
import { statementName } from '../src/common/database/sql.js';
import { configureApp } from '../src/common/http/configure-app.js';
import { projectRoot } from '../src/common/project-root.js';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { parseSerialQuery } from '../src/modules/markings/serial.js';
import { runTraceSearch, type TraceCriteria, type TraceRow } from '../src/modules/markings/trace-query.js';
import { insertFirearmsSql, insertImportMarkingsSql, SERIAL_FORMATS } from './trace-data.js';

const BATCH = 1_000_000;
const PASSWORD = 'Bench-Trace-Pass-2026!';

function parseOptions(argv: string[]) {
  const options = { size: 100_000, queries: 300, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--keep') {
      options.keep = true;
      continue;
    }
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
    if (flag === '--size') options.size = value;
    else if (flag === '--queries') options.queries = value;
    else throw new Error(`unknown option ${flag} (known: --size N, --queries N, --keep)`);
  }
  return options;
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function onServer<T>(serverUrl: string, body: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};

const none: TraceCriteria = { serial: null, make: null, model: null, calibre: null, category: null, countryOfManufacture: null, importCountry: null, importYear: null, yearFrom: null, yearTo: null };

/** Confusable misreadings of a stored serial: digits typed as the letters they look like. */
const misread = (serial: string) => serial.replaceAll('0', 'O').replaceAll('1', 'I').replaceAll('5', 'S');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (source the services env first)');
  const name = `bench_trace_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const t0 = performance.now();
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  let app: NestExpressApplication | null = null;
  const db = new pg.Client({ connectionString: url });
  try {
    for (const command of ['migrate', 'seed']) {
      const result = spawnSync(process.execPath, [path.join(projectRoot(), 'dist/src/cli.js'), command], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}${result.stderr}`);
    }
    await db.connect();
    const settings = (await db.query(`SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'fsync', 'synchronous_commit') ORDER BY name`)).rows as { name: string; setting: string }[];

    // The API in this process, with its own bench agency and investigator.
    process.env.DATABASE_URL = url;
    process.env.LOG_LEVEL = 'silent';
    process.env.QUEUE_PREFIX = name.replaceAll('_', '-');
    app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const asSystem = <T>(body: () => Promise<T>) => RequestContext.run({ requestId: 'bench', clientAddress: null, actor: SYSTEM_ACTOR }, body);
    const agency = await asSystem(() => app!.get(AgenciesService).create({ code: 'BENCH', name: 'Bench agency', type: 'national_firearms_authority', region: 'Capital' }));
    await asSystem(() => app!.get(UsersService).create({ username: 'bench.investigator', displayName: 'Bench', agencyId: agency.id, roles: ['investigator'], initialPassword: PASSWORD }, { mustChangePassword: false }));

    // Load.
    const loadStart = performance.now();
    const loadFrom = new Date(Date.now() - 60_000);
    for (let from = 1; from <= options.size; from += BATCH) {
      const to = Math.min(options.size, from + BATCH - 1);
      const started = performance.now();
      await db.query(insertFirearmsSql(), [from, to, agency.id]);
      process.stdout.write(`  loaded firearms ${from.toLocaleString('en')}–${to.toLocaleString('en')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
    const markingStart = performance.now();
    await db.query(insertImportMarkingsSql(), [loadFrom]);
    const markingSeconds = (performance.now() - markingStart) / 1000;
    const vacuumStart = performance.now();
    await db.query('VACUUM ANALYZE firearm');
    await db.query('VACUUM ANALYZE marking');
    const vacuumSeconds = (performance.now() - vacuumStart) / 1000;
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM firearm)::int AS firearms, (SELECT count(*) FROM marking)::int AS markings, pg_size_pretty(pg_total_relation_size('firearm')) AS firearm_size, pg_size_pretty(pg_total_relation_size('marking')) AS marking_size`)).rows[0];

    // Query samples: serials that exist, spread over the formats.
    const stored = (await db.query(`SELECT serial_raw, serial_normalised FROM firearm TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT $1`, [options.queries * 3])).rows as { serial_raw: string; serial_normalised: string }[];
    const pick = (i: number) => stored[i % stored.length];
    const kinds: Record<string, string[]> = {
      exact: Array.from({ length: options.queries }, (_, i) => pick(i).serial_raw),
      folded: stored.filter((s) => misread(s.serial_normalised) !== s.serial_normalised).slice(0, options.queries).map((s) => misread(s.serial_normalised)),
      'partial (one ? ground off)': Array.from({ length: options.queries }, (_, i) => {
        const s = pick(i + options.queries).serial_normalised;
        const at = 1 + (i % (s.length - 2));
        return `${s.slice(0, at)}?${s.slice(at + 1)}`;
      }),
      'partial (*fragment*)': Array.from({ length: options.queries }, (_, i) => {
        const s = pick(i + 2 * options.queries).serial_normalised;
        return `*${s.slice(1, Math.min(s.length, 7))}*`;
      }),
    };

    // Signed in after the load, which outlasts an access token at 10M firearms.
    const signIn = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.investigator', password: PASSWORD }) });
    const { accessToken } = (await signIn.json()) as { accessToken: string };

    const results: string[] = [];
    for (const [kind, serials] of Object.entries(kinds)) {
      const sqlMs: number[] = [];
      const apiMs: number[] = [];
      let found = 0;
      for (const serial of serials) {
        let started = performance.now();
        // The statements the API runs, the widening of auto included.
        // Prepared (named) when the API prepares them: statements with a stable plan.
        const { rows } = await runTraceSearch(
          async ({ sql, parameters, stablePlan }) => (stablePlan ? await db.query({ name: statementName(sql), text: sql, values: parameters }) : await db.query(sql, parameters)).rows as TraceRow[],
          { ...none, serial: parseSerialQuery(serial) },
          'auto',
          { limit: 20, offset: 0 },
        );
        sqlMs.push(performance.now() - started);
        started = performance.now();
        const response = await fetch(`${base}/trace/search`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ serial }) });
        const body = (await response.json()) as { page?: { total: number } };
        apiMs.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`API answered ${response.status} for ${serial}: ${JSON.stringify(body)}`);
        if (rows.length > 0) found++;
      }
      // The first 10 of each kind warm caches and connections; they are not counted.
      const sql = stats(sqlMs.slice(10));
      const api = stats(apiMs.slice(10));
      const f = (n: number) => n.toFixed(2).padStart(8);
      results.push(
        `${kind.padEnd(28)} n=${String(serials.length - 10).padEnd(4)} hits=${String(found).padEnd(4)} SQL p50/p95/p99 ${f(sql.p50)}${f(sql.p95)}${f(sql.p99)} ms | API ${f(api.p50)}${f(api.p95)}${f(api.p99)} ms | API/SQL p50 ${(api.p50 / sql.p50).toFixed(2)} p95 ${(api.p95 / sql.p95).toFixed(2)}`,
      );
    }

    const out = [
      `trace search bench — ${counts.firearms.toLocaleString('en')} firearms (${counts.firearm_size}), ${counts.markings.toLocaleString('en')} markings (${counts.marking_size})`,
      `server: ${settings.map((s) => `${s.name}=${s.setting}`).join(' ')}; node ${process.version}`,
      `formats: ${SERIAL_FORMATS.map((f) => `${f.maker} ${f.example}`).join('; ')}`,
      `load: firearms+markings ${loadSeconds.toFixed(1)} s (markings ${markingSeconds.toFixed(1)} s, VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s)`,
      ...results,
      `total run ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await app?.close();
    await db.end().catch(() => undefined);
    if (!options.keep) await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    else process.stdout.write(`kept database ${name}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
