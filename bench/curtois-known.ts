// Best known objectives and published 10-minute results for the Curtois & Qu instances
// (../shared/benchmarks/curtois/README.md; T. Curtois and R. Qu, technical report, University of Nottingham, 2014).
export const BEST_KNOWN: Record<number, number> = {
  1: 607, 2: 828, 3: 1001, 4: 1716, 5: 1143, 6: 1950, 7: 1056, 8: 1300, 9: 439, 10: 4631, 11: 3443, 12: 4040,
  13: 1348, 14: 1278, 16: 3225, 18: 4459, 20: 4943, 21: 21159, 24: 48777,
};

/** Curtois's ejection-chain local search, 10 minutes per instance. */
export const EJECTION_CHAIN_10_MIN: Record<number, number> = { 2: 923, 5: 1439, 7: 1284, 8: 2529, 10: 4999, 12: 5611, 13: 8707, 14: 2542, 18: 6404 };

/** Instances the best known value is only an upper bound for (no proven optimum). */
export const UPPER_BOUND_ONLY = new Set([20, 21, 24]);
