import { ConfigError, loadConfig } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/registry',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

function problemsOf(env: NodeJS.ProcessEnv) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('accepts a complete environment and applies defaults', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.DATABASE_URL).toBe(valid.DATABASE_URL);
  });

  it('names every missing required variable', () => {
    const variables = problemsOf({}).map((p) => p.variable).sort();
    expect(variables).toEqual(['DATABASE_URL', 'JWT_SECRET', 'REDIS_URL']);
  });

  it('names an invalid variable and says why', () => {
    const problems = problemsOf({ ...valid, PORT: 'eighty' });
    expect(problems).toHaveLength(1);
    expect(problems[0].variable).toBe('PORT');
  });

  it('rejects a database URL that is not postgres', () => {
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x' })[0]).toMatchObject({ variable: 'DATABASE_URL' });
  });

  it('rejects a short JWT secret', () => {
    expect(problemsOf({ ...valid, JWT_SECRET: 'short' })[0].message).toMatch(/at least 32/);
  });

  it('requires the bootstrap password with the bootstrap username', () => {
    expect(problemsOf({ ...valid, BOOTSTRAP_ADMIN_USERNAME: 'root' })[0].variable).toBe('BOOTSTRAP_ADMIN_PASSWORD');
  });
});
