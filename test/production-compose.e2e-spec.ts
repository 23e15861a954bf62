import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';

/**
 * docker-compose.yml checked without Docker (none on CI machines): parsed, validated
 * against the Compose Specification's JSON schema, then held to the registry's
 * production policies.
 */
const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  restart?: string;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  environment?: Record<string, string> | string[];
  ports?: unknown[];
  secrets?: (string | { source: string })[];
  depends_on?: Record<string, { condition: string }>;
  command?: string | string[];
}
interface Compose {
  services: Record<string, Service>;
  secrets?: Record<string, { file?: string; environment?: string }>;
}

// YAML 1.2 core with merge keys (`<<: *app`), as Compose reads it.
const compose = () => load(read('docker-compose.yml'), { schema: CORE_SCHEMA.withTags(mergeTag) }) as Compose;
/** Services that run once and exit (they must not be restarted, and others wait for their success). */
const ONE_SHOT = new Set(['migrate']);
const PROXY = 'caddy';
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE|API_KEY|CREDENTIAL/i;

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? '')]));
  return Object.fromEntries(env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]));
}

/** Every policy the production stack keeps; an empty list when all hold. */
export function policyProblems(doc: Compose): string[] {
  const problems: string[] = [];
  const services = Object.entries(doc.services);
  // The registry's own image is built here from the pinned Dockerfile; every other image is pulled.
  const builtImages = new Set(services.filter(([, s]) => s.build).map(([, s]) => s.image));
  for (const [name, service] of services) {
    const longRunning = !ONE_SHOT.has(name);
    // Pinned images: a minor version (postgres:18.4) or a digest; never a bare major or latest.
    const image = service.image ?? '';
    if (!builtImages.has(service.image) && !/@sha256:[0-9a-f]{64}$|:\d+\.\d+[\w.-]*$/.test(image)) problems.push(`${name}: image "${image}" is not pinned to a minor version or digest`);
    if (longRunning) {
      if (!['unless-stopped', 'always'].includes(service.restart ?? '')) problems.push(`${name}: restart is "${service.restart ?? '(none)'}", not unless-stopped or always`);
      const test = service.healthcheck?.test;
      if (!test || service.healthcheck?.disable || (Array.isArray(test) ? test[0] === 'NONE' : test === 'NONE')) problems.push(`${name}: no health check`);
    } else if (!['no', 'on-failure'].includes(service.restart ?? 'no')) {
      problems.push(`${name}: a one-shot service must not restart (restart: "${service.restart}")`);
    }
    if (service.ports?.length && name !== PROXY) problems.push(`${name}: publishes ports; only ${PROXY} may`);
    const env = environmentOf(service);
    if (longRunning) {
      for (const [key, value] of Object.entries(env)) {
        if (SECRET_NAME.test(key) && !key.endsWith('_FILE')) problems.push(`${name}: secret-like variable ${key} in environment (use a secret file)`);
        if (/:\/\/[^/\s:@]+:[^@\s]+@/.test(value)) problems.push(`${name}: ${key} carries a password inside a URL`);
        if (key.startsWith('BOOTSTRAP_ADMIN_')) problems.push(`${name}: ${key} left in a long-running container`);
      }
    }
    for (const [key, value] of Object.entries(env)) {
      if (key.endsWith('PASSWORD_FILE') || key === 'JWT_SECRET_FILE') {
        if (!value.startsWith('/run/secrets/')) problems.push(`${name}: ${key} is not a Docker secret (${value})`);
      }
    }
    for (const secret of service.secrets ?? []) {
      const source = typeof secret === 'string' ? secret : secret.source;
      if (!doc.secrets?.[source]) problems.push(`${name}: secret ${source} is not declared`);
    }
  }
  for (const [name, secret] of Object.entries(doc.secrets ?? {})) {
    if (!secret.file?.startsWith('./secrets/')) problems.push(`secret ${name}: not a file under ./secrets/ (git- and docker-ignored)`);
  }
  // One image, built once, run by migrate, the API and the worker.
  const built = services.filter(([, s]) => s.build);
  if (built.length !== 1) problems.push(`${built.length} services build an image; exactly one should`);
  const appImage = built[0]?.[1].image;
  for (const name of ['migrate', 'api', 'worker']) {
    if (doc.services[name]?.image !== appImage) problems.push(`${name}: runs "${doc.services[name]?.image}", not the one built image "${appImage}"`);
  }
  for (const name of ['api', 'worker']) {
    if (doc.services[name]?.depends_on?.migrate?.condition !== 'service_completed_successfully') problems.push(`${name}: does not wait for migrate to succeed`);
  }
  const published = (doc.services[PROXY]?.ports ?? []).map(String);
  if (!published.some((p) => /:443$/.test(p))) problems.push(`${PROXY}: does not publish 443`);
  return problems;
}

describe('docker-compose.yml', () => {
  it('is valid under the Compose Specification', () => {
    const schema = JSON.parse(read('test/fixtures/compose/compose-spec.json'));
    // The spec's own schema uses "deprecated" (a later draft's keyword): not strict.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    const validate = ajv.compile(schema);
    const valid = validate(compose());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects what Compose would (a misspelt key, a wrong type)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    const validate = ajv.compile(JSON.parse(read('test/fixtures/compose/compose-spec.json')));
    const doc = compose();
    expect(validate({ ...doc, services: { ...doc.services, api: { ...doc.services.api, restrat: 'always' } } })).toBe(false);
    expect(validate({ ...doc, services: { ...doc.services, api: { ...doc.services.api, healthcheck: { test: 42 } } } })).toBe(false);
  });

  it('keeps the production policies', () => {
    expect(policyProblems(compose())).toEqual([]);
  });

  it('the policy check fails a stack that breaks them', () => {
    const doc = compose();
    const { restart: _restart, ...noRestart } = doc.services.worker;
    const { healthcheck: _healthcheck, ...noHealth } = doc.services.api;
    const broken: Compose = {
      ...doc,
      services: {
        ...doc.services,
        worker: noRestart,
        api: { ...noHealth, ports: ['3000:3000'], environment: { ...environmentOf(doc.services.api), JWT_SECRET: 'x'.repeat(40), BOOTSTRAP_ADMIN_PASSWORD: 'p' } },
        redis: { ...doc.services.redis, image: 'redis:8' },
        postgres: { ...doc.services.postgres, environment: { DATABASE_URL: 'postgres://registry:hunter2@postgres/registry' } },
      },
    };
    expect(policyProblems(broken).sort()).toEqual(
      [
        'worker: restart is "(none)", not unless-stopped or always',
        'api: no health check',
        'api: publishes ports; only caddy may',
        'api: secret-like variable JWT_SECRET in environment (use a secret file)',
        'api: secret-like variable BOOTSTRAP_ADMIN_PASSWORD in environment (use a secret file)',
        'api: BOOTSTRAP_ADMIN_PASSWORD left in a long-running container',
        'redis: image "redis:8" is not pinned to a minor version or digest',
        'postgres: DATABASE_URL carries a password inside a URL',
      ].sort(),
    );
  });

  it('health checks probe what matters: the API ready on its database and Redis, the worker heartbeat', () => {
    const { services } = compose();
    expect(JSON.stringify(services.api.healthcheck?.test)).toContain('/api/ready');
    expect(services.worker.healthcheck?.test).toEqual(['CMD', 'node', 'dist/src/worker-health.js']);
    expect(environmentOf(services.worker).WORKER_HEARTBEAT_FILE).toBeTruthy();
    expect(JSON.stringify(services.postgres.healthcheck?.test)).toContain('pg_isready');
    expect(JSON.stringify(services.redis.healthcheck?.test)).toContain('ping');
  });

  it('sizes PostgreSQL by environment, with small-host defaults', () => {
    const command = (compose().services.postgres.command as string[]).join(' ');
    for (const setting of ['shared_buffers', 'effective_cache_size', 'work_mem', 'max_connections', 'max_wal_size']) {
      expect(command).toMatch(new RegExp(`${setting}=\\$\\{PG_[A-Z_]+:-[\\w.]+\\}`));
    }
  });

  it('the image runs Node 24 LTS, is built from sources only, and bakes no secret in', () => {
    const dockerfile = read('Dockerfile');
    const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(stages.length).toBeGreaterThan(0);
    for (const image of stages) expect(image).toMatch(/^node:24\.\d+/);
    expect(dockerfile).toMatch(/npm run build -w web/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).not.toMatch(/^(ENV|ARG)\b.*(PASSWORD|SECRET|JWT)/im);
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['.data', '.env', 'secrets', 'node_modules', '.git']) expect(ignored).toContain(entry);
  });
});
