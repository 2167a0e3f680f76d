import type { Projection } from './types.ts';

/** One scenario's key figures in one year of a side-by-side comparison. */
export interface ComparedFigures {
  scenarioId: number;
  positionsNeeded: number;
  positionsHeld: number;
  gap: number;
  positionsToCreate: number;
  recruitsNeeded: number;
}

/** Scenarios side by side, year by year: every year any scenario covers; a scenario with a shorter horizon is null there. */
export function compareScenarios(items: readonly { scenarioId: number; projection: Projection }[]): { year: number; scenarios: (ComparedFigures | null)[] }[] {
  const years = [...new Set(items.flatMap((i) => i.projection.years.map((y) => y.year)))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    scenarios: items.map(({ scenarioId, projection }) => {
      const y = projection.years.find((r) => r.year === year);
      return y
        ? { scenarioId, positionsNeeded: y.positionsNeeded, positionsHeld: y.positionsHeld, gap: y.gap, positionsToCreate: y.positionsToCreate, recruitsNeeded: y.recruitsNeeded }
        : null;
    }),
  }));
}
