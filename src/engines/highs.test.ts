import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../domain/projection/index.ts';
import { benchmarkMip, buildLegevaktProblem, evaluate, gridFromMip, exactModelOf, improveWithMip, legevaktMip, MIP_MAX_CELLS, readCurtois, solve, syntheticLegevakt, type Neighbourhood, type Problem } from '../domain/roster/index.ts';
import { highsSolver } from './highs.ts';

const instance = (n: number) => readCurtois(readFileSync(new URL(`../domain/roster/curtois/fixtures/Instance${n}.txt`, import.meta.url), 'utf8'));
const legevakt = () => buildLegevaktProblem(syntheticLegevakt({ doctors: 20, days: 14, start: '2027-01-04', seed: 5 })).problem;

/** Frees a window of days for everybody and two people's whole rows. */
function hoodOf(p: Problem, grid: Int8Array): Neighbourhood {
  const free = new Uint8Array(p.employees.length * p.days);
  for (let e = 0; e < p.employees.length; e++) for (let d = 3; d < 7; d++) free[e * p.days + d] = 1;
  for (const e of [0, 1]) for (let d = 0; d < p.days; d++) free[e * p.days + d] = 1;
  return { grid, free };
}

describe('HiGHS on a neighbourhood of a roster (the solver\'s exact sub-problems)', () => {
  const cases: [string, () => Problem, (p: Problem, hood?: Neighbourhood) => string][] = [
    ['a benchmark instance', () => instance(2), benchmarkMip],
    ['a legevakt plan', legevakt, (p, hood) => legevaktMip(p, hood)],
  ];
  it.each(cases)('%s: the sub-problem\'s optimum is the whole roster\'s objective, and the cells outside stay as they were', async (_, make, model) => {
    const p = make();
    const grid = solve(p, { seed: 2, maxIterations: 20_000 }).grid;
    const before = evaluate(p, grid);
    expect(before.hard).toBe(0);
    const hood = hoodOf(p, grid);
    const mip = await highsSolver();
    const answer = mip(model(p, hood), 30)!;
    expect(answer.status).toBe('Optimal');
    const next = gridFromMip(p, answer.value!, hood);
    const after = evaluate(p, next);
    expect(after.hard).toBe(0);
    expect(after.soft).toBeCloseTo(answer.objective!, 5); // constants folded from the fixed cells, exactly
    // The roster it started from is one solution of the sub-problem, so the optimum is never worse.
    expect(after.soft).toBeLessThanOrEqual(before.soft + 1e-6);
    for (let i = 0; i < grid.length; i++) if (hood.free[i] !== 1) expect(next[i]).toBe(grid[i]);
  }, 60_000);
});

describe('large neighbourhood search with HiGHS', () => {
  it('ends with a proven optimum when the neighbourhood is the whole roster, the optimum HiGHS finds on its own', async () => {
    const p = legevakt();
    const mip = await highsSolver();
    const whole = mip(legevaktMip(p), 60)!;
    expect(whole.status).toBe('Optimal');
    const grid = solve(p, { seed: 1, maxIterations: 5_000 }).grid;
    const start = evaluate(p, grid);
    let clock = 0;
    const r = improveWithMip(p, grid, start, { solver: mip, rng: createRng(1), now: () => clock++, deadline: 1e9 });
    expect(r.proven).toBe(true);
    expect(evaluate(p, grid).soft).toBeCloseTo(whole.objective!, 5);
  }, 120_000);

  it('never frees a pinned cell, and keeps a roster no worse than it was given', async () => {
    const p = instance(2);
    const grid = solve(p, { seed: 4, maxIterations: 20_000 }).grid;
    for (let i = 0; i < grid.length; i += 3) p.pinned[i] = 1;
    const pinned = Int8Array.from(grid);
    const start = evaluate(p, grid);
    let clock = 0;
    const improved: number[] = [];
    const r = improveWithMip(p, grid, start, { solver: await highsSolver(), rng: createRng(2), now: () => (clock += 100), deadline: 1500, onImprove: (_, soft) => improved.push(soft) });
    expect(r.steps).toBeGreaterThan(0);
    for (let i = 0; i < grid.length; i += 3) expect(grid[i]).toBe(pinned[i]);
    const end = evaluate(p, grid);
    expect(end.hard).toBe(0);
    expect(end.soft).toBeLessThanOrEqual(start.soft);
    if (improved.length > 0) expect(improved.at(-1)).toBeCloseTo(end.soft, 6);
  }, 120_000);

  it('gives the annealing\'s roster to the exact steps within a time limit, and works without them', () => {
    const p = legevakt();
    let calls = 0;
    const failing = () => {
      calls++;
      return null;
    };
    const r = solve(p, { seed: 1, timeLimitMs: 1_000, now: () => performance.now(), mip: failing });
    expect(calls).toBe(1); // a solver that fails ends the exact phase; the annealing's roster stands
    expect(evaluate(p, r.grid).hard).toBe(0);
    const unlimited = solve(p, { seed: 1, maxIterations: 20_000, mip: failing });
    expect(unlimited.mipSteps).toBe(0); // no time limit, no exact steps: the run stays deterministic
    const large = buildLegevaktProblem(syntheticLegevakt({ doctors: 12, days: Math.ceil((MIP_MAX_CELLS + 1) / 12), start: '2027-01-04', seed: 1 })).problem;
    expect(exactModelOf(large)).toBeNull(); // a roster larger than MIP_MAX_CELLS keeps the annealing for the whole time
    expect(exactModelOf(p)).not.toBeNull();
  });
});
