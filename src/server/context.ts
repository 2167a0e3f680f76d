import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database, Db } from '../db/connection.ts';
import type { Scope } from '../db/scope.ts';
import type { TrustProxy } from './proxy.ts';

/** What the server is built from: the database, the clock, and tunable limits. */
export interface AppConfig {
  db: Database;
  /** Current instant; injected so tests control time. */
  clock: () => Date;
  logger?: boolean | object;
  /** Serve the built web app from this folder (omit in API-only tests). */
  webDir?: string | undefined;
  loginRateLimit?: { max: number; timeWindowMs: number };
  cookieSecure?: boolean;
  /** Fastify's trustProxy: which proxies' X-Forwarded-For to believe (README: behind a reverse proxy). */
  trustProxy?: TrustProxy;
  /** Sessions end after this long without a request (default 30 min) and this long after login (default 12 h). */
  sessionTimeouts?: { idleMinutes: number; absoluteHours: number };
  /** Whether an admin must set up a second factor before using the app (default required). */
  adminSecondFactor?: 'required' | 'optional';
}

/**
 * The database as every part of the server gets it: queried directly, it is the signed-in user's municipality —
 * each query and transaction runs under that municipality's row-level security (see `scopeRequests`).
 */
export interface RequestDb extends Db {
  /** Work that spans municipalities, bypassing row-level security: login, session lookup, recovery at start. */
  readonly unscoped: Db;
  /** Another municipality than the signed-in user's: a public calendar feed's, found by its token. */
  withScope(scope: Pick<Scope, 'kommuneId'>): Db;
}

/** What every part of the server is given: the request-scoped database, the clock, and tunable limits. */
export interface AppDeps extends Omit<AppConfig, 'db'> {
  db: RequestDb;
}

// The scoped handle of the request being handled (and of the work it starts, such as a solver job's saving).
const requestScope = new AsyncLocalStorage<Db>();

/** The database for the server's plugins, which resolves each query to the current request's scoped handle. */
export function requestDb(database: Database): RequestDb {
  const current = (): Db => {
    const db = requestScope.getStore();
    if (!db) throw new Error('No municipality scope: use db.unscoped for work across municipalities, db.withScope for another one');
    return db;
  };
  return {
    kind: database.kind,
    query: async (sql, params) => current().query(sql, params),
    transaction: async (fn) => current().transaction(fn),
    unscoped: database,
    withScope: (scope) => database.withScope(scope),
  };
}

/**
 * The one place the municipality is set for a request: once authentication has found its scope, the rest of the
 * request (and whatever it starts) runs with the database scoped to that municipality. A callback hook, so the
 * handler is called inside the storage's context.
 */
export function scopeRequests(app: FastifyInstance, db: RequestDb, scopeOf: (request: FastifyRequest) => Scope | null): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const scope = scopeOf(request);
    if (scope) requestScope.run(db.withScope(scope), done);
    else done();
  });
}
