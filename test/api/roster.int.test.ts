import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TCheckResponse, TJob, TMyShift, TOpenShift, TRosterDetail, TSwap } from '../../src/contracts/roster/index.ts';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD, type Client } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { buildLegevakt } from '../helpers/roster-fixtures.ts';

/** Polls a job until it ends. */
async function finished(c: Client, jobId: number): Promise<TJob> {
  for (let i = 0; i < 200; i++) {
    const job = (await c.get(`/api/legevakt/jobs/${jobId}`)).json() as TJob;
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

describeOnBothDatabases('legevakt roster: generate, check, publish, live with it', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('generates in the background, checks edits live, publishes, opens shifts on absence and repairs them; feeds and swaps', { timeout: 90_000 }, async () => {
    const db = getDb();
    const k = await makeKommune(db);
    const planner = await login(app, k.users.planner);
    const admin = await login(app, k.users.admin);
    const reg = await buildSmallRegistry(admin, 'Vakt');
    const [ownDoctor] = await db.query<{ id: number }>(`SELECT doctor_id AS id FROM app_user WHERE username = $1`, [k.users.doctor]);
    const doctors = [ownDoctor!.id, ...reg.doctorIds];
    const away = reg.doctorIds[0]!;
    const lv = await buildLegevakt(admin, doctors, { away, awayDate: '2027-01-06' });

    // A bad period is refused by field, nothing stored.
    const before = await dbFingerprint(db);
    const bad = await planner.post('/api/legevakt/rosters', { name: 'Feil', start: '2027-02-30', days: 14, seconds: 1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('start');
    expect(await dbFingerprint(db)).toEqual(before);

    const gen = await planner.post('/api/legevakt/rosters', { name: 'Januar 2027', start: '2027-01-04', days: 14, seconds: 1, seed: 3 });
    expect(gen.statusCode, gen.body).toBe(202);
    const { roster, job } = gen.json() as { roster: { id: number }; job: TJob };
    expect(job.status).toBe('running');
    expect((await finished(planner, job.id)).status).toBe('done');
    let detail = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
    expect(detail.evaluation.hard, JSON.stringify(detail.evaluation.violations.filter((v) => v.level === 'hard'))).toBe(0);
    expect(detail.shifts.filter((s) => s.templateId === lv.templates.night)).toHaveLength(14);
    expect(detail.shifts.filter((s) => s.templateId === lv.templates.day)).toHaveLength(10);
    const notCompetent = doctors.at(-1)!;
    expect(detail.doctors.find((d) => d.id === notCompetent)).toMatchObject({ competent: false, missing: [expect.stringContaining('vold og overgrep')] });
    // Every alone shift of the doctor who is not competent has a backup that day.
    for (const s of detail.shifts.filter((x) => x.doctorId === notCompetent)) expect(detail.shifts.some((b) => b.date === s.date && b.templateId === lv.templates.backup)).toBe(true);
    expect(detail.load.reduce((sum, l) => sum + l.shifts, 0)).toBe(24);

    // A live check: the night of 6 January to the doctor who is away that day is refused with the reason.
    const night6 = detail.shifts.find((s) => s.date === '2027-01-06' && s.templateId === lv.templates.night)!;
    const change = { version: detail.roster.version, changes: [{ date: '2027-01-06', templateId: lv.templates.night, fromDoctorId: night6.doctorId, toDoctorId: away }] };
    const check = (await planner.post(`/api/legevakt/rosters/${roster.id}/check`, change)).json() as TCheckResponse;
    expect(check.allowed).toBe(false);
    expect(check.introduced.map((v) => v.rule)).toContain('unavailable');
    expect(check.introduced[0]!.message).toMatch(/06\.01\.2027/);
    const fp = await dbFingerprint(db);
    const refused = await planner.post(`/api/legevakt/rosters/${roster.id}/edit`, change);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^Endringen bryter en regel/);
    expect(await dbFingerprint(db)).toEqual(fp);
    // A stale version is a conflict.
    expect((await planner.post(`/api/legevakt/rosters/${roster.id}/publish`, { version: detail.roster.version + 5 })).statusCode).toBe(409);

    // A draft is the planners' own: the read-only role does not see it.
    const reader = await login(app, k.users.readonly);
    expect((await reader.get(`/api/legevakt/rosters/${roster.id}`)).statusCode).toBe(404);
    expect((await reader.get('/api/legevakt/rosters')).json().items).toEqual([]);

    // Publish; the doctor sees their shifts and subscribes to their calendar.
    detail = (await planner.post(`/api/legevakt/rosters/${roster.id}/publish`, { version: detail.roster.version })).json() as TRosterDetail;
    expect(detail.roster.status).toBe('published');
    expect((await reader.get('/api/legevakt/rosters')).json().items).toHaveLength(1);
    const xlsx = await reader.get(`/api/legevakt/rosters/${roster.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    for (const by of ['week', 'doctor']) {
      const pdf = await reader.get(`/api/legevakt/rosters/${roster.id}/export.pdf?by=${by}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await reader.get(`/api/legevakt/rosters/${roster.id}/export.pdf?by=month`)).statusCode).toBe(400);
    const me = await login(app, k.users.doctor);
    const mine = (await me.get('/api/legevakt/my/shifts')).json().items as TMyShift[];
    expect(mine.length).toBe(detail.shifts.filter((s) => s.doctorId === ownDoctor!.id).length);
    expect(mine.length).toBeGreaterThan(0);
    const feed = (await me.post('/api/legevakt/my/feed')).json() as { path: string; active: boolean };
    expect(feed.active).toBe(true);
    const ics = await app.inject({ method: 'GET', url: feed.path });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(mine.length);
    const night = mine.find((s) => s.kind === 'night');
    if (night) expect(ics.body).toContain(`DTSTART:${night.startsAt.replace(/[-:]/g, '').slice(0, 15)}Z`); // 23:00 in Oslo = 22:00 UTC in January
    await me.post('/api/legevakt/my/feed/revoke');
    expect((await app.inject({ method: 'GET', url: feed.path })).statusCode).toBe(404);

    // Swaps: the doctor offers a shift to all; a colleague who would break a rule is refused with the reason.
    const colleague = reg.doctorIds[1]!;
    const cuser = await admin.post('/api/users', { username: `kollega-${k.nr}`, displayName: 'Kollega', role: 'doctor', doctorId: colleague, password: TEST_PASSWORD });
    expect(cuser.statusCode, cuser.body).toBe(201);
    const col = await login(app, `kollega-${k.nr}`);
    const offer = await me.post('/api/legevakt/swaps', { shiftId: mine[0]!.id, toDoctorId: null, note: '' });
    expect(offer.statusCode, offer.body).toBe(201);
    const swap = offer.json() as TSwap;
    const accept = await col.post(`/api/legevakt/swaps/${swap.id}/accept`, { version: swap.version });
    if (accept.statusCode === 200) {
      const accepted = accept.json() as TSwap;
      expect(accepted.status).toBe('accepted');
      const approved = await planner.post(`/api/legevakt/swaps/${swap.id}/approve`, { version: accepted.version });
      if (approved.statusCode === 200) {
        expect((approved.json() as TSwap).status).toBe('approved');
        const after = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
        expect(after.shifts.find((s) => s.date === mine[0]!.date && s.templateId === mine[0]!.templateId)?.doctorId).toBe(colleague);
      } else expect(approved.json().error.message).toMatch(/^Byttet avvises/);
    } else {
      expect(accept.statusCode).toBe(400);
      expect(accept.json().error.message).toMatch(/^Byttet avvises/);
    }

    // An absence after publication opens the doctor's shifts; the repair fills them and changes nothing else.
    detail = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
    const victim = detail.shifts.find((s) => s.doctorId !== null && s.templateId === lv.templates.night && s.date >= '2027-01-10')!;
    const abs = await planner.post(`/api/legevakt/rosters/${roster.id}/absences`, { version: detail.roster.version, doctorId: victim.doctorId, from: victim.date, to: victim.date, note: 'Syk' });
    expect(abs.statusCode, abs.body).toBe(200);
    detail = abs.json() as TRosterDetail;
    expect(detail.roster.openShifts).toBeGreaterThanOrEqual(1);
    expect(detail.shifts.find((s) => s.id === victim.id)?.doctorId).toBeNull();
    const open = (await me.get('/api/legevakt/open-shifts')).json().items as TOpenShift[];
    expect(open.map((o) => o.shift.id)).toContain(victim.id);
    const untouched = detail.shifts.filter((s) => s.date !== victim.date);
    const repair = await planner.post(`/api/legevakt/rosters/${roster.id}/repair`, { version: detail.roster.version, seconds: 1 });
    expect(repair.statusCode, repair.body).toBe(202);
    expect((await finished(planner, (repair.json() as { job: TJob }).job.id)).status).toBe('done');
    detail = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
    expect(detail.roster.openShifts).toBe(0);
    expect(detail.evaluation.hard).toBe(0);
    expect(detail.shifts.filter((s) => s.date !== victim.date)).toEqual(untouched);
    expect(detail.shifts.find((s) => s.date === victim.date && s.templateId === lv.templates.night)?.doctorId).not.toBe(victim.doctorId);
  });

  it('refuses a plan no roster can satisfy, naming the shifts and why, and stores nothing', async () => {
    const db = getDb();
    const k = await makeKommune(db);
    const admin = await login(app, k.users.admin);
    const reg = await buildSmallRegistry(admin, 'Tom');
    await buildLegevakt(admin, [reg.doctorIds[0]!], { away: reg.doctorIds[0]!, awayDate: '2027-03-02' });
    const before = await dbFingerprint(db);
    const res = await admin.post('/api/legevakt/rosters', { name: 'Mars', start: '2027-03-01', days: 7, seconds: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Planen kan ikke dekkes: .*natt tir\. 02\.03\.2027 trenger 1 lege\(r\), men bare 0 kan ta den \(1 utilgjengelige/);
    expect(await dbFingerprint(db)).toEqual(before);
  });
});
