import { openDb, type Database } from './connection.ts';
import { lockDataDir } from './lock.ts';
import { migrate } from './migrate.ts';

export interface AppDbConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Who holds the PGlite lock, shown to a second process that is refused. */
  owner: string;
}

/** Opens the configured database (locking PGlite's folder), applies migrations; close() also releases the lock. */
export async function openAppDb(config: AppDbConfig): Promise<Database> {
  const release = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, config.owner);
  try {
    const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrate(db);
    return {
      ...db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Reads the database settings from the environment once. */
export function dbConfigFromEnv(owner: string, env: NodeJS.ProcessEnv = process.env): AppDbConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.LEGEPLAN_DATA_DIR || 'data/pglite', owner };
}
