import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import type { Role } from '../../src/common/auth/permissions.js';
import { RequestContext, SYSTEM_ACTOR } from '../../src/common/context/request-context.js';
import { configureApp } from '../../src/common/http/configure-app.js';
import { QUEUE_CONNECTION } from '../../src/common/queue/job-queue.js';
import { AgenciesService } from '../../src/modules/identity/agencies.service.js';
import { UsersService } from '../../src/modules/identity/users.service.js';
import { createTestDatabase } from './databases.js';

export const TEST_PASSWORD = 'Test-Registry-Pass-2026';

export interface TestUser {
  id: string;
  username: string;
  token: string;
}

export interface TestRegistry {
  app: INestApplication;
  /** An agent whose paths are the API's own (`/firearms`), sent under the `/api` prefix. */
  http: () => supertest.Agent;
  /** An agent on the server's root, for what is not the API (the web interface's pages). */
  root: () => supertest.Agent;
  dataSource: DataSource;
  config: AppConfig;
  /** The test database as the server's superuser (DATABASE_URL is the app role's): for tamper drills. */
  superuserUrl: string;
  agencyId: string;
  /** One signed-in user per role, created on first use. */
  as(role: Role): Promise<TestUser>;
  createUser(roles: Role[], options?: { username?: string }): Promise<TestUser>;
  signIn(username: string, password?: string): Promise<string>;
  /** Runs service code as the system actor, outside any request. */
  asSystem<T>(body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/** Prefixes every request's path with `/api`, so tests name routes as the OpenAPI document does. */
export function apiAgent(agent: supertest.Agent): supertest.Agent {
  for (const verb of VERBS) {
    const send = agent[verb].bind(agent) as (url: string) => supertest.Test;
    (agent as unknown as Record<string, (url: string) => supertest.Test>)[verb] = (url: string) => send(url.startsWith('/api/') ? url : `/api${url}`);
  }
  return agent;
}

/**
 * The real application (real PostgreSQL, real Redis, the production HTTP set-up)
 * on a fresh database copied from the migrated template.
 */
export async function startRegistry(env: Record<string, string> = {}): Promise<TestRegistry> {
  const database = await createTestDatabase();
  // Each registry seals with its own key into its own checkpoint file, as production does; the worker's
  // schedule is left to the tests that drive it.
  const auditDir = mkdtempSync(path.join(tmpdir(), `registry-audit-${database.name}-`));
  const signingKey = path.join(auditDir, 'signing-key.pem');
  writeFileSync(signingKey, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const config = loadConfig({
    ...process.env,
    SIGN_IN_ATTEMPTS_PER_MINUTE: '10000',
    LOG_LEVEL: 'silent',
    AUDIT_SIGNING_KEY_FILE: signingKey,
    AUDIT_CHECKPOINT_FILE: path.join(auditDir, 'checkpoints.jsonl'),
    AUDIT_SEAL_INTERVAL_SECONDS: '3600',
    ...env,
    DATABASE_URL: database.url,
    QUEUE_PREFIX: database.name,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  const http = () => apiAgent(supertest.agent(app.getHttpServer()));
  const asSystem = <T>(body: () => Promise<T>) => RequestContext.run({ requestId: 'test-setup', clientAddress: null, actor: SYSTEM_ACTOR }, body);

  const agency = await asSystem(() => app.get(AgenciesService).create({ code: `T${randomBytes(3).toString('hex').toUpperCase()}`, name: 'Test Agency', type: 'national_firearms_authority', region: 'Capital' }));

  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const response = await http().post('/auth/sign-in').send({ username, password });
    if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };

  const createUser = async (roles: Role[], options: { username?: string } = {}) => {
    const username = options.username ?? `${roles.join('-').replaceAll('_', '-')}-${randomBytes(3).toString('hex')}`;
    const user = await asSystem(() => app.get(UsersService).create({ username, displayName: username, agencyId: agency.id, roles, initialPassword: TEST_PASSWORD }, { mustChangePassword: false }));
    return { id: user.id, username, token: await signIn(username) };
  };

  const byRole = new Map<Role, Promise<TestUser>>();
  return {
    app,
    http,
    root: () => supertest.agent(app.getHttpServer()),
    dataSource,
    config,
    superuserUrl: database.superuserUrl,
    agencyId: agency.id,
    as(role) {
      if (!byRole.has(role)) byRole.set(role, createUser([role], { username: `test.${role}` }));
      return byRole.get(role)!;
    },
    createUser,
    signIn,
    asSystem,
    async close() {
      // Queued jobs and sign-in counters live under this registry's own prefix in the shared Redis.
      const redis = app.get<Redis>(QUEUE_CONNECTION);
      const keys = await redis.keys(`${database.name}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await app.close();
      await database.drop();
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}
