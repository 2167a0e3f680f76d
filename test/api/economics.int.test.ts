import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { BASISTILSKUDD_RATES } from '../../src/domain/economics/index.ts';
import type { TCostsResponse as CostsView, TGoalsResponse as GoalsView } from '../../src/contracts/economics/index.ts';
import { costsCommand } from '../../src/cli/costs.ts';

const toMill = (ore: number) => Math.round(ore / 1_000_000) / 100;

describeOnBothDatabases('economics and the plan (demo municipalities)', (getDb) => {
  let app: FastifyInstance;
  let sarpsborg: Client;
  let sandefjord: Client;
  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    sarpsborg = await login(app, 'sarpsborg-planlegger', 'legeplan-demo');
    sandefjord = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('Sarpsborg: the package costs 4.14 mill kr in 2023 and 5.94 mill kr full-year, line by line as in the strategy', async () => {
    const res = await sarpsborg.get('/api/economics/costs');
    expect(res.statusCode, res.body).toBe(200);
    const costs = res.json() as CostsView;
    const p = costs.packages[0]!;
    expect(p.lines.map((l) => [l.name, toMill(l.byYear[0]!.amount), toMill(l.fullYear)])).toEqual([
      ['Rekrutteringstilskudd', 2.1, 2.1],
      ['Kommunalt ansatt vikar', 0.35, 0.7],
      ['Kompensasjon ved fraværsdekning utover kollegial fraværsdekning', 0.3, 0.4],
      ['Kommunal sykefraværsordning', 0.4, 0.8],
      ['Praksiskompensasjon ved kurs for spesialister', 0.8, 1.6],
      ['Praksiskonsulent', 0.15, 0.3],
      ['Møtekompensasjon', 0.04, 0.04],
    ]);
    expect(toMill(p.totalByYear[0]!.amount)).toBe(4.14);
    expect(toMill(p.totalFullYear)).toBe(5.94);
  });

  it('Sarpsborg: the rejected 20 / 40 / 60 % top-ups on 675 kr on the demo lists → 6.3 / 12.6 / 18.9 mill kr (46 671 eligible patients, 1 Mar 2023)', async () => {
    const costs = (await sarpsborg.get('/api/economics/costs')).json() as CostsView;
    expect(costs.asOf).toBe('2023-03-01');
    expect(costs.selfEmployedLists).toBe(48);
    const topUps = costs.packages[0]!.outside.filter((l) => l.kind === 'basis_top_up');
    expect(topUps.map((l) => l.fullYear)).toEqual([46_671 * 135_00, 46_671 * 270_00, 46_671 * 405_00]);
    expect(topUps.map((l) => (l.fullYear / 1_000_000_00).toFixed(1))).toEqual(['6.3', '12.6', '18.9']);
    expect(topUps[0]!.assumptions[0]).toContain('46\u00a0671 innbyggere');
    expect(topUps.every((l) => l.status === 'rejected' && l.reason.length > 0)).toBe(true);
    // Doing nothing: agencies for 10 % of the 54 positions (5) at 200 000 kr a month = 12 mill kr a year.
    expect(costs.compare.doingNothing).toMatchObject({ fullYear: 12_000_000_00, perPosition: 2_400_000_00 });
  });

  it('legeplan costs --kommune 3105 --package … --json gives the API’s figures', async () => {
    let out = '';
    const io = { env: {}, out: { write: (x: string) => (out += x) }, err: process.stderr };
    await costsCommand(getDb(), io, { kommune: '3105', packageName: 'Tiltakspakke 2023', years: 2, json: true });
    const cli = JSON.parse(out) as CostsView & { kommune: { nr: string } };
    expect(cli.kommune.nr).toBe('3105');
    expect(toMill(cli.packages[0]!.totalByYear[0]!.amount)).toBe(4.14);
    expect(toMill(cli.packages[0]!.totalFullYear)).toBe(5.94);
    let text = '';
    await costsCommand(getDb(), { ...io, out: { write: (x: string) => (text += x) } }, { kommune: '3105', packageName: null, years: 2, json: false });
    expect(text).toContain('4,14 mill. kr');
    await expect(costsCommand(getDb(), io, { kommune: '3105', packageName: 'Finnes ikke', years: 2, json: true })).rejects.toThrow(/Fant ingen tiltakspakke/);
  });

  it('Sandefjord: basistilskudd month by month from the lists (577/499 from May 2021 not yet in force on the demo months)', async () => {
    const res = await sandefjord.get('/api/economics/basistilskudd?from=2021-02-01&to=2021-02-01');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    // 1 Feb 2021: 61 722 patients at 499 kr flat; each list's payment is its annual amount ÷ 12 in whole øre.
    expect(r.totalsByMonth[0].patients).toBe(61_722);
    expect(Math.abs(r.total - (61_722 * 499_00) / 12)).toBeLessThan(54);
    expect(r.ratesUsed.map((x: { validFrom: string }) => x.validFrom)).toEqual(['2020-01-01']);
  });

  it('Sandefjord: the 25 goals with live indicators (free share against 7 %, ALIS count)', async () => {
    const goals = (await sandefjord.get('/api/economics/goals')).json() as GoalsView;
    expect(goals.goals).toHaveLength(25);
    const first = goals.goals[0]!;
    expect(first.indicator).toBe('free_share');
    expect(first.progress.value).toBeCloseTo(1013 / 62_735, 10);
    expect(first.progress.met).toBe(false);
    const shifts = goals.goals.find((g) => g.indicator === 'legevakt_shifts_per_gp')!;
    expect(shifts.progress).toMatchObject({ met: null, value: null });
    expect(goals.indicators.alis_count).toBe(12);
  });

  it('the GPs’ +50 % top-up: 288.50 kr per patient for the first 1 000 on Sandefjord’s self-employed lists', async () => {
    const costs = (await sandefjord.get('/api/economics/costs')).json() as CostsView;
    const line = costs.packages[0]!.lines[0]!;
    expect(line.kind).toBe('basis_top_up');
    expect(line.fullYear % 288_50).toBe(0);
  });
});

describeOnBothDatabases('economics: editing and bad input', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('a package, a measure from a preset and a goal through the API; refusals change nothing', async () => {
    const k = await makeKommune(getDb());
    const c = await login(app, k.users.planner);
    const pkg = await c.post('/api/registry/measure-packages', { name: 'Pakke', startDate: '2026-01-01', description: '' });
    expect(pkg.statusCode, pkg.body).toBe(201);
    const packageId = pkg.json().id;
    const fromPreset = await c.post('/api/economics/measures/from-preset', { packageId, preset: 'larvik' });
    expect(fromPreset.statusCode, fromPreset.body).toBe(201);
    expect(fromPreset.json()).toMatchObject({ kind: 'basis_top_up', params: { amountPerPatient: 390_00, upToPatients: 1000 } });
    const agency = { packageId, name: 'Vikarbyrå', kind: 'agency_substitute', params: { positionCount: 1, pricePerMonth: 200_000_00 }, startDate: null, endDate: null, status: 'recommended', reason: '', sortOrder: 2 };
    const created = await c.post('/api/registry/measures', agency);
    expect(created.statusCode, created.body).toBe(201);
    const costs = (await c.get(`/api/economics/costs?packageId=${packageId}&years=2`)).json() as CostsView;
    expect(costs.packages[0]!.totalByYear.map((y) => y.amount)).toEqual([2_400_000_00, 2_400_000_00]);

    const before = await dbFingerprint(getDb());
    const refusals: [string, unknown, RegExp][] = [
      ['/api/registry/measures', { ...agency, kind: 'recruitment_grant', params: { takeoverAmount: -1, takeoversPerYear: 1, newListAmount: 0, newListsPerYear: 0, repaymentYears: 3 } }, /Tilskudd ved overtakelse av liste: Kan ikke være negativt/],
      ['/api/registry/measures', { ...agency, startDate: '2026-05-01', endDate: '2026-04-30' }, /Sluttdatoen kan ikke være før startdatoen/],
      ['/api/registry/measures', { ...agency, params: { positionCount: 1 } }, /Pris per lege per måned/],
      ['/api/economics/measures/from-preset', { packageId, preset: 'bergen' }, /Ukjent forhåndsvalg «bergen»/],
      ['/api/registry/plan-goals', { number: 1, area: '', goal: 'Mål', measure: '', owner: '', due: '', costOre: null, costNote: '', status: 'not_started', note: '', indicator: 'free_share', target: null, direction: 'at_least' }, /Oppgi en målverdi/],
    ];
    for (const [url, body, message] of refusals) {
      const res = await c.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(message);
      expect(res.json().error.fields.length).toBeGreaterThan(0);
    }
    const a = { ...BASISTILSKUDD_RATES[1]!, validTo: '2022-06-30' };
    const overlap = await c.put('/api/economics/rates', { version: null, rates: [a, BASISTILSKUDD_RATES[2]] });
    expect(overlap.statusCode, overlap.body).toBe(400);
    expect(overlap.json().error.message).toMatch(/overlapper/);
    expect(await dbFingerprint(getDb())).toBe(before);

    const saved = await c.put('/api/economics/rates', { version: null, rates: BASISTILSKUDD_RATES });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await c.put('/api/economics/rates', { version: null, rates: BASISTILSKUDD_RATES });
    expect(stale.statusCode).toBe(409);
    expect((await c.get('/api/economics/rates')).json()).toMatchObject({ custom: true, version: 1 });
  });
});
