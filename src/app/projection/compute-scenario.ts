import { monteCarlo as runMonteCarlo, project, type MonteCarlo, type Projection, type ProjectionFacts, type ScenarioAssumptions } from '../../domain/projection/index.ts';

/** A projection and, when runs > 0, its Monte Carlo — the same domain functions the browser and the CLI call. */
export function computeScenario(facts: ProjectionFacts, a: ScenarioAssumptions, mc: { runs: number; seed: number } | null): { projection: Projection; monteCarlo: MonteCarlo | null } {
  return {
    projection: project(facts, a),
    monteCarlo: mc === null || mc.runs === 0 ? null : runMonteCarlo(facts, a, mc),
  };
}
