/**
 * What the four fairness rules share: a measure (load, nights, weekends, holiday weight) per (day, shift), each
 * doctor's fair target for the period, and the squared deviation from it.
 *
 * Fair target = the doctor's effective share of (this period's demand + everyone's history) − the doctor's own
 * history, so whoever did more in earlier periods gets less now and fairness holds over years. The effective
 * share is the share times the part of the demand the doctor may take at all (not unavailable, not exempt): a
 * doctor exempt from nights gets no night target, and the others' targets grow accordingly.
 */
import { OFF, type History, type Problem } from '../model.ts';
import type { RuleId } from './ids.ts';

export type FairMeasure = 'load' | 'nights' | 'weekends' | 'holidays';

const fmt = (x: number) => x.toLocaleString('nb-NO', { maximumFractionDigits: 1 });

/** A doctor's amount of a measure in words: "12 nattevakter", "1 helgevakt", "vaktbelastning 14,5", "helligdagsvekt 3". */
export function measureText(m: FairMeasure, amount: number): string {
  switch (m) {
    case 'load':
      return `vaktbelastning ${fmt(amount)}`;
    case 'nights':
      return `${fmt(amount)} ${amount === 1 ? 'nattevakt' : 'nattevakter'}`;
    case 'weekends':
      return `${fmt(amount)} ${amount === 1 ? 'helgevakt' : 'helgevakter'}`;
    case 'holidays':
      return `helligdagsvekt ${fmt(amount)}`;
  }
}

/** A measure's fair target in words, in the same unit as `measureText`. */
export const targetText = (target: number): string => fmt(target);

/** How much one shift of type s on day d counts for the measure. */
export function measureOf(p: Problem, m: FairMeasure, d: number, s: number): number {
  const type = p.shiftTypes[s]!;
  switch (m) {
    case 'load':
      return type.load;
    case 'nights':
      return type.night ? 1 : 0;
    case 'weekends':
      return p.weekendIndex[d]! >= 0 ? 1 : 0;
    case 'holidays':
      return p.holidayWeight[d]!;
  }
}

const historyOf = (h: History, m: FairMeasure): number => h[m];

const targetCache = new WeakMap<Problem, Map<FairMeasure, Float64Array>>();

/** Each doctor's fair target for the period (NaN for a doctor without a share: not part of fairness). */
export function fairTargets(p: Problem, m: FairMeasure): Float64Array {
  let byMeasure = targetCache.get(p);
  if (!byMeasure) targetCache.set(p, (byMeasure = new Map()));
  const cached = byMeasure.get(m);
  if (cached) return cached;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  let demand = 0;
  const reachable = new Float64Array(E);
  for (let d = 0; d < p.days; d++) {
    for (let s = 0; s < S; s++) {
      const need = p.cover[d * S + s]!;
      if (need === 0 || p.shiftTypes[s]!.backup) continue;
      const w = need * measureOf(p, m, d, s);
      if (w === 0) continue;
      demand += w;
      for (let e = 0; e < E; e++) if (p.unavailable[e * p.days + d] !== 1 && p.exempt[(e * p.days + d) * S + s] !== 1) reachable[e]! += w;
    }
  }
  const effective = p.employees.map((emp, e) => (emp.share > 0 && demand > 0 ? emp.share * (reachable[e]! / demand) : 0));
  const shareSum = effective.reduce((a, b) => a + b, 0);
  const total = demand + p.employees.reduce((sum, emp) => sum + (emp.share > 0 ? historyOf(emp.history, m) : 0), 0);
  const targets = new Float64Array(E);
  p.employees.forEach((emp, e) => {
    targets[e] = emp.share > 0 && shareSum > 0 ? (effective[e]! / shareSum) * total - historyOf(emp.history, m) : NaN;
  });
  byMeasure.set(m, targets);
  return targets;
}

const tableCache = new WeakMap<Problem, Map<FairMeasure, Float64Array>>();

/** measureOf for every (day, shift), computed once per problem: the fast path reads it instead of branching. */
function measureTable(p: Problem, m: FairMeasure): Float64Array {
  let byMeasure = tableCache.get(p);
  if (!byMeasure) tableCache.set(p, (byMeasure = new Map()));
  let table = byMeasure.get(m);
  if (!table) {
    const S = p.shiftTypes.length;
    table = new Float64Array(p.days * S);
    for (let d = 0; d < p.days; d++) for (let s = 0; s < S; s++) table[d * S + s] = measureOf(p, m, d, s);
    byMeasure.set(m, table);
  }
  return table;
}

/** The doctor's count of the measure in this roster. */
export function measured(p: Problem, grid: Int8Array, m: FairMeasure, e: number): number {
  const table = measureTable(p, m);
  const S = p.shiftTypes.length;
  const base = e * p.days;
  let sum = 0;
  for (let d = 0; d < p.days; d++) {
    const s = grid[base + d]!;
    if (s !== OFF) sum += table[d * S + s]!;
  }
  return sum;
}

/** The weight of the rule for the measure (the municipality sets them; Christmas and New Year weigh in holidayWeight). */
export function fairWeight(p: Problem, m: FairMeasure): number {
  return p.fairness[m];
}

export const FAIR_RULE: Record<FairMeasure, RuleId> = { load: 'fair-load', nights: 'fair-nights', weekends: 'fair-weekends', holidays: 'fair-holidays' };
