import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '../auth/permissions.js';

/** Who is acting. System actors (migrations, seeds, the worker) have no user id. */
export interface Actor {
  userId: string | null;
  username: string;
  agencyId: string | null;
  roles: Role[];
}

export interface RequestScope {
  requestId: string;
  clientAddress: string | null;
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * The request (or job) being served, available to services and the audit trail
 * without threading it through every call.
 */
export const RequestContext = {
  run<T>(scope: RequestScope, body: () => T): T {
    return storage.run(scope, body);
  },
  current(): RequestScope | undefined {
    return storage.getStore();
  },
  setActor(actor: Actor): void {
    const scope = storage.getStore();
    if (scope) scope.actor = actor;
  },
};

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', agencyId: null, roles: [] };
