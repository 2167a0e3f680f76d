import type { ScenarioAssumptions } from '../../domain/projection/index.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { SCENARIO_ENTITY } from './projection-entities.ts';
import { getRow, listRows } from './registry.ts';

/** A saved scenario as the projection reads it. */
export interface SavedScenario {
  id: number;
  version: number;
  name: string;
  description: string;
  assumptions: ScenarioAssumptions;
}

/** A saved scenario by id, within the scope (not found for another municipality's). */
export async function getScenario(db: Queryable, scope: Scope, id: number): Promise<SavedScenario> {
  return (await getRow(db, SCENARIO_ENTITY, scope, id)) as unknown as SavedScenario;
}

/** The municipality's saved scenarios, by name. */
export async function listScenarios(db: Queryable, scope: Scope): Promise<SavedScenario[]> {
  return (await listRows(db, SCENARIO_ENTITY, scope)) as unknown as SavedScenario[];
}

/** A saved scenario by its name (case-insensitive), or null. */
export async function findScenarioByName(db: Queryable, scope: Scope, name: string): Promise<SavedScenario | null> {
  const wanted = name.trim().toLocaleLowerCase('nb');
  return (await listScenarios(db, scope)).find((s) => s.name.toLocaleLowerCase('nb') === wanted) ?? null;
}
