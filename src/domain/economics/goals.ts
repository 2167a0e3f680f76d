/** Live indicators a plan goal can be linked to, computed by the other areas (never typed in). */
export const GOAL_INDICATORS = {
  free_share: { label: 'Ledig listekapasitet (andel åpne plasser)', unit: 'share' },
  open_places: { label: 'Åpne listeplasser', unit: 'count' },
  fte_gap: { label: 'Gap i legeårsverk i sykehjem (norm − i stilling)', unit: 'fte' },
  legevakt_shifts_per_gp: { label: 'Legevaktvakter per fastlege per år (gjennomsnitt)', unit: 'number' },
  alis_count: { label: 'ALIS (leger i spesialisering i allmennmedisin)', unit: 'count' },
} as const;
export type GoalIndicator = keyof typeof GOAL_INDICATORS;
export const GOAL_INDICATOR_NAMES = Object.keys(GOAL_INDICATORS) as GoalIndicator[];

export const GOAL_STATUSES = ['not_started', 'in_progress', 'done', 'postponed', 'rejected'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Today's value of each indicator; null = the area has no figure (no data, or the area is not in use yet). */
export type IndicatorValues = Record<GoalIndicator, number | null>;

export interface GoalLink {
  indicator: GoalIndicator | null;
  target: number | null;
  direction: 'at_least' | 'at_most';
}

/** A goal of the plan as the municipality stored it. */
export interface StoredGoal extends GoalLink {
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
}

export interface GoalProgress {
  value: number | null;
  target: number | null;
  /** true/false when indicator, value and target are all known; null otherwise. */
  met: boolean | null;
  /** Why there is no verdict, in Norwegian; null when there is one. */
  missing: string | null;
}

/** A goal's progress from its linked indicator: the value today against the target, in the goal's direction. */
export function goalProgress(goal: GoalLink, values: IndicatorValues): GoalProgress {
  if (goal.indicator === null) return { value: null, target: goal.target, met: null, missing: 'Ikke koblet til en indikator' };
  const value = values[goal.indicator];
  if (value === null) return { value, target: goal.target, met: null, missing: `Ingen tall for «${GOAL_INDICATORS[goal.indicator].label}» ennå` };
  if (goal.target === null) return { value, target: null, met: null, missing: 'Målverdi er ikke satt' };
  const met = goal.direction === 'at_least' ? value >= goal.target : value <= goal.target;
  return { value, target: goal.target, met, missing: null };
}
