import { fileURLToPath } from 'node:url';
import { dbConfigFromEnv, openAppDb } from '../db/open-app-db.ts';
import { readDemoFiles, seedDemoIfEmpty } from '../db/demo.ts';
import { DataDirBusyError } from '../db/lock.ts';
import { createApp } from './app.ts';
import { hashPassword } from './auth/password.ts';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const dbConfig = dbConfigFromEnv(`serveren på port ${port}`);

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
const seeded = await seedDemoIfEmpty(db, hashPassword);
const app = await createApp({
  db,
  clock: () => new Date(),
  logger: process.env.LOG_LEVEL ? { level: process.env.LOG_LEVEL } : false,
  webDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
  cookieSecure: process.env.COOKIE_SECURE === '1',
  publicUrl: process.env.PUBLIC_URL || undefined,
});
await app.listen({ port, host });

const where = dbConfig.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite i ${dbConfig.dataDir}`;
// One write, so that whoever reads the banner (a person, a test waiting for the server) gets it whole.
const banner = [`Legeplan kjører på http://localhost:${port}  (database: ${where})`];
if (seeded.length > 0) banner.push(`Lastet demodata: ${seeded.map((d) => d.kommune.name).join(', ')}`);
banner.push('Demo-innlogginger:');
for (const demo of await readDemoFiles()) {
  const users = demo.users.map((u) => `${u.username} (${u.role})`).join(', ');
  banner.push(`  ${demo.kommune.name}: ${users} – passord ${demo.users[0]?.password ?? ''}`);
}
console.log(banner.join('\n'));

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
