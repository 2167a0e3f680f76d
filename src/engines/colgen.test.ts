import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedCells, evaluate, priceAndDive, readCurtois, rowOptimizerOf, solve, type LpFactory } from '../domain/roster/index.ts';
import { highsLp } from './highs.ts';

const instance = (n: number) => readCurtois(readFileSync(new URL(`../domain/roster/curtois/fixtures/Instance${n}.txt`, import.meta.url), 'utf8'));
/** Known optima of the fixtures (schedulingbenchmarks.org). */
const OPTIMUM: Record<number, number> = { 1: 607, 2: 828, 3: 1001 };

describe('HiGHS as an incremental linear program', () => {
  it('keeps its model between solves and reports duals with reduced cost = c − Aᵀ·dual', async () => {
    const lp = (await highsLp())();
    try {
      lp.addRow(1, 1); // x0 + x1 (+ x2) = 1
      lp.addRow(0, 3); // x1 ≤ 3 (inactive)
      lp.addColumn(1, Infinity, [0], [1]);
      lp.addColumn(2, Infinity, [0, 1], [1, 1]);
      let r = lp.solve(5)!;
      expect(r.objective).toBeCloseTo(1, 9);
      expect(r.dual[0]).toBeCloseTo(1, 9);
      expect(2 - r.dual[0]! - r.dual[1]!).toBeGreaterThanOrEqual(-1e-9); // x1's reduced cost
      lp.addColumn(0.5, 1, [0], [1]);
      r = lp.solve(5)!;
      expect(r.objective).toBeCloseTo(0.5, 9);
      expect(r.primal[2]).toBeCloseTo(1, 9);
      lp.setUpper(2, 0);
      expect(lp.solve(5)!.objective).toBeCloseTo(1, 9);
    } finally {
      lp.dispose();
    }
  });
});

describe('column generation and the dive', () => {
  it.each([1, 2, 3])('bounds instance %i from below by at most its optimum and dives to a feasible roster', async (n) => {
    const p = instance(n);
    const start = solve(p, { seed: 1, maxIterations: 20_000 }).grid;
    const r = priceAndDive(p, start, rowOptimizerOf(p, allowedCells(p))!, { lp: await highsLp(), now: () => performance.now(), pricingDeadline: Infinity, deadline: Infinity });
    expect(r.bound).not.toBeNull();
    expect(r.bound!).toBeLessThanOrEqual(OPTIMUM[n]! + 1e-6);
    const ev = evaluate(p, r.grid ?? start); // no roster when no dive beat the start
    expect(ev.hard).toBe(0);
    expect(ev.soft).toBeGreaterThanOrEqual(r.bound! - 1e-6);
    if (r.grid) expect(ev.soft).toBeLessThan(evaluate(p, start).soft);
    if (n === 2) expect(Math.ceil(r.bound! - 1e-6)).toBe(828); // the relaxation is tight there: the bound proves the optimum
  }, 120_000);

  it('ends a time-limited solve as soon as the roster meets the bound, and says it is optimal only then', async () => {
    const p = instance(2);
    const r = solve(p, { seed: 1, timeLimitMs: 60_000, now: () => performance.now(), lp: await highsLp() });
    const ev = evaluate(p, r.grid);
    expect(ev.hard).toBe(0);
    expect(r.bound).not.toBeNull();
    expect(ev.soft).toBeGreaterThanOrEqual(Math.ceil(r.bound! - 1e-6));
    if (r.proven) expect(ev.soft).toBe(Math.ceil(r.bound! - 1e-6));
    else expect(r.elapsedMs).toBeGreaterThanOrEqual(60_000);
  }, 120_000);

  it('keeps the annealing\'s roster when the linear programs fail', () => {
    const p = instance(3);
    const failing: LpFactory = () => ({ addRow: () => {}, addColumn: () => {}, setUpper: () => {}, solve: () => null, dispose: () => {} });
    const r = solve(p, { seed: 1, timeLimitMs: 500, now: () => performance.now(), lp: failing });
    expect(r.bound).toBeNull();
    expect(r.proven).toBe(false);
    expect(evaluate(p, r.grid).hard).toBe(0);
  });
});
