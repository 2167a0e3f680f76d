import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../projection/index.ts';
import { readCurtois } from './curtois/reader.ts';
import { evaluate } from './evaluate.ts';
import { buildLegevaktProblem, syntheticLegevakt } from './legevakt/index.ts';
import { OFF, type Problem } from './model.ts';
import { rowOptimizerOf } from './rowdp.ts';
import { improveRows } from './rowsearch.ts';
import { allowedCells, solve } from './search.ts';
import { ScoreState } from './state.ts';

const instance = (n: number) => readCurtois(readFileSync(new URL(`./curtois/fixtures/Instance${n}.txt`, import.meta.url), 'utf8'));

/** Instance 2 with binding limits per shift type (at most 3 and 4 of each over the two weeks). */
function limited(): Problem {
  const p = instance(2);
  return { ...p, employees: p.employees.map((e) => ({ ...e, maxShifts: [3, 4] })) };
}

/** The cheapest values of person e's window [from, to) under `cost` among rows that break no hard rule of theirs, by enumeration. */
function bruteForce(p: Problem, grid: Int8Array, e: number, from: number, to: number, cost: Float64Array): number {
  const S = p.shiftTypes.length;
  const H = p.days;
  const state = new ScoreState(p, grid);
  const saved = grid.slice(e * H + from, e * H + to);
  let best = Infinity;
  for (let code = 0; code < (S + 1) ** (to - from); code++) {
    let c = code;
    let total = 0;
    for (let d = from; d < to; d++) {
      const v = (c % (S + 1)) - 1;
      c = Math.floor(c / (S + 1));
      grid[e * H + d] = v;
      total += cost[(d - from) * (S + 1) + v + 1]!;
    }
    state.touchEmployee(e);
    state.update();
    const allowed = Array.from({ length: to - from }, (_, k) => grid[e * H + from + k]!).every((v, k) => v === OFF || (p.unavailable[e * H + from + k] !== 1 && p.employees[e]!.maxShifts[v] !== 0));
    if (allowed && state.employeeHard(e) < 1e-9) best = Math.min(best, total);
    state.rollback();
  }
  grid.set(saved, e * H + from);
  return best;
}

describe('the exact best row (dynamic programming)', () => {
  it.each([
    ['instance 2', () => instance(2)],
    ['instance 2 with binding limits per shift type', limited],
    ['instance 3', () => instance(3)],
  ])('finds the cheapest row under any costs, as enumeration does (%s)', (_, make) => {
    const p = make();
    const grid = solve(p, { seed: 3, maxIterations: 30_000 }).grid;
    const state = new ScoreState(p, grid);
    const opt = rowOptimizerOf(p, allowedCells(p))!;
    const rng = createRng(9);
    const S = p.shiftTypes.length;
    let checked = 0;
    for (let t = 0; t < 25; t++) {
      const e = Math.floor(rng.next() * p.employees.length);
      if (state.employeeHard(e) > 1e-9) continue;
      const len = S > 2 ? 5 : 6;
      const from = t % 4 === 0 ? 0 : t % 4 === 1 ? p.days - len : Math.floor(rng.next() * (p.days - len + 1));
      const cost = Float64Array.from({ length: len * (S + 1) }, () => Math.round(rng.next() * 200 - 100) / 7);
      const row = opt.cheapest(grid, e, from, from + len, cost);
      const dp = row ? row.reduce((sum, v, k) => sum + cost[k * (S + 1) + v + 1]!, 0) : Infinity;
      expect(dp).toBeCloseTo(bruteForce(p, grid, e, from, from + len, cost), 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('admits every row that keeps its person\'s hard rules, and its gain is the objective\'s fall', () => {
    const p = limited();
    const grid = solve(p, { seed: 5, maxIterations: 40_000 }).grid;
    const state = new ScoreState(p, grid);
    const opt = rowOptimizerOf(p, allowedCells(p))!;
    const S = p.shiftTypes.length;
    const H = p.days;
    for (let e = 0; e < p.employees.length; e++) {
      if (state.employeeHard(e) > 1e-9) continue;
      // Costs that only the row itself makes free: the DP must find it.
      const own = Float64Array.from({ length: H * (S + 1) }, (_, k) => (grid[e * H + Math.floor(k / (S + 1))]! + 1 === k % (S + 1) ? 0 : 1));
      expect(opt.cheapest(grid, e, 0, H, own)).toEqual(grid.slice(e * H, (e + 1) * H));
      const before = evaluate(p, grid).soft;
      const answer = opt.best(grid, e, 0, H);
      if (!answer) continue;
      const next = Int8Array.from(grid);
      next.set(answer.values, e * H);
      const after = evaluate(p, next);
      expect(after.hard).toBe(0);
      expect(after.soft).toBeCloseTo(before - answer.gain, 9);
    }
  });

  it('applies only where every rule is the benchmark\'s', () => {
    const p = buildLegevaktProblem(syntheticLegevakt({ doctors: 12, days: 14, start: '2027-01-04', seed: 1 })).problem;
    expect(rowOptimizerOf(p, allowedCells(p))).toBeNull();
    expect(rowOptimizerOf(instance(1), allowedCells(instance(1)))).not.toBeNull();
  });
});

describe('row search', () => {
  it('keeps the roster feasible, never makes it worse, and leaves pinned cells alone', () => {
    const p = instance(3);
    const grid = solve(p, { seed: 2, maxIterations: 20_000 }).grid;
    for (let i = 0; i < grid.length; i += 5) p.pinned[i] = 1;
    const pinned = Int8Array.from(grid);
    const start = evaluate(p, grid);
    expect(start.hard).toBe(0);
    const improved: number[] = [];
    const steps = improveRows(p, grid, rowOptimizerOf(p, allowedCells(p))!, { rng: createRng(4), now: () => 0, deadline: 1, maxSteps: 400, onImprove: (_, soft) => improved.push(soft) });
    expect(steps).toBe(400);
    const end = evaluate(p, grid);
    expect(end.hard).toBe(0);
    expect(end.soft).toBeLessThanOrEqual(start.soft);
    if (improved.length > 0) expect(improved.at(-1)).toBeCloseTo(end.soft, 9);
    for (let i = 0; i < grid.length; i += 5) expect(grid[i]).toBe(pinned[i]);
  });
});
