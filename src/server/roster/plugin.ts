import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../contracts/errors.ts';
import {
  ZAbsenceRequest,
  ZCandidatesQuery,
  ZEditRequest,
  ZGenerateRequest,
  ZRepairRequest,
  ZResolveRequest,
  ZRosterVersion,
  type TCandidate,
  type TCheckResponse,
  type TJob,
  type TRosterDetail,
  type TRosterSummary,
} from '../../contracts/roster/index.ts';
import { ZVersion } from '../../contracts/common.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { datesBetween, legevaktPlanFromDb } from '../../db/repositories/roster-plan.ts';
import { getJob, latestJobs, requireNoActiveJob } from '../../db/repositories/roster-jobs.ts';
import { getRoster, insertRoster, rosterNotFound, listRosterRows, requireVersion, saveShifts, touchRoster } from '../../db/repositories/rosters.ts';
import { candidatesFor, checkChanges, payrollSummary, RosterInputError, sheetFromGrid, type LegevaktPlan } from '../../domain/roster/index.ts';
import { rosterPdf } from '../../documents/roster-pdf.ts';
import { rosterXlsx } from './xlsx.ts';
import type { Scope } from '../../db/scope.ts';
import { WRITE_ROLES } from '../../contracts/auth/login.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { idParam } from '../registry/crud-routes.ts';
import { RosterJobRunner } from './jobs.ts';
import { buildPlan, checkView, detailView, gridChanges, openRoster, rosterInputError, sheetOf, summaryView, type OpenRoster } from './views.ts';
import { rosterSharingRoutes } from './sharing-routes.ts';

export const LEGEVAKT_BASE = '/api/legevakt';
const ZDeleteQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });

/**
 * The legevakt roster (issue 5): generate a roster for a period in the background, see and check it, edit it with
 * the rules checked live, re-solve part of it, publish it, report an absence after publication and repair the
 * open shifts it leaves, and — in sharing-routes.ts — each doctor's shifts, calendar feed, open shifts and swaps.
 * Every change is audited in its transaction; a stale version is refused (409) and nothing changes while a job
 * runs on the roster.
 */
export async function rosterPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const runner = new RosterJobRunner(db, deps.clock, deps.solverJobs);
  app.addHook('onClose', () => runner.close());
  await runner.open();
  const now = () => deps.clock().toISOString();
  const B = LEGEVAKT_BASE;

  const audit = (tx: Queryable, scope: Scope, rosterId: number, action: 'create' | 'update' | 'delete', before: unknown, after: unknown) =>
    writeAudit(tx, scope, { at: now(), entity: 'rosters', entityId: rosterId, action, before, after });

  /** Queues a solver job on a roster in the route's transaction; its result replaces the roster's shifts (the pinned ones unchanged). */
  const queueJob = (tx: Queryable, scope: Scope, rosterId: number, kind: TJob['kind'], o: { seconds: number; seed: number | undefined; start?: Int8Array; pinned?: Uint8Array }) =>
    runner.queue(tx, scope, rosterId, kind, { ...o, seed: o.seed ?? 1 });
  /** The answer to a queued job (202): the roster, and the job running or waiting with its place in the queue. */
  const accepted = async (reply: FastifyReply, scope: Scope, rosterId: number, jobId: number) => {
    const job = await runner.started(scope, jobId);
    void reply.status(202);
    return { roster: await summary(rosterId, scope), job };
  };

  const summary = async (id: number, scope: Scope): Promise<TRosterSummary> => {
    const row = await getRoster(db, scope.kommuneId, id);
    const job = (await latestJobs(db, scope.kommuneId, [id])).get(id) ?? null;
    return summaryView(row, job, 0);
  };

  const detail = async (scope: Scope, id: number, drafts = true): Promise<TRosterDetail> => {
    const r = await openRoster(db, scope.kommuneId, id);
    if (r.row.status === 'draft' && !drafts) throw rosterNotFound();
    return detailView(r, (await latestJobs(db, scope.kommuneId, [id])).get(id) ?? null);
  };

  /** Opens a roster for a change: locked, at the version the user saw, no job running on it. */
  const forChange = async (tx: Queryable, scope: Scope, id: number, version: number): Promise<OpenRoster> => {
    const r = await openRoster(tx, scope.kommuneId, id, true);
    requireVersion(r.row, version);
    await requireNoActiveJob(tx, scope.kommuneId, id);
    return r;
  };

  // Drafts are the planners' work: other roles see published rosters only.
  const viewer = (request: Parameters<typeof requireAuth>[0]) => {
    const { scope, user } = requireAuth(request);
    return { scope, drafts: WRITE_ROLES.includes(user.role) };
  };

  app.get(`${B}/rosters`, async (request): Promise<{ items: TRosterSummary[] }> => {
    const { scope, drafts } = viewer(request);
    const rows = await listRosterRows(db, scope.kommuneId, drafts);
    const jobs = await latestJobs(db, scope.kommuneId, rows.map((r) => r.id));
    return { items: rows.map((r) => summaryView(r, jobs.get(r.id) ?? null, r.openShifts)) };
  });

  app.post(`${B}/rosters`, { config: { body: ZGenerateRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const body = ZGenerateRequest.parse(request.body);
    const plan = await legevaktPlanFromDb(db, scope.kommuneId, body);
    buildPlan(plan); // refuses a plan no roster can satisfy, naming the shifts and why, before anything is stored
    const { id, job } = await db.transaction(async (tx) => {
      const rosterId = await insertRoster(tx, scope.kommuneId, { ...body, plan, now: now() });
      await audit(tx, scope, rosterId, 'create', null, { name: body.name, start: body.start, days: body.days, doctors: plan.doctors.length, templates: plan.templates.length });
      return { id: rosterId, job: await queueJob(tx, scope, rosterId, 'generate', { seconds: body.seconds, seed: body.seed }) };
    });
    return accepted(reply, scope, id, job.id);
  });

  app.get(`${B}/rosters/:id`, async (request) => {
    const { scope, drafts } = viewer(request);
    return detail(scope, idParam(request.params), drafts);
  });

  const ZExportQuery = z.object({ by: z.enum(['week', 'doctor'], { error: 'Velg uke eller lege' }).default('week') });
  const exportName = (r: OpenRoster, ext: string) => `vaktplan-${r.row.start}-${r.row.name.replace(/[^A-Za-z0-9ÆØÅæøå_-]+/g, '-')}.${ext}`;
  const forExport = async (request: Parameters<typeof requireAuth>[0]) => {
    const { scope, drafts } = viewer(request);
    const r = await openRoster(db, scope.kommuneId, idParam(request.params));
    if (r.row.status === 'draft' && !drafts) throw rosterNotFound();
    return r;
  };
  const attachment = (reply: FastifyReply, type: string, name: string) =>
    void reply.header('content-type', type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);

  // The roster per week and per doctor with a monthly payroll sheet (hours by kind of shift), as .xlsx …
  app.get(`${B}/rosters/:id/export.xlsx`, async (request, reply) => {
    const r = await forExport(request);
    const sheet = sheetOf(r);
    attachment(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', exportName(r, 'xlsx'));
    return rosterXlsx(sheet, payrollSummary(sheet));
  });

  // … and as PDF, per week or per doctor.
  app.get(`${B}/rosters/:id/export.pdf`, async (request, reply) => {
    const { by } = ZExportQuery.parse(request.query);
    const r = await forExport(request);
    attachment(reply, 'application/pdf', exportName(r, 'pdf'));
    return rosterPdf(sheetOf(r), { by, holidays: r.built.holidays });
  });

  // The facts the roster was solved against, as the command line reads them (`legeplan roster solve --input`).
  app.get(`${B}/rosters/:id/plan.json`, async (request, reply) => {
    const r = await forExport(request);
    attachment(reply, 'application/json; charset=utf-8', exportName(r, 'json'));
    return r.row.plan;
  });

  app.delete(`${B}/rosters/:id`, async (request, reply) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const { version } = ZDeleteQuery.parse(request.query);
    await db.transaction(async (tx) => {
      const row = await getRoster(tx, scope.kommuneId, id, true);
      requireVersion(row, version);
      if (row.status === 'published') throw new AppError('validation_failed', 'En publisert vaktplan kan ikke slettes');
      await requireNoActiveJob(tx, scope.kommuneId, id);
      await tx.query(`DELETE FROM roster WHERE id = $1 AND kommune_id = $2`, [id, scope.kommuneId]);
      await audit(tx, scope, id, 'delete', { name: row.name, start: row.start, days: row.days }, null);
    });
    return reply.status(204).send();
  });

  const check = async (scope: Scope, id: number, body: z.infer<typeof ZEditRequest>, tx: Queryable) => {
    const r = await forChange(tx, scope, id, body.version);
    try {
      return { r, result: checkChanges(r.built.problem, r.grid, gridChanges(r, body.changes)) };
    } catch (err) {
      if (err instanceof RosterInputError) throw rosterInputError(err);
      throw err;
    }
  };

  app.post(`${B}/rosters/:id/check`, { config: { body: ZEditRequest } }, async (request): Promise<TCheckResponse> => {
    const scope = requireWriter(request);
    const body = ZEditRequest.parse(request.body);
    const { r, result } = await check(scope, idParam(request.params), body, db);
    return checkView(r, result);
  });

  // Who could take a shift instead: every participant off that day, allowed ones first, with why not.
  app.get(`${B}/rosters/:id/candidates`, async (request): Promise<{ items: TCandidate[] }> => {
    const scope = requireWriter(request);
    const q = ZCandidatesQuery.parse(request.query);
    const r = await openRoster(db, scope.kommuneId, idParam(request.params));
    const [change] = gridChanges(r, [{ date: q.date, templateId: q.templateId, fromDoctorId: q.fromDoctorId, toDoctorId: null }]);
    const { plan } = r.row;
    if (change!.from !== null && r.grid[change!.from * r.built.problem.days + change!.day] !== change!.shift) {
      throw new AppError('validation_failed', 'Legen har ikke denne vakten', { fields: [{ path: 'fromDoctorId', message: 'Legen har ikke denne vakten' }] });
    }
    const list = candidatesFor(r.built.problem, r.grid, change!.day, change!.shift, change!.from);
    return { items: list.map((c) => ({ doctorId: Number(plan.doctors[c.employee]!.id), name: plan.doctors[c.employee]!.name, allowed: c.allowed, reasons: c.reasons, softDelta: c.softDelta })) };
  });

  app.post(`${B}/rosters/:id/edit`, { config: { body: ZEditRequest } }, async (request) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const body = ZEditRequest.parse(request.body);
    await db.transaction(async (tx) => {
      const { r, result } = await check(scope, id, body, tx);
      if (!result.allowed) {
        const reasons = result.introduced.map((v) => v.message);
        throw new AppError('validation_failed', `Endringen bryter en regel: ${reasons.join(' ')}`, { fields: [{ path: 'changes', message: reasons.join(' ') }] });
      }
      await saveShifts(tx, scope.kommuneId, id, sheetFromGrid(r.row.plan, r.built.problem, result.grid).shifts);
      await touchRoster(tx, scope.kommuneId, id);
      await audit(tx, scope, id, 'update', { version: r.row.version }, { changes: body.changes });
    });
    return detail(scope, id);
  });

  app.post(`${B}/rosters/:id/solve`, { config: { body: ZResolveRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const body = ZResolveRequest.parse(request.body);
    const job = await db.transaction(async (tx) => {
      const r = await forChange(tx, scope, id, body.version);
      const { dates, problem: p } = r.built;
      const first = dates.indexOf(body.from);
      const last = dates.indexOf(body.to);
      if (first < 0) throw new AppError('validation_failed', 'Datoen er utenfor vaktplanens periode', { fields: [{ path: 'from', message: 'Datoen er utenfor vaktplanens periode' }] });
      if (last < 0) throw new AppError('validation_failed', 'Datoen er utenfor vaktplanens periode', { fields: [{ path: 'to', message: 'Datoen er utenfor vaktplanens periode' }] });
      const pinned = new Uint8Array(p.employees.length * p.days);
      for (let e = 0; e < p.employees.length; e++) for (let d = 0; d < p.days; d++) if (d < first || d > last) pinned[e * p.days + d] = 1;
      return queueJob(tx, scope, id, 'resolve', { seconds: body.seconds, seed: body.seed, start: r.grid, pinned });
    });
    return accepted(reply, scope, id, job.id);
  });

  app.post(`${B}/rosters/:id/publish`, { config: { body: ZRosterVersion } }, async (request) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const { version } = ZRosterVersion.parse(request.body);
    await db.transaction(async (tx) => {
      const r = await forChange(tx, scope, id, version);
      if (r.row.status === 'published') throw new AppError('validation_failed', 'Vaktplanen er allerede publisert');
      if (r.shifts.length === 0) throw new AppError('validation_failed', 'Vaktplanen har ingen vakter ennå');
      await touchRoster(tx, scope.kommuneId, id, { status: 'published', publishedAt: now() });
      await audit(tx, scope, id, 'update', { status: 'draft' }, { status: 'published' });
    });
    return detail(scope, id);
  });

  app.post(`${B}/rosters/:id/absences`, { config: { body: ZAbsenceRequest } }, async (request) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const body = ZAbsenceRequest.parse(request.body);
    await db.transaction(async (tx) => {
      const r = await forChange(tx, scope, id, body.version);
      if (r.row.status !== 'published') throw new AppError('validation_failed', 'Fravær etter publisering gjelder en publisert vaktplan; i et utkast registreres fraværet under Legevakt og planen beregnes på nytt');
      const e = r.row.plan.doctors.findIndex((d) => Number(d.id) === body.doctorId);
      if (e < 0) throw new AppError('validation_failed', 'Legen er ikke med i vaktplanen', { fields: [{ path: 'doctorId', message: 'Legen er ikke med i vaktplanen' }] });
      const inPeriod = datesBetween(body.from, body.to).filter((d) => r.built.dates.includes(d));
      if (inPeriod.length === 0) throw new AppError('validation_failed', 'Fraværet er utenfor vaktplanens periode', { fields: [{ path: 'from', message: 'Fraværet er utenfor vaktplanens periode' }] });
      const doctor = r.row.plan.doctors[e]!;
      const plan: LegevaktPlan = { ...r.row.plan, doctors: r.row.plan.doctors.map((d, i) => (i === e ? { ...d, unavailable: [...new Set([...d.unavailable, ...inPeriod])].sort() } : d)) };
      // The doctor's shifts on those days become open shifts; the rest of the roster stays as published.
      const freed = new Set(inPeriod);
      const shifts = r.shifts.map((s) => (s.doctorId === doctor.id && freed.has(s.date) ? { ...s, doctorId: null } : s));
      await saveShifts(tx, scope.kommuneId, id, shifts);
      await tx.query(`INSERT INTO legevakt_unavailability (kommune_id, doctor_id, date_from, date_to, note) VALUES ($1, $2, $3, $4, $5)`, [scope.kommuneId, body.doctorId, body.from, body.to, body.note]);
      await touchRoster(tx, scope.kommuneId, id, { plan });
      await audit(tx, scope, id, 'update', null, { absence: { doctorId: body.doctorId, from: body.from, to: body.to }, opened: shifts.filter((s, i) => s.doctorId === null && r.shifts[i]!.doctorId !== null).length });
    });
    return detail(scope, id);
  });

  app.post(`${B}/rosters/:id/repair`, { config: { body: ZRepairRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    const body = ZRepairRequest.parse(request.body);
    const job = await db.transaction(async (tx) => {
      const r = await forChange(tx, scope, id, body.version);
      const openDays = new Set(r.shifts.filter((s) => s.doctorId === null).map((s) => r.built.dates.indexOf(s.date)));
      if (openDays.size === 0) throw new AppError('validation_failed', 'Vaktplanen har ingen ledige vakter å fylle');
      // As few changes as possible: only the days with open shifts may change, and on them only the cells that are off.
      const p = r.built.problem;
      const pinned = new Uint8Array(p.employees.length * p.days).fill(1);
      for (let e = 0; e < p.employees.length; e++) for (const d of openDays) if (r.grid[e * p.days + d] === -1) pinned[e * p.days + d] = 0;
      return queueJob(tx, scope, id, 'repair', { seconds: body.seconds, seed: body.seed, start: r.grid, pinned });
    });
    return accepted(reply, scope, id, job.id);
  });

  app.get(`${B}/jobs/:id`, async (request): Promise<TJob> => {
    const { scope } = requireAuth(request);
    return getJob(db, scope.kommuneId, idParam(request.params));
  });

  app.post(`${B}/jobs/:id/cancel`, async (request): Promise<TJob> => {
    const scope = requireWriter(request);
    return runner.cancel(scope, idParam(request.params));
  });

  // For tests and shutdown: wait until every job has saved its result.
  app.decorate('rosterJobsIdle', () => runner.idle());
  await rosterSharingRoutes(app, deps);
}

declare module 'fastify' {
  interface FastifyInstance {
    rosterJobsIdle: () => Promise<void>;
  }
}
