/**
 * Small hand-written problems for tests: a few days, a few shift types (single letters), a few people, and a
 * roster written as one string per person ("DD-N" = day, day, off, night).
 */
import { dayCalendar } from './calendar.ts';
import { OFF, type Employee, type FairnessWeights, type Problem, type Request, type RestPolicy, type ShiftType } from './model.ts';
import type { RuleId } from './rules/index.ts';

export interface TinySpec {
  rules: RuleId[];
  days?: number;
  /** Weekday of the first day, 0 = Monday. */
  firstWeekday?: number;
  shifts?: (Partial<ShiftType> & { id: string })[];
  employees?: Partial<Employee>[];
  /** Required people per (day, shift id); default 0. */
  cover?: (day: number, shift: string) => number;
  coverWeights?: { under: number; over: number };
  unavailable?: [employee: number, day: number][];
  exempt?: [employee: number, day: number, shift: string][];
  notCompetent?: number[];
  /** Start and end of a shift on a day, minutes since the epoch (for rest rules). */
  times?: (day: number, shift: string) => { start: number; end: number };
  onRequests?: Request[];
  offRequests?: Request[];
  rest?: Partial<RestPolicy>;
  fairness?: Partial<FairnessWeights>;
  holidayWeight?: (day: number) => number;
  /** Month index per day (default: all in month 0). */
  monthOf?: (day: number) => number;
}

const DEFAULT_SHIFTS: TinySpec['shifts'] = [{ id: 'D' }, { id: 'N', night: true }];

export function tinyProblem(spec: TinySpec): Problem {
  const H = spec.days ?? 7;
  const shiftTypes: ShiftType[] = (spec.shifts ?? DEFAULT_SHIFTS)!.map((s) => ({ name: s.id, minutes: 480, forbiddenNext: [], night: false, alone: false, backup: false, load: 1, ...s }));
  const S = shiftTypes.length;
  const employees: Employee[] = (spec.employees ?? [{}, {}]).map((e, i) => ({
    id: `L${i + 1}`,
    name: `Lege ${i + 1}`,
    maxShifts: new Array<number>(S).fill(Infinity),
    minMinutes: 0,
    maxMinutes: Infinity,
    maxConsecutive: Infinity,
    minConsecutive: 0,
    minDaysOff: 0,
    maxWeekends: Infinity,
    maxPerWeek: Infinity,
    maxPerMonth: Infinity,
    share: 0,
    history: { load: 0, nights: 0, weekends: 0, holidays: 0 },
    ...e,
  }));
  const E = employees.length;
  const idx = (id: string): number => shiftTypes.findIndex((s) => s.id === id);
  const cover = new Int32Array(H * S);
  const startAt = new Float64Array(H * S);
  const endAt = new Float64Array(H * S);
  for (let d = 0; d < H; d++) {
    shiftTypes.forEach((s, k) => {
      cover[d * S + k] = spec.cover?.(d, s.id) ?? 0;
      const t = spec.times?.(d, s.id) ?? { start: d * 1440 + 480, end: d * 1440 + 960 };
      startAt[d * S + k] = t.start;
      endAt[d * S + k] = t.end;
    });
  }
  const unavailable = new Uint8Array(E * H);
  for (const [e, d] of spec.unavailable ?? []) unavailable[e * H + d] = 1;
  const exempt = new Uint8Array(E * H * S);
  for (const [e, d, s] of spec.exempt ?? []) exempt[(e * H + d) * S + idx(s)] = 1;
  const competent = new Uint8Array(E * H).fill(1);
  for (const e of spec.notCompetent ?? []) competent.fill(0, e * H, (e + 1) * H);
  const cal = dayCalendar(H, spec.firstWeekday ?? 0);
  if (spec.monthOf) for (let d = 0; d < H; d++) cal.monthIndex[d] = spec.monthOf(d);
  return {
    name: 'tiny',
    days: H,
    shiftTypes,
    employees,
    rules: spec.rules,
    ...cal,
    holidayWeight: Float64Array.from({ length: H }, (_, d) => spec.holidayWeight?.(d) ?? 0),
    usable: new Uint8Array(H * S).fill(1),
    cover,
    coverUnderWeight: new Float64Array(H * S).fill(spec.coverWeights?.under ?? 1),
    coverOverWeight: new Float64Array(H * S).fill(spec.coverWeights?.over ?? 1),
    unavailable,
    exempt,
    competent,
    startAt,
    endAt,
    onRequests: spec.onRequests ?? [],
    offRequests: spec.offRequests ?? [],
    rest: { minRestMinutes: 660, freeBeforeNight: false, ...spec.rest },
    fairness: { load: 0, nights: 0, weekends: 0, holidays: 0, ...spec.fairness },
    pinned: new Uint8Array(E * H),
    dayLabels: Array.from({ length: H }, (_, d) => `dag ${d + 1}`),
  };
}

/** A grid from one string per person: a shift id per day, "-" for off. */
export function rosterOf(p: Problem, rows: string[]): Int8Array {
  const grid = new Int8Array(p.employees.length * p.days).fill(OFF);
  rows.forEach((row, e) => {
    [...row].forEach((c, d) => {
      grid[e * p.days + d] = c === '-' ? OFF : p.shiftTypes.findIndex((s) => s.id === c);
    });
  });
  return grid;
}
