import { trainingOverview, type TrainingOverview } from '../../domain/training/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadTrainingFacts } from '../../db/repositories/training-facts.ts';
import type { Scope } from '../../db/scope.ts';

/**
 * A doctor-role user sees their own training and, as a supervisor, their candidates' and LIS1s'; the aggregates
 * (counts, supervisor FTE, grant totals) stay whole.
 */
function forViewer(o: TrainingOverview, scope: Scope): TrainingOverview {
  const own = scope.ownDoctorId;
  if (own === null) return o;
  const candidates = o.candidates.filter((c) => c.doctorId === own || c.supervisorId === own);
  const visible = new Set([own, ...candidates.map((c) => c.doctorId)]);
  const placements = o.lis1.placements.filter((p) => p.supervisorId === own);
  const lis1Names = new Set(placements.map((p) => p.name));
  return {
    ...o,
    candidates,
    due: o.due.filter((d) => (d.doctorId === null ? lis1Names.has(d.name) : visible.has(d.doctorId))),
    lis1: { ...o.lis1, placements },
    specialists: o.specialists.filter((s) => s.doctorId === own),
  };
}

/** Doctors in training on a date, as the viewer may see them: the one function the page, the export and the CLI read. */
export async function getTrainingOverview(db: Queryable, scope: Scope, date: string): Promise<TrainingOverview> {
  return forViewer(trainingOverview(await loadTrainingFacts(db, scope.kommuneId), { date }), scope);
}
