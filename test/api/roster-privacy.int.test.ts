import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { TFeedResponse, TRosterDetail } from '../../src/contracts/roster/index.ts';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { pdfText } from '../helpers/norms-fixtures.ts';
import { buildSmallRosterApp, type SmallRosterApp } from '../helpers/roster-fixtures.ts';

type Role = 'admin' | 'planner' | 'doctor' | 'readonly';
const ROLES: Role[] = ['admin', 'planner', 'doctor', 'readonly'];

/** Facts of one doctor that only the office (and the doctor) may read: as stored, and as a document prints them. */
const SECRET = {
  decidedBy: 'Hemmelig fritaksnemnd',
  decidedOn: '2026-10-03',
  authorised: '1999-02-17',
  course: '2013-09-14',
  wish: '2027-01-09',
  limits: { maxPerWeek: 4, maxPerMonth: 9 },
};
const SECRET_TEXTS = [SECRET.decidedBy, SECRET.decidedOn, '03.10.2026', SECRET.authorised, '17.02.1999', SECRET.course, '14.09.2013'];
/** Keys under which a plan or a detail carries a doctor's personal facts; another doctor's entry must not have them. */
const PERSONAL_KEYS = ['competence', 'unavailable', 'wishes', 'exemptions', 'history', 'maxPerWeek', 'maxPerMonth', 'share', 'fairLoad', 'competent', 'missing', 'role'];

/** What in a JSON answer shows another doctor's personal facts (the doctor `other`, by id as number or text). */
function jsonLeaks(value: unknown, other: number): string[] {
  const out: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const about = [o.id, o.doctorId].some((id) => id !== undefined && Number(id) === other);
    if (about && (o.name !== undefined || o.doctorId !== undefined)) {
      for (const k of PERSONAL_KEYS) if (o[k] !== undefined && o[k] !== null) out.push(`${path}.${k}`);
    }
    if (Array.isArray(o.doctorIds) && o.doctorIds.includes(other)) out.push(`${path}.doctorIds (a violation of the other doctor: ${String(o.message)})`);
    for (const [k, x] of Object.entries(o)) visit(x, `${path}.${k}`);
  };
  visit(value, '');
  return out;
}

/** Every cell of a workbook as text, sheet by sheet. */
async function xlsxText(payload: Buffer): Promise<{ text: string; sheets: Map<string, string[][]> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((c) => (c instanceof Date ? c.toISOString() : String(c ?? '')))));
    sheets.set(ws.name, rows);
  }
  return { text: [...sheets.values()].flat(2).join('\n'), sheets };
}

describeOnBothDatabases('legevakt privacy: what each role reads of a roster', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('a doctor reads their own facts and only the names and shifts of the others, on every route that shows a roster', { timeout: 120_000 }, async () => {
    const db = getDb();
    const k = await makeKommune(db);
    const admin = await login(app, k.users.admin);
    const planner = await login(app, k.users.planner);
    const clients: Record<Role, Client> = { admin, planner, doctor: await login(app, k.users.doctor), readonly: await login(app, k.users.readonly) };
    const reg = await buildSmallRegistry(admin, 'Personvern');
    const [me] = await db.query<{ id: number }>(`SELECT doctor_id AS id FROM app_user WHERE username = $1`, [k.users.doctor]);
    const secret = await admin.post('/api/registry/doctors', {
      name: 'Personvern kollega (syntetisk)',
      birthYear: 1971,
      sex: 'F',
      specialistGp: true,
      specialistSince: '2010-06-01',
      authorisedDate: SECRET.authorised,
      inSpecialisation: false,
    });
    expect(secret.statusCode, secret.body).toBe(201);
    const other = (secret.json() as { id: number }).id;
    const fact = async (entity: string, body: object) => {
      const res = await admin.post(`/api/registry/${entity}`, body);
      expect(res.statusCode, res.body).toBe(201);
    };
    await fact('legevakt-exemptions', { doctorId: other, kind: 'backup', reason: 'health', decidedBy: SECRET.decidedBy, decidedOn: SECRET.decidedOn, validFrom: '2026-12-01', validTo: null });
    await fact('legevakt-wishes', { doctorId: other, wishDate: SECRET.wish, kind: 'avoid', templateId: null });
    await fact('doctor-courses', { doctorId: other, course: 'acute_medicine', title: 'Akuttmedisin', dueDate: null, completedDate: SECRET.course });
    await fact('legevakt-exemptions', { doctorId: me!.id, kind: 'backup', reason: 'social', decidedBy: 'Egen fritaksnemnd', decidedOn: '2026-10-04', validFrom: '2026-12-01', validTo: null });
    // The other doctor is the last: without the violence/abuse course, so not competent alone (a fact of theirs too).
    const a: SmallRosterApp = await buildSmallRosterApp(planner, clients.doctor, [me!.id, ...reg.doctorIds, other], 'Personvern', { [other]: SECRET.limits });
    const feed = (await clients.doctor.post('/api/legevakt/my/feed')).json() as TFeedResponse;

    const r = `/api/legevakt/rosters/${a.rosterId}`;
    /** The documents of every route that shows a roster, per role; each is checked below. */
    const reads: Record<string, string[]> = {
      'GET /api/legevakt/rosters': ['/api/legevakt/rosters'],
      'GET /api/legevakt/rosters/:id': [r],
      'GET /api/legevakt/rosters/:id/export.xlsx': [`${r}/export.xlsx`],
      'GET /api/legevakt/rosters/:id/export.pdf': [`${r}/export.pdf?by=week`, `${r}/export.pdf?by=doctor`],
      'GET /api/legevakt/rosters/:id/plan.json': [`${r}/plan.json`],
      'GET /api/legevakt/rosters/:id/candidates': [`${r}/candidates?date=2027-01-05&templateId=${a.templates.night}`],
      'GET /api/legevakt/jobs/:id': [`/api/legevakt/jobs/${a.jobId}`],
      'GET /api/legevakt/my/shifts': ['/api/legevakt/my/shifts'],
      'GET /api/legevakt/my/feed': ['/api/legevakt/my/feed'],
      'GET /api/legevakt/feed/:file': [feed.path!],
      'GET /api/legevakt/open-shifts': ['/api/legevakt/open-shifts'],
      'GET /api/legevakt/swaps': ['/api/legevakt/swaps'],
    };
    /** Routes that change a roster or act for the office: neither a doctor nor a reader may use them. */
    const officeWrites = new Set([
      'POST /api/legevakt/rosters',
      'DELETE /api/legevakt/rosters/:id',
      'POST /api/legevakt/rosters/:id/check',
      'POST /api/legevakt/rosters/:id/edit',
      'POST /api/legevakt/rosters/:id/solve',
      'POST /api/legevakt/rosters/:id/publish',
      'POST /api/legevakt/rosters/:id/absences',
      'POST /api/legevakt/rosters/:id/repair',
      'POST /api/legevakt/jobs/:id/cancel',
      'POST /api/legevakt/swaps/:id/approve',
    ]);
    /** A doctor's own actions, with a body: their answers are checked like the documents. */
    const doctorActions: Record<string, { url: string; body?: object }> = {
      'POST /api/legevakt/my/feed': { url: '/api/legevakt/my/feed' },
      'POST /api/legevakt/my/feed/revoke': { url: '/api/legevakt/my/feed/revoke' },
      'POST /api/legevakt/open-shifts/:id/take': { url: `/api/legevakt/open-shifts/${a.openShiftId}/take` },
      'POST /api/legevakt/swaps': { url: '/api/legevakt/swaps', body: { shiftId: a.shiftId, toDoctorId: null, note: '' } },
      'POST /api/legevakt/swaps/:id/accept': { url: `/api/legevakt/swaps/${a.swapId}/accept`, body: { version: 1 } },
      'POST /api/legevakt/swaps/:id/refuse': { url: `/api/legevakt/swaps/${a.swapId}/refuse`, body: { version: 1 } },
      'POST /api/legevakt/swaps/:id/withdraw': { url: `/api/legevakt/swaps/${a.swapId}/withdraw`, body: { version: 99 } },
    };
    const routes = app.routeTable.filter((x) => x.url.startsWith('/api/legevakt/')).map((x) => `${x.method} ${x.url}`);
    expect(routes.filter((x) => !(x in reads) && !officeWrites.has(x) && !(x in doctorActions)), 'legevakt routes without a privacy case: add one here').toEqual([]);

    const leaks: string[] = [];
    /** What the answer shows of the other doctor's facts (text markers, and their entries in JSON). */
    const leaksOf = async (url: string, res: { statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown> }) => {
      const type = String(res.headers['content-type'] ?? '');
      const text = url.includes('.xlsx') && res.statusCode === 200 ? (await xlsxText(res.rawPayload)).text : url.includes('.pdf') && res.statusCode === 200 ? pdfText(res.rawPayload) : res.body;
      const found = SECRET_TEXTS.filter((t) => text.includes(t)).map((t) => `shows "${t}"`);
      if (type.includes('json')) found.push(...jsonLeaks(JSON.parse(res.body), other), ...(res.body.includes('"health"') ? ['shows the exemption reason'] : []));
      return found;
    };

    for (const role of ROLES) {
      const c = clients[role];
      for (const [route, urls] of Object.entries(reads)) {
        for (const url of urls) {
          const res = await c.get(url);
          expect(res.statusCode, `${role} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (role === 'doctor') for (const l of await leaksOf(url, res)) leaks.push(`${route} (${url}): ${l}`);
        }
      }
      if (role === 'doctor' || role === 'readonly') {
        for (const route of officeWrites) {
          const [method, path] = route.split(' ') as [string, string];
          const url = path.replace(':id', String(path.includes('/jobs/') ? a.jobId : path.includes('/swaps/') ? a.swapId : a.rosterId));
          const res = await c.request({ method: method as 'POST' | 'DELETE', url: method === 'DELETE' ? `${url}?version=1` : url, payload: method === 'POST' ? { version: 1 } : undefined });
          expect(res.statusCode, `${role} ${route}`).toBe(403);
        }
      }
    }
    for (const [route, { url, body }] of Object.entries(doctorActions)) {
      const res = await clients.doctor.post(url, body);
      expect(res.statusCode, `${route}: ${res.body}`).toBeLessThan(500);
      for (const l of await leaksOf(url, res)) leaks.push(`${route}: ${l}`);
    }
    expect(leaks, 'another doctor’s exemption, wishes, courses, authorisation and limits reach the doctor role').toEqual([]);

    // The facts are in the roster, so the checks above can fail: the office reads them whole …
    for (const role of ['admin', 'planner', 'readonly'] as const) {
      const plan = await clients[role].get(`${r}/plan.json`);
      expect(await leaksOf(`${r}/plan.json`, plan), role).toEqual(expect.arrayContaining(['shows "Hemmelig fritaksnemnd"', 'shows "1999-02-17"', 'shows "2013-09-14"', 'shows the exemption reason']));
      const entry = (plan.json() as { doctors: { id: string; maxPerWeek?: number; wishes: { date: string }[] }[] }).doctors.find((d) => Number(d.id) === other)!;
      expect(entry).toMatchObject({ maxPerWeek: SECRET.limits.maxPerWeek, wishes: [{ date: SECRET.wish }] });
      const detail = (await clients[role].get(r)).json() as TRosterDetail;
      expect(detail.doctors.find((d) => d.id === other)).toMatchObject({ competent: false, share: 1 });
      expect(detail.load.map((l) => l.doctorId)).toContain(other);
    }
    // … and the doctor reads their own facts, and every colleague's name and shifts.
    const mine = (await clients.doctor.get(`${r}/plan.json`)).json() as { doctors: { id: string; name: string; exemptions?: { decidedBy: string }[] }[] };
    expect(mine.doctors.find((d) => Number(d.id) === me!.id)?.exemptions).toEqual([expect.objectContaining({ decidedBy: 'Egen fritaksnemnd' })]);
    expect(mine.doctors.find((d) => Number(d.id) === other)).toEqual({ id: String(other), name: 'Personvern kollega (syntetisk)' });
    const detail = (await clients.doctor.get(r)).json() as TRosterDetail;
    const office = (await planner.get(r)).json() as TRosterDetail;
    expect(detail.shifts).toEqual(office.shifts);
    expect(detail.doctors.map((d) => d.name)).toEqual(office.doctors.map((d) => d.name));
    expect(detail.doctors.find((d) => d.id === me!.id)).toMatchObject({ share: 1, competent: true });
    expect(detail.load.map((l) => l.doctorId)).toEqual([me!.id]);
    // The payroll sheet: the doctor's own hours (and the open shifts), not the colleagues'.
    const { sheets } = await xlsxText((await clients.doctor.get(`${r}/export.xlsx`)).rawPayload);
    const payrollNames = new Set(sheets.get('Lønn')!.slice(1).map((row) => row[1]));
    expect([...payrollNames].filter((n) => n !== detail.doctors.find((d) => d.id === me!.id)!.name && !/ikke utbetalt/.test(n!))).toEqual([]);
    expect(payrollNames.size).toBeGreaterThan(0);
  });
});
