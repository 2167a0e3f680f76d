import type { TGapWhatIfRequest } from '../../contracts/norms/index.ts';
import {
  allocationSummary,
  gpTaskSummary,
  normGapReport,
  ohdSummary,
  stayWhatIf,
  taskActive,
  withStays,
  type AllocationSummary,
  type GpTaskSummary,
  type NormGapReport,
  type OhdSummary,
  type StayWhatIf,
} from '../../domain/norms/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import { loadAllocations, loadGpTasks, loadNormFacts, loadOhdRequests } from '../../db/repositories/norms-facts.ts';
import type { Scope } from '../../db/scope.ts';

// A doctor-role user sees the aggregates, not which colleague serves where with how much.
function forViewer(r: NormGapReport, scope: Scope): NormGapReport {
  return scope.ownDoctorId === null ? r : { ...r, institutions: r.institutions.map((i) => ({ ...i, doctors: [] })) };
}

/** The gap report for a year, with every stay scaled by stayScale (1 = as registered). */
export async function getNormGap(db: Queryable, scope: Scope, opts: { year: number; stayScale: number }): Promise<NormGapReport> {
  const facts = await loadNormFacts(db, scope.kommuneId);
  const units = opts.stayScale === 1 ? facts.units : withStays(facts.units, { stayScale: opts.stayScale, stays: [] });
  return forViewer(normGapReport({ ...facts, units }, { year: opts.year }), scope);
}

/** The gap as registered and with the scenario's stays. */
export async function getStayWhatIf(db: Queryable, scope: Scope, year: number, req: Required<Omit<TGapWhatIfRequest, 'year'>>): Promise<StayWhatIf> {
  const facts = await loadNormFacts(db, scope.kommuneId);
  const r = stayWhatIf(facts, { year }, { stayScale: req.stayScale, stays: req.stays });
  return { ...r, baseline: forViewer(r.baseline, scope), whatIf: forViewer(r.whatIf, scope) };
}

/** The municipal doctor FTE by area against need on a date (the nursing-home need from the norm for the date's year). */
export async function getAllocation(db: Queryable, scope: Scope, date: string): Promise<AllocationSummary> {
  const [facts, capacity, allocations, { tasks }] = await Promise.all([
    loadNormFacts(db, scope.kommuneId),
    loadCapacityFacts(db, scope.kommuneId),
    loadAllocations(db, scope.kommuneId),
    loadGpTasks(db, scope.kommuneId),
  ]);
  const usesNorm = allocations.some((a) => a.needBasis === 'nursing_home_norm');
  const gap = usesNorm ? normGapReport(facts, { year: Number(date.slice(0, 4)), minYearsAhead: 0 }) : null;
  return allocationSummary({
    date,
    allocations,
    nursingHomeRequiredFte: gap === null || gap.totals.institutions === 0 ? null : gap.totals.requiredFte.total,
    doctors: capacity.doctors,
    assignments: capacity.assignments,
    gpTaskHours: tasks.filter((t) => taskActive(t, date)),
  });
}

/** The GPs' municipal tasks on a date; a doctor-role user sees their own line only. */
export async function getGpTasks(db: Queryable, scope: Scope, date: string): Promise<GpTaskSummary> {
  const [capacity, { tasks, gps }] = await Promise.all([loadCapacityFacts(db, scope.kommuneId), loadGpTasks(db, scope.kommuneId)]);
  const summary = gpTaskSummary({ date, doctors: gps, tasks, assignments: capacity.assignments, snapshots: capacity.snapshots });
  return scope.ownDoctorId === null ? summary : { ...summary, doctors: summary.doctors.filter((d) => d.id === scope.ownDoctorId) };
}

/** ØHD beds on `to` and the requests dated from–to. */
export async function getOhd(db: Queryable, scope: Scope, from: string, to: string): Promise<OhdSummary> {
  const [facts, requests] = await Promise.all([loadNormFacts(db, scope.kommuneId), loadOhdRequests(db, scope.kommuneId, from, to)]);
  return ohdSummary({ ...facts, from, to, requests });
}
