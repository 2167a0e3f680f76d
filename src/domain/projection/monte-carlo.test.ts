import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './defaults.ts';
import { monteCarlo } from './monte-carlo.ts';
import { project } from './project.ts';
import { sandefjordLikeFacts } from './testing.ts';

const facts = sandefjordLikeFacts();
const a = defaultAssumptions(facts);

describe('monteCarlo', () => {
  it('is reproducible from its seed, and another seed differs', () => {
    const x = monteCarlo(facts, a, { runs: 500, seed: 7 });
    expect(monteCarlo(facts, a, { runs: 500, seed: 7 })).toEqual(x);
    expect(monteCarlo(facts, a, { runs: 500, seed: 8 }).years[10]!.recruitsCumulative).not.toEqual(x.years[10]!.recruitsCumulative);
  });

  it('the gap fans out between the low and high alternatives around the deterministic (main) projection', () => {
    const det = project(facts, a);
    const mc = monteCarlo(facts, a, { runs: 2000, seed: 1 });
    const y = mc.years[7]!;
    expect(y.gap.p10).toBeLessThan(y.gap.p50);
    expect(y.gap.p50).toBeLessThan(y.gap.p90);
    expect(y.gap.p50).toBeCloseTo(det.years[7]!.gap, 1);
    // The base year has no population uncertainty.
    expect(mc.years[0]!.gap.p90 - mc.years[0]!.gap.p10).toBeCloseTo(0);
  });

  it('cumulative recruits spread with departures and are centred on the expected ones', () => {
    const det = project(facts, a);
    const mc = monteCarlo(facts, a, { runs: 2000, seed: 2 });
    const expected = det.years.reduce((s, y) => s + y.recruitsNeeded, 0);
    const last = mc.years.at(-1)!.recruitsCumulative;
    expect(last.p10).toBeLessThan(last.p90);
    expect(Math.abs(last.p50 - expected)).toBeLessThan(3);
  });

  it('vacancies not refilled widen the staffing gap beyond the gap', () => {
    const mc = monteCarlo(facts, { ...a, refillRate: 0.6 }, { runs: 1000, seed: 3 });
    expect(mc.years[5]!.staffingGap.p50).toBeGreaterThan(mc.years[5]!.gap.p50);
  });

  it('refuses a missing high alternative, naming the field', () => {
    expect(() => monteCarlo({ ...facts, population: facts.population.filter((s) => s.code !== 'HHMH') }, a, { runs: 10, seed: 1 })).toThrow(/HHMH/);
  });

  it('1 000 runs × 10 years for one municipality are fast enough to run inside a request', () => {
    const start = performance.now();
    monteCarlo(facts, a, { runs: 1000, seed: 1 });
    expect(performance.now() - start).toBeLessThan(200);
  });
});
