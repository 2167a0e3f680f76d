/** Money in the domain is integer øre. */
export type Ore = number;

/** An amount computed with fractions of an øre, paid or booked as whole øre. */
export function wholeOre(amount: number): Ore {
  return Math.round(amount);
}

/** Σ of amounts in øre. */
export function sumOre(amounts: readonly Ore[]): Ore {
  return amounts.reduce((a, b) => a + b, 0);
}

/**
 * Lines and their total, shown rounded to `step` øre (e.g. 10 000 øre for 0.01 mill kr is 1 000 000; 100 for whole
 * kroner): each line and the total are rounded once from exact øre. `consistent` is false when the rounded lines do not
 * add up to the rounded total, so a table can say so instead of showing a sum that looks wrong.
 */
export function roundedForDisplay(lines: readonly Ore[], total: Ore, step: number): { lines: number[]; total: number; sumOfLines: number; consistent: boolean } {
  const round = (v: Ore) => Math.round(v / step) * step;
  const shown = lines.map(round);
  const sumOfLines = shown.reduce((a, b) => a + b, 0);
  return { lines: shown, total: round(total), sumOfLines, consistent: sumOfLines === round(total) };
}
