import type { GoalProgress, IndicatorValues, PackageCost, StoredGoal, SubsidyReport } from '../../domain/economics/index.ts';

type ComparedRow = { label: string; fullYear: number; perPosition: number | null; versusDoingNothing: number };

/** GET /api/economics/costs */
export interface TCostsResponse {
  asOf: string | null;
  positions: number;
  selfEmployedLists: number;
  packages: PackageCost[];
  compare: { doingNothing: ComparedRow; alternatives: ComparedRow[]; agencyPositions: number; agencyShare: number; agencyPricePerMonth: number };
}

/** GET /api/economics/basistilskudd */
export type TSubsidyResponse = SubsidyReport & { compositionFromPopulation: boolean };

/** A stored goal as the goals view reads it. */
export type TGoalRow = StoredGoal;

/** GET /api/economics/goals */
export interface TGoalsResponse {
  indicators: IndicatorValues;
  goals: (TGoalRow & { progress: GoalProgress })[];
  totalCost: number;
}
