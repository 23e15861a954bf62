import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from './config/app-config.js';
import { createDataSource } from './common/database/data-source.js';
import { preflight } from './common/database/preflight.js';
import { buildOpenApiDocument } from './common/http/openapi.js';
import { RequestContext, SYSTEM_ACTOR } from './common/context/request-context.js';
import { exitOnStartupFailure } from './common/startup.js';
import { AppModule } from './app.module.js';
import { AuditService } from './modules/audit/audit.service.js';
import { FirstAdministrator } from './modules/identity/first-administrator.js';
import { seedDemo } from '../seeds/demo.seed.js';
import { seedReference } from '../seeds/reference.seed.js';
import { DataSource } from 'typeorm';

/**
 * Administrative commands: migrate, seed [--demo] (reference data, and the demo
 * data set with --demo), create-admin, verify-audit,
 * openapi. Run through `npm run <command>` (which starts local services when
 * DATABASE_URL / REDIS_URL are not set) or `node dist/src/cli.js <command>`.
 */
const [command, ...rest] = process.argv.slice(2);

async function migrate(): Promise<number> {
  const config = loadConfig();
  const dataSource = createDataSource(config.DATABASE_URL, config.CONNECT_TIMEOUT_MS);
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
async function withApp<T>(body: (app: NestExpressApplication) => Promise<T>): Promise<T> {
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

  async 'verify-audit'() {
    return withApp(async (app) => {
      const report = await app.get(AuditService).verifyAll((n) => void process.stderr.write(`\rchecked ${n} entries…`));
      process.stderr.write('\n');
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return report.problems.length === 0 ? 0 : 2;
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
    });
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
