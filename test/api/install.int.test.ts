import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp } from '../helpers/app.ts';
import { main } from '../../src/cli/main.ts';
import { adminCreateCommand, parseAdminCreateFlags } from '../../src/cli/admin.ts';
import { kommuneCreateCommand, parseKommuneCreateFlags } from '../../src/cli/kommune.ts';
import type { Io } from '../../src/cli/io.ts';
import { demoLoginsInUse, demoModeFromConfig, seedDemo } from '../../src/db/demo.ts';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.ts';
import { parseArgs } from '../../src/cli/args.ts';
import { randomBytes } from 'node:crypto';

function captureIo(answers: string[] | null = null): Io & { stdout: () => string } {
  let out = '';
  return {
    env: {},
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (out += s) },
    promptSecret: answers === null ? undefined : async () => answers.shift() ?? '',
    stdout: () => out,
  };
}

const flags = (argv: string[]) => parseArgs(['x', ...argv]).flags;
// Unique per file and database, since kommune numbers and usernames are unique within a database.
const nr = () => String(1000 + Math.floor(Math.random() * 8999));

describeOnBothDatabases('a new installation: kommune create and admin create', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('an empty database gets no demo unless asked; a database without the demo prints no demo password', async () => {
    expect(demoModeFromConfig({ argv: [], env: {}, embedded: false })).toBe('never');
    expect(demoModeFromConfig({ argv: [], env: {}, embedded: true })).toBe('if-empty');
    expect(demoModeFromConfig({ argv: ['--demo'], env: {}, embedded: false })).toBe('load');
    expect(demoModeFromConfig({ argv: [], env: { LEGEPLAN_DEMO: '1' }, embedded: false })).toBe('load');
    expect(demoModeFromConfig({ argv: [], env: { LEGEPLAN_DEMO: '0' }, embedded: true })).toBe('never');
    expect(await seedDemo(getDb(), 'never', hashPassword)).toEqual([]);
    expect(await getDb().query(`SELECT 1 FROM app_user`)).toEqual([]);
    expect(await demoLoginsInUse(getDb(), verifyPassword)).toEqual([]);
  });

  it('creates a municipality and its first administrator, who can log in and sees an empty municipality', async () => {
    const k = nr();
    const io = captureIo();
    await kommuneCreateCommand(getDb(), io, parseKommuneCreateFlags(flags(['--nummer', k, '--navn', 'Nykommune'])), new Date());
    expect(io.stdout()).toContain(`Opprettet kommune ${k} Nykommune`);
    const username = `admin-${randomBytes(3).toString('hex')}`;
    const typed = captureIo(['et-langt-passord-her', 'et-langt-passord-her']);
    await adminCreateCommand(getDb(), typed, parseAdminCreateFlags(flags(['--kommune', k, '--username', username, '--navn', 'Kari Nordmann'])), new Date());
    expect(typed.stdout()).toContain(`Opprettet administrator ${username}`);
    expect(typed.stdout()).not.toContain('et-langt-passord-her');

    const admin = await login(app, username, 'et-langt-passord-her');
    const session = (await admin.get('/api/auth/session')).json();
    expect(session).toMatchObject({ user: { username, displayName: 'Kari Nordmann', role: 'admin' }, kommune: { nr: k, name: 'Nykommune' } });
    expect((await admin.get('/api/users')).json().items).toHaveLength(1);
    expect((await admin.get('/api/registry/offices')).json().items).toEqual([]);
    const audit = await getDb().query<{ entity: string }>(`SELECT entity FROM audit_log WHERE kommune_id = (SELECT id FROM kommune WHERE nr = $1) ORDER BY id`, [k]);
    expect(audit.map((a) => a.entity)).toEqual(['kommune', 'users']);
  });

  it('--generate makes a password shown once that logs in', async () => {
    const k = nr();
    await kommuneCreateCommand(getDb(), captureIo(), { nr: k, name: 'Genererte' }, new Date());
    const io = captureIo();
    const username = `gen-${randomBytes(3).toString('hex')}`;
    await adminCreateCommand(getDb(), io, parseAdminCreateFlags(flags(['--kommune', k, '--username', username, '--generate'])), new Date());
    const password = /Passord \(vises bare nå, skriv det ned\): (\S+)/.exec(io.stdout())?.[1];
    expect(password).toHaveLength(24);
    await login(app, username, password!);
  });

  it('refuses bad input with a message naming the flag, and changes nothing', async () => {
    const run = async (argv: string[], io = captureIo()) => ({ code: await main(argv, { ...io, env: { LEGEPLAN_DATA_DIR: '/nonexistent/never-opened' } }), out: io.stdout() });
    expect(await run(['kommune', 'create', '--nummer', '390', '--navn', 'X'])).toEqual({ code: 1, out: expect.stringContaining('--nummer: Kommunenummeret har fire sifre') });
    expect(await run(['kommune', 'create', '--nummer', '3907'])).toEqual({ code: 1, out: expect.stringContaining('--navn:') });
    expect(await run(['admin', 'create', '--kommune', '3907', '--username', 'Store Bokstaver'])).toEqual({
      code: 1,
      out: expect.stringContaining('--username: Bare små bokstaver'),
    });

    const k = nr();
    await kommuneCreateCommand(getDb(), captureIo(), { nr: k, name: 'Avviste' }, new Date());
    const opts = parseAdminCreateFlags(flags(['--kommune', k, '--username', `avvist-${randomBytes(3).toString('hex')}`]));
    await expect(adminCreateCommand(getDb(), captureIo(['for-kort', 'for-kort']), opts, new Date())).rejects.toThrow('Passordet: Minst 12 tegn');
    await expect(adminCreateCommand(getDb(), captureIo(['et-langt-passord-1', 'et-langt-passord-2']), opts, new Date())).rejects.toThrow('Passordene er ikke like');
    await expect(adminCreateCommand(getDb(), captureIo(null), opts, new Date())).rejects.toThrow('bruk --generate');
    await expect(adminCreateCommand(getDb(), captureIo(), { ...opts, kommune: '0000', generate: true }, new Date())).rejects.toThrow('Fant ingen kommune med nummer 0000');
    await expect(kommuneCreateCommand(getDb(), captureIo(), { nr: k, name: 'Igjen' }, new Date())).rejects.toThrow(`Kommune ${k} finnes allerede`);
    const users = await getDb().query(`SELECT 1 FROM app_user u JOIN kommune k ON k.id = u.kommune_id WHERE k.nr = $1`, [k]);
    expect(users).toEqual([]);
  });
});
