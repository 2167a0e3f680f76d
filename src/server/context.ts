import type { Db } from '../db/connection.ts';

/** What every part of the server is given: the database, the clock, and tunable limits. */
export interface AppDeps {
  db: Db;
  /** Current instant; injected so tests control time. */
  clock: () => Date;
  logger?: boolean | object;
  /** Serve the built web app from this folder (omit in API-only tests). */
  webDir?: string | undefined;
  loginRateLimit?: { max: number; timeWindowMs: number };
  cookieSecure?: boolean;
}
