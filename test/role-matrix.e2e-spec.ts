import { randomUUID } from 'node:crypto';
import { Controller, Get, type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import supertest from 'supertest';
import { AppModule } from '../src/app.module.js';
import { AppConfig } from '../src/config/app-config.js';
import { ANY_SIGNED_IN, PERMISSION_KEY, PUBLIC_KEY, type RouteAccess } from '../src/common/auth/decorators.js';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '../src/common/auth/permissions.js';
import { configureApp } from '../src/common/http/configure-app.js';
import { startRegistry, type TestRegistry, type TestUser } from './support/registry.js';

/**
 * Issue #3: deny by default, and the role matrix of permissions.ts enforced on
 * every route. Routes are read from Nest's own metadata, so a route another
 * module adds later is checked without anyone editing this file.
 */

interface Route {
  method: string;
  path: string;
  where: string;
  isPublic: boolean;
  access: RouteAccess | undefined;
}

const asArray = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as string]);
const joinPath = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;

/** Every HTTP route the application serves, with the access metadata the guard reads. */
function routesOf(app: INestApplication): Route[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name] as () => unknown;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const targets = [handler, controller];
        for (const prefix of prefixes.length ? prefixes : ['']) {
          for (const path of asArray(paths)) {
            routes.push({
              method,
              path: joinPath(prefix, path),
              where: `${controller.name}.${name}`,
              isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true,
              access: reflector.getAllAndOverride<RouteAccess | undefined>(PERMISSION_KEY, targets),
            });
          }
        }
      }
    }
  }
  return routes;
}

const label = (r: Route) => `${r.method} ${r.path}`;
const hasPathParams = (r: Route) => /[:*]/.test(r.path);

/** Plausible values for path parameters the guard must see past; anything else gets a random UUID. */
const SAMPLE_PARAMS: Record<string, string> = { recordType: 'user' };

function concrete(r: Route): string {
  return r.path.replace(/:(\w+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? randomUUID());
}

function send(http: supertest.Agent, r: Route, token?: string): supertest.Test {
  const verb = r.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  if (typeof http[verb] !== 'function') throw new Error(`no way to send ${label(r)}`);
  const request = http[verb](concrete(r));
  if (token !== undefined) request.set('Authorization', `Bearer ${token}`);
  return r.method === 'GET' || r.method === 'DELETE' ? request : request.send({});
}

const granted = (role: Role, access: RouteAccess) => access === ANY_SIGNED_IN || ROLE_PERMISSIONS[role].includes(access as Permission);

let registry: TestRegistry;
let routes: Route[];
let accounts: Record<Role, TestUser>;

beforeAll(async () => {
  registry = await startRegistry();
  routes = routesOf(registry.app);
  accounts = {} as typeof accounts;
  for (const role of ROLES) accounts[role] = await registry.as(role);
});

afterAll(() => registry?.close());

describe('route discovery', () => {
  it('finds the routes of every controller, and nothing Express serves escapes it', () => {
    const found = new Set(routes.map(label));
    for (const known of ['POST /auth/sign-in', 'GET /auth/me', 'GET /agencies', 'PATCH /users/:id', 'GET /audit/entries', 'GET /health']) {
      expect(found).toContain(known);
    }
    // Every route Express actually mounted came from a controller we see (the OpenAPI
    // pages and Nest's catch-all not-found handler aside).
    const express = registry.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const mounted = express.router.stack
      .filter((layer) => layer.route && !/^\/api\/(docs|openapi)/.test(layer.route.path) && !layer.route.path.endsWith('{/*splat}'))
      .flatMap((layer) => Object.keys(layer.route!.methods).filter((m) => m !== '_all').map((m) => `${m.toUpperCase()} ${layer.route!.path}`));
    // Express mounts every controller route under the API prefix.
    expect(mounted.filter((m) => !m.split(' ')[1].startsWith('/api/'))).toEqual([]);
    expect(mounted.length).toBeGreaterThan(0);
    expect(mounted.filter((m) => !found.has(m.replace(' /api/', ' /')))).toEqual([]);
  });
});

describe('deny by default', () => {
  it('every route is either @Public() or declares a permission the matrix knows', () => {
    expect(routes.filter((r) => !r.isPublic && !r.access).map(label)).toEqual([]);
    const known: RouteAccess[] = [...PERMISSIONS, ANY_SIGNED_IN];
    expect(routes.filter((r) => r.access && !known.includes(r.access)).map((r) => `${label(r)} → ${r.access}`)).toEqual([]);
  });

  it('only health, readiness, sign-in and token refresh are open without a token', () => {
    expect(routes.filter((r) => r.isPublic).map(label).sort()).toEqual(['GET /health', 'GET /ready', 'POST /auth/refresh', 'POST /auth/sign-in']);
  });

  it('refuses a route that declares nothing with 403, even to an administrator', async () => {
    @Controller('throwaway')
    class ForgetfulController {
      @Get()
      secrets() {
        return { leaked: true };
      }
    }
    const moduleRef = await Test.createTestingModule({ imports: [AppModule], controllers: [ForgetfulController] })
      .overrideProvider(AppConfig)
      .useValue(registry.config)
      .compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
    configureApp(app);
    await app.init();
    try {
      // The discovery above would flag it…
      expect(routesOf(app).find((r) => r.path === '/throwaway')).toMatchObject({ isPublic: false, access: undefined });
      // …and the guard closes it.
      const asAdmin = await supertest(app.getHttpServer()).get('/api/throwaway').set('Authorization', `Bearer ${accounts.admin.token}`);
      expect(asAdmin.status).toBe(403);
      expect(asAdmin.body).toMatchObject({ code: 'PERMISSION_DENIED', detail: expect.stringContaining('declares no permission') });
      expect(asAdmin.body.leaked).toBeUndefined();
      const anonymous = await supertest(app.getHttpServer()).get('/api/throwaway');
      expect(anonymous.status).toBe(401);
    } finally {
      await app.close();
    }
  });
});

describe('signed-out callers', () => {
  it('get 401 without a token on every protected route', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await send(registry.http(), route);
      if (response.status !== 401 || response.body.code !== 'AUTHENTICATION_REQUIRED') wrong.push(`${label(route)} → ${response.status} ${response.body.code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('get 401 with a garbage token on every protected route', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const response = await send(registry.http(), route, 'not.a-real.token');
      if (response.status !== 401 || response.body.code !== 'INVALID_TOKEN') wrong.push(`${label(route)} → ${response.status} ${response.body.code}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe.each(ROLES)('the %s role', (role) => {
  it('is refused exactly the routes whose permission ROLE_PERMISSIONS does not grant it', async () => {
    const wrong: string[] = [];
    let { token } = accounts[role];
    for (const route of routes.filter((r) => !r.isPublic && r.access)) {
      const response = await send(registry.http(), route, token);
      // A state-changing call that succeeded may have ended the session (sign-out): take a new one.
      if (route.method !== 'GET' && response.status < 300) token = accounts[role].token = await registry.signIn(accounts[role].username);
      const allowed = granted(role, route.access!);
      const status = response.status;
      if (!allowed && (status !== 403 || response.body.code !== 'PERMISSION_DENIED')) wrong.push(`${label(route)} needs ${route.access}: expected 403, got ${status}`);
      if (allowed && (status === 401 || status === 403)) wrong.push(`${label(route)} needs ${route.access}: expected to pass the guard, got ${status} ${response.body.code}`);
      if (allowed && route.method === 'GET' && !hasPathParams(route) && (status < 200 || status > 299)) wrong.push(`${label(route)}: expected 2xx, got ${status} ${response.body.code}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the auditor', () => {
  it('holds no write permission', () => {
    expect(ROLE_PERMISSIONS.auditor.filter((p) => p.endsWith('.write'))).toEqual([]);
  });

  it('never gets a 2xx on a non-GET route, and is refused every one that needs a write permission', async () => {
    // Own-session routes (sign-out, own password) and asking for a trail verification change no record.
    const exempt = (r: Route) => r.access === ANY_SIGNED_IN || r.access === 'audit.verify';
    const candidates = routes.filter((r) => r.method !== 'GET' && !r.isPublic && !exempt(r));
    expect(candidates.some((r) => r.access?.endsWith('.write'))).toBe(true);
    const wrong: string[] = [];
    for (const route of candidates) {
      const response = await send(registry.http(), route, accounts.auditor.token);
      if (response.status >= 200 && response.status < 300) wrong.push(`${label(route)} → ${response.status}`);
      if (route.access?.endsWith('.write') && response.status !== 403) wrong.push(`${label(route)} needs ${route.access} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
