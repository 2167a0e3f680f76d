import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_NOW, TEST_PASSWORD } from '../helpers/app.ts';
import { totpCode } from '../../src/server/auth/second-factor.ts';

describeOnBothDatabases('TOTP second factor for local accounts', (getDb) => {
  let app: FastifyInstance;
  let now = TEST_NOW;
  const seconds = (n: number) => (now = new Date(now.getTime() + n * 1000));
  beforeAll(async () => {
    // The production rule: admins must have a second factor.
    app = await testApp(getDb(), { clock: () => now, adminSecondFactor: 'required' });
  });
  afterAll(async () => {
    await app.close();
  });

  const tryLogin = (username: string, secondFactorCode?: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: TEST_PASSWORD, ...(secondFactorCode === undefined ? {} : { secondFactorCode }) } });

  /** Signs in and calls as that session (cookie and CSRF token from a login or rotation answer). */
  function as(res: LightMyRequestResponse) {
    const cookie = res.cookies.find((c) => c.name === 'lp_session')!.value;
    const body = res.json() as { csrfToken?: string; session?: { csrfToken: string } };
    const csrf = body.csrfToken ?? body.session!.csrfToken;
    return (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, cookies: { lp_session: cookie }, headers: { 'x-csrf-token': csrf }, ...(payload ? { payload } : {}) });
  }

  /** Sets up the second factor for a signed-in user; returns the secret, the recovery codes and the rotated session. */
  async function enrol(call: ReturnType<typeof as>) {
    const setup = await call('POST', '/api/account/second-factor/setup');
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret, uri, qrSvg } = setup.json() as { secret: string; uri: string; qrSvg: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Legeplan:.+\?issuer=Legeplan&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/);
    expect(uri).toContain(`secret=${secret}`);
    expect(qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const wrong = await call('POST', '/api/account/second-factor/confirm', { secondFactorCode: totpCode(secret, new Date(now.getTime() + 300_000)) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'secondFactorCode', message: 'Kode: stemmer ikke' }]);
    const ok = await call('POST', '/api/account/second-factor/confirm', { secondFactorCode: totpCode(secret, now) });
    expect(ok.statusCode, ok.body).toBe(200);
    const { recoveryCodes } = ok.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    return { secret, recoveryCodes, call: as(ok) };
  }

  it('a planner who turns it on must give the code at login; a code works once, the next one works, a wrong one fails', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const first = as(await tryLogin(k.users.planner));
    const { secret, call } = await enrol(first);
    // Turning it on is a change of privilege: the session that did it got a new id.
    expect((await first('GET', '/api/overview')).statusCode).toBe(401);
    expect((await call('GET', '/api/overview')).statusCode).toBe(200);
    // The confirming code is spent.
    expect((await tryLogin(k.users.planner, totpCode(secret, now))).statusCode).toBe(401);

    seconds(30);
    const missing = await tryLogin(k.users.planner);
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toMatchObject({ code: 'second_factor_required', message: 'Skriv inn koden fra autentiseringsappen' });
    const wrongCode = await tryLogin(k.users.planner, '000000' === totpCode(secret, now) ? '111111' : '000000');
    expect(wrongCode.json().error).toMatchObject({ code: 'unauthenticated', fields: [{ path: 'secondFactorCode', message: 'Kode: feil eller allerede brukt' }] });
    const code = totpCode(secret, now);
    const ok = await tryLogin(k.users.planner, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.secondFactor).toBe(true);
    // Replay of the same code within its window is refused; a phone 30 s behind (the previous step) is not accepted once a later step was used.
    expect((await tryLogin(k.users.planner, code)).statusCode).toBe(401);
    seconds(30);
    expect((await tryLogin(k.users.planner, totpCode(secret, now))).statusCode).toBe(200);
    // A code from a phone one step off is still accepted (clock drift); two steps off is not.
    seconds(60);
    expect((await tryLogin(k.users.planner, totpCode(secret, new Date(now.getTime() - 30_000)))).statusCode).toBe(200);
    seconds(60);
    expect((await tryLogin(k.users.planner, totpCode(secret, new Date(now.getTime() + 60_000)))).statusCode).toBe(401);
  });

  it('each recovery code works once, in place of the app’s code', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const { recoveryCodes } = await enrol(as(await tryLogin(k.users.readonly)));
    const [a, b] = recoveryCodes;
    expect((await tryLogin(k.users.readonly, a)).statusCode).toBe(200);
    expect((await tryLogin(k.users.readonly, a)).statusCode).toBe(401);
    // Typed in capitals and without dashes, it is the same code.
    expect((await tryLogin(k.users.readonly, b!.replace(/-/g, '').toUpperCase())).statusCode).toBe(200);
    expect((await tryLogin(k.users.readonly, b)).statusCode).toBe(401);
    const stored = await getDb().query<{ code_hash: string }>(`SELECT code_hash FROM user_recovery_code c JOIN app_user u ON u.id = c.user_id WHERE u.username = $1`, [k.users.readonly]);
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(a);
  });

  it('an admin without a second factor may only set it up; then everything opens', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const res = await tryLogin(k.users.admin);
    expect(res.json()).toMatchObject({ secondFactorSetupRequired: true, user: { secondFactor: false } });
    const call = as(res);
    const blocked = await call('GET', '/api/overview');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toMatch(/^Administratorer må sette opp tofaktorinnlogging/);
    expect((await call('GET', '/api/users')).statusCode).toBe(403);
    expect((await call('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await call('GET', '/api/account/sessions')).statusCode).toBe(200);
    const { call: enrolled, secret } = await enrol(call);
    expect((await enrolled('GET', '/api/auth/session')).json().secondFactorSetupRequired).toBe(false);
    expect((await enrolled('GET', '/api/overview')).statusCode).toBe(200);
    // An admin may not switch it off.
    const off = await enrolled('POST', '/api/account/second-factor/disable', { currentPassword: TEST_PASSWORD });
    expect(off.statusCode).toBe(403);
    seconds(30);
    expect((await tryLogin(k.users.admin, totpCode(secret, now))).statusCode).toBe(200);
  });

  it('another admin resets a lost second factor, audited; nobody resets their own', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const doctor = await enrol(as(await tryLogin(k.users.doctor)));
    const adminA = await enrol(as(await tryLogin(k.users.admin)));
    const users = (await adminA.call('GET', '/api/users')).json().items as { id: number; username: string; version: number; secondFactor: boolean }[];
    const d = users.find((u) => u.username === k.users.doctor)!;
    const me = users.find((u) => u.username === k.users.admin)!;
    expect(d.secondFactor).toBe(true);
    const self = await adminA.call('POST', `/api/users/${me.id}/second-factor/reset`, { version: me.version });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toBe('En annen administrator må nullstille tofaktorinnloggingen din');
    const stale = await adminA.call('POST', `/api/users/${d.id}/second-factor/reset`, { version: d.version + 5 });
    expect(stale.statusCode).toBe(409);
    const reset = await adminA.call('POST', `/api/users/${d.id}/second-factor/reset`, { version: d.version });
    expect(reset.json()).toMatchObject({ secondFactor: false, version: d.version + 1 });
    // Their sessions ended; they log in with the password alone, and the old recovery codes are gone.
    expect((await doctor.call('GET', '/api/auth/session')).statusCode).toBe(204); // no session: nobody signed in
    expect((await tryLogin(k.users.doctor)).statusCode).toBe(200);
    const codes = await getDb().query(`SELECT 1 FROM user_recovery_code WHERE user_id = $1`, [d.id]);
    expect(codes).toHaveLength(0);
    const audit = (await adminA.call('GET', `/api/audit?entity=users&entityId=${d.id}`)).json().items as { user: string; after: Record<string, unknown> }[];
    expect(audit[0]).toMatchObject({ user: `admin ${k.users.admin.slice(6)}`, after: { secondFactorReset: true, secondFactor: false } });
    expect(JSON.stringify(audit)).not.toMatch(/totp|secret/i);
    // A non-admin may switch their own off again with their password.
    const planner = await enrol(as(await tryLogin(k.users.planner)));
    const wrong = await planner.call('POST', '/api/account/second-factor/disable', { currentPassword: 'feil' });
    expect(wrong.statusCode).toBe(400);
    expect((await planner.call('POST', '/api/account/second-factor/disable', { currentPassword: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await tryLogin(k.users.planner)).statusCode).toBe(200);
    // A planner cannot reset anyone's.
    const p = await login(app, k.users.planner);
    expect((await p.post(`/api/users/${d.id}/second-factor/reset`, { version: d.version + 1 })).statusCode).toBe(403);
  });
});
