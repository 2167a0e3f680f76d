import highsModule from 'highs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.ts';
import { solve } from '../search.ts';
import { buildLegevaktProblem } from './build.ts';
import { syntheticLegevakt } from './generator.ts';
import { legevaktMip } from './mip.ts';
import { gridFromMip, relaxMip } from '../lp.ts';

type Loader = typeof highsModule.default;
const loadHighs: Loader = typeof highsModule === 'function' ? (highsModule as unknown as Loader) : highsModule.default;

describe('the legevakt MIP (HiGHS as the exact peer)', () => {
  const { problem } = buildLegevaktProblem(syntheticLegevakt({ doctors: 20, days: 7, start: '2027-01-04', seed: 3 }));

  it("scores HiGHS's optimal roster as the evaluator does, and bounds the solver from below", async () => {
    const highs = await loadHighs();
    const lp = legevaktMip(problem);
    const r = highs.solve(lp, { output_flag: false, time_limit: 30, mip_rel_gap: 0 });
    expect(r.Status).toBe('Optimal');
    const columns = r.Columns as Record<string, { Primal?: number }>;
    const ev = evaluate(problem, gridFromMip(problem, (k) => columns[k]?.Primal));
    expect(ev.hard).toBe(0);
    expect(ev.soft).toBeCloseTo(r.ObjectiveValue, 5);
    const relaxed = highs.solve(relaxMip(lp), { output_flag: false });
    expect(relaxed.Status).toBe('Optimal');
    expect(relaxed.ObjectiveValue).toBeLessThanOrEqual(r.ObjectiveValue + 1e-6);
    const ours = evaluate(problem, solve(problem, { seed: 1, maxIterations: 60_000 }).grid);
    expect(ours.hard).toBe(0);
    expect(ours.soft).toBeGreaterThanOrEqual(r.ObjectiveValue - 1e-6);
  }, 60_000);
});
