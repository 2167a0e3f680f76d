import { fileURLToPath } from 'node:url';
import { dbConfigFromEnv, openAppDb } from '../db/open-app-db.ts';
import { demoLoginsInUse, demoModeFromConfig, seedDemo } from '../db/demo.ts';
import { DataDirBusyError } from '../db/lock.ts';
import { listKommunerWithUserCounts } from '../db/repositories/kommune.ts';
import { createApp } from './app.ts';
import { jobLimitsFromEnv } from './roster/jobs.ts';
import { hashPassword, verifyPassword } from './auth/password.ts';
import { serverLoggerOptions } from './logging.ts';
import { trustProxyFromEnv } from './proxy.ts';
import { startupBanner } from './startup-banner.ts';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const dbConfig = dbConfigFromEnv(`serveren på port ${port}`);
let solverJobs;
try {
  solverJobs = jobLimitsFromEnv(process.env);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${name} må være et positivt tall (var «${raw}»)`);
    process.exit(1);
  }
  return n;
}
const embedded = !dbConfig.databaseUrl;
const demoMode = demoModeFromConfig({ argv: process.argv.slice(2), env: process.env, embedded });

let db;
try {
  db = await openAppDb(dbConfig);
} catch (err) {
  if (err instanceof DataDirBusyError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const loaded = await seedDemo(db, demoMode, hashPassword);
const app = await createApp({
  db,
  clock: () => new Date(),
  logger: serverLoggerOptions(process.env),
  webDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
  cookieSecure: process.env.COOKIE_SECURE === '1',
  solverJobs,
  sessionTimeouts: {
    idleMinutes: positiveNumber('SESSION_IDLE_MINUTES', 30),
    absoluteHours: positiveNumber('SESSION_MAX_HOURS', 12),
  },
  adminSecondFactor: process.env.LEGEPLAN_ADMIN_2FA === 'optional' ? 'optional' : 'required',
  trustProxy: trustProxyFromEnv(process.env.TRUST_PROXY),
  publicUrl: process.env.PUBLIC_URL || undefined,
});
await app.listen({ port, host });
// PORT=0 asks the system for a free port: the banner names the one actually bound.
const address = app.server.address();
const boundPort = typeof address === 'object' && address ? address.port : port;

// One write, so that whoever reads the banner (a person, a test waiting for the server) gets it whole.
console.log(
  startupBanner({
    port: boundPort,
    where: embedded ? `PGlite i ${dbConfig.dataDir}` : 'PostgreSQL (DATABASE_URL)',
    embedded,
    loaded,
    demoLogins: await demoLoginsInUse(db, verifyPassword),
    kommuner: await listKommunerWithUserCounts(db),
  }),
);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await db!.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
