/**
 * Row search: iterated best rows with ruin and recreate (for problems whose hard rules are all per person).
 *
 * With the exact best row of one person (rowdp.ts) two moves become possible that the annealing's small moves reach
 * only through worse rosters:
 *  - best response: person e's whole row (or a 4-week window of a long row) replaced by the best row given everybody
 *    else — every run, rest, weekend and total-time limit kept by construction;
 *  - ruin and recreate: a few people linked to a day where the roster pays (cover short or over, a request not met) lose their rows in a window,
 *    which are then rebuilt one by one, each the best given the others (and once more each, now that all are back).
 *    This changes several rows together — cover moved between people, weekends traded — in one step.
 * Every step is scored again by the rules (the DP's model is checked, not trusted). A best response is kept when it
 * improves the roster; a ruin when it is no worse, or worse by Δ with probability exp(−Δ/T), T falling linearly to 0
 * at the deadline (startTemperature); the best roster seen is returned. Deterministic for a seed and a number of
 * steps; a deadline cuts it short.
 */
import { shuffle, type Rng } from '../projection/index.ts';
import { troubledDays } from './lns.ts';
import { OFF, type Problem } from './model.ts';
import type { RowOptimizer } from './rowdp.ts';
import { ScoreState } from './state.ts';

export interface RowSearchOptions {
  rng: Rng;
  now: () => number;
  deadline: number;
  maxSteps?: number;
  shouldStop?: () => boolean;
  onImprove?: (hard: number, soft: number) => void;
}

/** Rows of at most this many days are re-optimised whole; longer rows in windows of WINDOW days. */
const WHOLE_ROW_DAYS = 56;
const WINDOW = 28;

/** Improves a feasible roster in place; returns the steps taken. */
export function improveRows(p: Problem, grid: Int8Array, opt: RowOptimizer, o: RowSearchOptions): number {
  const E = p.employees.length;
  const H = p.days;
  const state = new ScoreState(p, grid);
  if (state.hard > 1e-9) return 0;
  let best = state.soft;
  let current = state.soft;
  const bestGrid = Int8Array.from(grid);
  const T0 = startTemperature(p);
  const start = o.now();
  const maxSteps = o.maxSteps ?? Number.POSITIVE_INFINITY;
  const window = (): [number, number] => {
    if (H <= WHOLE_ROW_DAYS) return [0, H];
    const from = Math.floor(o.rng.next() * (H - WINDOW + 1));
    return [from, from + WINDOW];
  };
  const apply = (e: number, from: number, values: Int8Array) => {
    for (let d = from; d < from + values.length; d++) {
      if (grid[e * H + d] === values[d - from]) continue;
      grid[e * H + d] = values[d - from]!;
      state.touchDay(d);
    }
    state.touchEmployee(e);
  };
  let steps = 0;
  let stale = 0;
  // Keeps the step just scored: it becomes the current roster, and the best when it beats it.
  const keep = () => {
    state.commit();
    current = state.soft;
    if (current < best - 1e-9) {
      best = current;
      bestGrid.set(grid);
      o.onImprove?.(0, best);
    }
    stale = 0;
  };
  const order = Array.from({ length: E }, (_, e) => e);
  while (steps < maxSteps && !o.shouldStop?.() && o.now() < o.deadline) {
    if (stale < E) {
      // Best response of the next person in a shuffled order; a whole pass without a gain is a local optimum.
      if (stale % E === 0) shuffle(order, o.rng);
      const e = order[stale % E]!;
      const [from, to] = window();
      const ans = opt.best(grid, e, from, to);
      steps++;
      if (ans) {
        const saved = grid.slice(e * H + from, e * H + to);
        apply(e, from, ans.values);
        state.update();
        if (state.hard < 1e-9 && state.soft < current - 1e-9) {
          keep();
          continue;
        }
        grid.set(saved, e * H + from);
        state.rollback();
      }
      stale++;
      continue;
    }
    // Ruin and recreate around a troubled (day, shift).
    const [from, to] = window();
    const people = ruinSet(p, grid, from, to, 2 + Math.floor(o.rng.next() * 3), o.rng);
    const saved = people.map((e) => grid.slice(e * H + from, e * H + to));
    for (const e of people) for (let d = from; d < to; d++) if (p.pinned[e * H + d] !== 1) grid[e * H + d] = OFF;
    let rebuilt = true;
    for (const e of people) {
      const ans = opt.best(grid, e, from, to, Number.NEGATIVE_INFINITY);
      if (!ans) {
        rebuilt = false;
        break;
      }
      grid.set(ans.values, e * H + from);
    }
    if (rebuilt) {
      for (const e of people) {
        const ans = opt.best(grid, e, from, to);
        if (ans) grid.set(ans.values, e * H + from);
      }
    }
    steps++;
    for (const e of people) {
      state.touchEmployee(e);
      for (let d = from; d < to; d++) state.touchDay(d);
    }
    state.update();
    const T = T0 * (1 - (o.now() - start) / Math.max(1, o.deadline - start));
    if (rebuilt && state.hard < 1e-9 && (state.soft <= current + 1e-9 || o.rng.next() < Math.exp(-(state.soft - current) / Math.max(1e-9, T)))) keep();
    else {
      people.forEach((e, k) => grid.set(saved[k]!, e * H + from));
      state.rollback();
    }
  }
  grid.set(bestGrid);
  return steps;
}

/**
 * The temperature a ruin and recreate starts with (falling linearly to 0 at the deadline): a fifth of the mean weight
 * of a missing person (20 on the benchmark, where one weighs 100; measured on instances 5–8 against 0 and 60).
 */
function startTemperature(p: Problem): number {
  let sum = 0;
  let n = 0;
  for (const w of p.coverUnderWeight) {
    if (w > 0) {
      sum += w;
      n++;
    }
  }
  return n > 0 ? (0.2 * sum) / n : 0;
}


/**
 * Up to n people to ruin: for a day in the window where the roster pays (a cover short or over, a request not met:
 * lns.ts's troubledDays), those who are off that day and those who work it, taken in turn, so the rebuild can move
 * that day's cover between them; without such a day, n people at random.
 */
function ruinSet(p: Problem, grid: Int8Array, from: number, to: number, n: number, rng: Rng): number[] {
  const E = p.employees.length;
  const H = p.days;
  const troubled = troubledDays(p, grid).filter((d) => d >= from && d < to);
  const all = shuffle(Array.from({ length: E }, (_, e) => e), rng);
  if (troubled.length === 0) return all.slice(0, n);
  const d = troubled[Math.floor(rng.next() * troubled.length)]!;
  const off = all.filter((e) => grid[e * H + d] === OFF);
  const on = all.filter((e) => grid[e * H + d] !== OFF);
  const out: number[] = [];
  for (let k = 0; out.length < n && k < E; k++) {
    if (k < off.length) out.push(off[k]!);
    if (out.length < n && k < on.length) out.push(on[k]!);
  }
  return out;
}
