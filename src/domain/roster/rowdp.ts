/**
 * The exact best row for one person, by dynamic programming (the pricing problem of column generation).
 *
 * In the Curtois & Qu benchmark every hard rule concerns one person's row, and the soft objective is linear in one
 * person's cells once everybody else is fixed: working shift s on day d changes that (day, shift)'s cover penalty by
 * a known amount (the others' count is fixed), and a request costs its weight when the cell does not grant it. So
 * the best row for person e, the rest of the roster fixed, is a shortest path over the days through states that
 * carry what the row's hard rules need to know:
 *
 *   state = (what the previous day was and how long its run of work or rest has lasted, minutes worked so far,
 *            weekends worked so far)
 *
 * with transitions that respect max/min consecutive working days, min consecutive days off (runs touching the first
 * or last day exempt from minimums, as the rules say), forbidden successions, max weekends, max total minutes and
 * the cells the person may hold at all; the minimum total minutes is checked at the end. A max shifts per type that
 * binds is counted in the state too (the types with the fewest values first, while the state space stays small);
 * a binding limit left out (Curtois instance 13 has many) is priced in — a penalty raised until the row keeps it.
 * Cells outside the window [from, to) and pinned cells keep their value, so the same code re-optimises a window
 * of a long row. The states of a day are kept sparse (a list of the reachable ones), so a window costs about
 * (reachable states × values) per day, a few milliseconds on a 4-week row.
 *
 * The DP is exact for the benchmark's rules (rowModelOf says when it applies); the caller still scores the answer
 * with the rules themselves before keeping it.
 */
import { OFF, type Problem } from './model.ts';
import { requestsOf } from './rules/helpers.ts';
import { BENCHMARK_RULES } from './rules/index.ts';

/** A better row for one window of one person: the values for days [from, to) and how much the objective falls. */
export interface RowAnswer {
  values: Int8Array;
  gain: number;
}

/** Above this many states per day (minutes × weekends × run states) the DP is not used (Curtois instance 24). */
const MAX_STATES = 2_000_000;
const LAGRANGE_ROUNDS = 6;
/**
 * At most this many combinations of a person's counted per-type limits in the state; further limits are priced.
 * Measured on Curtois instance 8 (people with limits on two or three types): 13 ms → 2 ms per row, and a better
 * roster from column generation in the same time (1 305 in 7 s against 1 309 in 28 s).
 */
const MAX_COUNTS = 64;

/** A row optimiser for the problem, or null when its rules are not all the benchmark's (the DP models only those) or it is too large. */
export function rowOptimizerOf(p: Problem, allowed: Uint8Array): RowOptimizer | null {
  if (!p.rules.every((r) => BENCHMARK_RULES.includes(r))) return null;
  const o = new RowOptimizer(p, allowed);
  return o.size <= MAX_STATES ? o : null;
}

export class RowOptimizer {
  private readonly p: Problem;
  private readonly allowed: Uint8Array;
  private readonly S: number;
  /** Minutes are counted in units of the greatest common divisor of the shift lengths. */
  private readonly unit: number;
  private readonly len: Int32Array;
  /**
   * Shift types with the same forbidden successors are one class in the state (what the next day may be depends only
   * on that): `kind[s]`, and `forbidden[kind × S + next]`.
   */
  private readonly kind: Int32Array;
  private readonly K: number;
  private readonly forbidden: Uint8Array;
  /**
   * Run states: off runs 1..offStates (the last meaning "long enough"), then work (shift's class, length), then work
   * runs from the first day still shorter than the minimum (class, length; exempt from it), then the start.
   */
  private readonly offStates: number;
  private readonly maxRun: number;
  private readonly leadRun: number;
  private readonly L: number;
  private readonly W1: number;
  private readonly M: number;
  /** Per person: the shift types whose maximum binds (below the horizon) counted in the state — index, radix, stride. */
  private readonly tracked: { s: number; radix: number; stride: number }[][];
  private readonly C: number;
  /** Per person: every binding maximum is in the state, so the DP is exact (else some are priced in). */
  readonly exact: boolean[];
  readonly size: number;
  // One reusable layer map (key → index in the list) and the growable list of all days' states.
  private stamp: Int32Array = new Int32Array(0);
  private at: Int32Array = new Int32Array(0);
  private token = 0;
  private keys = new Int32Array(1 << 16);
  private back = new Int32Array(1 << 16);
  private vals = new Int8Array(1 << 16);
  private costs = new Float64Array(1 << 16);

  constructor(p: Problem, allowed: Uint8Array) {
    this.p = p;
    this.allowed = allowed;
    const S = (this.S = p.shiftTypes.length);
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    this.unit = Math.max(1, p.shiftTypes.reduce((g, t) => gcd(g, Math.round(t.minutes)), 0));
    this.len = Int32Array.from(p.shiftTypes, (t) => Math.round(t.minutes / this.unit));
    const kinds = new Map<string, number>();
    this.kind = Int32Array.from(p.shiftTypes, (t) => {
      const key = [...new Set(t.forbiddenNext)].sort((a, b) => a - b).join(',');
      if (!kinds.has(key)) kinds.set(key, kinds.size);
      return kinds.get(key)!;
    });
    const K = (this.K = kinds.size);
    this.forbidden = new Uint8Array(K * S);
    p.shiftTypes.forEach((t, a) => t.forbiddenNext.forEach((b) => (this.forbidden[this.kind[a]! * S + b] = 1)));
    const emps = p.employees;
    this.offStates = Math.max(1, ...emps.map((e) => Math.min(e.minDaysOff, p.days)));
    this.maxRun = Math.max(1, ...emps.map((e) => Math.min(e.maxConsecutive, p.days)));
    this.leadRun = Math.max(1, ...emps.map((e) => Math.min(e.minConsecutive, p.days))) - 1;
    this.L = this.offStates + K * (this.maxRun + this.leadRun) + 1;
    this.W1 = Math.max(...emps.map((e) => Math.min(e.maxWeekends, p.weekendCount))) + 1;
    const maxLen = Math.max(0, ...this.len);
    this.M = Math.max(...emps.map((e) => Math.min(Number.isFinite(e.maxMinutes) ? Math.floor(e.maxMinutes / this.unit) : p.days * maxLen, p.days * maxLen)));
    // Count each person's binding types in the state, those with the fewest values first, while it stays small.
    const base = this.L * this.W1 * (this.M + 1);
    this.tracked = emps.map((emp) => {
      const out: { s: number; radix: number; stride: number }[] = [];
      let product = 1;
      const binding = emp.maxShifts.map((max, s) => ({ s, radix: max + 1 })).filter((t) => t.radix > 1 && t.radix <= p.days);
      for (const t of binding.sort((a, b) => a.radix - b.radix)) {
        if (product * t.radix * base > MAX_STATES || product * t.radix > MAX_COUNTS) break;
        out.push({ ...t, stride: product });
        product *= t.radix;
      }
      return out;
    });
    this.exact = emps.map((emp, e) => emp.maxShifts.filter((max) => max > 0 && max < p.days).length === this.tracked[e]!.length);
    const C = Math.max(1, ...this.tracked.map((ts) => ts.reduce((n, t) => n * t.radix, 1)));
    this.C = C;
    this.size = this.L * this.W1 * C * (this.M + 1);
  }

  /**
   * The best values of person e's cells on days [from, to), everything else fixed, when they beat the row's current
   * values by more than `minGain` (0: any strict improvement; −Infinity: the best feasible row whatever it gains);
   * null when no feasible row does.
   */
  best(grid: Int8Array, e: number, from: number, to: number, minGain = 1e-9): RowAnswer | null {
    const { p, S } = this;
    const cost = this.cellCosts(grid, e, from, to);
    let current = 0;
    for (let d = from; d < to; d++) current += cost[(d - from) * (S + 1) + grid[e * p.days + d]! + 1]!;
    const values = this.cheapest(grid, e, from, to, cost);
    if (!values) return null;
    let next = 0;
    for (let k = 0; k < values.length; k++) next += cost[k * (S + 1) + values[k]! + 1]!;
    return current - next > minGain ? { values, gain: current - next } : null;
  }

  /**
   * The cheapest feasible values of person e's cells on days [from, to) under the given costs
   * (`cost[(d − from) × (S + 1) + v + 1]` for value v, off being −1), everything else fixed; null when none is
   * feasible. Column generation prices rows with it (costs less the cover's dual values).
   */
  cheapest(grid: Int8Array, e: number, from: number, to: number, cost: Float64Array): Int8Array | null {
    const { p, S } = this;
    const H = p.days;
    const emp = p.employees[e]!;
    // Max shifts per type: counted outside the window, priced inside it until the row keeps the limits.
    const outside = new Int32Array(S);
    for (let d = 0; d < H; d++) if ((d < from || d >= to) && grid[e * H + d]! >= 0) outside[grid[e * H + d]!]!++;
    const price = new Float64Array(S);
    const maxAbs = cost.reduce((m, c) => Math.max(m, Math.abs(c)), 1);
    for (let round = 0; round < LAGRANGE_ROUNDS; round++) {
      const values = this.path(grid, e, from, to, cost, price);
      if (!values) return null;
      const counts = Int32Array.from(outside);
      for (const v of values) if (v >= 0) counts[v]!++;
      let over = false;
      for (let s = 0; s < S; s++) {
        if (counts[s]! > emp.maxShifts[s]!) {
          over = true;
          price[s] = price[s]! === 0 ? maxAbs : price[s]! * 2;
        }
      }
      if (!over) return values;
    }
    return null;
  }

  /** The cost of each value of each window cell: the requests it meets or breaks (off is −1, at index 0). */
  requestCosts(e: number, from: number, to: number): Float64Array {
    const { p, S } = this;
    const cost = new Float64Array((to - from) * (S + 1));
    for (const r of requestsOf(p, p.onRequests, e)) {
      if (r.day < from || r.day >= to) continue;
      const base = (r.day - from) * (S + 1);
      for (let v = OFF; v < S; v++) if (r.shift === OFF ? v === OFF : v !== r.shift) cost[base + v + 1]! += r.weight;
    }
    for (const r of requestsOf(p, p.offRequests, e)) {
      if (r.day < from || r.day >= to) continue;
      const base = (r.day - from) * (S + 1);
      for (let s = 0; s < S; s++) if (r.shift === OFF || r.shift === s) cost[base + s + 1]! += r.weight;
    }
    return cost;
  }

  /** Request costs plus what each shift does to its (day, shift)'s cover penalty, the others' cells as they are. */
  private cellCosts(grid: Int8Array, e: number, from: number, to: number): Float64Array {
    const { p, S } = this;
    const H = p.days;
    const E = p.employees.length;
    const cost = this.requestCosts(e, from, to);
    const others = new Int32Array(S);
    for (let d = from; d < to; d++) {
      others.fill(0);
      for (let x = 0; x < E; x++) {
        const v = grid[x * H + d]!;
        if (x !== e && v >= 0) others[v]!++;
      }
      const base = (d - from) * (S + 1);
      for (let s = 0; s < S; s++) {
        const k = d * S + s;
        cost[base + s + 1]! += others[s]! < p.cover[k]! ? -p.coverUnderWeight[k]! : p.coverOverWeight[k]!;
      }
    }
    return cost;
  }

  /** The cheapest feasible row (window values) under the cell costs plus the per-type prices, or null. */
  private path(grid: Int8Array, e: number, from: number, to: number, cost: Float64Array, price: Float64Array): Int8Array | null {
    const { p, S, L, W1, C, offStates, maxRun, leadRun } = this;
    const H = p.days;
    const emp = p.employees[e]!;
    const minOff = Math.min(emp.minDaysOff, H);
    const minRun = Math.min(emp.minConsecutive, H);
    const maxCons = Math.min(emp.maxConsecutive, H);
    const maxW = Math.min(emp.maxWeekends, p.weekendCount);
    const maxM = Number.isFinite(emp.maxMinutes) ? Math.floor(emp.maxMinutes / this.unit) : this.M;
    if (this.stamp.length < this.size) {
      this.stamp = new Int32Array(this.size);
      this.at = new Int32Array(this.size);
    }
    // Per shift type: its stride in the count index and this person's limit, when the state counts it.
    const stride = new Int32Array(S);
    const limit = new Int32Array(S);
    const radix = new Int32Array(S).fill(1);
    for (const t of this.tracked[e]!) {
      stride[t.s] = t.stride;
      radix[t.s] = t.radix;
      limit[t.s] = emp.maxShifts[t.s]!;
    }
    const START = L - 1;
    const workBase = offStates;
    const { K, kind } = this;
    const leadBase = workBase + K * maxRun;
    let n = 0;
    const push = (key: number, prev: number, v: number, c: number) => {
      if (n === this.keys.length) this.grow();
      this.keys[n] = key;
      this.back[n] = prev;
      this.vals[n] = v;
      this.costs[n] = c;
      return n++;
    };
    push(START, -1, OFF, 0);
    let layerFrom = 0;
    let layerTo = 1;
    const values: number[] = [];
    for (let d = 0; d < H; d++) {
      const token = ++this.token;
      const i = e * H + d;
      values.length = 0;
      const free = d >= from && d < to && p.pinned[i] !== 1;
      if (free) {
        values.push(OFF);
        for (let s = 0; s < S; s++) if (this.allowed[i * S + s] === 1) values.push(s);
      } else values.push(grid[i]!);
      const wk = p.weekendIndex[d]!;
      const sameWeekend = d > 0 && wk >= 0 && p.weekendIndex[d - 1] === wk;
      const start = n;
      for (let j = layerFrom; j < layerTo; j++) {
        const key = this.keys[j]!;
        const l = key % L;
        const rest = (key - l) / L;
        const c = rest % C;
        const rest2 = (rest - c) / C;
        const w = rest2 % W1;
        const m = (rest2 - w) / W1;
        const c0 = this.costs[j]!;
        const working = l >= workBase && l < START;
        let prevKind = -1;
        let run = 0;
        let lead = false;
        if (working) {
          const k = l - workBase;
          lead = k >= K * maxRun;
          const k2 = lead ? k - K * maxRun : k;
          const span = lead ? leadRun : maxRun;
          run = (k2 % span) + 1;
          prevKind = (k2 - run + 1) / span;
        }
        for (const v of values) {
          let nl: number;
          let nm = m;
          let nw = w;
          let nc = c;
          if (v === OFF) {
            if (working) {
              if (!lead && run < minRun) continue;
              nl = minOff <= 1 ? offStates - 1 : 0;
            } else nl = l === START ? offStates - 1 : Math.min(l + 1, offStates - 1);
          } else {
            if (working) {
              if (run + 1 > maxCons || this.forbidden[prevKind * S + v] === 1) continue;
              nl = lead && run + 1 < minRun ? leadBase + kind[v]! * leadRun + run : workBase + kind[v]! * maxRun + run;
            } else {
              // From rest: the run of days off must be long enough (a run from the first day is exempt).
              if (l !== START && l < minOff - 1 && l < offStates - 1) continue;
              nl = l === START && minRun > 1 ? leadBase + kind[v]! * leadRun : workBase + kind[v]! * maxRun;
            }
            nm = m + this.len[v]!;
            if (nm > maxM) continue;
            if (stride[v]! > 0) {
              if (Math.floor(c / stride[v]!) % radix[v]! >= limit[v]!) continue;
              nc = c + stride[v]!;
            }
            if (wk >= 0 && !(sameWeekend && working)) {
              nw = w + 1;
              if (nw > maxW) continue;
            }
          }
          const nk = ((nm * W1 + nw) * C + nc) * L + nl;
          const total = c0 + (free ? cost[(d - from) * (S + 1) + v + 1]! + (v >= 0 ? price[v]! : 0) : 0);
          if (this.stamp[nk] !== token) {
            this.stamp[nk] = token;
            this.at[nk] = push(nk, j, v, total);
          } else if (total < this.costs[this.at[nk]!]! - 1e-9) {
            const a = this.at[nk]!;
            this.back[a] = j;
            this.vals[a] = v;
            this.costs[a] = total;
          }
        }
      }
      layerFrom = start;
      layerTo = n;
      if (layerFrom === layerTo) return null;
    }
    const minM = Math.ceil(emp.minMinutes / this.unit - 1e-9);
    let bestJ = -1;
    for (let j = layerFrom; j < layerTo; j++) {
      const m = Math.floor(this.keys[j]! / L / C / W1);
      if (m >= minM && (bestJ < 0 || this.costs[j]! < this.costs[bestJ]! - 1e-9)) bestJ = j;
    }
    if (bestJ < 0) return null;
    const out = new Int8Array(to - from);
    for (let j = bestJ, d = H - 1; d >= 0; d--, j = this.back[j]!) if (d >= from && d < to) out[d - from] = this.vals[j]!;
    return out;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const copy = <T extends Int32Array | Int8Array | Float64Array>(a: T, b: T) => (b.set(a), b);
    this.keys = copy(this.keys, new Int32Array(size));
    this.back = copy(this.back, new Int32Array(size));
    this.vals = copy(this.vals, new Int8Array(size));
    this.costs = copy(this.costs, new Float64Array(size));
  }
}
