import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from './config/app-config.js';
import { createDataSource } from './common/database/data-source.js';
import { preflight } from './common/database/preflight.js';
import { assertSchemaCurrent } from './common/database/schema-check.js';
import { buildOpenApiDocument } from './common/http/openapi.js';
import { RequestContext, SYSTEM_ACTOR } from './common/context/request-context.js';
import { exitOnStartupFailure } from './common/startup.js';
import { AppModule } from './app.module.js';
import { AuditService, type VerificationReport } from './modules/audit/audit.service.js';
import { AuditVerificationService } from './modules/audit/audit-verification.service.js';
import { CheckpointStore } from './modules/audit/checkpoint-store.js';
import { keyIdOf, keysFrom, readCheckpoints } from './modules/audit/checkpoints.js';
import { verifyProofBundle } from './modules/audit/proof-bundle.js';
import { FirstAdministrator } from './modules/identity/first-administrator.js';
import { seedDemo } from '../seeds/demo.seed.js';
import { seedReference } from '../seeds/reference.seed.js';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agency } from './modules/identity/entities/agency.entity.js';
import { ImportRunner } from './modules/imports/import-runner.js';
import { ImportsService } from './modules/imports/imports.service.js';
import { IMPORT_KINDS, type ImportKind } from './modules/imports/import.entities.js';
import { DataSource } from 'typeorm';

/**
 * Administrative commands: migrate, seed [--demo] (reference data, and the demo
 * data set with --demo), create-admin, verify-audit, import,
 * openapi. Run through `npm run <command>` (which starts local services when
 * DATABASE_URL / REDIS_URL are not set) or `node dist/src/cli.js <command>`.
 */
const [command, ...rest] = process.argv.slice(2);

async function migrate(): Promise<number> {
  const config = loadConfig();
  // As the owner role: the application's role may not create or alter anything.
  const dataSource = createDataSource(config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL, config.CONNECT_TIMEOUT_MS);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(applied.length ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}\n` : 'schema is up to date\n');
  } finally {
    await dataSource.destroy();
  }
  return 0;
}

/** Commands that need the domain services run inside the application context as the system actor. */
async function withApp<T>(body: (app: NestExpressApplication) => Promise<T>, options: { needsSchema: boolean } = { needsSchema: true }): Promise<T> {
  if (options.needsSchema) await assertSchemaCurrent(loadConfig());
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'], bodyParser: false });
  await app.init();
  try {
    return await RequestContext.run({ requestId: `cli-${command}`, clientAddress: null, actor: SYSTEM_ACTOR }, () => body(app));
  } finally {
    await app.close();
  }
}

async function readSecret(prompt: string): Promise<string> {
  if (process.env.REGISTRY_ADMIN_PASSWORD) return process.env.REGISTRY_ADMIN_PASSWORD;
  process.stderr.write(prompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0].trim();
}

const commands: Record<string, () => Promise<number>> = {
  migrate,

  async seed() {
    const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
    return withApp(async (app) => {
      process.stdout.write(`${await seedReference(app.get(DataSource), app.get(AuditService))}\n`);
      if (values.demo) process.stdout.write(`${await seedDemo(app)}\n`);
      return 0;
    });
  },

  async 'create-admin'() {
    const { values } = parseArgs({ args: rest, options: { username: { type: 'string' } } });
    if (!values.username) throw new Error('usage: create-admin --username NAME (password from REGISTRY_ADMIN_PASSWORD or standard input)');
    const password = await readSecret(`password for ${values.username}: `);
    return withApp(async (app) => {
      const created = await app.get(FirstAdministrator).ensure(values.username!, password);
      process.stdout.write(created ? `administrator ${created.username} created\n` : 'an administrator already exists; nothing changed\n');
      return 0;
    });
  },

  /**
   * verify-audit [--checkpoints FILE] [--public-key FILE]: every chain, and the sealed log against the
   * checkpoints given (default: the registry's own file); exit 2 on any problem.
   * verify-audit --proof FILE --public-key FILE: one record's proof bundle, offline (no database).
   */
  async 'verify-audit'() {
    const { values } = parseArgs({ args: rest, options: { checkpoints: { type: 'string' }, 'public-key': { type: 'string' }, proof: { type: 'string' } } });
    if (values.proof) {
      const keyFile = values['public-key'] ?? process.env.AUDIT_PUBLIC_KEY_FILE;
      if (!keyFile) throw new Error('usage: verify-audit --proof FILE --public-key FILE');
      const verdict = verifyProofBundle(readFileSync(values.proof, 'utf8'), readFileSync(keyFile, 'utf8'));
      process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
      return verdict.valid ? 0 : 2;
    }
    return withApp(async (app) => {
      const progress = (n: number) => void process.stderr.write(`\rchecked ${n} entries…`);
      let report: VerificationReport;
      if (values.checkpoints) {
        const store = app.get(CheckpointStore);
        const keyFile = values['public-key'];
        const publicKey = keyFile ? keysFrom(null, readFileSync(keyFile, 'utf8')).public : store.auditKeys()?.public;
        if (!publicKey) throw new Error('--checkpoints needs --public-key FILE (or AUDIT_PUBLIC_KEY_FILE / AUDIT_SIGNING_KEY_FILE)');
        const given = readCheckpoints(readFileSync(values.checkpoints, 'utf8'), publicKey);
        const checked = await app.get(AuditService).verifyAll(progress, given.checkpoints);
        report = { ...checked, problems: [...given.problems, ...checked.problems] };
      } else {
        report = await app.get(AuditVerificationService).verifyAgainstOwnCheckpoints(progress);
      }
      process.stderr.write('\n');
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return report.problems.length === 0 ? 0 : 2;
    });
  },

  /** audit-keygen: writes the Ed25519 checkpoint signing key (and its public key) when the files do not exist. */
  async 'audit-keygen'() {
    const config = loadConfig();
    if (!config.AUDIT_SIGNING_KEY_FILE) throw new Error('AUDIT_SIGNING_KEY_FILE is not set');
    if (existsSync(config.AUDIT_SIGNING_KEY_FILE)) {
      process.stdout.write(`${config.AUDIT_SIGNING_KEY_FILE} exists; nothing changed\n`);
      return 0;
    }
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    mkdirSync(path.dirname(config.AUDIT_SIGNING_KEY_FILE), { recursive: true });
    writeFileSync(config.AUDIT_SIGNING_KEY_FILE, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    if (config.AUDIT_PUBLIC_KEY_FILE) writeFileSync(config.AUDIT_PUBLIC_KEY_FILE, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
    process.stdout.write(`audit signing key written to ${config.AUDIT_SIGNING_KEY_FILE} (key id ${keyIdOf(publicKey)})\n`);
    return 0;
  },

  /**
   * Runs an import from a file path in this process, with a progress bar: for
   * large administrative loads. The file is copied into import storage first.
   */
  async import() {
    const { values } = parseArgs({
      args: rest,
      options: { kind: { type: 'string', default: 'firearms' }, file: { type: 'string' }, agency: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'all-or-nothing': { type: 'boolean', default: false }, mapping: { type: 'string' }, 'value-mapping': { type: 'string' }, campaign: { type: 'string' }, seizure: { type: 'string' } },
    });
    if (!values.file || !values.agency || !IMPORT_KINDS.includes(values.kind as ImportKind)) {
      throw new Error(`usage: import --file PATH --agency AGENCY_CODE [--kind ${IMPORT_KINDS.join('|')}] [--dry-run] [--all-or-nothing] [--mapping '{"HEADER":"field"}'] [--value-mapping '{"category":{"lance-pierre":"other"}}'] [--campaign CAMPAIGN_ID] [--seizure SEIZURE_ID]`);
    }
    return withApp(async (app) => {
      const agency = await app.get(DataSource).getRepository(Agency).findOneBy({ code: values.agency });
      if (!agency) throw new Error(`no agency with code ${values.agency}`);
      const staged = path.join(tmpdir(), `registry-import-${process.pid}-${path.basename(values.file!)}`);
      await copyFile(values.file!, staged);
      const job = await app.get(ImportsService).create(
        { kind: values.kind as ImportKind, dryRun: values['dry-run']!, allOrNothing: values['all-or-nothing']!, columnMapping: values.mapping ? JSON.parse(values.mapping) : {}, valueMapping: values['value-mapping'] ? JSON.parse(values['value-mapping']) : {}, campaignId: values.campaign, seizureId: values.seizure, fileName: path.basename(values.file!), tempPath: staged },
        { enqueue: false, agencyId: agency.id },
      );
      const bar = (percent: number) => `[${'#'.repeat(Math.round(percent / 4)).padEnd(25, '.')}] ${String(percent).padStart(3)}%`;
      const done = await app.get(ImportRunner).run(job.id, (p) => {
        process.stderr.write(`\r${bar(p.percent)}  ${p.rowsRead} rows read, ${p.rowsAccepted} accepted, ${p.rowsRejected} rejected, ${p.rowsDuplicate} duplicates, ${p.rowsPerSecond} rows/s   `);
      });
      process.stderr.write(`\r${bar(done.status === 'completed' ? 100 : 0)}\n`);
      process.stdout.write(`${JSON.stringify({ id: done.id, status: done.status, rowsRead: done.rowsRead, rowsAccepted: done.rowsAccepted, rowsRejected: done.rowsRejected, rowsDuplicate: done.rowsDuplicate, error: done.error }, null, 2)}\n`);
      if (done.rowsRejected + done.rowsDuplicate > 0) {
        // The first reasons here, the whole report through the API: an operator sees at once what the file got wrong.
        const shown = 10;
        const [errors, total] = await app.get(ImportsService).rowErrors(done.id, shown, 0);
        process.stdout.write(`${done.rowsRejected} row(s) rejected, ${done.rowsDuplicate} duplicate(s); ${total} reported problem(s), the first ${Math.min(shown, total)}:\n`);
        for (const e of errors) process.stdout.write(`  row ${e.rowNumber}, ${e.field}: ${e.reason}\n`);
        if (total > shown) process.stdout.write(`  … and ${total - shown} more\n`);
        process.stdout.write(`full report: GET /api/imports/${done.id}/errors.csv\n`);
      }
      return done.status === 'completed' ? 0 : 2;
    });
  },

  async openapi() {
    const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, validate: { type: 'boolean', default: false } } });
    return withApp(async (app) => {
      const document = buildOpenApiDocument(app);
      if (values.validate) {
        // A development dependency: only the test command validates.
        const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
        await SwaggerParser.validate(structuredClone(document) as never);
        process.stderr.write(`OpenAPI document valid: ${Object.keys(document.paths).length} paths\n`);
      }
      const text = JSON.stringify(document, null, 2);
      if (values.out) writeFileSync(values.out, `${text}\n`);
      else if (!values.validate) process.stdout.write(`${text}\n`);
      return 0;
    }, { needsSchema: false });
  },
};

async function main(): Promise<void> {
  const run = command ? commands[command] : undefined;
  if (!run) {
    process.stderr.write(`usage: cli <${Object.keys(commands).join('|')}>\n`);
    process.exit(64);
  }
  await preflight(loadConfig());
  process.exit(await run());
}

main().catch(exitOnStartupFailure);
