import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TCandidate, TCheckResponse, TJob, TMyShift, TOpenShift, TRosterDetail, TSwap } from '../../src/contracts/roster/index.ts';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { buildLegevakt, finishedJob } from '../helpers/roster-fixtures.ts';

const finished = finishedJob;

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
    // Who could take it instead: the doctor who is away is listed as refused, with the reason.
    const cands = (await planner.get(`/api/legevakt/rosters/${roster.id}/candidates?date=2027-01-06&templateId=${lv.templates.night}&fromDoctorId=${night6.doctorId}`)).json().items as TCandidate[];
    expect(cands.find((c) => c.doctorId === away)).toMatchObject({ allowed: false, reasons: expect.arrayContaining([expect.stringMatching(/ikke tilgjengelig ons\. 06\.01\.2027/)]) });
    expect(cands.filter((c) => !c.allowed).every((c) => c.reasons.length > 0)).toBe(true);
    expect(cands.findIndex((c) => !c.allowed)).toBeGreaterThan(cands.findLastIndex((c) => c.allowed));
    expect((await planner.get(`/api/legevakt/rosters/${roster.id}/candidates?date=2027-01-06&templateId=${lv.templates.night}&fromDoctorId=${away}`)).statusCode).toBe(400);
    expect((await (await login(app, k.users.doctor)).get(`/api/legevakt/rosters/${roster.id}/candidates?date=2027-01-06&templateId=${lv.templates.night}`)).statusCode).toBe(403);
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
    // The next period counts what each doctor did in this one: fairness over years, and shifts towards competence.
    const next = (await planner.post('/api/legevakt/rosters', { name: 'Februar 2027', start: '2027-02-01', days: 7, seconds: 1 })).json() as { roster: { id: number }; job: TJob };
    await finished(planner, next.job.id);
    const nextPlan = (await planner.get(`/api/legevakt/rosters/${next.roster.id}/plan.json`)).json() as { doctors: { id: string; history: { load: number; nights: number }; competence: { legevaktShifts: number } }[] };
    for (const d of nextPlan.doctors) {
      const held = detail.shifts.filter((s) => s.doctorId === Number(d.id));
      const alone = held.filter((s) => s.templateId !== lv.templates.backup).length;
      expect(d.history.load).toBe(held.length); // every template of this legevakt weighs 1
      expect(d.history.nights).toBe(held.filter((s) => s.templateId === lv.templates.night).length);
      expect(d.competence.legevaktShifts).toBe(50 + alone);
    }
    expect((await planner.delete(`/api/legevakt/rosters/${next.roster.id}?version=2`)).statusCode).toBe(204);
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
    const plan = (await reader.get(`/api/legevakt/rosters/${roster.id}/plan.json`)).json() as { start: string; doctors: { id: string }[] };
    expect(plan.start).toBe('2027-01-04');
    expect(plan.doctors.map((d) => Number(d.id)).sort()).toEqual([...doctors].sort());
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

    // Swaps: the doctor offers a shift to all; a colleague free around that day accepts and the coordinator approves.
    const newUser = async (doctorId: number, name: string) => {
      const res = await admin.post('/api/users', { username: `${name}-${k.nr}`, displayName: name, role: 'doctor', doctorId, password: TEST_PASSWORD });
      expect(res.statusCode, res.body).toBe(201);
      return login(app, `${name}-${k.nr}`);
    };
    // Who may take which of my shifts: the roster's own answer (candidates), so the test does not depend on the solver's choices.
    const candidatesOf = async (m: TMyShift) =>
      (await planner.get(`/api/legevakt/rosters/${roster.id}/candidates?date=${m.date}&templateId=${m.templateId}&fromDoctorId=${ownDoctor!.id}`)).json().items as TCandidate[];
    let given: TMyShift | undefined;
    let colleague = 0;
    let alone: TMyShift | undefined;
    for (const m of mine) {
      const cands = await candidatesOf(m);
      const ok = cands.find((c) => c.allowed && c.doctorId !== notCompetent);
      if (!given && ok) [given, colleague] = [m, ok.doctorId];
      else if (!alone && cands.some((c) => c.doctorId === notCompetent && !c.allowed && c.reasons.some((r) => /bakvakt/i.test(r)))) alone = m;
    }
    expect(given, 'a shift of mine a competent colleague may take').toBeDefined();
    expect(alone, 'a shift of mine the doctor who is not competent may not take for want of a backup').toBeDefined();
    const col = await newUser(colleague, 'kollega');
    const offer = await me.post('/api/legevakt/swaps', { shiftId: given!.id, toDoctorId: null, note: 'Bryllup' });
    expect(offer.statusCode, offer.body).toBe(201);
    const swap = offer.json() as TSwap;
    expect((await col.get('/api/legevakt/swaps')).json().items.map((x: TSwap) => x.id)).toContain(swap.id);
    expect((await me.post(`/api/legevakt/swaps/${swap.id}/approve`, { version: swap.version })).statusCode).toBe(403);
    const accepted = await col.post(`/api/legevakt/swaps/${swap.id}/accept`, { version: swap.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as TSwap).status).toBe('accepted');
    const approved = await planner.post(`/api/legevakt/swaps/${swap.id}/approve`, { version: (accepted.json() as TSwap).version });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as TSwap).status).toBe('approved');
    detail = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
    expect(detail.shifts.find((s) => s.date === given!.date && s.templateId === given!.templateId)?.doctorId).toBe(colleague);
    expect(detail.evaluation.hard).toBe(0);
    // A colleague not competent to work alone cannot take an alone shift on a day without a backup: refused with the reason.
    const novice = await newUser(notCompetent, 'novise');
    const offer2 = (await me.post('/api/legevakt/swaps', { shiftId: alone!.id, toDoctorId: notCompetent, note: '' })).json() as TSwap;
    const fp2 = await dbFingerprint(db);
    const refusedSwap = await novice.post(`/api/legevakt/swaps/${offer2.id}/accept`, { version: offer2.version });
    expect(refusedSwap.statusCode).toBe(400);
    expect(refusedSwap.json().error.message).toMatch(/^Byttet avvises: .*bakvakt/i);
    expect(await dbFingerprint(db)).toEqual(fp2);
    expect((await col.post(`/api/legevakt/swaps/${offer2.id}/accept`, { version: offer2.version })).statusCode).toBe(403);
    expect(((await me.post(`/api/legevakt/swaps/${offer2.id}/withdraw`, { version: offer2.version })).json() as TSwap).status).toBe('withdrawn');

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

  it('cancels a running job (the best roster so far is kept), re-solves part of the period with the rest pinned, and refuses a stale edit', { timeout: 90_000 }, async () => {
    const db = getDb();
    const k = await makeKommune(db);
    const admin = await login(app, k.users.admin);
    const planner = await login(app, k.users.planner);
    const reg = await buildSmallRegistry(admin, 'Del');
    const [ownDoctor] = await db.query<{ id: number }>(`SELECT doctor_id AS id FROM app_user WHERE username = $1`, [k.users.doctor]);
    const lv = await buildLegevakt(admin, [ownDoctor!.id, ...reg.doctorIds], { marker: 'Del' });
    const gen = (await planner.post('/api/legevakt/rosters', { name: 'Lang', start: '2027-02-01', days: 28, seconds: 300, seed: 9 })).json() as { roster: { id: number }; job: TJob };
    // While the job runs, the roster cannot be changed (its result would overwrite the change).
    const busy = await planner.post(`/api/legevakt/rosters/${gen.roster.id}/publish`, { version: 1 });
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.message).toMatch(/blir beregnet nå/);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await planner.post(`/api/legevakt/jobs/${gen.job.id}/cancel`)).statusCode).toBe(200);
    const cancelled = await finished(planner, gen.job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.finishedAt).not.toBeNull();
    let detail = (await planner.get(`/api/legevakt/rosters/${gen.roster.id}`)).json() as TRosterDetail;
    expect(detail.shifts.filter((s) => s.templateId === lv.templates.night && s.doctorId !== null)).toHaveLength(28);
    expect(detail.roster.job?.status).toBe('cancelled');
    expect((await planner.post(`/api/legevakt/jobs/${gen.job.id}/cancel`)).statusCode).toBe(400);

    // Re-solve the second week only: every shift outside it stays as it was.
    const outside = detail.shifts.filter((s) => s.date < '2027-02-08' || s.date > '2027-02-14');
    const part = await planner.post(`/api/legevakt/rosters/${gen.roster.id}/solve`, { version: detail.roster.version, from: '2027-02-08', to: '2027-02-14', seconds: 1, seed: 77 });
    expect(part.statusCode, part.body).toBe(202);
    expect((await finished(planner, (part.json() as { job: TJob }).job.id)).status).toBe('done');
    detail = (await planner.get(`/api/legevakt/rosters/${gen.roster.id}`)).json() as TRosterDetail;
    expect(detail.shifts.filter((s) => s.date < '2027-02-08' || s.date > '2027-02-14')).toEqual(outside);
    expect(detail.evaluation.hard).toBe(0);

    // Two planners edit the same version: the second is told someone else changed the roster.
    const night = detail.shifts.find((s) => s.templateId === lv.templates.night && s.date === '2027-02-20')!;
    const free = detail.doctors.find((d) => !detail.shifts.some((s) => s.doctorId === d.id && s.date >= '2027-02-19' && s.date <= '2027-02-21') && d.competent)!;
    const edit = { version: detail.roster.version, changes: [{ date: night.date, templateId: night.templateId, fromDoctorId: night.doctorId, toDoctorId: free.id }] };
    const first = await planner.post(`/api/legevakt/rosters/${gen.roster.id}/edit`, edit);
    expect(first.statusCode, first.body).toBe(200);
    expect((first.json() as TRosterDetail).shifts.find((s) => s.id === night.id)?.doctorId).toBe(free.id);
    const second = await admin.post(`/api/legevakt/rosters/${gen.roster.id}/edit`, edit);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('version_conflict');
    const audit = (await admin.get(`/api/audit?entity=rosters&entityId=${gen.roster.id}`)).json().items as { action: string }[];
    expect(audit.length).toBeGreaterThanOrEqual(4); // created, cancelled job saved, part re-solved, edited
  });

  it('follows the municipality’s own rules: free before a night, longer rest, holiday weights; one set of settings', { timeout: 60_000 }, async () => {
    const db = getDb();
    const k = await makeKommune(db);
    const admin = await login(app, k.users.admin);
    const reg = await buildSmallRegistry(admin, 'Regler');
    const lv = await buildLegevakt(admin, reg.doctorIds, { marker: 'Regler' });
    const settings = { minRestHours: 12, freeBeforeNight: true, publicHolidayWeight: 1, christmasWeight: 4, fairLoad: 1, fairNights: 2, fairWeekends: 1, fairHolidays: 1 };
    expect((await admin.post('/api/registry/legevakt-settings', settings)).statusCode).toBe(201);
    const again = await admin.post('/api/registry/legevakt-settings', settings);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('duplicate');
    expect((await admin.post('/api/registry/legevakt-settings', { ...settings, minRestHours: 6 })).json().error.fields[0]).toMatchObject({ path: 'minRestHours' });
    const gen = (await admin.post('/api/legevakt/rosters', { name: 'Jul', start: '2027-12-20', days: 14, seconds: 1, seed: 4 })).json() as { roster: { id: number }; job: TJob };
    expect((await finished(admin, gen.job.id)).status).toBe('done');
    const detail = (await admin.get(`/api/legevakt/rosters/${gen.roster.id}`)).json() as TRosterDetail;
    expect(detail.evaluation.rules.map((r) => r.rule)).toContain('free-before-night');
    expect(detail.evaluation.hard).toBe(0);
    expect(detail.holidays['2027-12-24']).toBe('Julaften');
    for (const night of detail.shifts.filter((s) => s.templateId === lv.templates.night)) {
      const dayBefore = new Date(Date.parse(night.date) - 86_400_000).toISOString().slice(0, 10);
      expect(detail.shifts.some((s) => s.doctorId === night.doctorId && s.date === dayBefore)).toBe(false);
    }
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
