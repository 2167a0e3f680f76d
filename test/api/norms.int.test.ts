import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { buildSmallNorms, pdfText, xlsxCells } from '../helpers/norms-fixtures.ts';
import type { Db } from '../../src/db/connection.ts';
import type { TGapResponse, TGapWhatIfResponse } from '../../src/contracts/norms/index.ts';

const NORM_TABLES = ['institution', 'institution_unit', 'unit_places', 'place_change', 'institution_doctor', 'institution_staffing', 'staffing_norm', 'norm_activity', 'ohd_request', 'doctor_allocation', 'gp_task'];

/** Every row of the norm area's tables and of the shared ones: equal before and after = nothing changed. */
async function fingerprint(db: Db): Promise<string> {
  const parts = [await dbFingerprint(db)];
  for (const t of NORM_TABLES) parts.push(JSON.stringify(await db.query(`SELECT to_jsonb(x) AS r FROM ${t} x ORDER BY id`)));
  return parts.join('\n');
}

// The small nursing home of buildSmallNorms: 20 long-term places (100 %), 6 short-term (90 %, 21-day stay), 0.6 FTE.
const LONG = (20 * 13.1) / 1050;
const SHORT = (6 * 0.9 * (1.5 + 3 / 3)) / 26.25;

describeOnBothDatabases('staffing norms', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  async function setup(): Promise<{ planner: Client; gpId: number; n: Awaited<ReturnType<typeof buildSmallNorms>>; k: Awaited<ReturnType<typeof makeKommune>> }> {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const reg = await buildSmallRegistry(planner, 'Norm');
    const n = await buildSmallNorms(planner, reg.doctorIds[0]!, 'Norm');
    return { planner, gpId: reg.doctorIds[0]!, n, k };
  }

  it('computes the gap from what was entered, with the formula, per year as places change', async () => {
    const { planner } = await setup();
    const res = await planner.get('/api/norms/gap?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as TGapResponse;
    const inst = r.institutions[0]!;
    expect(inst).toMatchObject({ name: 'Norm sykehjem', places: 26, fteInPost: 0.6 });
    expect(inst.requiredFte.longTerm).toBeCloseTo(LONG, 10);
    expect(inst.requiredFte.shortTerm).toBeCloseTo(SHORT, 10);
    expect(inst.gapFte).toBeCloseTo(LONG + SHORT - 0.6, 10);
    expect(inst.doctors).toEqual([{ id: expect.any(Number), name: 'Norm sykehjemslege', specialty: 'general_practice', inSpecialisation: false, fte: 0.6 }]);
    expect(r.norm).toMatchObject({ name: 'Norm norm', validFrom: '2020-09-01' });
    expect(r.formula!.shortTerm).toContain('3 t per opphold');
    expect(r.years.map((y) => [y.year, y.places])).toEqual([[2026, 26], [2027, 30], [2028, 30], [2029, 30], [2030, 30]]);
  });

  it('refuses bad input with a Norwegian message naming the field, and changes nothing', async () => {
    const { planner, n } = await setup();
    const before = await fingerprint(getDb());
    const cases: [string, unknown, string, string][] = [
      ['/api/registry/unit-places', { unitId: n.unitId, placeKind: 'respite', places: -2, occupancy: 0.9 }, 'places', 'Plasser: Kan ikke være negativt'],
      ['/api/registry/institution-units', { institutionId: n.institutionId, name: 'Ny post', avgStayDays: 0 }, 'avgStayDays', 'Gjennomsnittlig liggetid (døgn): Må være større enn 0 døgn'],
      ['/api/registry/unit-places', { unitId: n.unitId, placeKind: 'respite', places: 2, occupancy: 1.05 }, 'occupancy', 'Belegg: Belegget kan ikke være over 100 %'],
      [
        '/api/registry/norm-activities',
        { normId: n.normId, activity: 'Visitt', hours: 1, comment: '', reference: '', sortOrder: 1 },
        'unit',
        'Enhet: Velg hva timene gjelder per: uke i hel stilling, langtidspasient per år, korttidsopphold eller korttidspasient per uke',
      ],
      ['/api/registry/place-changes', { unitId: n.unitId, placeKind: 'long_term', change: 0, effectiveDate: '2030-01-01', note: '' }, 'change', 'Endring i plasser: En endring på 0 plasser endrer ingenting'],
      ['/api/registry/staffing-norms', { validFrom: '2030-01-01', name: 'X', source: '', weeklyHours: 37.5, nonClinicalShare: 1, workingWeeks: 40 }, 'nonClinicalShare', 'Ikke-klinisk andel: Høyst 95 % (noe av stillingen må være klinisk)'],
    ];
    for (const [url, body, path, message] of cases) {
      const res = await planner.post(url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields).toContainEqual({ path, message });
    }
    const put = await planner.put(`/api/registry/unit-places/${n.placeIds[0]}`, { unitId: n.unitId, placeKind: 'long_term', places: -1, occupancy: 1, version: 1 });
    expect(put.statusCode).toBe(400);
    expect(await fingerprint(getDb())).toBe(before);
  });

  it('keeps ØHD requests free of patient identity', async () => {
    const { planner } = await setup();
    const base = { requestDate: '2026-10-02', referrer: 'legevakt', criterionAcute: true, criterionHomeCare: true, criterionHomeSoon: false, criterionAsGood: true, criterionExamined: true };
    const before = await fingerprint(getDb());
    const withId = await planner.post('/api/registry/ohd-requests', { ...base, admitted: false, reason: 'Pasient 01017012345 for dårlig' });
    expect(withId.json().error.fields).toContainEqual({ path: 'reason', message: 'Begrunnelse: Skal ikke inneholde fødselsnummer eller andre pasientopplysninger' });
    const withName = await planner.post('/api/registry/ohd-requests', { ...base, admitted: false, reason: 'Utredes', patientName: 'Ola' });
    expect(withName.statusCode).toBe(400);
    const noReason = await planner.post('/api/registry/ohd-requests', { ...base, admitted: true, reason: '' });
    expect(noReason.json().error.fields).toContainEqual({ path: 'reason', message: 'Begrunnelse: Oppgi hvorfor pasienten ble lagt inn uten at alle fem kriterier var oppfylt' });
    expect(await fingerprint(getDb())).toBe(before);
    const ok = await planner.post('/api/registry/ohd-requests', { ...base, admitted: false, reason: 'Forventet lengre opphold' });
    expect(ok.statusCode, ok.body).toBe(201);
    const ohd = (await planner.get('/api/norms/ohd?fromDate=2026-01-01&toDate=2026-12-31')).json();
    expect(ohd).toMatchObject({ requests: 2, allCriteriaMet: 1, allCriteriaShare: 0.5, admitted: 0, refusedDespiteAllCriteria: 1 });
  });

  it('names the unit when the facts cannot be computed, and computes again once fixed', async () => {
    const { planner, n } = await setup();
    const unit = (await planner.get(`/api/registry/institution-units/${n.unitId}`)).json();
    const noStay = await planner.put(`/api/registry/institution-units/${n.unitId}`, { institutionId: unit.institutionId, name: unit.name, avgStayDays: null, version: unit.version });
    expect(noStay.statusCode).toBe(200);
    const gap = await planner.get('/api/norms/gap?year=2026');
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error).toMatchObject({ code: 'validation_failed', message: 'Avdeling «Norm post» ved Norm sykehjem har korttidsplasser, men mangler gjennomsnittlig liggetid.' });
    expect(gap.json().error.fields[0].path).toBe('avgStayDays');
    await planner.put(`/api/registry/institution-units/${n.unitId}`, { institutionId: unit.institutionId, name: unit.name, avgStayDays: 14, version: unit.version + 1 });
    expect((await planner.get('/api/norms/gap?year=2026')).statusCode).toBe(200);
    const early = await planner.get('/api/norms/gap?year=2019');
    expect(early.json().error.message).toMatch(/^Ingen bemanningsnorm gjelder per 2019-12-31/);
  });

  it('versions the norm with dates: a copy from a later date is edited and used from then on', async () => {
    const { planner, n } = await setup();
    const copy = await planner.post('/api/norms/versions', { validFrom: '2028-01-01', name: 'Egen norm 2028', copyOf: n.normId });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ norm: { validFrom: '2028-01-01', name: 'Egen norm 2028', weeklyHours: 37.5, nonClinicalShare: 0.3, workingWeeks: 40 }, activities: 21 });
    const newId = copy.json().norm.id;
    const activities = (await planner.get('/api/registry/norm-activities')).json().items as { id: number; normId: number; activity: string; version: number }[];
    const rounds = activities.find((a) => a.normId === newId && a.activity === 'Visitt-kontakt')!;
    const edit = { normId: newId, activity: 'Visitt-kontakt', hours: 4, unit: 'long_term_year', comment: 'Ukentlig visitt', reference: '', sortOrder: 150 };
    expect((await planner.put(`/api/registry/norm-activities/${rounds.id}`, { ...edit, version: rounds.version })).statusCode).toBe(200);
    const stale = await planner.put(`/api/registry/norm-activities/${rounds.id}`, { ...edit, hours: 5, version: rounds.version });
    expect(stale.statusCode).toBe(409);
    const r = (await planner.get('/api/norms/gap?year=2027')).json() as TGapResponse;
    expect(r.years.map((y) => y.normId)).toEqual([n.normId, newId, newId, newId, newId]);
    expect(r.years[1]!.requiredFte.longTerm).toBeCloseTo((24 * 15.1) / 1050, 10);
    const dup = await planner.post('/api/norms/versions', { validFrom: '2028-01-01', name: 'Igjen', copyOf: 'nfas-2020' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('Det finnes allerede en normversjon fra denne datoen');
    const audit = (await planner.get(`/api/audit?entity=norm-activities&entityId=${rounds.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(['update', 'create']);

    // Deleting a version takes its activity table with it; the last version stays.
    expect((await planner.delete(`/api/norms/versions/${newId}?version=2`)).statusCode).toBe(409);
    expect((await planner.delete(`/api/norms/versions/${newId}?version=1`)).json()).toEqual({ ok: true });
    expect(((await planner.get('/api/registry/norm-activities')).json().items as { normId: number }[]).some((x) => x.normId === newId)).toBe(false);
    const deleted = (await planner.get(`/api/audit?entity=norm-activities&entityId=${rounds.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(deleted).toEqual(['delete', 'update', 'create']);
    const last = await planner.delete(`/api/norms/versions/${n.normId}?version=1`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error).toMatchObject({ code: 'in_use', message: 'Kan ikke slettes: kommunen må ha minst én versjon av bemanningsnormen' });
  });

  it('what-if on length of stay: shorter stays need more short-term FTE; an override wins', async () => {
    const { planner, n } = await setup();
    const res = await planner.post('/api/norms/gap/what-if', { year: 2026, stayScale: 0.5, stays: [] });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json() as TGapWhatIfResponse;
    expect(w.change.requiredFte.longTerm).toBe(0);
    expect(w.change.requiredFte.shortTerm).toBeCloseTo((6 * 0.9 * (3 / 1.5 - 3 / 3)) / 26.25, 10);
    expect(w.change.staysPerYear).toBeCloseTo((5.4 * 365) / 10.5 - (5.4 * 365) / 21, 10);
    const over = (await planner.post('/api/norms/gap/what-if', { year: 2026, stays: [{ unitId: n.unitId, avgStayDays: 28 }] })).json() as TGapWhatIfResponse;
    expect(over.whatIf.institutions[0]!.requiredFte.shortTerm).toBeCloseTo((5.4 * 2.25) / 26.25, 10);
    const viaQuery = (await planner.get('/api/norms/gap?year=2026&stayScale=0.5')).json() as TGapResponse;
    expect(viaQuery.totals.requiredFte.total).toBeCloseTo(w.whatIf.totals.requiredFte.total, 10);
    const zero = await planner.post('/api/norms/gap/what-if', { stays: [{ unitId: n.unitId, avgStayDays: 0 }] });
    expect(zero.json().error.fields).toContainEqual({ path: 'stays.0.avgStayDays', message: 'Gjennomsnittlig liggetid (døgn): Må være større enn 0 døgn' });
  });

  it('hides who serves where from the doctor role, and lets only writers make versions', async () => {
    const { k } = await setup();
    const doctor = await login(app, k.users.doctor);
    const r = (await doctor.get('/api/norms/gap?year=2026')).json() as TGapResponse;
    expect(r.institutions[0]!.doctors).toEqual([]);
    expect(r.specialists.doctors).toBe(1);
    expect((await doctor.get('/api/registry/institution-doctors')).json().items).toEqual([]);
    expect((await doctor.get('/api/registry/institution-staffing')).json().items).toEqual([]);
    const reader = await login(app, k.users.readonly);
    expect((await reader.get('/api/norms/gap?year=2026')).statusCode).toBe(200);
    expect((await reader.post('/api/norms/versions', { validFrom: '2030-01-01', name: 'X', copyOf: 'nfas-2020' })).statusCode).toBe(403);
  });

  it('exports the gap as a PDF page and every computed table as .xlsx', async () => {
    const { planner } = await setup();
    const pdf = await planner.get('/api/norms/gap.pdf?year=2026');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Norm sykehjem');
    expect(text).toContain('Legedekning i sykehjem – gap mot bemanningsnorm 2026');
    const units = await planner.get('/api/norms/export.xlsx?table=gap-units&year=2026');
    expect(units.headers['content-type']).toContain('spreadsheetml');
    const cells = await xlsxCells(units.rawPayload);
    expect(cells[0]).toContain('Nødvendige årsverk');
    expect(cells.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([['Norm sykehjem', 'Norm post', 'Langtid'], ['Norm sykehjem', 'Norm post', 'Korttid']]);
    const tasks = await xlsxCells((await planner.get('/api/norms/export.xlsx?table=gp-tasks&date=2026-11-01')).rawPayload);
    expect(tasks.some((r) => r[0] === 'Norm lege 1 (syntetisk)' && r[2] === '4')).toBe(true);
    const bad = await planner.get('/api/norms/export.xlsx?table=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].message).toMatch(/^Tabell: Velg tabell/);
  });

  it('allocation against need, and GPs’ municipal tasks against the 7.5 h limit', async () => {
    const { planner, gpId } = await setup();
    const alloc = (await planner.get('/api/norms/allocation?date=2026-11-01')).json();
    expect(alloc.rows[0].need.fte).toBeCloseTo(LONG + SHORT, 10);
    expect(alloc.rows[0].gapFte).toBeCloseTo(LONG + SHORT - 0.6, 10);
    expect(alloc.byArea.find((a: { area: string }) => a.area === 'child_health').gpTaskFte).toBeCloseTo(4 / 37.5, 10);
    await planner.post('/api/registry/gp-tasks', { doctorId: gpId, area: 'legevakt', hoursPerWeek: 4, basis: 'obligation', fromDate: '2026-06-01', toDate: null, note: '' });
    const tasks = (await planner.get('/api/norms/gp-tasks?date=2026-11-01')).json();
    const gp = tasks.doctors.find((d: { id: number }) => d.id === gpId);
    expect(gp).toMatchObject({ obligationHours: 8, overLimit: true, overLimitHours: 0.5, listLength: 990, shortList: false });
    expect(tasks.totals).toMatchObject({ gps: 5, withTasks: 1, overLimit: 1 });
  });
});
