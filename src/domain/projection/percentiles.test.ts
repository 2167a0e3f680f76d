import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { percentilesInPlace } from './percentiles.ts';

/** The textbook definition, by sorting: what percentilesInPlace must agree with. */
function bySorting(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = q * (s.length - 1);
  const lo = Math.floor(pos);
  return lo + 1 < s.length ? s[lo]! + (pos - lo) * (s[lo + 1]! - s[lo]!) : s[lo]!;
}

describe('percentilesInPlace', () => {
  it('agrees with sorting on random data, ties and small arrays', () => {
    const rng = createRng(9);
    for (const n of [1, 2, 3, 10, 101, 1000]) {
      const xs = Array.from({ length: n }, () => Math.round(rng.next() * 20) / 2);
      const got = percentilesInPlace(Float64Array.from(xs), [0, 0.1, 0.5, 0.9, 1]);
      expect(got).toEqual([0, 0.1, 0.5, 0.9, 1].map((q) => bySorting(xs, q)));
    }
  });

  it('the median of 1..9 is 5 and P10 of 1..11 is 2', () => {
    expect(percentilesInPlace(Float64Array.from([9, 1, 8, 2, 7, 3, 6, 4, 5]), [0.5])).toEqual([5]);
    expect(percentilesInPlace(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), [0.1])).toEqual([2]);
  });

  it('refuses no values and a percentile outside [0, 1]', () => {
    expect(() => percentilesInPlace(new Float64Array(0), [0.5])).toThrow(RangeError);
    expect(() => percentilesInPlace(Float64Array.from([1]), [1.5])).toThrow(RangeError);
  });
});
