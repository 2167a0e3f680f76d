import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

/** The PostgreSQL server the integration tests use; each test file creates and drops its own database there. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function pgReachable(): Promise<boolean> {
  const admin = openPostgres(TEST_SERVER_URL);
  try {
    await admin.query('SELECT 1');
    return true;
  } catch {
    console.warn(`\n⚠ No PostgreSQL server at ${TEST_SERVER_URL}: the PostgreSQL half of the integration tests is skipped.\n`);
    return false;
  } finally {
    await admin.close().catch(() => undefined);
  }
}

/** Checked once when a test file loads, so a suite can be skipped at collection time. */
export const serverReachable = await pgReachable();

export type DbKind = 'pglite' | 'postgres';

/** A migrated, empty database of the given kind (with its URL on the server, for a process), and how to throw it away. */
export async function createTestDb(kind: DbKind): Promise<{ db: Database; url?: string; dispose: () => Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  const name = `legeplan_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(TEST_SERVER_URL);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  await migrate(db);
  return {
    db,
    url: url.toString(),
    async dispose() {
      await db.close();
      const a = openPostgres(TEST_SERVER_URL);
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
}

/**
 * Runs the same suite on PGlite and on the PostgreSQL server (the latter skipped, with a printed
 * warning, only when no server is reachable). The callback gets a getter for the file's database.
 */
export function describeOnBothDatabases(name: string, suite: (getDb: () => Database, kind: DbKind) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    describe.skipIf(kind === 'postgres' && !serverReachable)(`${name} [${kind}]`, () => {
      let db: Database | undefined;
      let dispose: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        ({ db, dispose } = await createTestDb(kind));
      }, 60_000);
      afterAll(async () => {
        await dispose?.();
      });
      suite(() => {
        if (!db) throw new Error('database not ready');
        return db;
      }, kind);
    });
  }
}
