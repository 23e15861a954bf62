/**
 * The register's lists at national scale: the default firearms list, a filtered list, a
 * deep page and a holder's firearms, through the API and as SQL, p50/p95/p99; then the
 * throughput of the default list and of the trace search under 50 concurrent connections.
 *
 * Run (from the project root):
 *   node scripts/registry.mjs services > /tmp/s.env &   # local PostgreSQL + Redis
 *   sleep 10; source /tmp/s.env                          # exports DATABASE_URL, REDIS_URL, JWT_SECRET
 *   npm run build
 *   npm run bench:lists -- --size 1000000               # = node dist/bench/list-pages.js
 *   options: --size N (firearms, default 1000000), --requests N (per kind, default 300),
 *            --connections N (default 50), --seconds N (per load test, default 30), --keep
 *
 * The register is loaded as bench:trace loads it (bench/register-load.ts), plus 2,000 persons
 * holding 25 firearms each. The API runs in this process with the production HTTP set-up,
 * called with fetch by a signed-in registry officer; its pool is DATABASE_POOL_SIZE (default
 * 10), so 50 connections queue for it and any that wait past DATABASE_POOL_WAIT_MS are
 * answered 503 (counted as errors). The SQL figures are the statements the list runs: the
 * page read in index order, and the count bounded at EXACT_TOTAL_LIMIT + 1 rows.
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
import { configureApp } from '../src/common/http/configure-app.js';
import { EXACT_TOTAL_LIMIT } from '../src/common/pagination/page.js';
import { projectRoot } from '../src/common/project-root.js';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { bulkLoadRegister } from './register-load.js';

const PASSWORD = 'Bench-Lists-Pass-2026!';
const HOLDERS = 2000;
const FIREARMS_PER_HOLDER = 25;

function parseOptions(argv: string[]) {
  const options = { size: 1_000_000, requests: 300, connections: 50, seconds: 30, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--keep') {
      options.keep = true;
      continue;
    }
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
    if (flag === '--size') options.size = value;
    else if (flag === '--requests') options.requests = value;
    else if (flag === '--connections') options.connections = value;
    else if (flag === '--seconds') options.seconds = value;
    else throw new Error(`unknown option ${flag} (known: --size N, --requests N, --connections N, --seconds N, --keep)`);
  }
  return options;
}

const f = (n: number) => n.toFixed(2).padStart(8);

interface ListCase {
  kind: string;
  /** The API query string for request i. */
  query: (i: number) => string;
  /** The WHERE clause (after item_kind) and the offset the list's SQL uses for request i. */
  sql: (i: number) => { where: string; values: unknown[]; offset: number };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set (source the services env first)');
  const name = `bench_lists_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const t0 = performance.now();
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  let app: NestExpressApplication | null = null;
  const db = new pg.Client({ connectionString: url });
  try {
    // The bench database is migrated and seeded by its superuser URL, not the owner URL `services` exports for the dev database.
    for (const command of ['migrate', 'seed']) {
      const result = spawnSync(process.execPath, [path.join(projectRoot(), 'dist/src/cli.js'), command], { env: { ...process.env, DATABASE_URL: url, MIGRATION_DATABASE_URL: url, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout}${result.stderr}`);
    }
    await db.connect();
    process.env.DATABASE_URL = url;
    process.env.LOG_LEVEL = 'silent';
    process.env.QUEUE_PREFIX = name.replaceAll('_', '-');
    process.env.SIGN_IN_ATTEMPTS_PER_MINUTE = '10000';
    app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: false });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api`;
    const asSystem = <T>(body: () => Promise<T>) => RequestContext.run({ requestId: 'bench', clientAddress: null, actor: SYSTEM_ACTOR }, body);
    const agency = await asSystem(() => app!.get(AgenciesService).create({ code: 'BENCH', name: 'Bench agency', type: 'national_firearms_authority', region: 'Capital' }));
    await asSystem(() => app!.get(UsersService).create({ username: 'bench.officer', displayName: 'Bench', agencyId: agency.id, roles: ['registry_officer'], initialPassword: PASSWORD }, { mustChangePassword: false }));

    const times = await bulkLoadRegister(db, url, options.size, agency.id, '1GB', async () => {
      // Persons holding firearms, so "a holder's firearms" is a real list.
      await db.query(
        `INSERT INTO holder (id, kind, family_name, given_names, registering_agency_id, created_at, updated_at)
         SELECT gen_random_uuid(), 'person', 'Holder ' || i, 'Bench', $1::uuid, now(), now() FROM generate_series(1, ${HOLDERS}) AS i`,
        [agency.id],
      );
      await db.query(`
        WITH picked AS (SELECT id, row_number() OVER () % ${HOLDERS} AS k FROM (SELECT id FROM firearm LIMIT ${HOLDERS * FIREARMS_PER_HOLDER}) s),
             holders AS (SELECT id, row_number() OVER () % ${HOLDERS} AS k FROM holder)
        UPDATE firearm f SET holder_id = holders.id FROM picked JOIN holders USING (k) WHERE f.id = picked.id`);
      await db.query('VACUUM ANALYZE holder');
    });
    const counts = (await db.query(`SELECT (SELECT count(*) FROM firearm)::int AS firearms, pg_size_pretty(pg_total_relation_size('firearm')) AS firearm_size`)).rows[0];
    const holderIds = ((await db.query(`SELECT id FROM holder ORDER BY id`)).rows as { id: string }[]).map((r) => r.id);
    const serials = ((await db.query(`SELECT serial_raw FROM firearm TABLESAMPLE SYSTEM (1) REPEATABLE (42) LIMIT 1000`)).rows as { serial_raw: string }[]).map((r) => r.serial_raw);

    const signIn = await fetch(`${base}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.officer', password: PASSWORD }) });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };

    const deepOffset = (i: number) => 5_000 + ((i * 7919) % 95_000);
    const cases: ListCase[] = [
      { kind: 'default list', query: () => 'limit=50', sql: () => ({ where: '', values: [], offset: 0 }) },
      { kind: 'filtered (stolen pistols)', query: () => 'status=stolen&category=pistol&limit=50', sql: () => ({ where: `AND status = 'stolen' AND category_code = 'pistol'`, values: [], offset: 0 }) },
      { kind: 'deep page (offset 5k-100k)', query: (i) => `limit=50&offset=${deepOffset(i)}`, sql: (i) => ({ where: '', values: [], offset: deepOffset(i) }) },
      { kind: "a holder's firearms", query: (i) => `holderId=${holderIds[i % holderIds.length]}&limit=50`, sql: (i) => ({ where: 'AND holder_id = $1', values: [holderIds[i % holderIds.length]], offset: 0 }) },
    ];

    const api = async (pathAndQuery: string, init?: RequestInit) => {
      const started = performance.now();
      const response = await fetch(`${base}${pathAndQuery}`, { headers, ...init });
      await response.arrayBuffer();
      return { ms: performance.now() - started, status: response.status };
    };
    const sqlPage = async (c: ListCase, i: number) => {
      const { where, values, offset } = c.sql(i);
      const started = performance.now();
      const order = `ORDER BY created_at DESC, id DESC`;
      // As pageRows runs it: a deep page's keys from the index first, then its rows.
      const rows =
        offset > 0
          ? (await db.query(`SELECT * FROM firearm WHERE id IN (SELECT id FROM firearm WHERE item_kind = 'firearm' AND merged_into_id IS NULL ${where} ${order} LIMIT 50 OFFSET ${offset}) ${order}`, values)).rows
          : (await db.query(`SELECT * FROM firearm WHERE item_kind = 'firearm' AND merged_into_id IS NULL ${where} ${order} LIMIT 50`, values)).rows;
      if (rows.length === 50) await db.query(`SELECT count(*) FROM (SELECT id FROM firearm WHERE item_kind = 'firearm' AND merged_into_id IS NULL ${where} LIMIT ${EXACT_TOTAL_LIMIT + 1}) m`, values);
      return performance.now() - started;
    };

    // Warm-up, not counted (a serving API has its code optimised and its pool open).
    for (let i = 0; i < 200; i++) await api(`/firearms?${cases[i % cases.length].query(i + 10_000)}`);

    const loadBefore = loadavg()[0];
    const lines: string[] = [];
    for (const c of cases) {
      const sqlMs: number[] = [];
      const apiMs: number[] = [];
      for (let i = 0; i < options.requests; i++) {
        sqlMs.push(await sqlPage(c, i));
        const one = await api(`/firearms?${c.query(i)}`);
        if (one.status !== 200) throw new Error(`${c.kind}: API answered ${one.status}`);
        apiMs.push(one.ms);
      }
      const s = stats(sqlMs);
      const a = stats(apiMs);
      lines.push(`${c.kind.padEnd(28)} n=${options.requests} SQL p50/p95/p99 ${f(s.p50)}${f(s.p95)}${f(s.p99)} ms | API ${f(a.p50)}${f(a.p95)}${f(a.p99)} ms${a.p95 < 50 ? '' : '   (target p95 < 50 ms: missed)'}`);
    }

    /** `connections` loops sending one request after another for `seconds`. */
    const underLoad = async (label: string, send: (i: number) => Promise<{ ms: number; status: number }>) => {
      const until = performance.now() + options.seconds * 1000;
      const ms: number[] = [];
      const failures = new Map<number, number>();
      let sent = 0;
      await Promise.all(
        Array.from({ length: options.connections }, async () => {
          while (performance.now() < until) {
            const one = await send(sent++).catch(() => ({ ms: 0, status: 0 }));
            if (one.status === 200) ms.push(one.ms);
            else failures.set(one.status, (failures.get(one.status) ?? 0) + 1);
          }
        }),
      );
      const s = stats(ms);
      const errors = [...failures].map(([status, n]) => `${n}×${status || 'network'}`).join(', ') || 'none';
      lines.push(`${label.padEnd(28)} ${options.connections} connections ${options.seconds} s: ${(ms.length / options.seconds).toFixed(1)} requests/s, p50/p95/p99 ${f(s.p50)}${f(s.p95)}${f(s.p99)} ms, errors: ${errors}`);
      return ms.length / options.seconds;
    };
    const listRate = await underLoad('default list under load', () => api('/firearms?limit=50'));
    const traceRate = await underLoad('trace search under load', (i) => api('/trace/search', { method: 'POST', body: JSON.stringify({ serial: serials[i % serials.length] }) }));
    lines.push(`list throughput / trace search throughput: ${(listRate / traceRate).toFixed(2)} (target ≥ 0.5)`);

    const out = [
      `list bench — ${counts.firearms.toLocaleString('en')} firearms (${counts.firearm_size}), ${HOLDERS} holders of ${FIREARMS_PER_HOLDER} firearms; node ${process.version}`,
      `load: ${times.loadSeconds.toFixed(1)} s (firearms ${times.firearmSeconds.toFixed(1)} s, markings ${times.markingSeconds.toFixed(1)} s, indexes and foreign keys ${times.indexSeconds.toFixed(1)} s, VACUUM ANALYZE + CHECKPOINT ${times.vacuumSeconds.toFixed(1)} s)`,
      ...lines,
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
