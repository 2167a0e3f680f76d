import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** The one database interface the repositories use, the same on PGlite and on a PostgreSQL server. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
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
export async function openPglite(dataDir?: string): Promise<Db> {
  const pglite = await PGlite.create({ dataDir, parsers });
  return wrapPglite(pglite);
}

/** Wraps an existing PGlite instance (e.g. a clone of a migrated template). */
export function wrapPglite(pglite: PGlite): Db {
  return {
    kind: 'pglite',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const res = await pglite.query<R>(sql, params as unknown[]);
      return res.rows;
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return pglite.transaction(async (tx) =>
        fn({
          async query<R>(sql: string, params: readonly unknown[] = []) {
            return (await tx.query<R>(sql, params as unknown[])).rows;
          },
        }),
      );
    },
    close: () => pglite.close(),
  };
}

/**
 * Connects to a PostgreSQL server through a node-postgres pool. An idle connection the server drops (a restart,
 * a network cut) is reported to `onIdleError` and replaced on the next query, instead of crashing the process.
 */
export function openPostgres(connectionString: string, onIdleError: (err: Error) => void = (err) => console.warn(`PostgreSQL: idle connection lost: ${err.message}`)): Db {
  const pool = new pg.Pool({
    connectionString,
    max: 5,
    types: { getTypeParser: (oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text') },
  });
  pool.on('error', onIdleError);
  return {
    kind: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const res = await pool.query(sql, params as unknown[]);
      return res.rows as R[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
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
    },
    close: () => pool.end(),
  };
}

/** PGlite under dataDir by default; a PostgreSQL server when a connection string is given. */
export async function openDb(opts: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
