import type { TScenario, TScenarioInput } from '../../contracts/projection/scenario.ts';
import type { ComparedFigures, Definition, MonteCarlo, Projection, ProjectionFacts, ScenarioAssumptions } from '../../domain/projection/index.ts';
import { api } from '../api.ts';

export type Scenario = TScenario;

export interface FactsResponse {
  facts: ProjectionFacts;
  defaults: ScenarioAssumptions;
  presets: { name: string; description: string; assumptions: ScenarioAssumptions }[];
  definitions: Definition[];
}

export interface ScenarioResult {
  scenario: Scenario;
  projection: Projection;
  monteCarlo: MonteCarlo | null;
}

export interface Comparison {
  scenarios: { id: number; name: string; projection: Projection }[];
  years: { year: number; scenarios: (ComparedFigures | null)[] }[];
}

export const MC_RUNS = 500;

export const fetchFacts = () => api.get<FactsResponse>('/api/projection/facts');
export const fetchScenarios = () => api.get<{ items: Scenario[] }>('/api/projection/scenarios');
export const fetchResult = (id: number) => api.get<ScenarioResult>(`/api/projection/scenarios/${id}/result`, { runs: MC_RUNS, seed: 1 });
export const createScenario = (input: TScenarioInput) => api.post<Scenario>('/api/projection/scenarios', input);
export const updateScenario = (id: number, input: TScenarioInput & { version: number }) => api.put<Scenario>(`/api/projection/scenarios/${id}`, input);
export const fetchComparison = (ids: readonly number[]) => api.get<Comparison>('/api/projection/compare', { ids: ids.join(',') });

export const scenarioXlsx = (id: number) => `/api/projection/scenarios/${id}/export.xlsx?runs=${MC_RUNS}&seed=1`;
export const scenarioPdf = (id: number) => `/api/projection/scenarios/${id}/report.pdf?runs=${MC_RUNS}&seed=1`;
export const comparisonXlsx = (ids: readonly number[]) => `/api/projection/compare/export.xlsx?ids=${ids.join(',')}`;
