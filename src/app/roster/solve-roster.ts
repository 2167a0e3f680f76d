/**
 * Rosters made and mended by the solver in the background: generate one for a period from today's facts, re-solve
 * some days with the rest pinned, repair the open shifts an absence left with as few changes as possible; and the
 * solver's answer stored when a job ends. The jobs themselves run in the server's job runner (`RosterSolver`).
 */
import { AppError } from '../../contracts/errors.ts';
import type { TGenerateRequest, TJob, TRepairRequest, TResolveRequest, TRosterSummary } from '../../contracts/roster/index.ts';
import type { Queryable } from '../../db/connection.ts';
import type { Scope } from '../../db/scope.ts';
import { legevaktPlanFromDb } from '../../db/repositories/roster-plan.ts';
import { insertRoster, rosterNameTaken } from '../../db/repositories/rosters.ts';
import type { RosterContext } from './context.ts';
import { auditRoster, buildPlan, fieldError, openForChange } from './open-roster.ts';
import { rosterSummary } from './read-roster.ts';

/** What a solver job is asked beside the roster's own plan: its seed and time budget, and for a re-solve the roster to start from and the cells it may not change. */
export interface SolveInput {
  seconds: number;
  seed: number;
  start?: Int8Array;
  pinned?: Uint8Array;
}

/**
 * The server's job queue (server/roster/jobs.ts): a job is queued in the transaction that checked its roster (so a
 * refusal past the queue limit leaves nothing behind), started once that has committed, and stopped on request.
 * The runner saves the job's roster itself when it ends.
 */
export interface RosterSolver {
  queue(tx: Queryable, scope: Scope, rosterId: number, kind: TJob['kind'], input: SolveInput): Promise<TJob>;
  /** The job as it is once the queue has been taken up: running, or queued with its place. */
  started(scope: Scope, jobId: number): Promise<TJob>;
  /** A queued job is cancelled; a running one stops with the best roster so far. Refuses a job that has ended. */
  cancel(scope: Scope, jobId: number): Promise<TJob>;
}

type Started = { roster: TRosterSummary; job: TJob };

/** A new draft roster for a period from the registers as they stand, generated in the background. */
export async function generateRoster(ctx: RosterContext, solver: RosterSolver, body: TGenerateRequest): Promise<Started> {
  const { db, scope } = ctx;
  const plan = await legevaktPlanFromDb(db, scope.kommuneId, body);
  buildPlan(plan); // refuses a plan no roster can satisfy, naming the shifts and why, before anything is stored
  const { id, queued } = await db.transaction(async (tx) => {
    if (await rosterNameTaken(tx, scope.kommuneId, body.name)) {
      throw new AppError('duplicate', 'Det finnes allerede en vaktplan med dette navnet', { fields: [{ path: 'name', message: 'Det finnes allerede en vaktplan med dette navnet' }] });
    }
    const rosterId = await insertRoster(tx, scope.kommuneId, { ...body, plan, now: ctx.now });
    await auditRoster(tx, ctx, rosterId, 'create', null, { name: body.name, start: body.start, days: body.days, doctors: plan.doctors.length, templates: plan.templates.length });
    return { id: rosterId, queued: await solver.queue(tx, scope, rosterId, 'generate', { seconds: body.seconds, seed: body.seed ?? 1 }) };
  });
  return started(ctx, solver, id, queued);
}

/** Re-solves the days from..to; every other day stays as it is. */
export async function resolveRoster(ctx: RosterContext, solver: RosterSolver, id: number, body: TResolveRequest): Promise<Started> {
  const queued = await ctx.db.transaction(async (tx) => {
    const r = await openForChange(tx, ctx.scope.kommuneId, id, body.version);
    const { dates, problem: p } = r.built;
    const first = dates.indexOf(body.from);
    const last = dates.indexOf(body.to);
    if (first < 0) throw fieldError('from', 'Datoen er utenfor vaktplanens periode');
    if (last < 0) throw fieldError('to', 'Datoen er utenfor vaktplanens periode');
    const pinned = new Uint8Array(p.employees.length * p.days);
    for (let e = 0; e < p.employees.length; e++) for (let d = 0; d < p.days; d++) if (d < first || d > last) pinned[e * p.days + d] = 1;
    return solver.queue(tx, ctx.scope, id, 'resolve', { seconds: body.seconds, seed: body.seed ?? 1, start: r.grid, pinned });
  });
  return started(ctx, solver, id, queued);
}

/** Fills the open shifts: only the days with open shifts may change, and on them only the cells that are off. */
export async function repairRoster(ctx: RosterContext, solver: RosterSolver, id: number, body: TRepairRequest): Promise<Started> {
  const queued = await ctx.db.transaction(async (tx) => {
    const r = await openForChange(tx, ctx.scope.kommuneId, id, body.version);
    const openDays = new Set(r.shifts.filter((s) => s.doctorId === null).map((s) => r.built.dates.indexOf(s.date)));
    if (openDays.size === 0) throw new AppError('validation_failed', 'Vaktplanen har ingen ledige vakter å fylle');
    const p = r.built.problem;
    const pinned = new Uint8Array(p.employees.length * p.days).fill(1);
    for (let e = 0; e < p.employees.length; e++) for (const d of openDays) if (r.grid[e * p.days + d] === -1) pinned[e * p.days + d] = 0;
    return solver.queue(tx, ctx.scope, id, 'repair', { seconds: body.seconds, seed: body.seed ?? 1, start: r.grid, pinned });
  });
  return started(ctx, solver, id, queued);
}

/** Asks a job to stop: a queued one is cancelled, a running one keeps the best roster found so far. */
export function cancelRosterJob(ctx: Pick<RosterContext, 'scope'>, solver: RosterSolver, jobId: number): Promise<TJob> {
  return solver.cancel(ctx.scope, jobId);
}

/** The answer to a queued job (202): the roster, and the job running or waiting with its place in the queue. */
async function started(ctx: RosterContext, solver: RosterSolver, rosterId: number, queued: TJob): Promise<Started> {
  const job = await solver.started(ctx.scope, queued.id);
  return { roster: await rosterSummary(ctx, rosterId), job };
}
