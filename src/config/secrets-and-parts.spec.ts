import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'pg-connection-string';
import { ConfigError, loadConfig } from './app-config.js';

const base = { REDIS_URL: 'redis://redis:6379', JWT_SECRET: 'x'.repeat(40) };
const dir = mkdtempSync(path.join(tmpdir(), 'registry-secrets-'));
const secret = (name: string, value: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, value);
  return file;
};

describe('the database reached by parts, secrets from files', () => {
  const hostile = 'p@ss:w/rd#?%25 &x';

  it('builds an escaped URL that PostgreSQL clients read back to the same password', () => {
    const config = loadConfig({ ...base, DATABASE_HOST: 'postgres', DATABASE_USER: 'registry_api', DATABASE_PASSWORD: hostile });
    const parsed = parse(config.DATABASE_URL);
    expect(parsed).toMatchObject({ host: 'postgres', port: '5432', database: 'registry', user: 'registry_api', password: hostile });
  });

  it('takes port, database name and the owner role for migrations', () => {
    const config = loadConfig({ ...base, DATABASE_HOST: 'db.internal', DATABASE_PORT: '6432', DATABASE_NAME: 'registre', DATABASE_USER: 'registry_api', DATABASE_PASSWORD: 'a', MIGRATION_DATABASE_USER: 'registry_owner', MIGRATION_DATABASE_PASSWORD: 'b/c' });
    expect(parse(config.DATABASE_URL)).toMatchObject({ host: 'db.internal', port: '6432', database: 'registre', password: 'a' });
    expect(parse(config.MIGRATION_DATABASE_URL!)).toMatchObject({ user: 'registry_owner', password: 'b/c' });
  });

  it('reads passwords and the JWT secret from files (Docker secrets), one trailing newline dropped', () => {
    const config = loadConfig({
      REDIS_URL: base.REDIS_URL,
      JWT_SECRET_FILE: secret('jwt', `${'s'.repeat(48)}\n`),
      DATABASE_HOST: 'postgres',
      DATABASE_USER: 'registry_api',
      DATABASE_PASSWORD_FILE: secret('db', `${hostile}\n`),
    });
    expect(config.JWT_SECRET).toBe('s'.repeat(48));
    expect(parse(config.DATABASE_URL).password).toBe(hostile);
  });

  it('a whole URL wins over parts; a value wins over its file', () => {
    const config = loadConfig({ ...base, DATABASE_URL: 'postgres://u:p@h/db', DATABASE_HOST: 'other', DATABASE_USER: 'x', JWT_SECRET_FILE: '/nonexistent' });
    expect(config.DATABASE_URL).toBe('postgres://u:p@h/db');
    expect(config.JWT_SECRET).toBe(base.JWT_SECRET);
  });

  it('names the variable of an unreadable secret file and of a missing user', () => {
    expect(() => loadConfig({ ...base, JWT_SECRET: '', JWT_SECRET_FILE: path.join(dir, 'missing') })).toThrow(ConfigError);
    try {
      loadConfig({ ...base, JWT_SECRET: undefined, JWT_SECRET_FILE: path.join(dir, 'missing'), DATABASE_HOST: 'postgres' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['DATABASE_USER', 'JWT_SECRET_FILE']);
      expect((error as ConfigError).message).toContain('ENOENT');
      return;
    }
    throw new Error('expected a ConfigError');
  });
});
