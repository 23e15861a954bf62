/**
 * Trace search latency at national scale: exact, folded and partial-serial searches
 * (and the widened and "contains" ones) through the API and as raw SQL (the very
 * statements the API runs), p50/p95/p99.
 *
 * Run (from the project root):
 *   node scripts/registry.mjs services > /tmp/s.env &   # local PostgreSQL + Redis
 *   sleep 10; source /tmp/s.env                          # exports DATABASE_URL, REDIS_URL, JWT_SECRET
 *   npm run build
 *   npm run bench:trace -- --size 1000000               # = node dist/bench/trace-search.js
 *   options: --size N (firearms, default 100000), --queries N (per kind, default 300),
 *            --warmup N (searches before measuring, not counted, default 1000), --keep (keep the database)
 *
 * DATABASE_URL only names the server: the bench creates bench_trace_<random>, migrates
 * and seeds it with the project's CLI, and loads the register as a bulk load is done:
 * the secondary indexes and foreign keys of firearm and marking (the migrations' own
 * definitions, read back from the catalogue) are dropped; synthetic firearms are
 * inserted with INSERT … SELECT FROM generate_series in batches of 500,000 rows on two
 * connections (serial formats in bench/trace-data.ts), then import markings on a third
 * of them; the indexes are re-created and the foreign keys added back (validating
 * every row) from those same definitions, checked identical afterwards; VACUUM
 * ANALYZE runs as autovacuum would on a live register, and a CHECKPOINT writes the
 * load out. Then it measures.
 *
 * Each kind of search runs as raw SQL (runTraceSearch on a plain pg client: the very
 * statements the API runs, the widening of `auto` included) and through the API: the
 * API runs in this process (AppModule, the production HTTP set-up) on 127.0.0.1,
 * called with fetch by a signed-in investigator, one request at a time; each API
 * search writes its audit entry. The two must find the same number of candidates.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { onServer, stats, withDatabase } from './bench-support.js';
import { AppModule } from '../src/app.module.js';
import { RequestContext, SYSTEM_ACTOR } from '../src/common/context/request-context.js';
import { statementName } from '../src/common/database/sql.js';
import { configureApp } from '../src/common/http/configure-app.js';
import { projectRoot } from '../src/common/project-root.js';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { normaliseSerial, parseSerialQuery } from '../src/modules/markings/serial.js';
import { runTraceSearch, type SerialMatch, type TraceCriteria, type TraceRow, type TraceStatement } from '../src/modules/markings/trace-query.js';
import { bulkLoadRegister } from './register-load.js';
import { SERIAL_FORMATS } from './trace-data.js';

/** For the index builds after the load only (a session setting, as for any bulk load). */
const MAINTENANCE_WORK_MEM = '1GB';
const PASSWORD = 'Bench-Trace-Pass-2026!';

function parseOptions(argv: string[]) {
  const options = { size: 100_000, queries: 300, warmup: 1000, keep: false };
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
    else if (flag === '--warmup') options.warmup = value;
    else throw new Error(`unknown option ${flag} (known: --size N, --queries N, --warmup N, --keep)`);
  }
  return options;
}


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
    const settings = (await db.query(`SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_parallel_maintenance_workers', 'fsync', 'synchronous_commit') ORDER BY name`)).rows as { name: string; setting: string }[];

    // The API in this process, with its own bench agency and investigator.
    process.env.DATABASE_URL = url;
    process.env.LOG_LEVEL = 'silent';
    process.env.QUEUE_PREFIX = name.replaceAll('_', '-');
    app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    const asSystem = <T>(body: () => Promise<T>) => RequestContext.run({ requestId: 'bench', clientAddress: null, actor: SYSTEM_ACTOR }, body);
    const agency = await asSystem(() => app!.get(AgenciesService).create({ code: 'BENCH', name: 'Bench agency', type: 'national_firearms_authority', region: 'Capital' }));
    await asSystem(() => app!.get(UsersService).create({ username: 'bench.investigator', displayName: 'Bench', agencyId: agency.id, roles: ['investigator'], initialPassword: PASSWORD }, { mustChangePassword: false }));

    const { loadSeconds, firearmSeconds, markingSeconds, indexSeconds, vacuumSeconds } = await bulkLoadRegister(db, url, options.size, agency.id, MAINTENANCE_WORK_MEM);
    const counts = (await db.query(`SELECT (SELECT count(*) FROM firearm)::int AS firearms, (SELECT count(*) FROM marking)::int AS markings, pg_size_pretty(pg_total_relation_size('firearm')) AS firearm_size, pg_size_pretty(pg_total_relation_size('marking')) AS marking_size`)).rows[0];

    // Query samples: serials that exist, spread over the formats.
    const stored = (await db.query(`SELECT serial_raw, serial_normalised FROM firearm TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT $1`, [options.queries * 3])).rows as { serial_raw: string; serial_normalised: string }[];
    const pick = (i: number) => stored[i % stored.length];
    const fragment = (s: string) => s.slice(1, Math.min(s.length, 7));
    const kinds: { kind: string; serialMatch?: SerialMatch; serials: string[] }[] = [
      { kind: 'exact', serials: Array.from({ length: options.queries }, (_, i) => pick(i).serial_raw) },
      { kind: 'folded', serials: stored.filter((s) => misread(s.serial_normalised) !== s.serial_normalised).slice(0, options.queries).map((s) => misread(s.serial_normalised)) },
      {
        kind: 'partial (one ? ground off)',
        serials: Array.from({ length: options.queries }, (_, i) => {
          const s = pick(i + options.queries).serial_normalised;
          const at = 1 + (i % (s.length - 2));
          return `${s.slice(0, at)}?${s.slice(at + 1)}`;
        }),
      },
      { kind: 'partial (*fragment*)', serials: Array.from({ length: options.queries }, (_, i) => `*${fragment(pick(i + 2 * options.queries).serial_normalised)}*`) },
      // A plain fragment: the exact search finds nothing, so `auto` widens (two statements).
      { kind: 'fragment, auto widened', serials: Array.from({ length: options.queries }, (_, i) => fragment(pick(i + 2 * options.queries).serial_normalised)) },
      // The investigator's "everything": exact, folded and contains in one statement.
      { kind: 'exact, serialMatch contains', serialMatch: 'contains', serials: Array.from({ length: options.queries }, (_, i) => pick(i).serial_raw) },
    ];

    // Signed in after the load, which outlasts an access token at 10M firearms.
    const signIn = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.investigator', password: PASSWORD }) });
    const { accessToken } = (await signIn.json()) as { accessToken: string };

    // As the API runs them: statements with a stable plan prepared (named), the others planned each time.
    const sqlQuery = async ({ sql, parameters, stablePlan }: TraceStatement) =>
      (stablePlan ? await db.query({ name: statementName(sql), text: sql, values: parameters }) : await db.query(sql, parameters)).rows as TraceRow[];
    /** One search as raw SQL, then the same through the API; both must find as many candidates. */
    const searchBoth = async (serial: string, serialMatch: SerialMatch | undefined) => {
      let started = performance.now();
      const outcome = await runTraceSearch(sqlQuery, { ...none, serial: parseSerialQuery(serial) }, serialMatch ?? 'auto', { limit: 20, offset: 0 });
      const sqlMs = performance.now() - started;
      started = performance.now();
      const response = await fetch(`${base}/trace/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify(serialMatch ? { serial, serialMatch } : { serial }),
      });
      const body = (await response.json()) as { page?: { total: number }; serialSearch?: { widened: boolean } };
      const apiMs = performance.now() - started;
      if (response.status !== 200) throw new Error(`API answered ${response.status} for ${serial}: ${JSON.stringify(body)}`);
      if (body.page?.total !== outcome.total) throw new Error(`API found ${body.page?.total} candidates for ${serial}, SQL ${outcome.total}`);
      return { sqlMs, apiMs, found: outcome.total > 0, widened: !!body.serialSearch?.widened };
    };

    // Warm-up, not counted: a serving API has its code optimised and its pool's connections
    // opened; a fresh process was measured to need some 300-400 requests before its latency
    // settles. Other serials than the measured ones, so their pages are not warmed.
    const warmSerials = (await db.query(`SELECT serial_raw FROM firearm TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT $1`, [options.warmup])).rows as { serial_raw: string }[];
    for (const [i, { serial_raw }] of warmSerials.entries()) await searchBoth(i % 2 ? serial_raw : fragment(normaliseSerial(serial_raw)), undefined);

    const results: string[] = [];
    // Other work on the machine shows in the tails: say how busy it was.
    const loadBefore = loadavg()[0];
    for (const { kind, serialMatch, serials } of kinds) {
      const sqlMs: number[] = [];
      const apiMs: number[] = [];
      let found = 0;
      let widened = 0;
      for (const serial of serials) {
        const one = await searchBoth(serial, serialMatch);
        sqlMs.push(one.sqlMs);
        apiMs.push(one.apiMs);
        if (one.found) found++;
        if (one.widened) widened++;
      }
      const sql = stats(sqlMs);
      const api = stats(apiMs);
      const f = (n: number) => n.toFixed(2).padStart(8);
      results.push(
        `${kind.padEnd(28)} n=${String(serials.length).padEnd(4)} found=${String(found).padEnd(4)} widened=${String(widened).padEnd(4)} SQL p50/p95/p99 ${f(sql.p50)}${f(sql.p95)}${f(sql.p99)} ms | API ${f(api.p50)}${f(api.p95)}${f(api.p99)} ms | API/SQL p50 ${(api.p50 / sql.p50).toFixed(2)} p95 ${(api.p95 / sql.p95).toFixed(2)}`,
      );
    }

    const out = [
      `trace search bench — ${counts.firearms.toLocaleString('en')} firearms (${counts.firearm_size}), ${counts.markings.toLocaleString('en')} markings (${counts.marking_size})`,
      `server: ${settings.map((s) => `${s.name}=${s.setting}`).join(' ')}; node ${process.version}`,
      `formats: ${SERIAL_FORMATS.map((f) => `${f.maker} ${f.example}`).join('; ')}`,
      `warm-up: ${warmSerials.length} searches (SQL and API) before measuring, not counted`,
      `load: ${loadSeconds.toFixed(1)} s (firearms ${firearmSeconds.toFixed(1)} s on 2 connections, markings ${markingSeconds.toFixed(1)} s, indexes with maintenance_work_mem ${MAINTENANCE_WORK_MEM} and foreign keys ${indexSeconds.toFixed(1)} s, VACUUM ANALYZE + CHECKPOINT ${vacuumSeconds.toFixed(1)} s)`,
      ...results,
      `machine: ${cpus().length} cores, 1-minute load average ${loadBefore.toFixed(2)} before measuring, ${loadavg()[0].toFixed(2)} after`,
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
