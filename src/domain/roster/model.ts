/**
 * The roster model shared by the legevakt and the Curtois & Qu benchmark.
 *
 * Facts versus decisions (STYLE.md item 3): a `Problem` holds only facts — days, shift types, people, what each
 * day needs, who is away, who is exempt or competent. The solver decides one thing: which shift type (or none)
 * each person works on each day. That decision is a flat `Int8Array` grid, `grid[e * days + d]`, −1 for off.
 * "At most one shift per person per day" is therefore a property of the representation, not a rule: legevakt
 * shifts of one date (day, evening, night, on-call, backup) never go to the same doctor.
 *
 * Everything is dense typed arrays indexed by person, day and shift type so that the rules' fast paths
 * (see rules/types.ts) run at well over 10^5 moves per second.
 */
import type { RuleId } from './rules/ids.ts';

/** Off: the grid value of a day without a shift. */
export const OFF = -1;

/** One kind of shift (a Curtois shift ID, or a legevakt shift template such as "night present doctor"). */
export interface ShiftType {
  id: string;
  name: string;
  /** Length in minutes (the benchmark's total-minutes limits count this). */
  minutes: number;
  /** Shift types that may not be worked on the day after this one (indices into `shiftTypes`). */
  forbiddenNext: readonly number[];
  /** A night shift (counts for night fairness, rest after night, free before night, night exemptions). */
  night: boolean;
  /** Whoever works it alone must be competent (akuttmedisinforskriften §7) or have a backup that day. */
  alone: boolean;
  /** A backup (bakvakt) shift: only competent doctors may take it; it covers that day's non-competent doctors. */
  backup: boolean;
  /** How much one such shift weighs in the load that fairness spreads (1 for an ordinary shift). */
  load: number;
}

/** Earlier periods, so fairness holds over years and not just within one plan. */
export interface History {
  load: number;
  nights: number;
  weekends: number;
  holidays: number;
}

/** One person (a doctor, or a benchmark employee) and their limits. `Infinity` means "no limit". */
export interface Employee {
  id: string;
  name: string;
  /** Max shifts per shift type over the horizon (0 = never that type). */
  maxShifts: readonly number[];
  minMinutes: number;
  maxMinutes: number;
  maxConsecutive: number;
  minConsecutive: number;
  minDaysOff: number;
  maxWeekends: number;
  maxPerWeek: number;
  maxPerMonth: number;
  /** Relative share of the load (list size or position percentage); 0 when fairness does not apply. */
  share: number;
  history: History;
}

/** A wish or request: work (on) or do not work (off) shift type `shift` (or any shift when −1) on `day`. */
export interface Request {
  employee: number;
  day: number;
  shift: number;
  weight: number;
}

/** Minimum rest and the optional "free before night" rule of a municipality. */
export interface RestPolicy {
  minRestMinutes: number;
  freeBeforeNight: boolean;
}

/** Weights of the fairness rules (soft; penalty = weight × squared deviation from the fair target). */
export interface FairnessWeights {
  load: number;
  nights: number;
  weekends: number;
  holidays: number;
}

export interface Problem {
  name: string;
  days: number;
  shiftTypes: readonly ShiftType[];
  employees: readonly Employee[];
  /** The catalogue rules that apply to this problem (the benchmark uses its own subset). */
  rules: readonly RuleId[];
  /** Day of week per day, 0 = Monday … 6 = Sunday. */
  weekday: Uint8Array;
  /** Weekend index per day (days of one Saturday–Sunday pair share it), −1 on Monday–Friday. */
  weekendIndex: Int32Array;
  weekendCount: number;
  /** ISO week index per day (counted from the first day) and month index per day, for max per week/month. */
  weekIndex: Int32Array;
  monthIndex: Int32Array;
  /** Holiday weight per day (0 on an ordinary day; Christmas and New Year weigh more). */
  holidayWeight: Float64Array;
  /** 1 where the shift type exists on that day (`[d * S + s]`): the solver assigns no other. */
  usable: Uint8Array;
  /** Required number of people per (day, shift): `cover[d * S + s]`. */
  cover: Int32Array;
  /** Benchmark cover weights per (day, shift): per missing and per surplus person. */
  coverUnderWeight: Float64Array;
  coverOverWeight: Float64Array;
  /** 1 where the person may not work that day (`[e * days + d]`). */
  unavailable: Uint8Array;
  /** 1 where the person is exempt from that shift type that day (`[(e * days + d) * S + s]`). */
  exempt: Uint8Array;
  /** 1 where the person is competent to work alone that day (`[e * days + d]`). */
  competent: Uint8Array;
  /** Start and end of each (day, shift) in minutes since the Unix epoch (UTC), for rest; empty if unknown. */
  startAt: Float64Array;
  endAt: Float64Array;
  onRequests: readonly Request[];
  offRequests: readonly Request[];
  rest: RestPolicy;
  fairness: FairnessWeights;
  /** Pinned cells (published or manually fixed): the solver never changes them. */
  pinned: Uint8Array;
  /** Labels for explanations: the date of each day (ISO) when known. */
  dayLabels: readonly string[];
}

/** Shift types that exist on a day, the only ones the solver assigns. */
export function usableShifts(p: Problem, day: number): number[] {
  const S = p.shiftTypes.length;
  const out: number[] = [];
  for (let s = 0; s < S; s++) if (p.usable[day * S + s] === 1) out.push(s);
  return out;
}
