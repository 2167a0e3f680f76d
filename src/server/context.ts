import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/connection.ts';
import { runScoped, type RequestDb } from '../db/request-scope.ts';
import type { Scope } from '../db/scope.ts';
import type { SolverJobLimits } from './roster/jobs.ts';
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
  /** Solver jobs at once on one machine and waiting in the queue (default: one per core, ten waiting). */
  solverJobs?: Partial<SolverJobLimits>;
  /** Fastify's trustProxy: which proxies' X-Forwarded-For to believe (README: behind a reverse proxy). */
  trustProxy?: TrustProxy;
  /** Sessions end after this long without a request (default 30 min) and this long after login (default 12 h). */
  sessionTimeouts?: { idleMinutes: number; absoluteHours: number };
  /** Whether an admin must set up a second factor before using the app (default required). */
  adminSecondFactor?: 'required' | 'optional';
  /** The address users reach the app at (behind a proxy), for the redirect URIs of single sign-on; else taken from the request. */
  publicUrl?: string | undefined;
  /**
   * Tests only: lets the OpenID Connect client talk to an http:// identity provider on a loopback address (openid-client
   * refuses plain http otherwise). main.ts never sets it.
   */
  oidcAllowHttpLoopback?: boolean;
}

export type { RequestDb };

/** What every part of the server is given: the request-scoped database, the clock, and tunable limits. */
export interface AppDeps extends Omit<AppConfig, 'db'> {
  db: RequestDb;
}

/**
 * The one place the municipality is set for a request: once authentication has found its scope, the rest of the
 * request (and whatever it starts) runs with the database scoped to that municipality. A callback hook, so the
 * handler is called inside the storage's context.
 */
export function scopeRequests(app: FastifyInstance, db: RequestDb, scopeOf: (request: FastifyRequest) => Scope | null): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const scope = scopeOf(request);
    if (scope) runScoped(db.withScope(scope), done);
    else done();
  });
}
