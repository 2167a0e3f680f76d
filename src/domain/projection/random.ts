/** A seeded source of uniform numbers in [0, 1); the projection never uses Math.random, so a seed reproduces a run. */
export interface Rng {
  next(): number;
}

/** SFC32 (Chris Doty-Humphrey's small fast counter), seeded through splitmix32: fast, 2^128 state, good statistical quality. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const rng = {
    next(): number {
      a >>>= 0;
      b >>>= 0;
      c >>>= 0;
      d >>>= 0;
      let t = (a + b) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      d = (d + 1) | 0;
      t = (t + d) | 0;
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}

/** Symmetric triangular draw on [−1, 1] with mode 0 (the sum of two uniforms, shifted). */
export function triangular(rng: Rng): number {
  return rng.next() + rng.next() - 1;
}

/**
 * A Binomial(n, p) sampler for one p, by inversion (expected n·p + 1 steps, exact). It caches q^n per n, because the
 * Monte Carlo draws the same p millions of times and Math.pow would dominate.
 */
export function binomialSampler(p: number): (rng: Rng, n: number) => number {
  if (p > 0.5 && p < 1) {
    const complement = binomialSampler(1 - p);
    return (rng, n) => n - complement(rng, n);
  }
  const q = 1 - p;
  const ratio = p / q;
  const qPow: number[] = [1];
  return (rng, n) => {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    while (qPow.length <= n) qPow.push(qPow[qPow.length - 1]! * q);
    let prob = qPow[n]!;
    let cdf = prob;
    const u = rng.next();
    let k = 0;
    while (u > cdf && k < n) {
      prob *= (ratio * (n - k)) / (k + 1);
      k += 1;
      cdf += prob;
    }
    return k;
  };
}

/** Binomial(n, p) by inversion: one draw (the Monte Carlo uses binomialSampler, which caches per p). */
export function binomial(rng: Rng, n: number, p: number): number {
  return binomialSampler(p)(rng, n);
}

/** Shuffles an array in place (Fisher–Yates) with the given source of numbers. */
export function shuffle<T>(a: T[], rng: Rng): T[] {
  for (let j = a.length - 1; j > 0; j--) {
    const k = Math.floor(rng.next() * (j + 1));
    [a[j], a[k]] = [a[k]!, a[j]!];
  }
  return a;
}
