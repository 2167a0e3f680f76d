import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp, type Client } from '../helpers/app.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { projectCommand } from '../../src/cli/project.ts';

interface Year {
  year: number;
  population: number;
  positionsNeeded: number;
  positionsHeld: number;
  gap: number;
  positionsToCreate: number;
  retirements: number;
}
const one = (x: number) => x.toFixed(1);

// Sandefjord's plan 2021–24, §2.3 (DOMAIN.md §1), through the API the UI calls, on the demo data and the shipped
// sample SSB projection (main alternative +2 663 from 2021 to 2028).
describeOnBothDatabases('golden projection figures from the Sandefjord plan', (getDb) => {
  let app: FastifyInstance;
  let c: Client;
  let scenarios: { id: number; name: string }[];
  const years = async (name: string): Promise<Year[]> => {
    const s = scenarios.find((x) => x.name.startsWith(name));
    const res = await c.get(`/api/projection/scenarios/${s!.id}/result?runs=0`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().projection.years;
  };
  const at = (ys: Year[], year: number) => ys.find((y) => y.year === year)!;

  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    c = await login(app, 'sandefjord-leser', 'legeplan-demo');
    scenarios = (await c.get('/api/projection/scenarios')).json().items;
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('the demo has the four standard scenarios', () => {
    expect(scenarios.map((s) => s.name).sort()).toEqual(['7 % ledig', 'Dagens lister', 'Gjennomsnittsliste 1 000', 'Nytt kommunalt kontor med 3 leger i 2025']);
  });

  it('free share today: 1.6 % (1 013 ÷ 62 735), shown on Oversikt with an alert', async () => {
    const { latest, alerts } = (await c.get('/api/overview')).json();
    expect(latest.capacity.openPlaces / latest.capacity.sumListCap).toBeCloseTo(1013 / 62735, 10);
    expect(alerts[0]).toMatchObject({ kind: 'free-share-below-target', placesToAdd: 3633 });
  });

  it('population +2 663 to 2028 at today’s average list 1 143 → 2.3 more positions (the plan: "i overkant av 2")', async () => {
    const ys = await years('Dagens lister');
    expect(at(ys, 2028).population - at(ys, 2021).population).toBe(2663);
    expect(one(at(ys, 2021).gap)).toBe('0.0');
    expect(one(at(ys, 2028).gap)).toBe('2.3');
  });

  it('a 7 % free target → 3.2 more positions today (the plan: "3 more"); 4 whole positions to create', async () => {
    const y = at(await years('7 % ledig'), 2021);
    expect(one(y.gap)).toBe('3.2');
    expect(y.positionsToCreate).toBe(4);
  });

  it('an average list of 1 000 → 61.7, i.e. 62 positions (8 more)', async () => {
    const y = at(await years('Gjennomsnittsliste'), 2021);
    expect(one(y.positionsNeeded)).toBe('61.7');
    expect(Math.ceil(y.positionsNeeded)).toBe(62);
    expect(y.positionsHeld).toBe(54);
    expect(y.positionsToCreate).toBe(8);
  });

  it('retirement at 70 → 11 GPs leave 2021–2028', async () => {
    const ys = await years('Dagens lister');
    expect(ys.filter((y) => y.year <= 2028).reduce((s, y) => s + y.retirements, 0)).toBe(11);
  });

  it('`legeplan project --kommune 3907 --scenario … --json` prints the same per-year figures as the API', async () => {
    const s = scenarios.find((x) => x.name === '7 % ledig')!;
    const api = (await c.get(`/api/projection/scenarios/${s.id}/result?runs=500&seed=4`)).json();
    let out = '';
    const io = { env: {}, out: { write: (x: string) => (out += x) }, err: process.stderr };
    await projectCommand(getDb(), io, { kommune: '3907', scenario: '7 % ledig', json: true, runs: 500, seed: 4 });
    const cli = JSON.parse(out);
    expect(cli.kommune).toEqual({ nr: '3907', name: 'Sandefjord (demo)' });
    expect(cli.projection).toEqual(api.projection);
    expect(cli.monteCarlo).toEqual(api.monteCarlo);
  });
});
