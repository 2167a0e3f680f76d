// Load-then-compute for economics: the same functions serve the API, the CLI and the plan document.
import { AppError } from '../../contracts/errors.ts';
import type { TCostsResponse, TGoalsResponse, TRateTableResponse } from '../../contracts/economics/index.ts';
import { capacityFigures, currentMonth } from '../../domain/capacity/index.ts';
import {
  BASISTILSKUDD_RATES,
  basistilskudd,
  compareWithDoingNothing,
  EconomicsDataError,
  goalProgress,
  packageCost,
  packageYears,
  type CostContext,
  type IndicatorValues,
  type PlanInputs,
  type SubsidyReport,
  addMonths,
} from '../../domain/economics/index.ts';
import { normGapReport, NormDataError } from '../../domain/norms/index.ts';
import { assignmentCovers } from '../../domain/registry/index.ts';
import type { Queryable } from '../connection.ts';
import { loadComposition, loadGoals, loadPackages, loadRateTable, loadSubsidyFacts } from './economics-facts.ts';
import { loadCapacityFacts } from './facts.ts';
import { loadNormFacts } from './norms-facts.ts';
import { loadTrainingFacts } from './training-facts.ts';
import { trainingOverview } from '../../domain/training/index.ts';
import type { Scope } from '../scope.ts';

/** Runs a domain computation; facts it cannot compute from become a validation error naming the field. */
export function computed<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof EconomicsDataError) throw new AppError('validation_failed', err.message, { fields: [{ path: err.path, message: err.message }] });
    throw err;
  }
}

/** The rate table in use: the municipality's own, else the shipped defaults. */
export async function rateTableView(db: Queryable, kommuneId: number): Promise<TRateTableResponse> {
  const own = await loadRateTable(db, kommuneId);
  return own ? { custom: true, version: own.version, rates: own.rates } : { custom: false, version: null, rates: [...BASISTILSKUDD_RATES] };
}


/** Basistilskudd by position and month for [from, to] (default: the 12 months up to the latest count). */
export async function subsidyView(db: Queryable, scope: Scope, q: { from?: string; to?: string }): Promise<SubsidyReport & { compositionFromPopulation: boolean }> {
  const [{ rates }, facts] = await Promise.all([rateTableView(db, scope.kommuneId), loadSubsidyFacts(db, scope.kommuneId)]);
  const to = q.to ?? currentMonth(facts.snapshots).month;
  if (to === null) return { months: [], positions: [], totalsByMonth: [], total: 0, ratesUsed: [], compositionFromPopulation: false };
  const from = q.from ?? addMonths(to, -11);
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  const weighted = rates.some((r) => r.model.kind === 'weighted');
  const composition = weighted ? await loadComposition(db, scope.kommuneId) : null;
  const report = computed(() => basistilskudd({ rates, positions: facts.positions, snapshots: facts.snapshots, months, composition }));
  // A doctor-role user sees the totals, not each colleague's list and payment.
  return { ...report, positions: scope.ownDoctorId === null ? report.positions : [], compositionFromPopulation: composition !== null };
}

/** What the measures are costed from: the rate table and the self-employed GPs' lists on the latest month. */
async function costContext(db: Queryable, kommuneId: number): Promise<{ ctx: CostContext; asOf: string | null; positions: number }> {
  const [{ rates }, facts] = await Promise.all([rateTableView(db, kommuneId), loadSubsidyFacts(db, kommuneId)]);
  const asOf = currentMonth(facts.snapshots).month;
  const selfEmployed = new Set(facts.positions.filter((p) => p.orgForm === 'self_employed').map((p) => p.id));
  const latest = facts.snapshots.filter((s) => s.month === asOf && s.listCap > 0);
  return {
    ctx: { rates, lists: latest.filter((s) => selfEmployed.has(s.positionId)).map((s) => ({ patients: s.listLength, listCap: s.listCap })) },
    asOf,
    positions: latest.length,
  };
}

export type CostsView = TCostsResponse;

/** Every package (or one) costed by year, and side by side with doing nothing (agencies covering a share of positions). */
export async function costsView(
  db: Queryable,
  kommuneId: number,
  q: { packageId?: number; years?: number; agencyShare?: number; agencyPricePerMonth?: number },
): Promise<CostsView> {
  const [{ ctx, asOf, positions }, all] = await Promise.all([costContext(db, kommuneId), loadPackages(db, kommuneId)]);
  const chosen = q.packageId === undefined ? all : all.filter((p) => p.id === q.packageId);
  if (q.packageId !== undefined && chosen.length === 0) throw new AppError('not_found', `Fant ikke tiltakspakke ${q.packageId}`);
  const packages = computed(() => chosen.map((p) => packageCost(p, ctx, packageYears(p.startDate, q.years ?? 4))));
  const agencyShare = q.agencyShare ?? 0.1;
  const agencyPricePerMonth = q.agencyPricePerMonth ?? 200_000_00;
  const agencyPositions = Math.round(agencyShare * positions);
  const doingNothing = { label: `Ingen tiltak: vikarbyrå for ${Math.round(agencyShare * 100)} % av hjemlene (${agencyPositions})`, fullYear: agencyPositions * agencyPricePerMonth * 12, positions: agencyPositions || null };
  const alternatives = packages.flatMap((p) => [
    { label: `${p.name} (anbefalte tiltak)`, fullYear: p.totalFullYear, positions: null },
    ...p.outside.map((l) => ({ label: `${l.name} (${l.status === 'rejected' ? 'forkastet' : 'senere'})`, fullYear: l.fullYear, positions: null })),
  ]);
  return {
    asOf,
    positions,
    selfEmployedLists: ctx.lists.length,
    packages,
    compare: { ...compareWithDoingNothing(doingNothing, alternatives), agencyPositions, agencyShare, agencyPricePerMonth },
  };
}

/** Today's value of each live indicator, from the other areas' own calculators. */
export async function indicatorValues(db: Queryable, kommuneId: number, today: string): Promise<IndicatorValues> {
  const [cap, norms] = await Promise.all([loadCapacityFacts(db, kommuneId), loadNormFacts(db, kommuneId)]);
  const month = currentMonth(cap.snapshots).month;
  const figures = month === null ? null : capacityFigures({ month, snapshots: cap.snapshots, assignments: cap.assignments });
  let fteGap: number | null = null;
  try {
    fteGap = norms.institutions.length === 0 ? null : normGapReport(norms, { year: Number(today.slice(0, 4)) }).totals.gapFte;
  } catch (err) {
    if (!(err instanceof NormDataError)) throw err;
  }
  const date = month ?? today;
  const inPost = new Set(cap.assignments.filter((a) => assignmentCovers(a, date)).map((a) => a.doctorId));
  return {
    free_share: figures?.openShare ?? null,
    open_places: figures?.openPlaces ?? null,
    fte_gap: fteGap,
    // The legevakt roster is not part of Legeplan yet: no figure rather than a guess.
    legevakt_shifts_per_gp: null,
    alis_count: month === null ? null : cap.doctors.filter((d) => d.inSpecialisation && inPost.has(d.id)).length,
  };
}

export type GoalsView = TGoalsResponse;

/** The plan's goals, each with its progress computed from its linked indicator. */
export async function goalsView(db: Queryable, kommuneId: number, today: string): Promise<GoalsView> {
  const [goals, indicators] = await Promise.all([loadGoals(db, kommuneId), indicatorValues(db, kommuneId, today)]);
  return {
    indicators,
    goals: goals.map((g) => ({ ...g, progress: goalProgress(g, indicators) })),
    totalCost: goals.reduce((a, g) => a + (g.costOre ?? 0), 0),
  };
}

/** Everything the plan document shows, from the same functions as the screens. */
export async function planInputs(
  db: Queryable,
  kommune: { id: number; name: string },
  today: string,
  chapters: readonly { id: string; heading: string }[],
  statusLabels: Record<string, string>,
): Promise<PlanInputs> {
  const [cap, norms, subsidy, costs, goals, trainingFacts] = await Promise.all([
    loadCapacityFacts(db, kommune.id),
    loadNormFacts(db, kommune.id),
    subsidyView(db, { kommuneId: kommune.id, ownDoctorId: null, userId: null }, {}),
    costsView(db, kommune.id, {}),
    goalsView(db, kommune.id, today),
    loadTrainingFacts(db, kommune.id),
  ]);
  const overview = trainingFacts.agreements.length === 0 ? null : trainingOverview(trainingFacts, { date: today });
  const months = currentMonth(cap.snapshots).completeMonths.slice(-12);
  const trend = months.map((month) => capacityFigures({ month, snapshots: cap.snapshots, assignments: cap.assignments }));
  let nursingHomes: PlanInputs['nursingHomes'] = null;
  if (norms.institutions.length > 0) {
    try {
      const r = normGapReport(norms, { year: Number(today.slice(0, 4)) });
      nursingHomes = {
        institutions: r.institutions.map((i) => ({ name: i.name, places: i.places, requiredFte: i.requiredFte.total, fteInPost: i.fteInPost, gapFte: i.gapFte })),
        requiredFte: r.totals.requiredFte.total,
        fteInPost: r.totals.fteInPost,
        gapFte: r.totals.gapFte,
      };
    } catch (err) {
      if (!(err instanceof NormDataError)) throw err;
    }
  }
  return {
    kommune: kommune.name,
    date: today,
    chapters,
    capacity: trend.at(-1) ?? null,
    trend,
    nursingHomes,
    indicators: goals.indicators,
    training: overview === null ? null : { activeAlis: overview.counts.active, grants: overview.grants },
    subsidy: { total: subsidy.total, months: subsidy.months.length, ratesUsed: subsidy.ratesUsed },
    packages: costs.packages,
    doingNothing: costs.compare.doingNothing,
    goals: goals.goals,
    statusLabels,
  };
}
