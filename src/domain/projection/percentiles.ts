/** Rearranges xs[lo..hi] so that xs[k] holds the k-th smallest value (Hoare's quickselect, O(n) expected). */
function select(xs: Float64Array, k: number, lo0: number, hi0: number): number {
  let lo = lo0;
  let hi = hi0;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k]!;
  }
  return xs[k]!;
}

/**
 * Percentiles q ∈ [0, 1] of the values, linear between order statistics (Excel's PERCENTILE.INC, R type 7).
 * Reorders `values` in place (the caller's scratch buffer); qs must be ascending.
 */
export function percentilesInPlace(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('No values');
  return qs.map((q) => {
    if (q < 0 || q > 1) throw new RangeError(`Percentile out of range: ${q}`);
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const below = select(values, lo, 0, n - 1);
    if (lo === pos || lo + 1 >= n) return below;
    let above = Infinity;
    for (let i = lo + 1; i < n; i++) if (values[i]! < above) above = values[i]!;
    return below + (pos - lo) * (above - below);
  });
}
