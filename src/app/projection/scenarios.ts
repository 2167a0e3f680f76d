import { compareScenarios, defaultAssumptions, DEFINITIONS, scenarioPresets, type ScenarioAssumptions } from '../../domain/projection/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadProjectionFacts } from '../../db/repositories/projection-facts.ts';
import { getScenario, listScenarios } from '../../db/repositories/projection-scenarios.ts';
import type { Scope } from '../../db/scope.ts';
import { computeScenario } from './compute-scenario.ts';

/** What the dimensioning page starts from: the facts, the default assumptions, the presets and the definitions. */
export async function getProjectionFacts(db: Queryable, scope: Scope) {
  const facts = await loadProjectionFacts(db, scope.kommuneId);
  const defaults = defaultAssumptions(facts);
  return { facts, defaults, presets: scenarioPresets(facts, defaults), definitions: DEFINITIONS };
}

/** An unsaved what-if: the assumptions as sent, on the municipality's facts. */
export async function runProjection(db: Queryable, scope: Scope, req: { assumptions: ScenarioAssumptions; monteCarlo: { runs: number; seed: number } | null }) {
  return computeScenario(await loadProjectionFacts(db, scope.kommuneId), req.assumptions, req.monteCarlo);
}

/** A saved scenario with its projection and (runs > 0) Monte Carlo. */
export async function getScenarioResult(db: Queryable, scope: Scope, id: number, mc: { runs: number; seed: number }) {
  const scenario = await getScenario(db, scope, id);
  const facts = await loadProjectionFacts(db, scope.kommuneId);
  return { scenario, facts, ...computeScenario(facts, scenario.assumptions, mc) };
}

/** The scenarios with the given ids (all saved ones when null), each with its projection (no Monte Carlo: the comparison is of the main figures). */
export async function projectScenarios(db: Queryable, scope: Scope, ids: readonly number[] | null) {
  const facts = await loadProjectionFacts(db, scope.kommuneId);
  const scenarios = ids === null ? await listScenarios(db, scope) : [];
  for (const id of ids ?? []) scenarios.push(await getScenario(db, scope, id));
  return scenarios.map((s) => ({ id: s.id, name: s.name, projection: computeScenario(facts, s.assumptions, null).projection }));
}

/** The scenarios side by side, and the differences year by year. */
export async function compareSavedScenarios(db: Queryable, scope: Scope, ids: readonly number[]) {
  const items = await projectScenarios(db, scope, ids);
  return { scenarios: items, years: compareScenarios(items.map((i) => ({ scenarioId: i.id, projection: i.projection }))) };
}
