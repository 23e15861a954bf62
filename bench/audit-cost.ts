/**
 * What auditing costs: record writes per second with and without their audit
 * entry, bulk append speed, and verification speed.
 *
 * Run (from the project root):
 *   node scripts/registry.mjs services > /tmp/s.env &   # local PostgreSQL + Redis
 *   sleep 10; source /tmp/s.env                          # exports DATABASE_URL
 *   npm run build
 *   npm run bench:audit                                  # = node dist/bench/audit-cost.js
 *   npm run bench:audit -- --records 20000               # options: --records N (default 6000),
 *                                                        #   --rounds N (default 3), --bulk-batches N (default 5)
 *
 * DATABASE_URL only names the server: the bench creates a throwaway database
 * bench_audit_<random>, migrates it from scratch with the project's migrations,
 * and drops it at the end. Figures depend on the server's durability settings
 * (fsync, synchronous_commit), which are printed with the results.
 *
 * Model: every write is its own transaction, as an API request is. Each of N
 * records is created (INSERT) and then amended once (UPDATE): 2N writes. The
 * audited variant appends one entry per write through AuditService.record() in
 * the same transaction, inside RequestContext.run() with a real-looking actor.
 * The machine is shared, so its load drifts over a run: the records are split into
 * --rounds rounds, each running both variants back to back (in alternating order),
 * and the ratio printed is the median of the rounds' ratios, with each round's and
 * the load average shown.
 *
 * Sealing: the worker's AuditSealer gives the entries their log positions and
 * signs checkpoints over them (1,000 entries a checkpoint). Its rate alone is compared
 * with the audited write rate and the bulk append (an import) rate; then an import
 * runs with the sealer going at the same time, as the worker does, and the backlog
 * left unsealed when the import ends says whether sealing kept up.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../src/common/clock/clock.js';
import { RequestContext, type Actor } from '../src/common/context/request-context.js';
import { createDataSource } from '../src/common/database/data-source.js';
import { AuditService, type AuditInput } from '../src/modules/audit/audit.service.js';
import { AuditSealer } from '../src/modules/audit/audit-sealer.service.js';
import { CheckpointStore } from '../src/modules/audit/checkpoint-store.js';
import { readCheckpoints } from '../src/modules/audit/checkpoints.js';
import type { AppConfig } from '../src/config/app-config.js';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

interface Options {
  records: number;
  rounds: number;
  bulkBatches: number;
  bulkSize: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { records: 6000, rounds: 3, bulkBatches: 5, bulkSize: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--records' || flag === '--rounds' || flag === '--bulk-batches') {
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive whole number`);
      if (flag === '--records') options.records = value;
      else if (flag === '--rounds') options.rounds = value;
      else options.bulkBatches = value;
      i++;
    } else {
      throw new Error(`unknown option ${flag} (known: --records N, --rounds N, --bulk-batches N)`);
    }
  }
  return options;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

const AGENCY_ID = randomUUID();
const OFFICERS: Actor[] = Array.from({ length: 8 }, (_, i) => ({ userId: randomUUID(), username: `bench.officer${i}`, agencyId: AGENCY_ID, roles: ['registry_officer'] }));
const MAKES = ['Glock', 'Beretta', 'CZ', 'Heckler & Koch', 'Remington', 'Browning'];

function inRequest<T>(n: number, body: () => Promise<T>): Promise<T> {
  return RequestContext.run({ requestId: `bench-${n}-${randomBytes(4).toString('hex')}`, clientAddress: '10.0.0.7', actor: OFFICERS[n % OFFICERS.length] }, body);
}

interface WriteResult {
  audited: boolean;
  round?: number;
  concurrency: number;
  writes: number;
  seconds: number;
  writesPerSecond: number;
}

/** Creates then amends `records` firearms, one transaction per write, with `concurrency` workers. */
async function runWrites(ds: DataSource, audit: AuditService, records: number, concurrency: number, audited: boolean): Promise<WriteResult> {
  let next = 0;
  const run = randomBytes(3).toString('hex').toUpperCase();
  const writeOne = async (n: number) => {
    const id = randomUUID();
    const row = { id, serial: `BN${run}${String(n).padStart(7, '0')}`, make: MAKES[n % MAKES.length], status: 'registered' };
    await inRequest(n, () =>
      ds.transaction(async (manager: EntityManager) => {
        const now = new Date();
        await manager.query('INSERT INTO bench_firearm (id, serial, make, status, updated_at) VALUES ($1, $2, $3, $4, $5)', [row.id, row.serial, row.make, row.status, now]);
        if (audited) await audit.record(manager, { recordType: 'firearm', recordId: id, action: 'created', before: null, after: { ...row, updatedAt: now } });
      }),
    );
    await inRequest(n, () =>
      ds.transaction(async (manager: EntityManager) => {
        const now = new Date();
        await manager.query('UPDATE bench_firearm SET status = $2, updated_at = $3 WHERE id = $1', [id, 'stolen', now]);
        if (audited) await audit.record(manager, { recordType: 'firearm', recordId: id, action: 'status_changed', before: { status: 'registered' }, after: { status: 'stolen' }, reason: 'Reported stolen' });
      }),
    );
  };
  const worker = async () => {
    for (let n = next++; n < records; n = next++) await writeOne(n);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { audited, concurrency, writes: records * 2, seconds, writesPerSecond: (records * 2) / seconds };
}

async function runBulk(ds: DataSource, audit: AuditService, batches: number, size: number) {
  let total = 0;
  let seconds = 0;
  for (let b = 0; b < batches; b++) {
    const inputs: AuditInput[] = Array.from({ length: size }, (_, i) => ({
      recordType: 'firearm',
      recordId: randomUUID(),
      action: 'imported',
      after: { serial: `IMP${b}-${i}`, make: MAKES[i % MAKES.length], status: 'registered' },
      reason: `Bulk import batch ${b}`,
    }));
    const started = performance.now();
    await inRequest(b, () => ds.transaction((manager) => audit.record(manager, ...inputs)));
    seconds += (performance.now() - started) / 1000;
    total += size;
  }
  return { batches, batchSize: size, entries: total, seconds, entriesPerSecond: total / seconds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.stderr.write('DATABASE_URL is not set: start the services (see the header of bench/audit-cost.ts) and export it.\n');
    return 2;
  }
  const name = `bench_audit_${randomBytes(5).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  let ds: DataSource | null = null;
  try {
    ds = createDataSource(withDatabase(serverUrl, name));
    await ds.initialize();
    await ds.runMigrations();
    await ds.query(`CREATE TABLE bench_firearm (id uuid PRIMARY KEY, serial text NOT NULL UNIQUE, make text NOT NULL, status text NOT NULL, updated_at timestamptz NOT NULL)`);
    const [settings] = (await ds.query(
      `SELECT split_part(version(), ' ', 2) AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
    )) as { version: string; fsync: string; synchronous_commit: string }[];
    const audit = new AuditService(ds, new Clock());

    process.stderr.write(`[bench] database ${name}, PostgreSQL ${settings.version}, fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit}\n`);
    process.stderr.write('[bench] warming up…\n');
    await runWrites(ds, audit, 200, 1, false);
    await runWrites(ds, audit, 200, 1, true);

    const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
    const loadAtStart = load();
    const writes: WriteResult[] = [];
    const perRound = Math.max(1, Math.floor(options.records / options.rounds));
    for (const concurrency of [1, 4]) {
      for (let round = 0; round < options.rounds; round++) {
        // Alternating which variant goes first, so a load that drifts one way favours neither.
        for (const audited of round % 2 === 0 ? [false, true] : [true, false]) {
          process.stderr.write(`[bench] writes: round ${round + 1}/${options.rounds}, ${perRound} records × 2, concurrency ${concurrency}, ${audited ? 'with' : 'without'} audit (load ${load()})…\n`);
          writes.push({ ...(await runWrites(ds, audit, perRound, concurrency, audited)), round });
        }
      }
    }
    process.stderr.write(`[bench] bulk append: ${options.bulkBatches} × ${options.bulkSize}…\n`);
    const bulk = await runBulk(ds, audit, options.bulkBatches, options.bulkSize);

    process.stderr.write('[bench] sealing…\n');
    const keyDir = mkdtempSync(path.join(tmpdir(), 'bench-audit-'));
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path.join(keyDir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const sealConfig = { AUDIT_SIGNING_KEY_FILE: path.join(keyDir, 'key.pem'), AUDIT_CHECKPOINT_FILE: path.join(keyDir, 'checkpoints.jsonl'), AUDIT_SEAL_BATCH: 1000 } as AppConfig;
    const store = new CheckpointStore(sealConfig);
    const sealer = new AuditSealer(ds, store, sealConfig, new Clock());
    const unsealed = async () => ((await ds!.query('SELECT count(*)::int AS n FROM audit_entry WHERE seq IS NULL')) as { n: number }[])[0].n;
    // Sealing alone: everything written so far (the single writes and the first bulk append).
    const before = await unsealed();
    const sealStarted = performance.now();
    await sealer.seal();
    const sealSeconds = (performance.now() - sealStarted) / 1000;
    const sealing = { entries: before, seconds: sealSeconds, entriesPerSecond: before / sealSeconds, checkpoints: store.all().length };

    // An import with the sealer running beside it, as the worker seals while an import writes.
    process.stderr.write(`[bench] import with the sealer running: ${options.bulkBatches * 4} × ${options.bulkSize}…\n`);
    let importing = true;
    let seals = 0;
    const sealing2 = (async () => {
      while (importing) {
        if (!(await sealer.seal())) await new Promise((resolve) => setTimeout(resolve, 50));
        else seals++;
      }
    })();
    const duringImport = await runBulk(ds, audit, options.bulkBatches * 4, options.bulkSize);
    importing = false;
    await sealing2;
    const backlog = await unsealed();
    const drainStarted = performance.now();
    await sealer.seal();
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const alongside = { entries: duringImport.entries, importEntriesPerSecond: duringImport.entriesPerSecond, backlogAtEnd: backlog, drainSeconds, seals };

    process.stderr.write('[bench] verifyAll…\n');
    const verifyStarted = performance.now();
    const report = await audit.verifyAll(undefined, readCheckpoints(store.readText(), store.requireKeys().public).checkpoints);
    rmSync(keyDir, { recursive: true, force: true });
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    const [sample] = (await ds.query(`SELECT record_id AS id FROM audit_entry WHERE action = 'status_changed' ORDER BY seq DESC LIMIT 1`)) as { id: string }[];
    const recordTimes: number[] = [];
    let recordProblem: unknown = null;
    let recordEntries = 0;
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const result = await audit.verifyRecord('firearm', sample.id);
      recordTimes.push(performance.now() - started);
      recordProblem = result.problem;
      recordEntries = result.entriesChecked;
    }

    // Rates over all rounds of a variant (total writes / total time), and the ratio per round.
    const pooled = (c: number, audited: boolean) => {
      const runs = writes.filter((w) => w.concurrency === c && w.audited === audited);
      const count = runs.reduce((sum, w) => sum + w.writes, 0);
      const seconds = runs.reduce((sum, w) => sum + w.seconds, 0);
      return { writes: count, seconds, writesPerSecond: count / seconds };
    };
    const roundRatios = (c: number) =>
      Array.from({ length: options.rounds }, (_, round) => {
        const of = (audited: boolean) => writes.find((w) => w.concurrency === c && w.round === round && w.audited === audited)!;
        return of(true).writesPerSecond / of(false).writesPerSecond;
      });
    const plain = (c: number) => pooled(c, false);
    const withAudit = (c: number) => pooled(c, true);
    const lines: string[] = [];
    lines.push(`Audit cost — ${options.records} records (2 writes each) in ${options.rounds} rounds, PostgreSQL ${settings.version}, fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit}, ${cpus().length} CPUs`);
    lines.push(`load average (1, 5, 15 min) at start ${loadAtStart}, at end ${load()}`);
    lines.push('');
    lines.push('Single-write transactions        concurrency  writes/s   ms/write   overhead   audited/unaudited per round');
    for (const c of [1, 4]) {
      const p = plain(c);
      const a = withAudit(c);
      lines.push(`  record only                    ${String(c).padStart(11)}  ${fmt(p.writesPerSecond).padStart(8)}  ${fmt((p.seconds * 1000) / p.writes, 3).padStart(9)}`);
      lines.push(`  record + audit entry           ${String(c).padStart(11)}  ${fmt(a.writesPerSecond).padStart(8)}  ${fmt((a.seconds * 1000) / a.writes, 3).padStart(9)}   ×${fmt(p.writesPerSecond / a.writesPerSecond, 2)} slower   ${roundRatios(c).map((r) => `${fmt(r * 100, 1)} %`).join(', ')}`);
    }
    lines.push(`  scaling 1→4 workers: record only ×${fmt(plain(4).writesPerSecond / plain(1).writesPerSecond, 2)}, with audit ×${fmt(withAudit(4).writesPerSecond / withAudit(1).writesPerSecond, 2)}`);
    const ratio4 = median(roundRatios(4));
    lines.push(`  audited writes with 4 writers: ${fmt(ratio4 * 100, 1)} % of unaudited (median of ${options.rounds} rounds; all rounds pooled ${fmt((withAudit(4).writesPerSecond / plain(4).writesPerSecond) * 100, 1)} %) (target ≥ 70 %: ${ratio4 >= 0.7 ? 'met' : 'NOT met'})`);
    lines.push('');
    lines.push(`Bulk append (${bulk.batches} transactions × ${bulk.batchSize} entries)   ${fmt(bulk.entriesPerSecond)} entries/s  (${fmt((bulk.seconds * 1000) / bulk.batches, 1)} ms per batch)`);
    lines.push(`Sealing alone (${sealing.entries} entries into ${sealing.checkpoints} signed checkpoints)   ${fmt(sealing.entriesPerSecond)} entries/s = ×${fmt(sealing.entriesPerSecond / withAudit(4).writesPerSecond, 2)} the audited write rate (4 writers), ×${fmt(sealing.entriesPerSecond / bulk.entriesPerSecond, 2)} the bulk append rate`);
    lines.push(
      `Import with the sealer running (${alongside.entries} entries)   import ${fmt(alongside.importEntriesPerSecond)} entries/s, ${alongside.seals} seals during it, ${alongside.backlogAtEnd} entries unsealed when it ended, sealed ${fmt(alongside.drainSeconds, 2)} s later (keeps up: ${alongside.backlogAtEnd <= 2 * options.bulkSize ? 'yes' : 'NO'})`,
    );
    lines.push(`verifyAll (${report.entriesChecked} entries, ${report.recordsChecked} records)   ${fmt(report.entriesChecked / verifySeconds)} entries/s  (${fmt(verifySeconds, 2)} s, ${report.problems.length} problems)`);
    lines.push(`verifyRecord (one record, ${recordEntries} entries)   median ${fmt(median(recordTimes), 2)} ms, first ${fmt(recordTimes[0], 2)} ms, problem: ${recordProblem ? 'YES' : 'none'}`);
    if (report.problems.length > 0) {
      const kinds = new Map<string, number>();
      for (const problem of report.problems) kinds.set(problem.problem, (kinds.get(problem.problem) ?? 0) + 1);
      lines.push(`  ! verifyAll reported problems on an untampered trail: ${[...kinds].map(([k, n]) => `${k}×${n}`).join(', ')}; first: ${JSON.stringify(report.problems[0])}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);

    const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
    const json = {
      bench: 'audit-cost',
      records: options.records,
      rounds: options.rounds,
      load: { start: loadAtStart, end: load() },
      postgres: settings,
      writes: writes.map((w) => ({ ...w, seconds: round(w.seconds, 3), writesPerSecond: round(w.writesPerSecond) })),
      ratio4: round(ratio4, 3),
      ratio4Rounds: roundRatios(4).map((r) => round(r, 3)),
      sealing: { ...sealing, seconds: round(sealing.seconds, 3), entriesPerSecond: round(sealing.entriesPerSecond) },
      sealingAlongsideImport: { ...alongside, importEntriesPerSecond: round(alongside.importEntriesPerSecond), drainSeconds: round(alongside.drainSeconds, 3) },
      overhead: { concurrency1: round(plain(1).writesPerSecond / withAudit(1).writesPerSecond, 3), concurrency4: round(plain(4).writesPerSecond / withAudit(4).writesPerSecond, 3) },
      bulk: { ...bulk, seconds: round(bulk.seconds, 3), entriesPerSecond: round(bulk.entriesPerSecond) },
      verifyAll: { entries: report.entriesChecked, records: report.recordsChecked, problems: report.problems.length, seconds: round(verifySeconds, 3), entriesPerSecond: round(report.entriesChecked / verifySeconds) },
      verifyRecord: { entries: recordEntries, medianMs: round(median(recordTimes), 3), firstMs: round(recordTimes[0], 3), problem: recordProblem !== null },
    };
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return 0;
  } finally {
    if (ds?.isInitialized) await ds.destroy();
    await onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
