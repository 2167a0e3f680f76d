import { describe, expect, it } from 'vitest';
import { binomial, createRng, triangular } from './random.ts';

describe('seeded random numbers', () => {
  it('the same seed gives the same sequence; another seed another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is uniform enough: mean ≈ 0.5, deciles ≈ 10 %', () => {
    const rng = createRng(1);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      sum += x;
      bins[Math.floor(x * 10)]! += 1;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    for (const b of bins) expect(Math.abs(b / n - 0.1)).toBeLessThan(0.005);
  });

  it('triangular draws lie in [−1, 1] with mean 0', () => {
    const rng = createRng(7);
    const xs = Array.from({ length: 50_000 }, () => triangular(rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0, 1);
  });

  it('binomial draws have mean n·p and variance n·p·(1 − p); edge cases are exact', () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 40_000 }, () => binomial(rng, 60, 0.069));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(mean).toBeCloseTo(60 * 0.069, 1);
    expect(variance).toBeCloseTo(60 * 0.069 * 0.931, 0);
    expect(binomial(rng, 0, 0.5)).toBe(0);
    expect(binomial(rng, 10, 0)).toBe(0);
    expect(binomial(rng, 10, 1)).toBe(10);
    const high = Array.from({ length: 20_000 }, () => binomial(rng, 20, 0.9));
    expect(high.reduce((a, b) => a + b, 0) / high.length).toBeCloseTo(18, 1);
  });
});
