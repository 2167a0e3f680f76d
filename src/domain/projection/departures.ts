import type { ProjectionPosition } from './types.ts';

/**
 * GPs reaching the retirement age in each year from the base year to the last (birth year + age = year);
 * those already past it on the base month are counted in the base year.
 */
export function retirementsByYear(positions: readonly ProjectionPosition[], retirementAge: number, years: readonly number[]): number[] {
  const counts = years.map(() => 0);
  const first = years[0];
  if (first === undefined) return counts;
  for (const p of positions) {
    for (const gp of p.gps) {
      const year = Math.max(first, gp.birthYear + retirementAge);
      const i = years.indexOf(year);
      if (i >= 0) counts[i]! += 1;
    }
  }
  return counts;
}
