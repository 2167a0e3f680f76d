/** Small helpers the rule files share: labels for Norwegian explanations, runs of working days, per-person requests. */
import { OFF, type Problem, type Request } from '../model.ts';
import type { Rule, Violation } from './types.ts';

export const who = (p: Problem, e: number): string => p.employees[e]?.name ?? `#${e}`;
export const when = (p: Problem, d: number): string => p.dayLabels[d] ?? `dag ${d + 1}`;
export const shiftName = (p: Problem, s: number): string => p.shiftTypes[s]?.name ?? `vakt ${s}`;

/** A violation of `rule` with the given size and parties. */
export function violation(
  rule: Pick<Rule, 'id' | 'level'>,
  penalty: number,
  parties: { employees?: number[]; days?: number[]; shifts?: number[] },
  message: string,
): Violation {
  return { rule: rule.id, level: rule.level, penalty, employees: parties.employees ?? [], days: parties.days ?? [], shifts: parties.shifts ?? [], message };
}

/**
 * Calls `visit(start, length)` for every maximal run of working days (`working = true`) or days off in person
 * e's row, and says whether the run touches the first or last day (the benchmark exempts those from minimums).
 */
export function forEachRun(
  p: Problem,
  grid: Int8Array,
  e: number,
  working: boolean,
  visit: (start: number, length: number, touchesEdge: boolean) => void,
): void {
  const H = p.days;
  const base = e * H;
  let d = 0;
  while (d < H) {
    if ((grid[base + d] !== OFF) !== working) {
      d++;
      continue;
    }
    const start = d;
    while (d < H && (grid[base + d] !== OFF) === working) d++;
    visit(start, d - start, start === 0 || d === H);
  }
}

/** Days of a run, for explanations. */
export const range = (start: number, length: number): number[] => Array.from({ length }, (_, i) => start + i);

const byEmployeeCache = new WeakMap<readonly Request[], Request[][]>();

/** Requests grouped by person (cached per request list, which belongs to one immutable problem). */
export function requestsOf(p: Problem, requests: readonly Request[], e: number): readonly Request[] {
  let grouped = byEmployeeCache.get(requests);
  if (!grouped) {
    grouped = p.employees.map(() => []);
    for (const r of requests) grouped[r.employee]?.push(r);
    byEmployeeCache.set(requests, grouped);
  }
  return grouped[e] ?? [];
}

/** Number of people on (day, shift) and the people themselves. */
export function onShift(p: Problem, grid: Int8Array, d: number, s: number): number[] {
  const out: number[] = [];
  for (let e = 0; e < p.employees.length; e++) if (grid[e * p.days + d] === s) out.push(e);
  return out;
}

/** Shifts over a limit per period (week or month): the sum over periods of max(0, count − max), without allocating. */
export function overPerPeriodPenalty(p: Problem, grid: Int8Array, e: number, periodOf: Int32Array, max: number): number {
  if (max === Infinity) return 0;
  const base = e * p.days;
  let penalty = 0;
  let count = 0;
  for (let d = 0; d < p.days; d++) {
    if (d > 0 && periodOf[d] !== periodOf[d - 1]) {
      if (count > max) penalty += count - max;
      count = 0;
    }
    if (grid[base + d] !== OFF) count++;
  }
  return count > max ? penalty + count - max : penalty;
}

/** The periods (first day, shifts) in which a person works more than `max` shifts, for explanations. */
export function periodsOver(p: Problem, grid: Int8Array, e: number, periodOf: Int32Array, max: number): { first: number; count: number }[] {
  const periods: { first: number; count: number }[] = [];
  const base = e * p.days;
  let d = 0;
  while (d < p.days) {
    const period = periodOf[d];
    const first = d;
    let count = 0;
    while (d < p.days && periodOf[d] === period) {
      if (grid[base + d] !== OFF) count++;
      d++;
    }
    if (count > max) periods.push({ first, count });
  }
  return periods;
}

let scratch = new Int32Array(64);

/** A zeroed scratch counter array of length n, reused between calls (the fast paths must not allocate). */
export function counters(n: number): Int32Array {
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  scratch.fill(0, 0, n);
  return scratch;
}
