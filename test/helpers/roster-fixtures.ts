import { expect } from 'vitest';
import { isJobActive, type TJob, type TRosterDetail, type TSwap } from '../../src/contracts/roster/index.ts';
import type { Client } from './app.ts';

async function created(res: Promise<{ statusCode: number; json(): unknown; body: string }>): Promise<number> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return (r.json() as { id: number }).id;
}

/** One legevakt template, exemption and absence for `doctorId`, through the API; ids by registry entity. */
export async function buildSmallRoster(c: Client, doctorId: number, marker = 'Test'): Promise<Record<string, number[]>> {
  return {
    'duty-templates': [await created(c.post('/api/registry/duty-templates', { name: `${marker} natt`, kind: 'night', startTime: '23:00', endTime: '08:00', runDays: 'all', doctors: 1, alone: true, load: 1 }))],
    'legevakt-exemptions': [await created(c.post('/api/registry/legevakt-exemptions', { doctorId, kind: 'night', reason: 'age', decidedBy: 'Fritaksutvalget', decidedOn: '2026-11-01', validFrom: '2027-01-01', validTo: null }))],
    'legevakt-unavailability': [await created(c.post('/api/registry/legevakt-unavailability', { doctorId, dateFrom: '2027-07-01', dateTo: '2027-07-21', note: `${marker} ferie` }))],
    'legevakt-wishes': [await created(c.post('/api/registry/legevakt-wishes', { doctorId, wishDate: '2027-05-17', kind: 'avoid', templateId: null }))],
    'legevakt-settings': [
      await created(
        c.post('/api/registry/legevakt-settings', { minRestHours: 11, freeBeforeNight: false, publicHolidayWeight: 1, christmasWeight: 3, fairLoad: 1, fairNights: 1, fairWeekends: 1, fairHolidays: 1 }),
      ),
    ],
  };
}

/** Bodies that refer to municipality A's doctor: creating them in B must be refused. */
export function rosterRefBodies(aDoctorId: number): Record<string, unknown> {
  return {
    'legevakt-exemptions': { doctorId: aDoctorId, kind: 'night', reason: 'health', decidedBy: 'B', decidedOn: '2026-11-01', validFrom: '2027-01-01', validTo: null },
    'legevakt-unavailability': { doctorId: aDoctorId, dateFrom: '2027-01-01', dateTo: '2027-01-02', note: '' },
    'legevakt-wishes': { doctorId: aDoctorId, wishDate: '2027-01-01', kind: 'want', templateId: null },
    'legevakt-participants': { doctorId: aDoctorId, role: 'gp', share: 1, shiftsBefore: 0, maxPerWeek: null, maxPerMonth: null, active: true },
  };
}

export interface SmallLegevakt {
  doctorIds: number[];
  participantIds: number[];
  templates: { day: number; night: number; backup: number };
}

/**
 * A small legevakt through the API: a weekday day shift, a night every day and a backup; every doctor of
 * `doctorIds` takes part with share 1 and has both courses, except the last, who lacks the violence/abuse course
 * (not competent alone: needs a backup). `away` is unavailable on `awayDate`; `limits` caps a doctor's shifts per week and month.
 */
export async function buildLegevakt(
  c: Client,
  doctorIds: number[],
  o: { marker?: string; away?: number; awayDate?: string; limits?: Record<number, { maxPerWeek: number; maxPerMonth: number }> } = {},
): Promise<SmallLegevakt> {
  const marker = o.marker ?? 'Vakt';
  const template = (name: string, kind: string, startTime: string, endTime: string, runDays: string, doctors: number, alone: boolean) =>
    created(c.post('/api/registry/duty-templates', { name: `${marker} ${name}`, kind, startTime, endTime, runDays, doctors, alone, load: 1 }));
  const templates = {
    day: await template('dag', 'day', '08:00', '15:30', 'weekdays', 1, true),
    night: await template('natt', 'night', '23:00', '08:00', 'all', 1, true),
    backup: await template('bakvakt', 'backup', '08:00', '08:00', 'all', 0, false),
  };
  const participantIds: number[] = [];
  for (const [i, doctorId] of doctorIds.entries()) {
    await created(c.post('/api/registry/doctor-courses', { doctorId, course: 'acute_medicine', title: 'Akuttmedisin', dueDate: null, completedDate: '2025-03-01' }));
    if (i < doctorIds.length - 1) await created(c.post('/api/registry/doctor-courses', { doctorId, course: 'violence_abuse', title: 'Vold og overgrep', dueDate: null, completedDate: '2024-03-01' }));
    const limits = o.limits?.[doctorId] ?? { maxPerWeek: null, maxPerMonth: null };
    participantIds.push(await created(c.post('/api/registry/legevakt-participants', { doctorId, role: 'gp', share: 1, shiftsBefore: 50, ...limits, active: true })));
  }
  if (o.away !== undefined) await created(c.post('/api/registry/legevakt-unavailability', { doctorId: o.away, dateFrom: o.awayDate, dateTo: o.awayDate, note: 'Kurs' }));
  return { doctorIds, participantIds, templates };
}

/** Polls a solver job until it ends (queued, then running, then done, cancelled or failed). */
export async function finishedJob(c: Client, jobId: number): Promise<TJob> {
  for (let i = 0; i < 300; i++) {
    const job = (await c.get(`/api/legevakt/jobs/${jobId}`)).json() as TJob;
    if (!isJobActive(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

export interface SmallRosterApp extends SmallLegevakt {
  rosterId: number;
  jobId: number;
  openShiftId: number;
  swapId: number;
  shiftId: number;
}

/**
 * A published two-week roster of a municipality with an open shift (an absence after publication) and a swap
 * offered by the doctor user (`me`, whose doctor is `doctorIds[0]`).
 */
export async function buildSmallRosterApp(
  planner: Client,
  me: Client,
  doctorIds: number[],
  marker: string,
  limits?: Record<number, { maxPerWeek: number; maxPerMonth: number }>,
): Promise<SmallRosterApp> {
  const lv = await buildLegevakt(planner, doctorIds, { marker, ...(limits ? { limits } : {}) });
  const gen = await planner.post('/api/legevakt/rosters', { name: `${marker} vaktplan`, start: '2027-01-04', days: 14, seconds: 1, seed: 1 });
  expect(gen.statusCode, gen.body).toBe(202);
  const { roster, job } = gen.json() as { roster: { id: number }; job: TJob };
  expect((await finishedJob(planner, job.id)).status).toBe('done');
  let detail = (await planner.get(`/api/legevakt/rosters/${roster.id}`)).json() as TRosterDetail;
  detail = (await planner.post(`/api/legevakt/rosters/${roster.id}/publish`, { version: detail.roster.version })).json() as TRosterDetail;
  const mine = detail.shifts.filter((s) => s.doctorId === doctorIds[0]);
  const victim = detail.shifts.find((s) => s.doctorId !== null && s.doctorId !== doctorIds[0] && !mine.some((m) => m.date === s.date))!;
  detail = (await planner.post(`/api/legevakt/rosters/${roster.id}/absences`, { version: detail.roster.version, doctorId: victim.doctorId, from: victim.date, to: victim.date, note: '' })).json() as TRosterDetail;
  const swap = await me.post('/api/legevakt/swaps', { shiftId: mine[0]!.id, toDoctorId: null, note: `${marker} bytte` });
  expect(swap.statusCode, swap.body).toBe(201);
  return { ...lv, rosterId: roster.id, jobId: job.id, openShiftId: detail.shifts.find((s) => s.doctorId === null)!.id, swapId: (swap.json() as TSwap).id, shiftId: mine[0]!.id };
}

/** Null when B (`pb` its admin, `pd` its doctor) neither sees nor changes A's roster through the route; else what leaked. */
export async function rosterRouteLeak(pb: Client, pd: Client, route: { method: string; url: string }, a: SmallRosterApp, marker: string): Promise<string | null> {
  const url = route.url.replace(':id', String(route.url.includes('/jobs/') ? a.jobId : route.url.includes('/swaps/') ? a.swapId : route.url.includes('/open-shifts/') ? a.openShiftId : a.rosterId));
  const notFound = async (res: Promise<{ statusCode: number; body: string }>) => {
    const r = await res;
    return r.statusCode === 404 && !r.body.includes(marker) ? null : `answered ${r.statusCode}`;
  };
  const clean = async (res: Promise<{ statusCode: number; body: string }>) => {
    const r = await res;
    return r.statusCode < 500 && !r.body.includes(marker) && !r.body.includes(String(a.shiftId)) ? null : `showed A’s roster (${r.statusCode})`;
  };
  const edit = { version: 1, changes: [{ date: '2027-01-05', templateId: a.templates.night, fromDoctorId: null, toDoctorId: a.doctorIds[0] }] };
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/legevakt/rosters':
    case 'GET /api/legevakt/swaps':
    case 'GET /api/legevakt/open-shifts':
      return (await clean(pb.get(url))) ?? (await clean(pd.get(url)));
    case 'GET /api/legevakt/my/shifts':
    case 'GET /api/legevakt/my/feed':
      return clean(pd.get(url));
    case 'POST /api/legevakt/my/feed':
    case 'POST /api/legevakt/my/feed/revoke': {
      // B's admin has no doctor: refused, nothing made.
      const r = await pb.post(url);
      return r.statusCode === 403 ? null : `answered ${r.statusCode}`;
    }
    case 'GET /api/legevakt/feed/:file':
      return notFound(pb.get('/api/legevakt/feed/ikke-en-lenke.ics'));
    case 'POST /api/legevakt/rosters': {
      // B has no shift templates: refused before anything is stored.
      const r = await pb.post(url, { name: `${marker} vaktplan`, start: '2027-01-04', days: 14, seconds: 1 });
      return r.statusCode === 400 ? null : `answered ${r.statusCode}`;
    }
    case 'GET /api/legevakt/rosters/:id':
    case 'GET /api/legevakt/rosters/:id/export.xlsx':
    case 'GET /api/legevakt/rosters/:id/export.pdf':
    case 'GET /api/legevakt/rosters/:id/plan.json':
    case 'GET /api/legevakt/jobs/:id':
      return notFound(pb.get(url));
    case 'GET /api/legevakt/rosters/:id/candidates':
      return notFound(pb.get(`${url}?date=2027-01-05&templateId=${a.templates.night}`));
    case 'DELETE /api/legevakt/rosters/:id':
      return notFound(pb.delete(`${url}?version=1`));
    case 'POST /api/legevakt/rosters/:id/check':
    case 'POST /api/legevakt/rosters/:id/edit':
      return notFound(pb.post(url, edit));
    case 'POST /api/legevakt/rosters/:id/solve':
      return notFound(pb.post(url, { version: 1, from: '2027-01-04', to: '2027-01-05', seconds: 1 }));
    case 'POST /api/legevakt/rosters/:id/publish':
      return notFound(pb.post(url, { version: 1 }));
    case 'POST /api/legevakt/rosters/:id/repair':
      return notFound(pb.post(url, { version: 1, seconds: 1 }));
    case 'POST /api/legevakt/rosters/:id/absences':
      return notFound(pb.post(url, { version: 1, doctorId: a.doctorIds[0], from: '2027-01-05', to: '2027-01-05', note: '' }));
    case 'POST /api/legevakt/jobs/:id/cancel':
      return notFound(pb.post(url));
    case 'POST /api/legevakt/open-shifts/:id/take':
      return notFound(pd.post(url));
    case 'POST /api/legevakt/swaps':
      return notFound(pd.post(url, { shiftId: a.shiftId, toDoctorId: null, note: '' }));
    case 'POST /api/legevakt/swaps/:id/accept':
      return notFound(pd.post(url, { version: 1 }));
    case 'POST /api/legevakt/swaps/:id/approve':
    case 'POST /api/legevakt/swaps/:id/refuse':
    case 'POST /api/legevakt/swaps/:id/withdraw':
      return notFound(pb.post(url, { version: 1 }));
    default:
      return 'no tenancy case for this route';
  }
}
