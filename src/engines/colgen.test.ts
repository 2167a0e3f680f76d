import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedCells, evaluate, priceAndDive, readCurtois, rowOptimizerOf, solve, sweepWindows, type LpFactory } from '../domain/roster/index.ts';
import { highsLp } from './highs.ts';

const text = (n: number) => readFileSync(new URL(`../domain/roster/curtois/fixtures/Instance${n}.txt`, import.meta.url), 'utf8');
const instance = (n: number) => readCurtois(text(n));

/** An instance repeated `times` over its horizon: per-person totals, type limits and weekends scale with it. */
function repeated(n: number, times: number): string {
  const lines = text(n).split('\n').map((l) => l.replace(/#.*/, '').trim());
  const H = Number(lines.slice(lines.indexOf('SECTION_HORIZON') + 1).find((l) => l !== ''));
  let section = '';
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith('SECTION_')) section = line;
    const f = line.split(',');
    if (line === '' || line.startsWith('SECTION_')) out.push(line);
    else if (section === 'SECTION_HORIZON') out.push(String(H * times));
    else if (section === 'SECTION_STAFF') {
      const limits = f[1]!.split('|').map((t) => t.replace(/=(\d+)/, (_, m: string) => `=${Math.min(Number(m) * times, H * times)}`));
      out.push([f[0], limits.join('|'), Number(f[2]) * times, Number(f[3]) * times, f[4], f[5], f[6], Number(f[7]) * times].join(','));
    } else if (section === 'SECTION_DAYS_OFF') out.push([f[0], ...Array.from({ length: times }, (_, i) => f.slice(1).map((d) => Number(d) + i * H)).flat()].join(','));
    else if (section === 'SECTION_SHIFTS') out.push(line);
    else for (let i = 0; i < times; i++) out.push(section === 'SECTION_COVER' ? [Number(f[0]) + i * H, ...f.slice(1)].join(',') : [f[0], Number(f[1]) + i * H, ...f.slice(2)].join(','));
  }
  return out.join('\n');
}
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

  it('solves the same program in integers from a start, then linearly again', async () => {
    const lp = (await highsLp())();
    try {
      lp.addRow(1, 1); // x0 + x1 = 1
      lp.addRow(1.5, Infinity); // 2·x0 + x1 ≥ 1.5: the relaxation takes x0 = 0.5, integers x0 = 1
      lp.addColumn(3, 1, [0, 1], [1, 2]);
      lp.addColumn(1, 1, [0, 1], [1, 1]);
      lp.addColumn(10, Infinity, [1], [1]); // a slack that makes x1 = 1 feasible, at a price
      expect(lp.solve(5)!.objective).toBeCloseTo(2, 9);
      const integer = lp.solveInteger(5, Float64Array.from([0, 1, 0.5]))!;
      expect(integer.objective).toBeCloseTo(3, 9);
      expect([...integer.primal].map((v) => Math.round(v))).toEqual([1, 0, 0]);
      expect(lp.solve(5)!.objective).toBeCloseTo(2, 9);
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
    const failing: LpFactory = () => ({ addRow: () => {}, addColumn: () => {}, setUpper: () => {}, solve: () => null, solveInteger: () => null, dispose: () => {} });
    const r = solve(p, { seed: 1, timeLimitMs: 500, now: () => performance.now(), lp: failing });
    expect(r.bound).toBeNull();
    expect(r.proven).toBe(false);
    expect(evaluate(p, r.grid).hard).toBe(0);
  });

  it('re-optimises one window of days: the rest of the roster stays, every rule holds, the window never gets worse', async () => {
    const p = instance(3);
    const start = solve(p, { seed: 2, maxIterations: 5_000 }).grid;
    const window = { from: 4, to: 11 };
    const r = priceAndDive(p, start, rowOptimizerOf(p, allowedCells(p))!, { lp: await highsLp(), now: () => performance.now(), pricingDeadline: Infinity, deadline: Infinity, window });
    expect(r.bound).toBeNull(); // a window's relaxation bounds the window, not the roster
    expect(r.relaxation).not.toBeNull();
    expect(r.relaxation!).toBeLessThanOrEqual(r.startScore + 1e-6);
    const grid = r.grid ?? start;
    expect(evaluate(p, grid).hard).toBe(0);
    if (r.grid) expect(evaluate(p, grid).soft).toBeLessThan(evaluate(p, start).soft);
    for (let e = 0; e < p.employees.length; e++) {
      for (let d = 0; d < p.days; d++) if (d < window.from || d >= window.to) expect(grid[e * p.days + d]).toBe(start[e * p.days + d]);
    }
  }, 60_000);

  it('sweeps windows over a long roster, each kept roster feasible and better, until a sweep finds nothing', async () => {
    const p = readCurtois(repeated(2, 4)); // 14 people × 56 days, in windows of two weeks
    expect(p.days).toBe(56);
    const start = solve(p, { seed: 1, maxIterations: 100_000 }).grid;
    expect(evaluate(p, start).hard).toBe(0);
    const grid = Int8Array.from(start);
    const kept: number[] = [evaluate(p, start).soft];
    const r = sweepWindows(p, grid, rowOptimizerOf(p, allowedCells(p))!, {
      lp: await highsLp(),
      now: () => performance.now(),
      deadline: performance.now() + 60_000,
      wholeUnits: true,
      days: 14,
      onImprove: (candidate) => {
        const ev = evaluate(p, candidate);
        expect(ev.hard).toBe(0);
        expect(ev.soft).toBeLessThan(kept.at(-1)!);
        kept.push(ev.soft);
        return true;
      },
    });
    expect(r.stalled).toBe(true);
    expect(kept.length).toBeGreaterThan(1);
    expect(evaluate(p, grid).soft).toBe(kept.at(-1));
  }, 120_000);

  it('solves a roster too large for the whole horizon by windows after the annealing', async () => {
    const p = readCurtois(repeated(2, 11)); // 14 people × 154 days: more than 2 000 cells, long enough for 8-week windows
    const solved = solve(p, { seed: 1, timeLimitMs: 3_000, now: () => performance.now(), lp: await highsLp() });
    expect(evaluate(p, solved.grid).hard).toBe(0);
    expect(solved.mipSteps).toBeGreaterThan(0);
  }, 120_000);
});
