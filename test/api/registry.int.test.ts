import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp } from '../helpers/app.ts';
import { BODILESS_WRITES } from '../../src/server/openapi.ts';

describeOnBothDatabases('registry CRUD', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates, reads, updates with version and audits an office', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const created = await planner.post('/api/registry/offices', { name: 'Torget legesenter', address: 'Torget 1', orgForm: 'private' });
    expect(created.statusCode).toBe(201);
    const office = created.json();
    expect(office).toMatchObject({ name: 'Torget legesenter', version: 1 });

    const updated = await planner.put(`/api/registry/offices/${office.id}`, { ...office, id: undefined, address: 'Torget 2' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ address: 'Torget 2', version: 2 });

    const stale = await planner.put(`/api/registry/offices/${office.id}`, { name: 'X', address: 'Y', orgForm: 'private', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', current: { address: 'Torget 2', version: 2 } });

    const audit = await planner.get(`/api/audit?entity=offices&entityId=${office.id}`);
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual(['update', 'create']);
    expect(audit.json().items[0]).toMatchObject({ before: { address: 'Torget 1' }, after: { address: 'Torget 2' } });
  });

  it('refuses bad input with Norwegian field messages and changes nothing', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const res = await planner.post('/api/registry/positions', { officeId: 1, code: '', orgForm: 'x', listCap: -5, status: 'active', sharedList: false });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['code', 'listCap', 'orgForm']);
    expect(body.error.fields.find((f: { path: string }) => f.path === 'listCap').message).toMatch(/^Listetak: /);
    expect((await planner.get('/api/registry/positions')).json().items).toEqual([]);
  });

  it('never shows or changes another municipality’s rows', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const pa = await login(app, a.users.planner);
    const pb = await login(app, b.users.planner);
    const office = (await pa.post('/api/registry/offices', { name: 'A-kontor', address: 'A-gata 1', orgForm: 'municipal' })).json();
    expect((await pb.get(`/api/registry/offices/${office.id}`)).statusCode).toBe(404);
    expect((await pb.put(`/api/registry/offices/${office.id}`, { name: 'B', address: 'B', orgForm: 'private', version: 1 })).statusCode).toBe(404);
    const pos = await pb.post('/api/registry/positions', { officeId: office.id, code: 'B-1', orgForm: 'self_employed', listCap: 1000, status: 'active', sharedList: false });
    expect(pos.statusCode).toBe(400);
    expect(pos.json().error.code).toBe('invalid_reference');
    expect((await pb.get('/api/registry/offices')).json().items).toEqual([]);
  });

  it('lets read-only users read but not write, and requires CSRF for writes', async () => {
    const k = await makeKommune(getDb());
    const reader = await login(app, k.users.readonly);
    expect((await reader.get('/api/registry/offices')).statusCode).toBe(200);
    expect((await reader.post('/api/registry/offices', { name: 'N', address: 'A', orgForm: 'private' })).statusCode).toBe(403);
    const planner = await login(app, k.users.planner);
    const noCsrf = await planner.request({ method: 'POST', url: '/api/registry/offices', payload: { name: 'N', address: 'A', orgForm: 'private' }, headers: { 'x-csrf-token': 'wrong' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
  });

  it('two simultaneous edits of the same version: exactly one wins, the other gets 409', async () => {
    const k = await makeKommune(getDb());
    const a = await login(app, k.users.planner);
    const b = await login(app, k.users.admin);
    const office = (await a.post('/api/registry/offices', { name: 'Samtidig', address: 'Gata 1', orgForm: 'private' })).json();
    const results = await Promise.all([
      a.put(`/api/registry/offices/${office.id}`, { name: 'Samtidig', address: 'Fra A', orgForm: 'private', version: 1 }),
      b.put(`/api/registry/offices/${office.id}`, { name: 'Samtidig', address: 'Fra B', orgForm: 'private', version: 1 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect((await a.get(`/api/registry/offices/${office.id}`)).json()).toMatchObject({ address: winner.address, version: 2 });
  });

  it('refuses to delete an office that still has positions, and deletes with the current version', async () => {
    const k = await makeKommune(getDb());
    const p = await login(app, k.users.planner);
    const office = (await p.post('/api/registry/offices', { name: 'Slett meg', address: 'Gata 2', orgForm: 'private' })).json();
    const pos = (await p.post('/api/registry/positions', { officeId: office.id, code: 'S-1', orgForm: 'municipal', listCap: 800, status: 'vacant', sharedList: true })).json();
    const inUse = await p.delete(`/api/registry/offices/${office.id}?version=1`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('in_use');
    expect((await p.delete(`/api/registry/positions/${pos.id}?version=1`)).statusCode).toBe(200);
    expect((await p.delete(`/api/registry/offices/${office.id}?version=1`)).statusCode).toBe(200);
    expect((await p.get(`/api/registry/offices/${office.id}`)).statusCode).toBe(404);
  });

  it('describes every route in /api/openapi.json from the same contracts', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    for (const r of app.routeTable) expect(doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    // Every route that takes a body has it described from its contract.
    for (const r of app.routeTable.filter((x) => (x.method === 'POST' || x.method === 'PUT') && !BODILESS_WRITES.has(`${x.method} ${x.url}`)))
      expect(doc.paths[r.url.replace(/:(\w+)/g, '{$1}')][r.method.toLowerCase()].requestBody, `${r.method} ${r.url} has no documented body`).toBeDefined();
    expect(doc.paths['/api/registry/positions'].post.requestBody.content['application/json'].schema.properties.listCap).toMatchObject({ type: 'integer', minimum: 0 });
  });
});
