import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { buildSmallRoster } from '../helpers/roster-fixtures.ts';

describeOnBothDatabases('legevakt registry: templates, exemptions, absences', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('creates, lists and versions the legevakt facts', async () => {
    const k = await makeKommune(getDb());
    const c = await login(app, k.users.admin);
    const reg = await buildSmallRegistry(c, 'Vakt');
    const ids = await buildSmallRoster(c, reg.doctorIds[0]!);
    const list = (await c.get('/api/registry/duty-templates')).json().items as { id: number; startTime: string; load: number; version: number }[];
    expect(list).toEqual([expect.objectContaining({ id: ids['duty-templates']![0], startTime: '23:00', endTime: '08:00', alone: true, load: 1, version: 1 })]);
    const put = await c.put(`/api/registry/duty-templates/${list[0]!.id}`, { version: 1, name: 'Natt', kind: 'night', startTime: '22:00', endTime: '08:00', runDays: 'all', doctors: 1, alone: true, load: 1.5 });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ startTime: '22:00', load: 1.5, version: 2 });
  });

  it('refuses an exemption that ends before it starts, in Norwegian at the field, and changes nothing', async () => {
    const k = await makeKommune(getDb());
    const c = await login(app, k.users.admin);
    const reg = await buildSmallRegistry(c, 'Vakt');
    const before = await dbFingerprint(getDb());
    const res = await c.post('/api/registry/legevakt-exemptions', { doctorId: reg.doctorIds[0], kind: 'night', reason: 'health', decidedBy: 'Fritaksutvalget', decidedOn: '2026-11-01', validFrom: '2027-02-01', validTo: '2027-01-15' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'validTo', message: expect.stringContaining('Fritaket kan ikke slutte før det begynner') })]);
    const bad = await c.post('/api/registry/duty-templates', { name: 'Feil', kind: 'night', startTime: '25:00', endTime: '08:00', runDays: 'all', doctors: 1, alone: true, load: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'startTime' });
    expect(await dbFingerprint(getDb())).toBe(before);
  });
});
