import type { TGoalsResponse } from '../../contracts/economics/index.ts';
import { capacityFigures, currentMonth } from '../../domain/capacity/index.ts';
import { goalProgress, type IndicatorValues } from '../../domain/economics/index.ts';
import { normGapReport, NormDataError } from '../../domain/norms/index.ts';
import { assignmentCovers } from '../../domain/registry/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadGoals } from '../../db/repositories/economics-facts.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import { loadNormFacts } from '../../db/repositories/norms-facts.ts';

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

/** The plan's goals, each with its progress computed from its linked indicator. */
export async function getGoals(db: Queryable, kommuneId: number, today: string): Promise<TGoalsResponse> {
  const [goals, indicators] = await Promise.all([loadGoals(db, kommuneId), indicatorValues(db, kommuneId, today)]);
  return {
    indicators,
    goals: goals.map((g) => ({ ...g, progress: goalProgress(g, indicators) })),
    totalCost: goals.reduce((a, g) => a + (g.costOre ?? 0), 0),
  };
}

