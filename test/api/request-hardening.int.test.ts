import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_NOW, TEST_PASSWORD } from '../helpers/app.ts';
import { createApp } from '../../src/server/app.ts';
import { serverLoggerOptions } from '../../src/server/logging.ts';

const office = (name: string) => ({ name, address: 'Storgata 1', orgForm: 'private' });

describeOnBothDatabases('request hardening: cross-site writes, strict ids, malformed URLs, logged 500s', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a write a browser sent from another site; same-origin browsers and header-less clients with the CSRF token work', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const post = (headers: Record<string, string>, name: string) =>
      planner.request({ method: 'POST', url: '/api/registry/offices', payload: office(name), headers });
    const crossSite: Record<string, string>[] = [
      { origin: 'https://angriper.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'http://localhost:81' },
    ];
    for (const headers of crossSite) {
      const res = await post(headers, 'Fremmed');
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error).toEqual({ code: 'csrf_failed', message: 'Endringer kan bare gjøres fra Legeplan selv, ikke fra et annet nettsted', fields: [] });
    }
    expect((await planner.get('/api/registry/offices')).json().items).toEqual([]);
    expect((await post({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, 'Samme opphav')).statusCode).toBe(201);
    expect((await post({}, 'Skript')).statusCode).toBe(201);
    // Reads are not refused (a link from elsewhere may open a page), and login is guarded the same way.
    expect((await planner.request({ method: 'GET', url: '/api/registry/offices', headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(200);
    const crossLogin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.planner, password: TEST_PASSWORD }, headers: { origin: 'https://angriper.example' } });
    expect(crossLogin.statusCode).toBe(403);
  });

  it('takes an id only as a number in a body and only as digits in a path or query', async () => {
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    const users = (await admin.get('/api/users')).json().items as { id: number; username: string; version: number; doctorId: number | null }[];
    const doctor = users.find((u) => u.username === k.users.doctor)!;
    for (const doctorId of [true, String(doctor.doctorId), [doctor.doctorId], 1.5, 0]) {
      const res = await admin.put(`/api/users/${doctor.id}`, { version: doctor.version, displayName: 'Lege', role: 'doctor', doctorId });
      expect(res.statusCode, JSON.stringify(doctorId)).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['doctorId']);
    }
    for (const id of ['1e0', '0x1', '+1', '01', `${doctor.id}.0`, ' 1', '99999999999']) {
      const res = await admin.put(`/api/users/${encodeURIComponent(id)}`, { version: 1, displayName: 'Lege', role: 'readonly', doctorId: null });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().error.fields[0].path).toBe('id');
    }
    expect((await admin.get('/api/audit?entityId=true')).statusCode).toBe(400);
    expect((await admin.get(`/api/audit?entityId=${doctor.id}&entityId=${doctor.id}`)).statusCode).toBe(400);
    expect((await admin.get(`/api/audit?entityId=${doctor.id}`)).statusCode).toBe(200);
    expect((await admin.put(`/api/users/${doctor.id}`, { version: doctor.version, displayName: 'Lege', role: 'doctor', doctorId: doctor.doctorId })).statusCode).toBe(200);
  });

  it('answers a malformed URL in the app’s error format', async () => {
    for (const url of ['/api/%', '/api/registry/offices/%E0%A4%A', '/%']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toEqual({
        error: { code: 'validation_failed', message: 'Ugyldig adresse: den inneholder tegn som ikke er gyldig URL-koding (for eksempel et enkelt %)', fields: [] },
      });
    }
  });

  it('logs every 500 with its request id at the default log level, and nothing for a 4xx', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logged = await createApp({ db: getDb(), clock: () => TEST_NOW, logger: { ...serverLoggerOptions({}), stream } });
    // A route that fails as an unexpected bug would; only this test's app has it.
    logged.get('/api/health/fail', async () => {
      throw new Error('boom at the database');
    });
    const bad = await logged.inject({ method: 'GET', url: '/api/health/fail' });
    expect((await logged.inject({ method: 'GET', url: '/api/registry/offices' })).statusCode).toBe(401);
    await logged.close();
    expect(bad.statusCode).toBe(500);
    expect(bad.json().error.message).not.toContain('boom');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, reqId: expect.any(String), msg: 'unhandled error', err: { message: 'boom at the database' } });
    expect(serverLoggerOptions({ LOG_LEVEL: 'info' })).toEqual({ level: 'info' });
  });
});
