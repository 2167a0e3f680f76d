import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, type Client } from '../helpers/app.ts';
import { HttpBrowser, readForm } from '../helpers/http-browser.ts';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';
import { createApp } from '../../src/server/app.ts';
import { SSO_ERROR_MESSAGES } from '../../src/contracts/auth/oidc-login.ts';
import type { TOidcConfigResponse, TRoleMapping } from '../../src/contracts/auth/oidc-config.ts';

const MAPPINGS: TRoleMapping[] = [
  { group: 'lp-admin', role: 'admin' },
  { group: 'lp-plan', role: 'planner' },
  { group: 'lp-lege', role: 'doctor' },
  { group: 'lp-les', role: 'readonly' },
];
const CALLBACK = '/api/auth/oidc/callback';

describeOnBothDatabases('single sign-on by OpenID Connect against a real provider', (getDb) => {
  let app: FastifyInstance;
  let appUrl: string;
  let p1: TestOidcProvider;
  let p2: TestOidcProvider;
  /** How far the app's clock runs ahead of the real one (the providers keep real time). */
  let clockOffsetMs = 0;

  beforeAll(async () => {
    app = await createApp({ db: getDb(), clock: () => new Date(Date.now() + clockOffsetMs), oidcAllowHttpLoopback: true, adminSecondFactor: 'optional' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    [p1, p2] = await Promise.all([startOidcProvider(appUrl), startOidcProvider(appUrl)]);
  });
  afterAll(async () => {
    await Promise.all([p1?.close(), p2?.close()]);
    await app?.close();
  });

  async function configure(admin: Client, p: TestOidcProvider, mappings = MAPPINGS): Promise<TOidcConfigResponse> {
    const current = (await admin.get('/api/auth/oidc/config')).json() as TOidcConfigResponse;
    const res = await admin.put('/api/auth/oidc/config', {
      version: current.config?.version ?? null,
      label: 'Testleverandør',
      issuer: p.issuer,
      clientId: p.client.clientId,
      clientSecret: p.client.clientSecret,
      groupsClaim: 'groups',
      roleMappings: mappings,
      enabled: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  /** A person at the provider: login name (= subject), with groups. */
  function person(p: TestOidcProvider, groups: string[]): string {
    const loginName = `person-${randomBytes(4).toString('hex')}`;
    p.accounts.set(loginName, { name: `Kari Nordmann ${loginName}`, groups });
    return loginName;
  }

  /** Starts the app's login and signs in at the provider's login page; answers the callback URL, not yet visited. */
  async function throughProvider(browser: HttpBrowser, kommuneNr: string, loginName: string): Promise<URL> {
    const loginPage = await browser.follow(`${appUrl}/api/auth/oidc/start?kommune=${kommuneNr}`);
    expect(loginPage.response.status, loginPage.body).toBe(200);
    return signInAt(browser, loginPage, loginName);
  }

  async function signInAt(browser: HttpBrowser, loginPage: { body: string; url: URL }, loginName: string): Promise<URL> {
    const { action, fields } = readForm(loginPage.body, loginPage.url);
    const back = await browser.follow(action, { form: { ...fields, login: loginName, password: 'hva-som-helst' }, stopBefore: (u) => u.pathname === CALLBACK });
    expect(back.next, back.body).not.toBeNull();
    return back.next!;
  }

  /** Visits the callback; answers where the app sends the browser (the app, or the app with ?sso-feil=…). */
  async function callback(browser: HttpBrowser, url: URL): Promise<URL> {
    const res = await browser.request(url);
    expect(res.response.status, res.body).toBe(303);
    return new URL(res.response.headers.get('location')!, appUrl);
  }

  async function session(browser: HttpBrowser): Promise<{ status: number; body: { user: { id: number; role: string; displayName: string; username: string }; kommune: { id: number }; csrfToken: string } }> {
    const res = await browser.request(`${appUrl}/api/auth/session`);
    // 204: nobody is signed in (GET /api/auth/session answers so rather than 401).
    return { status: res.response.status, body: res.response.status === 200 ? JSON.parse(res.body) : null };
  }

  async function ssoSessionCount(kommuneId: number): Promise<number> {
    const [r] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM oidc_session WHERE kommune_id = $1`, [kommuneId]);
    return r!.n;
  }

  it('an admin configures the provider: the secret is kept on the server, bad input names the field, versions guard edits, changes are audited', async () => {
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    const empty = (await admin.get('/api/auth/oidc/config')).json() as TOidcConfigResponse;
    expect(empty.config).toBeNull();
    expect(empty.urls.redirectUri).toMatch(/\/api\/auth\/oidc\/callback$/);

    const body = { version: null, label: 'Entra ID', issuer: 'http://idp.example.no', clientId: 'abc', clientSecret: 's3cret-verdi', groupsClaim: 'groups', roleMappings: MAPPINGS, enabled: true };
    const insecure = await admin.put('/api/auth/oidc/config', body);
    expect(insecure.statusCode).toBe(400);
    expect(insecure.json().error.fields).toEqual([{ path: 'issuer', message: expect.stringContaining('Utsteder (issuer-URL): Må bruke https') }]);
    const duplicate = await admin.put('/api/auth/oidc/config', { ...body, issuer: 'https://idp.example.no', roleMappings: [...MAPPINGS, { group: 'lp-admin', role: 'readonly' }] });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.fields[0].message).toContain('Rollekobling: Hver gruppeverdi kan bare kobles til én rolle');
    // NUL (which PostgreSQL refuses in text) in any free-text field: a 400 naming the field, never a 500.
    const nul = await admin.put('/api/auth/oidc/config', { ...body, issuer: 'https://idp.example.no/\u0000', clientSecret: 'a\u0000b', groupsClaim: 'gr\u0000' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['clientSecret', 'groupsClaim', 'issuer']);
    const planner = await login(app, k.users.planner);
    expect((await planner.put('/api/auth/oidc/config', { ...body, issuer: 'https://idp.example.no' })).statusCode).toBe(403);
    expect((await planner.get('/api/auth/oidc/config')).statusCode).toBe(403);

    const saved = await admin.put('/api/auth/oidc/config', { ...body, issuer: 'https://idp.example.no' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().config).toMatchObject({ version: 1, issuer: 'https://idp.example.no', hasClientSecret: true, roleMappings: MAPPINGS });
    expect(saved.body).not.toContain('s3cret-verdi');
    expect((await admin.get('/api/auth/oidc/config')).body).not.toContain('s3cret-verdi');
    // Saved by someone who had not seen version 1: refused.
    expect((await admin.put('/api/auth/oidc/config', { ...body, issuer: 'https://idp.example.no' })).statusCode).toBe(409);
    // No secret in the body keeps the stored one; null removes it.
    const withoutSecret = Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'clientSecret'));
    const renamed = await admin.put('/api/auth/oidc/config', { ...withoutSecret, version: 1, issuer: 'https://idp.example.no', label: 'Kommunens Entra ID' });
    expect(renamed.json().config).toMatchObject({ version: 2, label: 'Kommunens Entra ID', hasClientSecret: true });
    const [stored] = await getDb().query<{ client_secret: string | null }>(`SELECT client_secret FROM oidc_provider WHERE kommune_id = $1`, [k.id]);
    expect(stored!.client_secret).toBe('s3cret-verdi');
    const publicClient = await admin.put('/api/auth/oidc/config', { ...body, version: 2, issuer: 'https://idp.example.no', clientSecret: null });
    expect(publicClient.json().config.hasClientSecret).toBe(false);

    const audit = await getDb().query<{ action: string; after: unknown }>(`SELECT action, after FROM audit_log WHERE kommune_id = $1 AND entity = 'oidc-config' ORDER BY id`, [k.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(JSON.stringify(audit)).not.toContain('s3cret-verdi');
    const providers = (await app.inject({ method: 'GET', url: '/api/auth/oidc/providers' })).json().items as Record<string, string>[];
    expect(providers).toContainEqual({ kommuneNr: k.nr.padStart(4, '0'), kommuneName: expect.any(String), label: 'Entra ID' });
    expect(JSON.stringify(providers)).not.toContain('idp.example.no');
  });

  it('signs in through the provider: a new account with the role of its group, linked by subject; the role follows the groups on each login', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['andre', 'lp-plan']);

    const browser = new HttpBrowser();
    const landed = await callback(browser, await throughProvider(browser, k.nr, kari));
    expect(landed.href).toBe(`${appUrl}/`);
    expect(browser.cookie(new URL(appUrl).host, 'lp_oidc')).toBeUndefined();
    const first = await session(browser);
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ role: 'planner', displayName: `Kari Nordmann ${kari}` });
    expect(first.body.kommune.id).toBe(k.id);
    // A planner may write: the session is a full one, CSRF token and all.
    const office = await browser.request(`${appUrl}/api/registry/offices`, { json: {}, headers: { 'x-csrf-token': first.body.csrfToken } });
    expect(office.response.status).toBe(400);

    // Next login: now an admin by group; the same account (linked by issuer + subject), the role updated.
    p1.accounts.set(kari, { name: `Kari Nordmann ${kari}`, groups: ['lp-les', 'lp-admin'] });
    const again = new HttpBrowser();
    await callback(again, await throughProvider(again, k.nr, kari));
    const second = await session(again);
    expect(second.body.user).toMatchObject({ id: first.body.user.id, role: 'admin' });
    // The role change ended the session that had the old role.
    expect((await session(browser)).status).toBe(204);

    const [user] = await getDb().query<{ password_hash: string | null; kommune_id: number }>(`SELECT password_hash, kommune_id FROM app_user WHERE id = $1`, [first.body.user.id]);
    expect(user).toEqual({ password_hash: null, kommune_id: k.id });
    // No password: the account cannot be used with the login form.
    const local = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: first.body.user.username, password: 'hva-som-helst' } });
    expect(local.statusCode).toBe(401);
    const audit = await getDb().query<{ action: string }>(`SELECT action FROM audit_log WHERE kommune_id = $1 AND entity = 'users' AND entity_id = $2 ORDER BY id`, [k.id, first.body.user.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'login', 'update', 'login']);
  });

  it('refuses a person none of whose groups is mapped, with a Norwegian message, and makes no account', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const ola = person(p1, ['andre-gruppe']);
    const browser = new HttpBrowser();
    const landed = await callback(browser, await throughProvider(browser, k.nr, ola));
    expect(landed.searchParams.get('sso-feil')).toBe('no_role');
    expect(SSO_ERROR_MESSAGES.no_role).toContain('ingen av gruppene dine gir tilgang');
    expect((await session(browser)).status).toBe(204);
    const users = await getDb().query(`SELECT 1 FROM oidc_identity WHERE kommune_id = $1`, [k.id]);
    expect(users).toEqual([]);
    const [refusal] = await getDb().query<{ after: { refused: string; subject: string } }>(`SELECT after FROM audit_log WHERE kommune_id = $1 AND action = 'login'`, [k.id]);
    expect(refusal!.after).toMatchObject({ refused: 'no_role', subject: ola });
  });

  it('refuses a user of another municipality’s provider: a code from B’s provider cannot finish A’s login', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    await configure(await login(app, a.users.admin), p1);
    await configure(await login(app, b.users.admin), p2);
    const bPerson = person(p2, ['lp-admin']);

    // The control: B's person signs in to B through B's provider.
    const own = new HttpBrowser();
    await callback(own, await throughProvider(own, b.nr, bPerson));
    expect((await session(own)).body.kommune.id).toBe(b.id);

    // A's login in flight; the browser is sent to B's provider instead, with A's request (state, nonce, PKCE).
    const browser = new HttpBrowser();
    const toP1 = await browser.follow(`${appUrl}/api/auth/oidc/start?kommune=${a.nr}`, { stopBefore: (u) => u.origin === p1.issuer });
    const mixed = new URL(toP1.next!.pathname + toP1.next!.search, p2.issuer);
    mixed.searchParams.set('client_id', p2.client.clientId);
    const loginPage = await browser.follow(mixed);
    const back = await signInAt(browser, loginPage, bPerson);
    expect(back.searchParams.get('code')).toBeTruthy();
    const landed = await callback(browser, back);
    expect(landed.searchParams.get('sso-feil')).toBe('token_invalid');
    expect((await session(browser)).status).toBe(204);
    expect(await ssoSessionCount(a.id)).toBe(0);
    expect(await getDb().query(`SELECT 1 FROM oidc_identity WHERE kommune_id = $1`, [a.id])).toEqual([]);
  });

  it('refuses a tampered state, a tampered nonce, a replayed answer and an answer without the browser’s login cookie', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['lp-plan']);

    const tamperedState = new HttpBrowser();
    const answer = await throughProvider(tamperedState, k.nr, kari);
    const forged = new URL(answer);
    forged.searchParams.set('state', `${answer.searchParams.get('state')}x`);
    expect((await callback(tamperedState, forged)).searchParams.get('sso-feil')).toBe('token_invalid');
    // The attempt is spent: the genuine answer, replayed, is refused too.
    expect((await callback(tamperedState, answer)).searchParams.get('sso-feil')).toBe('attempt_invalid');
    expect((await session(tamperedState)).status).toBe(204);

    // The nonce changed on its way to the provider: the id token carries the wrong one.
    const tamperedNonce = new HttpBrowser();
    const authorize = await tamperedNonce.follow(`${appUrl}/api/auth/oidc/start?kommune=${k.nr}`, { stopBefore: (u) => u.origin === p1.issuer });
    authorize.next!.searchParams.set('nonce', 'en-annen-nonce');
    const nonceAnswer = await signInAt(tamperedNonce, await tamperedNonce.follow(authorize.next!), kari);
    expect((await callback(tamperedNonce, nonceAnswer)).searchParams.get('sso-feil')).toBe('token_invalid');
    expect((await session(tamperedNonce)).status).toBe(204);

    // A genuine answer carried to another browser (no login cookie there): refused.
    const victim = new HttpBrowser();
    const stolen = await throughProvider(victim, k.nr, kari);
    const attacker = new HttpBrowser();
    expect((await callback(attacker, stolen)).searchParams.get('sso-feil')).toBe('attempt_invalid');
    expect((await session(attacker)).status).toBe(204);
    // … while the browser that started it still signs in with it.
    await callback(victim, stolen);
    expect((await session(victim)).status).toBe(200);
  });

  it('refuses an expired id token (judged by the app’s clock)', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['lp-plan']);
    p1.idTokenTtl = 60;
    try {
      const browser = new HttpBrowser();
      const answer = await throughProvider(browser, k.nr, kari);
      // Five minutes pass at the app (the login attempt itself lasts ten): the one-minute id token has expired.
      clockOffsetMs = 5 * 60_000;
      expect((await callback(browser, answer)).searchParams.get('sso-feil')).toBe('token_invalid');
      expect((await session(browser)).status).toBe(204);
      // The same, without the wait, signs in.
      clockOffsetMs = 0;
      const control = new HttpBrowser();
      await callback(control, await throughProvider(control, k.nr, kari));
      expect((await session(control)).status).toBe(200);
    } finally {
      clockOffsetMs = 0;
      p1.idTokenTtl = 3600;
    }
  });

  it('refuses an id token whose signature the provider’s published JWKS does not bear out', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['lp-plan']);
    p1.publishForeignJwks = true;
    try {
      const browser = new HttpBrowser();
      expect((await callback(browser, await throughProvider(browser, k.nr, kari))).searchParams.get('sso-feil')).toBe('token_invalid');
      expect((await session(browser)).status).toBe(204);
    } finally {
      p1.publishForeignJwks = false;
    }
    const control = new HttpBrowser();
    await callback(control, await throughProvider(control, k.nr, kari));
    expect((await session(control)).status).toBe(200);
  });

  it('logs out at the provider too (RP-initiated logout), and ends the session here', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['lp-les']);
    const browser = new HttpBrowser();
    await callback(browser, await throughProvider(browser, k.nr, kari));
    const { body } = await session(browser);
    const out = await browser.request(`${appUrl}/api/auth/oidc/logout`, { json: {}, headers: { 'x-csrf-token': body.csrfToken } });
    expect(out.response.status).toBe(200);
    const endSession = new URL(JSON.parse(out.body).endSessionUrl);
    const discovery = (await (await fetch(`${p1.issuer}/.well-known/openid-configuration`)).json()) as { end_session_endpoint: string };
    expect(endSession.origin + endSession.pathname).toBe(discovery.end_session_endpoint);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect((await session(browser)).status).toBe(204);
    expect(await ssoSessionCount(k.id)).toBe(0);

    // At the provider: confirm, and be sent back to the app.
    const confirm = await browser.follow(endSession);
    const { action, fields } = readForm(confirm.body, confirm.url);
    const back = await browser.follow(action, { form: { ...fields, logout: 'yes' }, stopBefore: (u) => u.origin === appUrl });
    expect(back.next?.href).toBe(`${appUrl}/`);
    // Signed out at the provider: the next login asks for the login page again.
    const next = await browser.follow(`${appUrl}/api/auth/oidc/start?kommune=${k.nr}`);
    expect(next.body).toContain('name="login"');

    // A local session has no provider to visit.
    const local = await login(app, k.users.readonly);
    expect((await local.post('/api/auth/oidc/logout', {})).json()).toEqual({ endSessionUrl: null });
    expect((await local.get('/api/auth/session')).statusCode).toBe(204);
  });

  it('ends the session when the provider says so (back-channel logout), and refuses a logout token it did not sign', async () => {
    const k = await makeKommune(getDb());
    await configure(await login(app, k.users.admin), p1);
    const kari = person(p1, ['lp-les']);
    const browser = new HttpBrowser();
    await callback(browser, await throughProvider(browser, k.nr, kari));
    expect((await session(browser)).status).toBe(200);

    // A forged token: right issuer, audience, subject and event, but signed with a key the provider never had.
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ events: { 'http://schemas.openid.net/event/backchannel-logout': {} }, sub: kari, jti: randomBytes(8).toString('hex') })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer(p1.issuer)
      .setAudience(p1.client.clientId)
      .setIssuedAt()
      .sign(privateKey);
    const refused = await fetch(`${appUrl}/api/auth/oidc/backchannel-logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: forged }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('logout_token');
    expect((await session(browser)).status).toBe(200);

    // The person signs out at the provider itself (not through Legeplan): the provider tells Legeplan server to server.
    const deliveries = p1.backchannelDeliveries.length;
    const confirm = await browser.follow(`${p1.issuer}/session/end`);
    const { action, fields } = readForm(confirm.body, confirm.url);
    await browser.follow(action, { form: { ...fields, logout: 'yes' } });
    expect(p1.backchannelDeliveries.slice(deliveries).map((d) => d.ok)).toEqual([true]);
    expect((await session(browser)).status).toBe(204);
    expect(await ssoSessionCount(k.id)).toBe(0);
    const [logout] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE kommune_id = $1 AND action = 'logout'`, [k.id]);
    expect(logout!.n).toBe(1);
  });
});
