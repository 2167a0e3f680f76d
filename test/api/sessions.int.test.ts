import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_NOW, TEST_PASSWORD } from '../helpers/app.ts';
import { endAllSessionsCommand } from '../../src/cli/sessions.ts';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0';

/** A session as a browser holds it: its cookie and CSRF token, sent with every call. */
interface Browser {
  cookie: string;
  csrf: string;
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

describeOnBothDatabases('sessions: listed, ended, timed out, rotated', (getDb) => {
  let app: FastifyInstance;
  let now = TEST_NOW;
  const minutes = (n: number) => (now = new Date(now.getTime() + n * 60_000));
  beforeAll(async () => {
    app = await testApp(getDb(), { clock: () => now, sessionTimeouts: { idleMinutes: 30, absoluteHours: 12 } });
  });
  afterAll(async () => {
    await app.close();
  });

  async function browser(username: string, userAgent = CHROME, cookie?: string): Promise<Browser> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
      headers: { 'user-agent': userAgent },
      ...(cookie ? { cookies: { lp_session: cookie } } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    return asBrowser(res, userAgent);
  }
  function asBrowser(res: LightMyRequestResponse, userAgent = CHROME): Browser {
    const b: Browser = {
      cookie: res.cookies.find((c) => c.name === 'lp_session')!.value,
      csrf: (res.json() as { csrfToken: string }).csrfToken,
      call: (method, url, payload) =>
        app.inject({ method, url, cookies: { lp_session: b.cookie }, headers: { 'x-csrf-token': b.csrf, 'user-agent': userAgent }, ...(payload === undefined ? {} : { payload: payload as object }) }),
    };
    return b;
  }

  it('lists the user’s sessions with device, created and last seen; ends one, then all others', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const laptop = await browser(k.users.planner, CHROME);
    minutes(5);
    const phone = await browser(k.users.planner, FIREFOX);
    const third = await browser(k.users.planner, CHROME);
    const other = await browser(k.users.readonly);
    const list = (await laptop.call('GET', '/api/account/sessions')).json().items as { id: number; device: string; createdAt: string; lastSeenAt: string; current: boolean }[];
    expect(list.map((s) => [s.device, s.current])).toEqual([
      ['Chrome 140 på Linux', false],
      ['Firefox 142 på Windows', false],
      ['Chrome 140 på Linux', true],
    ]);
    expect(list[2]!.createdAt).toBe(TEST_NOW.toISOString());
    // The laptop's own call just now counts as seen; the others were last seen when they logged in.
    expect(list[0]!.lastSeenAt).toBe(now.toISOString());
    const phoneId = list[1]!.id;
    expect((await laptop.call('DELETE', `/api/account/sessions/${phoneId}`)).statusCode).toBe(200);
    expect((await phone.call('GET', '/api/overview')).statusCode).toBe(401);
    // Another user's session id is not found, and stays alive.
    const otherId = ((await other.call('GET', '/api/account/sessions')).json().items as { id: number }[])[0]!.id;
    expect((await laptop.call('DELETE', `/api/account/sessions/${otherId}`)).statusCode).toBe(404);
    expect((await other.call('GET', '/api/overview')).statusCode).toBe(200);
    expect((await laptop.call('POST', '/api/account/sessions/end-others')).json()).toEqual({ ended: 1 });
    expect((await third.call('GET', '/api/overview')).statusCode).toBe(401);
    expect((await laptop.call('GET', '/api/overview')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and 12 hours after login however busy', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const idle = await browser(k.users.planner);
    const busy = await browser(k.users.readonly);
    minutes(20);
    expect((await idle.call('GET', '/api/overview')).statusCode).toBe(200);
    minutes(29);
    expect((await idle.call('GET', '/api/overview')).statusCode).toBe(200);
    minutes(31);
    expect((await idle.call('GET', '/api/overview')).statusCode).toBe(401);
    now = TEST_NOW;
    for (let t = 0; t < 12 * 60 - 20; t += 20) {
      minutes(20);
      expect((await busy.call('GET', '/api/auth/session')).statusCode, `after ${t + 20} min`).toBe(200);
    }
    minutes(21);
    expect((await busy.call('GET', '/api/auth/session')).statusCode).toBe(204); // no session: nobody signed in
  });

  it('gives a new session id at login, even to a browser that brings an old one', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const first = await browser(k.users.planner);
    const again = await browser(k.users.planner, CHROME, first.cookie);
    expect(again.cookie).not.toBe(first.cookie);
    expect((await first.call('GET', '/api/overview')).statusCode).toBe(401);
    expect((await again.call('GET', '/api/overview')).statusCode).toBe(200);
  });

  it('a password change checks the current password and the policy, ends every other session and rotates this one', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const here = await browser(k.users.planner);
    const elsewhere = await browser(k.users.planner, FIREFOX);
    const change = (currentPassword: string, newPassword: string) => here.call('POST', '/api/account/password', { currentPassword, newPassword });
    const wrong = await change('feil', 'et-nytt-og-langt-passord');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'currentPassword', message: 'Nåværende passord: er feil' }]);
    const short = await change(TEST_PASSWORD, 'kort-pass');
    expect(short.json().error.fields).toEqual([{ path: 'newPassword', message: 'Nytt passord: Minst 12 tegn' }]);
    for (const common of ['qwertyuiop123', 'password2024!!', 'iloveyouiloveyou', 'Sunshine12345']) {
      const res = await change(TEST_PASSWORD, common);
      expect(res.statusCode, common).toBe(400);
      expect(res.json().error.fields[0].message, common).toMatch(/^Nytt passord: er blant de vanligste passordene/);
    }
    const withName = await change(TEST_PASSWORD, `mitt-${k.users.planner}-passord`);
    expect(withName.json().error.fields).toEqual([{ path: 'newPassword', message: 'Nytt passord: kan ikke inneholde brukernavnet' }]);
    const ok = await change(TEST_PASSWORD, 'tre hester på isen');
    expect(ok.statusCode, ok.body).toBe(200);
    const rotated = asBrowser(ok);
    expect(rotated.cookie).not.toBe(here.cookie);
    expect((await here.call('GET', '/api/overview')).statusCode).toBe(401);
    expect((await elsewhere.call('GET', '/api/overview')).statusCode).toBe(401);
    expect((await rotated.call('GET', '/api/overview')).statusCode).toBe(200);
    await login(app, k.users.planner, 'tre hester på isen');
    // Audited, without the hash.
    const admin = await login(app, k.users.admin);
    const audit = (await admin.get('/api/audit?entity=users')).json().items as { after: Record<string, unknown> }[];
    expect(audit[0]!.after).toMatchObject({ username: k.users.planner, passwordChanged: true });
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('an admin setting a weak password for a user is refused on the field', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    const res = await admin.post('/api/users', { username: `ny-${k.id}`, displayName: 'Ny', role: 'readonly', doctorId: null, password: 'passwordpassword' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'password' });
  });

  it('`legeplan sessions end-all` ends every live session (for a restored dump)', async () => {
    now = TEST_NOW;
    const k = await makeKommune(getDb());
    const a = await browser(k.users.planner);
    const b = await browser(k.users.readonly);
    let out = '';
    await endAllSessionsCommand(getDb(), { out: { write: (s: string) => (out += s) } });
    expect(out).toMatch(/^Avsluttet \d+ økter\. Alle må logge inn på nytt\.\n$/);
    expect((await a.call('GET', '/api/overview')).statusCode).toBe(401);
    expect((await b.call('GET', '/api/overview')).statusCode).toBe(401);
  });
});
