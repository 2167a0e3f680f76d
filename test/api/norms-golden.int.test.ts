import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp, type Client } from '../helpers/app.ts';
import { pdfText, xlsxCells } from '../helpers/norms-fixtures.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { normCommand } from '../../src/cli/norm.ts';
import { patientsPerFte, shortTermHoursPerPatientWeek } from '../../src/domain/norms/index.ts';
import type { TAllocationResponse, TGapResponse, TGpTasksResponse, TOhdResponse } from '../../src/contracts/norms/index.ts';

const f2 = (x: number) => x.toFixed(2);

// Sandefjord demo, places and doctors per 31.12.2020 (S §3.1): 393 places in six nursing homes, 7.5 FTE in post.
// Required FTE per institution (long-term / short-term / total) under the Nfas 2020 norm, occupancy and stays as in
// data/demo/norms/3907.json. Order: as the plan lists them.
const EXPECTED: [string, number, string, string, string, string, string][] = [
  ['Sandefjord medisinske senter', 59, '0.00', '5.85', '5.85', '3.80', '2.05'],
  ['Nygård bo- og behandlingssenter', 126, '1.57', '0.00', '1.57', '1.40', '0.17'],
  ['Kamfjordhjemmet bo- og behandlingssenter', 64, '0.70', '0.62', '1.32', '0.80', '0.52'],
  ['Mosserødhjemmet', 58, '0.72', '0.00', '0.72', '0.40', '0.32'],
  ['Soletunet bo- og behandlingssenter', 47, '0.47', '0.93', '1.40', '0.70', '0.70'],
  ['Andebu sykehjem', 39, '0.37', '0.93', '1.30', '0.40', '0.90'],
];

describeOnBothDatabases('golden figures of the staffing norms (Sandefjord demo)', (getDb) => {
  let app: FastifyInstance;
  let c: Client;
  let gap2020: TGapResponse;
  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    c = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
    gap2020 = (await c.get('/api/norms/gap?year=2020')).json();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('Nfas 2020: 13.1 h per long-term patient-year → ≈ 80 per FTE; 9 h per 4-week stay → 2.25 h/week → ≈ 12; 2.5 weeks → ≈ 9.7', () => {
    const n = gap2020.norm!;
    expect(n).toMatchObject({ name: 'Nfas 2020 – norm for legetjenester i sykehjem', validFrom: '2020-09-01' });
    expect(n.summary.clinicalHoursPerWeek.toFixed(1)).toBe('26.3');
    expect(n.summary.clinicalHoursPerYear).toBeCloseTo(1050, 10);
    expect(n.summary.longTermHoursPerPatientYear).toBeCloseTo(13.1, 10);
    expect(Math.round(n.summary.longTermPatientsPerFte!)).toBe(80);
    expect(n.reference).toMatchObject({ stayWeeks: 4, hoursPerPatientWeek: 2.25 });
    expect(n.summary.shortTermHoursPerStay + 4 * n.summary.shortTermHoursPerWeek).toBeCloseTo(9, 10);
    expect(Math.round(n.reference.patientsPerFte!)).toBe(12);
    const week = shortTermHoursPerPatientWeek(n.summary, 2.5);
    expect(week).toBeCloseTo(2.7, 10);
    expect(patientsPerFte(n.summary.clinicalHoursPerWeek, week)!.toFixed(1)).toBe('9.7');
  });

  it('393 places and 7.5 FTE in post; 12.16 FTE required (3.84 long-term, 8.32 short-term): a gap of 4.66', () => {
    expect(gap2020.institutions.map((i) => [i.name, i.places, f2(i.requiredFte.longTerm), f2(i.requiredFte.shortTerm), f2(i.requiredFte.total), f2(i.fteInPost), f2(i.gapFte)])).toEqual(EXPECTED);
    const t = gap2020.totals;
    expect(t).toMatchObject({ institutions: 6, places: 393 });
    expect(t.fteInPost).toBeCloseTo(7.5, 10);
    expect([f2(t.requiredFte.longTerm), f2(t.requiredFte.shortTerm), f2(t.requiredFte.total), f2(t.gapFte)]).toEqual(['3.84', '8.32', '12.16', '4.66']);
    expect(t.presets.map((p) => [p.key, f2(p.requiredFte)])).toEqual([['nfas-2020', '12.16'], ['legeforeningen-2002', '7.02'], ['nasjonalt-snitt-2020', '5.74']]);
  });

  it('Sandefjord medisinske senter: the stays of 29, 9.7 and 18.6 days give about 1 285 stays a year (S: 1 456 admissions less ~170 internal moves)', () => {
    const sms = gap2020.institutions[0]!;
    expect(sms.units.map((u) => [u.name, u.avgStayDays, f2(u.requiredFte.total)])).toEqual([
      ['1A/B forsterket korttid/rehabilitering', 29, '1.37'],
      ['2A/B intermediær og ØHD', 9.7, '2.76'],
      ['3A/B lindrende/korttid', 18.6, '1.71'],
    ]);
    expect(Math.round(sms.staysPerYear)).toBe(1285);
  });

  it('4 of 9 doctors are specialists (44 %): below the ≥ 50 % goal', () => {
    expect(gap2020.specialists).toMatchObject({ doctors: 9, specialists: 4, goal: 0.5, met: false });
    expect(gap2020.specialists.fteShare!.toFixed(3)).toBe('0.427');
  });

  it('Nygård grows to 180 places (+18 at completion, +18 in 2025, +18 in 2027); Kamfjord to 16 short-term places', () => {
    const years = new Map(gap2020.years.map((y) => [y.year, y]));
    expect([2020, 2021, 2022, 2025, 2027].map((y) => years.get(y)!.places)).toEqual([393, 393, 411, 429, 447]);
    const nygaard = (y: number) => years.get(y)!.institutions.find((i) => i.name.startsWith('Nygård'))!;
    expect(nygaard(2027).places).toBe(180);
    expect(f2(nygaard(2027).requiredFte)).toBe(f2((180 * 13.1) / 1050));
    expect(f2(years.get(2027)!.gapFte)).toBe('5.85');
  });

  it('municipal doctor FTE (S §3.0): 12.52 in the six areas listed (the plan says 12.5) plus the 0.2 ALIS coordinator', async () => {
    const a = (await c.get('/api/norms/allocation?date=2021-02-01')).json() as TAllocationResponse;
    const fte = Object.fromEntries(a.byArea.map((x) => [x.area, x.fte]));
    expect(fte).toEqual({ legevakt: 1.4, lis1_supervision: 0.4, alis_supervision: 0.42, child_health: 1.8, nursing_homes: 7.5, leadership: 1, alis_coordination: 0.2, community_medicine: 0 });
    expect(f2(a.totals.fte)).toBe('12.72');
    expect((a.totals.fte - fte.alis_coordination!).toFixed(1)).toBe('12.5');
    expect(f2(a.totals.byCoveredBy.gps)).toBe('0.82');
    const need = Object.fromEntries(a.rows.map((r) => [r.area, r.need.fte === null ? null : f2(r.need.fte)]));
    expect(need).toMatchObject({ alis_supervision: '0.42', nursing_homes: '12.16', legevakt: '3.40', community_medicine: '1.00', child_health: null });
    expect(a.rows.find((r) => r.area === 'alis_supervision')!.need.explanation).toBe('12 ALIS × 0,035 årsverk');
    const gpFte = Object.fromEntries(a.byArea.map((x) => [x.area, f2(x.gpTaskFte)]));
    expect(gpFte).toMatchObject({ lis1_supervision: '0.40', alis_supervision: '0.42', child_health: '0.68' });
  });

  it('GPs’ municipal tasks: 17 GPs, none over 7.5 h of obligation, no short lists to offer the 20 % health-station post', async () => {
    const g = (await c.get('/api/norms/gp-tasks?date=2021-02-01')).json() as TGpTasksResponse;
    expect(g.totals).toMatchObject({ gps: 54, withTasks: 17, obligationHours: 25.5, agreementHours: 30.75, overLimit: 0, shortLists: 0, offerOpen: 0 });
    expect(g.offerHours).toBe(7.5);
  });

  it('ØHD 2020: 7 beds, 36 requests of which 21 (58 %) met all five criteria', async () => {
    const o = (await c.get('/api/norms/ohd?fromDate=2020-01-01&toDate=2020-12-31')).json() as TOhdResponse;
    expect(o.beds.units.map((u) => [u.institution, u.beds])).toEqual([['Sandefjord medisinske senter', 5], ['Sandefjord legevakt', 2]]);
    expect(o).toMatchObject({ requests: 36, allCriteriaMet: 21, admitted: 24 });
    expect(o.allCriteriaShare!.toFixed(2)).toBe('0.58');
    expect(o.byMonth).toHaveLength(12);
    const criteria = await xlsxCells((await c.get('/api/norms/export.xlsx?table=ohd-criteria&fromDate=2020-01-01&toDate=2020-12-31')).rawPayload);
    expect(criteria.map((r) => r.slice(0, 2))).toEqual([
      ['Kriterium', 'Oppfylt'],
      ['Pasienten har en avgrenset akutt medisinsk problemstilling', '33'],
      ['Medisinsk behandling kan ikke ivaretas av hjemmesykepleie', '36'],
      ['Pasienten er klar til hjemreise innen 3–5 virkedager', '30'],
      ['ØHD er like bra eller bedre enn sykehusinnleggelse', '33'],
      ['Pasienten er tilsett av fastlege før innleggelse', '30'],
    ]);
  });

  it('`legeplan norm --kommune 3907 --json` prints the same figures as the API', async () => {
    let out = '';
    await normCommand(getDb(), { env: {}, out: { write: (s: string) => (out += s) }, err: process.stderr }, { kommune: '3907', year: 2020, json: true });
    const { kommune, ...cli } = JSON.parse(out);
    expect(kommune).toEqual({ nr: '3907', name: 'Sandefjord (demo)' });
    expect(cli).toEqual(gap2020);
    let text = '';
    await normCommand(getDb(), { env: {}, out: { write: (s: string) => (text += s) }, err: process.stderr }, { kommune: '3907', year: 2020, json: false });
    expect(text).toMatch(/Totalt\s+393\s+3,84\s+8,32\s+12,16\s+7,50\s+4,66/);
  });

  it('the gap as a PDF page names every institution', async () => {
    const pdf = await c.get('/api/norms/gap.pdf?year=2020');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(pdf.rawPayload);
    for (const [name] of EXPECTED) expect(text).toContain(name);
    expect(text).toContain('Sandefjord (demo)');
  });

  it('every municipality gets the Nfas 2020 norm, Sarpsborg too', async () => {
    const s = await login(app, 'sarpsborg-planlegger', 'legeplan-demo');
    const norms = (await s.get('/api/registry/staffing-norms')).json().items;
    expect(norms).toEqual([expect.objectContaining({ validFrom: '2020-09-01', weeklyHours: 37.5, nonClinicalShare: 0.3, workingWeeks: 40 })]);
    expect((await s.get('/api/registry/norm-activities')).json().items).toHaveLength(20);
  });
});
