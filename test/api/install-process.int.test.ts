import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import { createTestDb, serverReachable } from '../helpers/db.ts';
import { httpLogin, killServerProcesses, runCliProcess, startServerProcess } from '../helpers/server-process.ts';

// A real installation: `npm start` on an empty PostgreSQL database given by DATABASE_URL, set up with the CLI.
describe.skipIf(!serverReachable)('a new installation on a PostgreSQL server, as processes', () => {
  let db: Db;
  let env: Record<string, string>;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const created = await createTestDb('postgres');
    ({ db, dispose } = created);
    env = { DATABASE_URL: created.url! };
  }, 60_000);
  afterEach(killServerProcesses);
  afterAll(async () => {
    await dispose();
  });

  it('starts clean (no demo, no password printed, says how to set up), and the CLI creates the first admin, who logs in', async () => {
    const server = await startServerProcess(env);
    const banner = server.output();
    expect(banner).toContain('database: PostgreSQL (DATABASE_URL)');
    expect(banner).not.toMatch(/passord|legeplan-demo|Demo-innlogginger|Lastet demodata/i);
    expect(banner).toContain('Ingen kommune er satt opp ennå');
    expect(banner).toContain('npx legeplan kommune create --nummer <kommunenummer>');
    expect(await db.query(`SELECT username FROM app_user`)).toEqual([]);
    expect(await db.query(`SELECT nr FROM kommune`)).toEqual([]);
    await expect(httpLogin(server.url, 'sandefjord-admin', 'legeplan-demo')).rejects.toThrow('login 401');

    // A PostgreSQL server is shared: the CLI works beside the running server.
    const kommune = await runCliProcess(['kommune', 'create', '--nummer', '3907', '--navn', 'Sandefjord'], env);
    expect(kommune).toMatchObject({ code: 0, stderr: '' });
    const admin = await runCliProcess(['admin', 'create', '--kommune', '3907', '--username', 'kari.admin', '--generate'], env);
    expect(admin).toMatchObject({ code: 0, stderr: '' });
    const password = /skriv det ned\): (\S+)/.exec(admin.stdout)?.[1];
    expect(password).toBeDefined();
    // Without a terminal and without --generate, the command refuses rather than reading a password from nowhere.
    const noTty = await runCliProcess(['admin', 'create', '--kommune', '3907', '--username', 'ola.admin'], env);
    expect(noTty.code).toBe(1);
    expect(noTty.stderr).toContain('bruk --generate');

    const headers = await httpLogin(server.url, 'kari.admin', password!);
    const session = await (await fetch(`${server.url}/api/auth/session`, { headers })).json();
    expect(session).toMatchObject({ user: { username: 'kari.admin', role: 'admin' }, kommune: { nr: '3907', name: 'Sandefjord' } });
    expect(await server.stop()).toBe(0);

    // Started again, it prints neither the setup hint nor any password.
    const again = await startServerProcess(env);
    expect(again.output()).not.toMatch(/passord|Ingen kommune|har ingen brukere/i);
    await again.stop();
  }, 180_000);
});
