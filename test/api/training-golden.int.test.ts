import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp, type Client } from '../helpers/app.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { trainingCommand } from '../../src/cli/training.ts';
import type { TTrainingOverviewResponse } from '../../src/contracts/training/index.ts';

// Sandefjord demo (data/demo/training/3907.json) on the test clock, 2026-11-23: 12 ALIS, each supervised at 0.035 FTE
// → 0.42 FTE (S §3.0: "0,035 årsverk pr. LIS-3. Tilsvarer 0,42 årsverk"), and one LIS1 intake of 5, goal 6 (S §5).
describeOnBothDatabases('golden figures of doctors in training (Sandefjord demo)', (getDb) => {
  let app: FastifyInstance;
  let c: Client;
  let o: TTrainingOverviewResponse;
  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    c = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
    o = (await c.get('/api/training/overview')).json();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('12 ALIS need 12 × 0.035 = 0.42 supervisor FTE; 5 LIS1 in the autumn intake, one short of the goal of 6', () => {
    expect(o.date).toBe('2026-11-23');
    expect(o.supervisors).toMatchObject({ activeAlis: 12, ftePerAlis: 0.035, requiredFte: 0.42 });
    expect(o.supervisors.supervisors).toHaveLength(7);
    expect(o.lis1.placements).toHaveLength(5);
    expect(o.lis1.intakes).toEqual([expect.objectContaining({ startDate: '2026-09-01', positions: 5, goalPositions: 6, placed: 5, belowGoal: 1 })]);
  });

  it('supervision against 4 h/month × 10.5 = 42 h/year, pro rata part-time; red/amber/green with the reason', () => {
    const full = o.candidates.find((x) => x.fte === 1 && Math.abs(x.supervision.requiredHours - 42) < 1e-9)!;
    expect(full.supervision.rules).toEqual([expect.objectContaining({ validFrom: '2024-01-01', hoursPerMonth: 4, monthsPerYear: 10.5 })]);
    const part = o.candidates.find((x) => x.fte === 0.6)!;
    expect(part.supervision.requiredHours).toBeCloseTo(42 * 0.6, 10);
    expect(o.counts).toEqual({ active: 12, red: 3, amber: 5, green: 4 });
    expect(o.candidates.filter((x) => x.rag === 'red').map((x) => x.reason)).toEqual([
      'Kurs «Kurs i sakkyndighetsarbeid» skulle vært tatt innen 2026-03-01',
      'Kurs «Kurs i vold og overgrepshåndtering» skulle vært tatt innen 2026-10-15',
      'Veiledning 2026: 22 av 37,7 t forventet hittil (42 t i året)',
    ]);
  });

  it('the state grant: 300 000 kr per ALIS a year, the municipality pays 20 %', () => {
    // Every demo agreement draws the grant through all of 2026 (starts 2022-03 to 2025-09, 5 years each).
    const year = o.grants.find((g) => g.year === 2026)!;
    expect(year).toEqual({ year: 2026, totalOre: 12 * 300_000_00, stateOre: 12 * 240_000_00, municipalOre: 12 * 60_000_00 });
  });

  it('the CLI prints the same figures from the same function', async () => {
    let out = '';
    await trainingCommand(getDb(), { env: {}, out: { write: (s: string) => (out += s) }, err: process.stderr }, { kommune: '3907', date: '2026-11-23', json: true });
    const { kommune, ...cli } = JSON.parse(out);
    expect(kommune).toEqual({ nr: '3907', name: 'Sandefjord (demo)' });
    expect(cli).toEqual(o);
    let text = '';
    await trainingCommand(getDb(), { env: {}, out: { write: (s: string) => (text += s) }, err: process.stderr }, { kommune: '3907', date: '2026-11-23', json: false });
    expect(text).toContain('ALIS i avtale: 12 (rød 3, gul 5, grønn 4); veiledertid 0,42 årsverk (0,035 per ALIS)');
  });

  it('the demo doctor (an ALIS) sees their own status only', async () => {
    const d = await login(app, 'sandefjord-lege', 'legeplan-demo');
    const mine: TTrainingOverviewResponse = (await d.get('/api/training/overview')).json();
    expect(mine.candidates.map((x) => x.name)).toEqual(['Lege SF-07 (syntetisk)']);
    expect(mine.supervisors.requiredFte).toBe(0.42);
  });
});
