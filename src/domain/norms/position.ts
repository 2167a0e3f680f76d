import type { PositionHours } from './types.ts';

/** Clinical hours of a full position per working week: weekly hours × (1 − non-clinical share). Nfas 2020: 37.5 × 0.7 = 26.25 ≈ 26.3. */
export function clinicalHoursPerWeek(p: PositionHours): number {
  return p.weeklyHours * (1 - p.nonClinicalShare);
}

/** Clinical hours of a full position per year: clinical hours per week × working weeks. Nfas 2020: 26.25 × 40 = 1 050. */
export function clinicalHoursPerYear(p: PositionHours): number {
  return clinicalHoursPerWeek(p) * p.workingWeeks;
}
