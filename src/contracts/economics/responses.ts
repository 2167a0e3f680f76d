import type { GoalIndicator, GoalProgress, GoalStatus, IndicatorValues, PackageCost, SubsidyReport } from '../../domain/economics/index.ts';

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
export interface TGoalRow {
  id: number;
  number: number;
  area: string;
  goal: string;
  measure: string;
  owner: string;
  due: string;
  costOre: number | null;
  costNote: string;
  status: GoalStatus;
  note: string;
  indicator: GoalIndicator | null;
  target: number | null;
  direction: 'at_least' | 'at_most';
}

/** GET /api/economics/goals */
export interface TGoalsResponse {
  indicators: IndicatorValues;
  goals: (TGoalRow & { progress: GoalProgress })[];
  totalCost: number;
}
