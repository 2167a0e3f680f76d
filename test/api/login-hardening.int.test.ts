import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_NOW, TEST_PASSWORD } from '../helpers/app.ts';

describeOnBothDatabases('login: one normalised username, a per-account backoff, deactivated accounts', (getDb) => {
  let app: FastifyInstance;
  let now = TEST_NOW;
  const clock = () => now;
  const attempt = (username: string, password: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });
  beforeAll(async () => {
    app = await testApp(getDb(), { loginMax: 4, clock });
  });
  afterAll(async () => {
    await app.close();
  });

  it('counts " user", "user\\t" and "USER" against one budget of tries, and they all log in as the same user', async () => {
    const k = await makeKommune(getDb());
    const name = k.users.planner;
    const ok = await attempt(`  ${name.toUpperCase()}\t`, TEST_PASSWORD, '10.1.0.1');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.username).toBe(name);
    const statuses = [];
    for (const variant of [` ${name}`, `${name}\t`, name.toUpperCase(), `\n${name} `, name]) {
      statuses.push((await attempt(variant, 'feil-passord', '10.1.0.2')).statusCode);
    }
    // The per-IP limiter (4 a minute here) keys on the normalised name: the fifth variant is refused.
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('locks a username after five failures whatever the IP, with backoff capped at 15 minutes, and the right password then works', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const name = k.users.readonly;
    for (let i = 0; i < 5; i++) expect((await attempt(name, `gjett-${i}`, `10.2.0.${i}`)).statusCode).toBe(401);
    const locked = await attempt(name, TEST_PASSWORD, '10.2.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: 'rate_limited', message: 'For mange mislykkede innlogginger for denne brukeren. Prøv igjen om 1 minutt.' });
    // Each further failure doubles the lock, up to 15 minutes and no more.
    const locks = [];
    for (let i = 0; i < 8; i++) {
      now = new Date(now.getTime() + 16 * 60_000);
      expect((await attempt(name, `igjen-${i}`, `10.3.0.${i}`)).statusCode).toBe(401);
      const [row] = await getDb().query<{ ms: number }>(
        `SELECT (extract(epoch FROM locked_until) - extract(epoch FROM $2::timestamptz)) * 1000 AS ms FROM login_failure WHERE username_key = $1`,
        [name, now.toISOString()],
      );
      locks.push(Math.round(Number(row!.ms)));
    }
    expect(locks).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000]);
    expect((await attempt(name, TEST_PASSWORD, '10.4.0.1')).statusCode).toBe(429);
    now = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await attempt(name, TEST_PASSWORD, '10.4.0.2')).statusCode).toBe(200);
    // Success forgets the failures: one more wrong password is a plain 401, not a lock.
    expect((await attempt(name, 'feil', '10.4.0.3')).statusCode).toBe(401);
    expect((await attempt(name, TEST_PASSWORD, '10.4.0.4')).statusCode).toBe(200);
  });

  it('answers an unknown username exactly as a known one, locks included', async () => {
    now = new Date(TEST_NOW.getTime() + 86_400_000);
    const k = await makeKommune(getDb());
    const answers = async (name: string) => {
      const out = [];
      for (let i = 0; i < 6; i++) {
        const res = await attempt(name, `gjett-${i}`, `10.5.${i}.${name.length}`);
        out.push([res.statusCode, res.json()]);
      }
      return out;
    };
    const known = await answers(k.users.doctor);
    const unknown = await answers(`finnes-ikke-${k.id}`);
    expect(unknown).toEqual(known);
    expect(known.map(([s]) => s)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('a deactivated user cannot log in and their sessions end; an admin cannot deactivate themselves', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    const planner = await login(app, k.users.planner);
    const users = (await admin.get('/api/users')).json().items as { id: number; username: string; version: number; displayName: string; active: boolean }[];
    const p = users.find((u) => u.username === k.users.planner)!;
    expect(p.active).toBe(true);
    const off = await admin.put(`/api/users/${p.id}`, { version: p.version, displayName: p.displayName, role: 'planner', doctorId: null, active: false });
    expect(off.json()).toMatchObject({ active: false, version: p.version + 1 });
    expect((await planner.get('/api/overview')).statusCode).toBe(401);
    const refused = await attempt(k.users.planner, TEST_PASSWORD, '10.6.0.1');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Brukeren er deaktivert. Kontakt en administrator i kommunen.');
    const me = users.find((u) => u.username === k.users.admin)!;
    const self = await admin.put(`/api/users/${me.id}`, { version: me.version, displayName: me.displayName, role: 'admin', doctorId: null, active: false });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields).toEqual([{ path: 'active', message: 'Aktiv: du kan ikke deaktivere din egen bruker' }]);
    const on = await admin.put(`/api/users/${p.id}`, { version: p.version + 1, displayName: p.displayName, role: 'planner', doctorId: null, active: true });
    expect(on.json().active).toBe(true);
    expect((await attempt(k.users.planner, TEST_PASSWORD, '10.6.0.2')).statusCode).toBe(200);
  });
});
