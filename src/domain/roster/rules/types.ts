/**
 * A rule of the catalogue (STYLE.md item 1): one object in one file, hard or soft, with two evaluations.
 *
 * - `penalty(p, grid, i)` is the fast path the solver uses for incremental (delta) scoring: the rule's penalty
 *   for one person's row (`scope: 'employee'`) or one day's column (`scope: 'day'`). Every rule's total is a sum
 *   over persons or over days, so a move only recomputes the rows and days it touched.
 * - `explain(p, grid)` is the independent evaluator: it lists every violation with how badly the rule is
 *   broken (`penalty`, in the rule's `unit`) and which people, days and shifts are involved, for the UI and for the
 *   benchmark's objective. It is written separately from `penalty` on purpose, and a test checks that both agree.
 */
import type { Problem } from '../model.ts';
import type { RuleId } from './ids.ts';

export type RuleLevel = 'hard' | 'soft';

/** The unit a rule's penalty is counted in (shown to the user next to the figure). */
export type PenaltyUnit = 'shifts' | 'days' | 'minutes' | 'weekends' | 'weight' | 'persons' | 'squared-deviation';

/** What a rule's penalty counts, in the words a coordinator reads next to the figure. */
export const PENALTY_UNIT_LABEL: Readonly<Record<PenaltyUnit, string>> = {
  shifts: 'vakter',
  days: 'dager',
  minutes: 'minutter',
  weekends: 'helger',
  weight: 'helligdagsvekt',
  persons: 'leger',
  'squared-deviation': 'avvik fra rettferdig andel, kvadrert',
};

/** One broken rule: how badly (`penalty`, in the rule's unit) and who and what it involves. */
export interface Violation {
  rule: RuleId;
  level: RuleLevel;
  penalty: number;
  employees: number[];
  days: number[];
  shifts: number[];
  /** Norwegian explanation for the planner, naming the people and dates. */
  message: string;
}

export interface Rule {
  id: RuleId;
  level: RuleLevel;
  /** Norwegian title for the UI. */
  title: string;
  unit: PenaltyUnit;
  /**
   * Converts the unit into "shift-equivalents" for the solver's weighted sum of hard penalties, so that one minute
   * short on total time does not weigh as much as one uncovered shift. Reporting always uses the raw penalty.
   */
  searchScale: number;
  scope: 'employee' | 'day';
  penalty(p: Problem, grid: Int8Array, index: number): number;
  explain(p: Problem, grid: Int8Array): Violation[];
}
