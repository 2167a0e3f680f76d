import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from './connection.ts';
import type { Scope } from './scope.ts';

/**
 * The database as every part of the server gets it: queried directly, it is the signed-in user's municipality —
 * each query and transaction runs under that municipality's row-level security (see `runScoped`).
 */
export interface RequestDb extends Db {
  /** Work that spans municipalities, bypassing row-level security: login, session lookup, recovery at start. */
  readonly unscoped: Db;
  /** Another municipality than the signed-in user's: a public calendar feed's, found by its token. */
  withScope(scope: Pick<Scope, 'kommuneId'>): Db;
}

// The scoped handle of the request being handled (and of the work it starts, such as a solver job's saving).
const requestScope = new AsyncLocalStorage<Db>();

/** Runs `fn` (and whatever it starts) with the request database resolving to `scoped`. */
export function runScoped(scoped: Db, fn: () => void): void {
  requestScope.run(scoped, fn);
}

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
