import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { buildSmallRegistry, type SmallRegistry } from '../helpers/fixtures.ts';
import { buildSmallProjection, projectionSnapshot, ssbCsvFor, type SmallProjection } from './projection-fixtures.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ssb/${name}`, import.meta.url)).toString('base64');
const sheet = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
};

describeOnBothDatabases('capacity and projection API', (getDb) => {
  let app: FastifyInstance;
  let k: Awaited<ReturnType<typeof makeKommune>>;
  let planner: Client;
  let reg: SmallRegistry;
  let proj: SmallProjection;
  beforeAll(async () => {
    app = await testApp(getDb());
    k = await makeKommune(getDb());
    planner = await login(app, k.users.planner);
    reg = await buildSmallRegistry(planner, 'Proj');
    proj = await buildSmallProjection(planner, reg, k, 'Proj');
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('imports an SSB CSV: stored by number, sex, age, year and alternative, audited, listed', async () => {
    const list = (await planner.get('/api/projection/population')).json();
    expect(list.imports).toHaveLength(1);
    expect(list.imports[0]).toMatchObject({ id: proj.importId, format: 'csv', kind: 'projection', tableId: '14288', rowCount: 2 * 2 * 15 * 3, mapped: [] });
    expect(list.series.map((s: { code: string }) => s.code)).toEqual(['HHMH', 'LLML', 'MMMM']);
    const audit = await getDb().query<{ action: string }>(`SELECT action FROM audit_log WHERE kommune_id = $1 AND entity = 'population-imports'`, [k.id]);
    expect(audit.map((a) => a.action)).toEqual(['import']);
  });

  it('a newer projection round replaces a series as a whole; a preview stores nothing', async () => {
    const before = await projectionSnapshot(getDb(), k.id);
    const preview = await planner.post('/api/projection/population/preview', { fileName: 'ny.csv', contentBase64: ssbCsvFor(k.nr, 'Proj', [2027, 2028], 6000) });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ id: null, rowCount: 2 * 2 * 2 * 3 });
    expect(await projectionSnapshot(getDb(), k.id)).toBe(before);
  });

  it('invalid files get a Norwegian message naming what is wrong, and nothing is stored', async () => {
    const before = await projectionSnapshot(getDb(), k.id);
    const cases: [string, RegExp][] = [
      ['ugyldig-format.txt', /verken JSON-stat 2 eller SSBs CSV-format/],
      ['ugyldig-ikke-json-stat.json', /ikke et JSON-stat 2-datasett/],
      ['ugyldig-mangler-kjonn.json', /mangler dimensjonen kjønn/],
      ['ugyldig-negativt-tall.csv', /Negativt tall \(-5\)/],
      ['ugyldig-ukjent-kommune.csv', /Ukjent kommunenummer 3999 Nordpolen/],
    ];
    for (const [name, message] of cases) {
      const res = await planner.post('/api/projection/population/import', { fileName: name, contentBase64: fixture(name) });
      expect(res.statusCode, name).toBe(400);
      const err = res.json().error;
      expect(err.code).toBe('validation_failed');
      expect(err.message).toMatch(message);
      expect(err.fields[0].path).toBe('file');
    }
    const notBase64 = await planner.post('/api/projection/population/import', { fileName: 'x.csv', contentBase64: '%%%' });
    expect(notBase64.json().error.fields[0].message).toBe('Filinnhold: Filinnholdet må være base64-kodet');
    expect(await projectionSnapshot(getDb(), k.id)).toBe(before);
  });

  it('a saved scenario computes year by year to the horizon, with a reproducible Monte Carlo', async () => {
    const res = await planner.get(`/api/projection/scenarios/${proj.scenarioId}/result?runs=300&seed=7`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.projection.baseMonth).toBe('2026-11-01');
    expect(body.projection.years.map((y: { year: number }) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(body.monteCarlo.runs).toBe(300);
    const again = (await planner.get(`/api/projection/scenarios/${proj.scenarioId}/result?runs=300&seed=7`)).json();
    expect(again.monteCarlo).toEqual(body.monteCarlo);
    const none = (await planner.get(`/api/projection/scenarios/${proj.scenarioId}/result?runs=0`)).json();
    expect(none.monteCarlo).toBeNull();
  });

  it('a horizon past the projection table is a clear error naming the table’s last year', async () => {
    const { defaults } = (await planner.get('/api/projection/facts')).json();
    const res = await planner.post('/api/projection/run', { assumptions: { ...defaults, horizonYears: 15 }, monteCarlo: null });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toBe(
      'Befolkningsframskrivingen MMMM (SSB 14288, Proj.csv) går til 2040, men en horisont på 15 år fra 2026 krever 2041. Velg en horisont på høyst 14 år, eller last inn en nyere framskriving.',
    );
    expect(err.fields).toEqual([{ path: 'horizonYears', message: `Horisont (år): ${err.message}` }]);
    const ok = await planner.post('/api/projection/run', { assumptions: { ...defaults, horizonYears: 14 }, monteCarlo: { runs: 100, seed: 1 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().monteCarlo.years).toHaveLength(15);
  });

  it('scenarios: duplicate names, stale versions (409), delete, and the audit trail', async () => {
    const { defaults } = (await planner.get('/api/projection/facts')).json();
    const created = await planner.post('/api/projection/scenarios', { name: 'Snitt 900', description: '', assumptions: { ...defaults, lists: { ...defaults.lists, existing: 'planned', plannedAverageList: 900 } } });
    expect(created.statusCode).toBe(201);
    const s = created.json();
    const dup = await planner.post('/api/projection/scenarios', { name: 'Snitt 900', description: '', assumptions: defaults });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields[0]).toEqual({ path: 'name', message: 'Det finnes allerede et scenario med dette navnet' });
    const fields = { name: s.name, description: s.description, assumptions: s.assumptions, version: s.version };
    const updated = await planner.put(`/api/projection/scenarios/${s.id}`, { ...fields, description: 'endret' });
    expect(updated.json().version).toBe(2);
    const stale = await planner.put(`/api/projection/scenarios/${s.id}`, { ...fields, description: 'gammel' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.description).toBe('endret');
    const bad = await planner.post('/api/projection/scenarios', { name: 'Feil', description: '', assumptions: { ...defaults, retirementAge: 120 } });
    expect(bad.json().error.fields).toEqual([{ path: 'assumptions.retirementAge', message: 'Pensjonsalder: Høyst 80' }]);
    expect((await planner.delete(`/api/projection/scenarios/${s.id}?version=2`)).statusCode).toBe(200);
    const audit = await getDb().query<{ action: string }>(`SELECT action FROM audit_log WHERE kommune_id = $1 AND entity = 'projection-scenarios' AND entity_id = $2 ORDER BY id`, [k.id, s.id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('compares scenarios side by side and exports every table to Excel and the page to PDF', async () => {
    const { defaults } = (await planner.get('/api/projection/facts')).json();
    const other = (await planner.post('/api/projection/scenarios', { name: 'Snitt 1 000', description: '', assumptions: { ...defaults, lists: { ...defaults.lists, existing: 'planned', plannedAverageList: 1000 } } })).json();
    const cmp = (await planner.get(`/api/projection/compare?ids=${proj.scenarioId},${other.id}`)).json();
    expect(cmp.scenarios.map((s: { name: string }) => s.name)).toEqual(['Proj scenario', 'Snitt 1 000']);
    expect(cmp.years[0].scenarios).toHaveLength(2);
    const workbooks = {
      [`/api/projection/scenarios/${proj.scenarioId}/export.xlsx?runs=100`]: ['Forutsetninger', 'År for år', 'Usikkerhet (100 trekninger)'],
      [`/api/projection/compare/export.xlsx?ids=${proj.scenarioId},${other.id}`]: ['Sammenligning'],
      '/api/projection/scenarios/export.xlsx': ['Sammenligning'],
      '/api/capacity/timeline/export.xlsx': ['Totalt', 'Per legekontor'],
      '/api/capacity/postings/export.xlsx': ['Utlysninger'],
      '/api/projection/population/export.xlsx': ['Befolkning'],
    };
    for (const [url, names] of Object.entries(workbooks)) {
      const res = await planner.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect((await sheet(res.rawPayload)).worksheets.map((w) => w.name), url).toEqual(names);
    }
    const years = (await sheet((await planner.get(`/api/projection/scenarios/${proj.scenarioId}/export.xlsx?runs=0`)).rawPayload)).getWorksheet('År for år')!;
    expect(years.getRow(1).getCell(1).value).toBe('År');
    expect(years.getColumn(9).numFmt).toBe('#,##0.0');
    const pdf = await planner.get(`/api/projection/scenarios/${proj.scenarioId}/report.pdf?runs=200`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('capacity over time per office and in total; a posting without applicants is an Oversikt alert', async () => {
    const timeline = (await planner.get('/api/capacity/timeline')).json();
    expect(timeline.offices).toEqual([{ id: reg.officeId, name: 'Proj legesenter' }]);
    expect(timeline.months.map((m: { month: string }) => m.month)).toEqual(['2026-10-01', '2026-11-01']);
    expect(timeline.months[1].offices[0].figures.openPlaces).toBe(timeline.months[1].total.openPlaces);
    // T-01 loses its GP; its posting (deadline passed, 0 applicants) then trips the alert.
    const { id, ...link } = (await planner.get(`/api/registry/assignments/${reg.assignmentIds[0]}`)).json();
    expect((await planner.put(`/api/registry/assignments/${id}`, { ...link, toDate: '2026-06-30' })).statusCode).toBe(200);
    const alerts = (await planner.get('/api/overview')).json().alerts as { kind: string; positionId?: number }[];
    expect(alerts.filter((a) => a.kind === 'posting-without-applicants').map((a) => a.positionId)).toEqual([reg.positionIds[0]]);
    expect(alerts.find((a) => a.kind === 'list-without-gp')).toMatchObject({ positionId: reg.positionIds[0], since: '2026-07-01' });
  });

  it('roles: a reader sees results but cannot write; a doctor does not get the inputs (birth years)', async () => {
    const reader = await login(app, k.users.readonly);
    expect((await reader.get(`/api/projection/scenarios/${proj.scenarioId}/result?runs=0`)).statusCode).toBe(200);
    expect((await reader.post('/api/projection/scenarios', { name: 'x', description: '', assumptions: {} })).statusCode).toBe(403);
    expect((await reader.post('/api/projection/population/import', { fileName: 'a.csv', contentBase64: 'YQ==' })).statusCode).toBe(403);
    const doctor = await login(app, k.users.doctor);
    expect((await doctor.get('/api/projection/facts')).statusCode).toBe(403);
    expect((await doctor.get(`/api/projection/scenarios/${proj.scenarioId}/result?runs=0`)).statusCode).toBe(200);
  });

  it('deleting an import removes its rows (409 on a stale version)', async () => {
    const k2 = await makeKommune(getDb());
    const p2 = await login(app, k2.users.planner);
    const imp = (await p2.post('/api/projection/population/import', { fileName: 'b.csv', contentBase64: ssbCsvFor(k2.nr, 'B', [2026, 2027]) })).json();
    expect((await p2.delete(`/api/projection/population/imports/${imp.id}?version=9`)).statusCode).toBe(409);
    expect((await p2.delete(`/api/projection/population/imports/${imp.id}?version=1`)).statusCode).toBe(200);
    expect(await projectionSnapshot(getDb(), k2.id)).toBe('population_import:[]\npopulation:[]\nprojection_scenario:[]\nposition_posting:[]');
  });
});
