import { capacityFigures, currentMonth } from '../../domain/capacity/index.ts';
import type { PlanInputs } from '../../domain/economics/index.ts';
import { normGapReport, NormDataError } from '../../domain/norms/index.ts';
import { trainingOverview } from '../../domain/training/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import { loadNormFacts } from '../../db/repositories/norms-facts.ts';
import { loadTrainingFacts } from '../../db/repositories/training-facts.ts';
import { wholeMunicipality } from '../context.ts';
import { getCosts } from './costs.ts';
import { getGoals } from './goals.ts';
import { getSubsidyReport } from './subsidy-report.ts';

/** Everything the plan document shows, from the same functions as the screens. */
export async function buildPlanInputs(
  db: Queryable,
  kommune: { id: number; name: string },
  today: string,
  chapters: readonly { id: string; heading: string }[],
  statusLabels: Record<string, string>,
): Promise<PlanInputs> {
  const [cap, norms, subsidy, costs, goals, trainingFacts] = await Promise.all([
    loadCapacityFacts(db, kommune.id),
    loadNormFacts(db, kommune.id),
    getSubsidyReport(db, wholeMunicipality(kommune.id), {}),
    getCosts(db, kommune.id, {}),
    getGoals(db, kommune.id, today),
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
