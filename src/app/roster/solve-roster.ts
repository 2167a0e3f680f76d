/**
 * Rosters made and mended by the solver in the background: generate one for a period from today's facts, re-solve
 * some days with the rest pinned, repair the open shifts an absence left with as few changes as possible; and the
 * solver's answer stored when a job ends. The jobs themselves run in the server's job runner (`RosterSolver`).
 */
import { AppError } from '../../contracts/errors.ts';
import type { TGenerateRequest, TJob, TRepairRequest, TResolveRequest, TRosterSummary } from '../../contracts/roster/index.ts';
import { getJob } from '../../db/repositories/roster-jobs.ts';
import { legevaktPlanFromDb } from '../../db/repositories/roster-plan.ts';
import { insertRoster, rosterNameTaken } from '../../db/repositories/rosters.ts';
import type { LegevaktPlan } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { auditRoster, buildPlan, fieldError, openForChange, openRoster, saveGrid } from './open-roster.ts';
import { rosterSummary } from './read-roster.ts';

/** What a solver job is asked: the plan, its seed and time budget, and for a re-solve the roster to start from and the cells it may not change. */
export interface SolveInput {
  plan: LegevaktPlan;
  seconds: number;
  seed: number;
  start?: Int8Array;
  pinned?: Uint8Array;
}

/** The solver's answer when a job ends (also when it was cancelled: the best roster found). */
export interface SolvedRoster {
  grid: Int8Array;
  cancelled: boolean;
  hard: number;
  soft: number;
}

/** The server's job runner: starts a job on a roster (its result stored by `saveSolvedRoster`), or asks one to stop. */
export interface RosterSolver {
  start(ctx: RosterContext, rosterId: number, kind: TJob['kind'], input: SolveInput): Promise<TJob>;
  /** False when the job is not running here. */
  cancel(jobId: number): boolean;
}

type Started = { roster: TRosterSummary; job: TJob };

/** Stores a job's roster: its shifts replace the roster's (the pinned ones unchanged), audited. */
export async function saveSolvedRoster(ctx: RosterContext, rosterId: number, job: Pick<TJob, 'id' | 'kind'>, result: SolvedRoster): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const r = await openRoster(tx, ctx.scope.kommuneId, rosterId, true);
    await saveGrid(tx, ctx.scope.kommuneId, r, result.grid);
    await auditRoster(tx, ctx, rosterId, 'update', null, { job: job.id, kind: job.kind, cancelled: result.cancelled, hard: result.hard, soft: result.soft });
  });
}

/** A new draft roster for a period from the registers as they stand, generated in the background. */
export async function generateRoster(ctx: RosterContext, solver: RosterSolver, body: TGenerateRequest): Promise<Started> {
  const { db, scope } = ctx;
  const plan = await legevaktPlanFromDb(db, scope.kommuneId, body);
  buildPlan(plan); // refuses a plan no roster can satisfy, naming the shifts and why, before anything is stored
  const id = await db.transaction(async (tx) => {
    if (await rosterNameTaken(tx, scope.kommuneId, body.name)) {
      throw new AppError('duplicate', 'Det finnes allerede en vaktplan med dette navnet', { fields: [{ path: 'name', message: 'Det finnes allerede en vaktplan med dette navnet' }] });
    }
    const rosterId = await insertRoster(tx, scope.kommuneId, { ...body, plan, now: ctx.now });
    await auditRoster(tx, ctx, rosterId, 'create', null, { name: body.name, start: body.start, days: body.days, doctors: plan.doctors.length, templates: plan.templates.length });
    return rosterId;
  });
  const job = await solver.start(ctx, id, 'generate', { plan, seconds: body.seconds, seed: body.seed ?? 1 });
  return { roster: await rosterSummary(ctx, id), job };
}

/** Re-solves the days from..to; every other day stays as it is. */
export async function resolveRoster(ctx: RosterContext, solver: RosterSolver, id: number, body: TResolveRequest): Promise<Started> {
  const r = await ctx.db.transaction((tx) => openForChange(tx, ctx.scope.kommuneId, id, body.version));
  const { dates, problem: p } = r.built;
  const first = dates.indexOf(body.from);
  const last = dates.indexOf(body.to);
  if (first < 0) throw fieldError('from', 'Datoen er utenfor vaktplanens periode');
  if (last < 0) throw fieldError('to', 'Datoen er utenfor vaktplanens periode');
  const pinned = new Uint8Array(p.employees.length * p.days);
  for (let e = 0; e < p.employees.length; e++) for (let d = 0; d < p.days; d++) if (d < first || d > last) pinned[e * p.days + d] = 1;
  const job = await solver.start(ctx, id, 'resolve', { plan: r.row.plan, seconds: body.seconds, seed: body.seed ?? 1, start: r.grid, pinned });
  return { roster: await rosterSummary(ctx, id), job };
}

/** Fills the open shifts: only the days with open shifts may change, and on them only the cells that are off. */
export async function repairRoster(ctx: RosterContext, solver: RosterSolver, id: number, body: TRepairRequest): Promise<Started> {
  const r = await ctx.db.transaction((tx) => openForChange(tx, ctx.scope.kommuneId, id, body.version));
  const openDays = new Set(r.shifts.filter((s) => s.doctorId === null).map((s) => r.built.dates.indexOf(s.date)));
  if (openDays.size === 0) throw new AppError('validation_failed', 'Vaktplanen har ingen ledige vakter å fylle');
  const p = r.built.problem;
  const pinned = new Uint8Array(p.employees.length * p.days).fill(1);
  for (let e = 0; e < p.employees.length; e++) for (const d of openDays) if (r.grid[e * p.days + d] === -1) pinned[e * p.days + d] = 0;
  const job = await solver.start(ctx, id, 'repair', { plan: r.row.plan, seconds: body.seconds, seed: body.seed ?? 1, start: r.grid, pinned });
  return { roster: await rosterSummary(ctx, id), job };
}

/** Asks a running job to stop; it keeps the best roster found so far. */
export async function cancelRosterJob(ctx: Pick<RosterContext, 'db' | 'scope'>, solver: RosterSolver, jobId: number): Promise<TJob> {
  const job = await getJob(ctx.db, ctx.scope.kommuneId, jobId);
  if (job.status !== 'running') throw new AppError('validation_failed', 'Beregningen er allerede avsluttet');
  solver.cancel(job.id);
  return job;
}
