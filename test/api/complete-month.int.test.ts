import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp, type Client } from '../helpers/app.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { capacityCommand } from '../../src/cli/capacity.ts';

// A new user imported figures for 2 of Sandefjord's 54 positions for March 2021: every "latest month" flipped to
// March (2 positions, 2 012 patients, the target "met"). A month counts only when every position has its figures.
describeOnBothDatabases('a month with figures for only some positions', (getDb) => {
  let app: FastifyInstance;
  let c: Client;
  let codes: string[] = [];
  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    c = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
    const positions = (await c.get('/api/registry/positions')).json().items as { id: number; code: string }[];
    codes = positions.slice(0, 2).map((p) => p.code);
    for (const p of positions.slice(0, 2)) {
      const res = await c.post('/api/registry/snapshots', { positionId: p.id, month: '2021-03-01', listLength: 1006, listCap: 1100, waitingList: 0 });
      expect(res.statusCode, res.body).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('Oversikt keeps February (54 positions, 1,6 %), and says March is incomplete with the 52 positions lacking figures', async () => {
    const o = (await c.get('/api/overview')).json();
    expect(o.latest.capacity).toMatchObject({ month: '2021-02-01', positions: 54, openPlaces: 1_013 });
    expect(o.latest.target.met).toBe(false);
    expect(o.alerts.map((a: { kind: string }) => a.kind)).toContain('free-share-below-target');
    expect(o.trend.map((t: { month: string }) => t.month)).not.toContain('2021-03-01');
    expect(o.incompleteMonths).toHaveLength(1);
    expect(o.incompleteMonths[0]).toMatchObject({ month: '2021-03-01', counted: 2, complete: false });
    expect(o.incompleteMonths[0].missingPositionIds).toHaveLength(52);
  });

  it('Kapasitet marks March incomplete; Dimensjonering, Økonomi and the CLI stay on February', async () => {
    const timeline = (await c.get('/api/capacity/timeline')).json();
    expect(timeline.months.at(-1)).toMatchObject({ month: '2021-03-01', complete: false, missingPositions: 52 });
    expect(timeline.months.at(-2)).toMatchObject({ month: '2021-02-01', complete: true, missingPositions: 0 });
    const scenarios = (await c.get('/api/projection/scenarios')).json().items as { id: number }[];
    const result = (await c.get(`/api/projection/scenarios/${scenarios[0]!.id}/result?runs=0`)).json();
    expect(result.projection.baseMonth).toBe('2021-02-01');
    expect((await c.get('/api/economics/costs')).json().asOf).toBe('2021-02-01');
    let out = '';
    await capacityCommand(getDb(), { env: {}, out: { write: (s: string) => (out += s) }, err: process.stderr }, { kommune: '3907', json: false });
    expect(out).toContain('listetall per 1. februar 2021');
    expect(out).toMatch(/mars 2021 er ufullstendige \(52 hjemler uten tall\)/);
  });

  it('the import preview says how many positions would still lack figures for the file’s month', async () => {
    const csv = ['Hjemmel-ID;Måned;Listelengde;Listetak;Venteliste', ...codes.map((code) => `${code};2021-04-01;1000;1100;0`)].join('\n');
    const res = await c.post('/api/import/list-snapshots/preview', { fileName: 'april.csv', contentBase64: Buffer.from(csv).toString('base64') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().months).toEqual([{ month: '2021-04-01', counted: 2, missingPositions: 52, complete: false }]);
  });
});
