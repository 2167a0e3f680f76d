import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD } from '../helpers/app.ts';

describeOnBothDatabases('accounts, sessions and roles', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb(), { loginMax: 5 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores argon2id hashes and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const k = await makeKommune(getDb());
    const [u] = await getDb().query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE username = $1`, [k.users.planner]);
    expect(u!.password_hash).toMatch(/^\$argon2id\$/);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.planner, password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'lp_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('answers a wrong password in Norwegian, the same as an unknown user, and rate-limits login', async () => {
    const k = await makeKommune(getDb());
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.admin, password: 'feil-passord' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'finnes-ikke', password: 'feil-passord' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Feil brukernavn eller passord');
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.readonly, password: 'gjett-' + i } })).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const limited = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.readonly, password: TEST_PASSWORD } });
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('logout ends the session; API calls without a session get 401', async () => {
    const k = await makeKommune(getDb());
    const c = await login(app, k.users.planner);
    expect((await c.get('/api/auth/session')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await c.get('/api/registry/offices');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('an admin manages accounts of their own municipality; a planner may not', async () => {
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    const created = await admin.post('/api/users', { username: `radmann-${k.id}`, displayName: 'Rådmann', role: 'readonly', doctorId: null, password: 'et-langt-passord' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).not.toHaveProperty('passwordHash');
    const reader = await login(app, `radmann-${k.id}`, 'et-langt-passord');
    expect((await reader.get('/api/overview')).statusCode).toBe(200);
    const promoted = await admin.put(`/api/users/${created.json().id}`, { version: 1, displayName: 'Rådmann', role: 'planner', doctorId: null });
    expect(promoted.json()).toMatchObject({ role: 'planner', version: 2 });
    // The role change ends the old session.
    expect((await reader.get('/api/overview')).statusCode).toBe(401);
    const planner = await login(app, k.users.planner);
    expect((await planner.get('/api/users')).statusCode).toBe(403);
    // Account changes are in the audit log for admins only.
    expect((await planner.get('/api/audit?entity=users')).statusCode).toBe(403);
    expect(((await planner.get('/api/audit')).json().items as { entity: string }[]).some((a) => a.entity === 'users')).toBe(false);
    expect(((await admin.get('/api/audit?entity=users')).json().items as unknown[]).length).toBe(2);
    const short = await admin.post('/api/users', { username: 'x', displayName: '', role: 'doctor', doctorId: null, password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['displayName', 'doctorId', 'password', 'username']);
  });

  it('a username another municipality uses is refused as taken, though its rows are out of sight', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const admin = await login(app, b.users.admin);
    const taken = await admin.post('/api/users', { username: a.users.planner, displayName: 'Kopi', role: 'readonly', doctorId: null, password: 'et-langt-passord' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'duplicate', fields: [{ path: 'username', message: 'Brukernavn: er tatt' }] });
    const [row] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE username = $1`, [a.users.planner]);
    expect(row!.n).toBe(1);
  });
});
