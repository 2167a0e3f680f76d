import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { tenancySql, type Scope } from './scope.ts';

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The one database interface the repositories use, the same on PGlite and on a PostgreSQL server: a handle scoped
 * to one municipality (`Database.withScope`) or the unscoped database itself.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * An open database. Queried directly it is the unscoped path: the connecting user (owner or superuser), which
 * row-level security does not bind — for migrations, the demo seeding, the CLI and work that spans municipalities.
 */
export interface Database extends Db {
  /**
   * A handle whose every query and transaction runs as the app's role with the scope's municipality set, so the
   * tenant tables' policies show and accept only that municipality's rows, whatever the SQL says.
   */
  withScope(scope: Pick<Scope, 'kommuneId'>): Db;
  close(): Promise<void>;
}

// Type OIDs parsed the same way on both drivers: dates stay 'YYYY-MM-DD' strings (no time-zone shift),
// instants become ISO strings, bigint counts become numbers, numeric becomes a number.
const DATE = 1082;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;
const parsers: Record<number, (value: string) => unknown> = {
  [DATE]: (v) => v,
  [TIMESTAMPTZ]: (v) => new Date(v).toISOString(),
  [INT8]: (v) => Number(v),
  [NUMERIC]: (v) => Number(v),
};

/** Opens PGlite at dataDir (in memory when dataDir is undefined). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pglite = await PGlite.create({ dataDir, parsers });
  return wrapPglite(pglite);
}

const pgliteTx = (tx: Transaction): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []) {
    return (await tx.query<R>(sql, params as unknown[])).rows;
  },
});

/**
 * Wraps an existing PGlite instance (e.g. a clone of a migrated template). PGlite is one session shared by every
 * caller, so a scoped query runs in a transaction of its own, with the role and municipality set locally to it.
 */
export function wrapPglite(pglite: PGlite): Database {
  return {
    kind: 'pglite',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const res = await pglite.query<R>(sql, params as unknown[]);
      return res.rows;
    },
    transaction: (fn) => pglite.transaction((tx) => fn(pgliteTx(tx))),
    withScope(scope) {
      const enter = tenancySql(scope.kommuneId, true);
      const scoped = <T>(fn: (tx: Queryable) => Promise<T>) =>
        pglite.transaction(async (tx) => {
          await tx.exec(enter);
          return fn(pgliteTx(tx));
        });
      return {
        kind: 'pglite',
        query: (sql, params) => scoped((tx) => tx.query(sql, params)),
        transaction: scoped,
      };
    },
    close: () => pglite.close(),
  };
}

/** Runs fn in a transaction on one pooled client; `begin` opens it (and may set it up in the same round trip). */
async function poolTransaction<T>(pool: pg.Pool, begin: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn({
      async query<R>(sql: string, params: readonly unknown[] = []) {
        return (await client.query(sql, params as unknown[])).rows as R[];
      },
    });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Connects to a PostgreSQL server through two node-postgres pools: the unscoped one as the connecting user, and the
 * app's, whose sessions only ever run as the app's role. A scoped query sets role and municipality on its session
 * and then runs (one round trip more); a scoped transaction sets them locally in the round trip of its BEGIN (none
 * more). An idle connection the server drops (a restart, a network cut) is reported to `onIdleError` and replaced on
 * the next query, instead of crashing the process.
 */
export function openPostgres(connectionString: string, onIdleError: (err: Error) => void = (err) => console.warn(`PostgreSQL: idle connection lost: ${err.message}`)): Database {
  const config = {
    connectionString,
    types: { getTypeParser: (oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text') },
  };
  const pool = new pg.Pool({ ...config, max: 3 });
  const appPool = new pg.Pool({ ...config, max: 5 });
  pool.on('error', onIdleError);
  appPool.on('error', onIdleError);
  return {
    kind: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const res = await pool.query(sql, params as unknown[]);
      return res.rows as R[];
    },
    transaction: (fn) => poolTransaction(pool, 'BEGIN', fn),
    withScope(scope) {
      const enterSession = tenancySql(scope.kommuneId, false);
      const begin = `BEGIN; ${tenancySql(scope.kommuneId, true)}`;
      return {
        kind: 'postgres',
        async query<R>(sql: string, params: readonly unknown[] = []) {
          const client = await appPool.connect();
          let entered = false;
          try {
            // Every use sets both again: the session never runs a scoped query under a previous use's municipality.
            await client.query(enterSession);
            entered = true;
            return (await client.query(sql, params as unknown[])).rows as R[];
          } finally {
            // A session whose scope could not be set is thrown away rather than reused.
            client.release(!entered);
          }
        },
        transaction: (fn) => poolTransaction(appPool, begin, fn),
      };
    },
    async close() {
      await Promise.all([pool.end(), appPool.end()]);
    },
  };
}

/** PGlite under dataDir by default; a PostgreSQL server when a connection string is given. */
export async function openDb(opts: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
