import { describe, expect, it } from 'vitest';
import { NFAS_2020, NFAS_2020_ACTIVITIES } from '../rules/nursing-home-norms.ts';
import { hoursPer, patientsPerFte, shortTermHoursPerPatientWeek, stayWeeks, summariseActivityNorm } from './activity-norm.ts';
import { clinicalHoursPerWeek, clinicalHoursPerYear } from './position.ts';
import type { StaffingNorm } from './types.ts';

const nfas = NFAS_2020.norm as Extract<StaffingNorm, { kind: 'activity' }>;

describe('the Nfas 2020 activity table (golden figures of the attachment to S)', () => {
  const s = summariseActivityNorm(nfas);

  it('has 26.3 clinical hours a week over 40 working weeks: 37.5 h less 30 % non-clinical', () => {
    expect(clinicalHoursPerWeek(nfas.position)).toBeCloseTo(26.25, 10);
    expect(s.clinicalHoursPerWeek.toFixed(1)).toBe('26.3');
    expect(clinicalHoursPerYear(nfas.position)).toBeCloseTo(1050, 10);
  });

  it('lists 11.5 h of non-clinical activities beside the 30 % (11.25 h) it deducts', () => {
    expect(s.nonClinicalActivityHoursPerWeek).toBeCloseTo(11.5, 10);
    expect(s.nonClinicalHoursPerWeek).toBeCloseTo(11.25, 10);
  });

  it('gives 13.1 h per long-term patient a year → 0.33 h a week → ≈ 80 patients per FTE', () => {
    expect(s.longTermHoursPerPatientYear).toBeCloseTo(13.1, 10);
    expect(s.longTermHoursPerPatientWeek.toFixed(2)).toBe('0.33');
    expect(Math.round(s.longTermPatientsPerFte!)).toBe(80);
  });

  it('gives 9 h for a 4-week short stay → 2.25 h a week → ≈ 12 patients per FTE', () => {
    expect(s.shortTermHoursPerStay * 1 + s.shortTermHoursPerWeek * 4).toBeCloseTo(9, 10);
    const perWeek = shortTermHoursPerPatientWeek(s, 4);
    expect(perWeek).toBeCloseTo(2.25, 10);
    expect(patientsPerFte(s.clinicalHoursPerWeek, perWeek)).toBeCloseTo(11.667, 3);
    expect(Math.round(patientsPerFte(s.clinicalHoursPerWeek, perWeek)!)).toBe(12);
  });

  it('adjusts for shorter stays: 2.5 weeks → 2.7 h a week → ≈ 9.7 patients per FTE', () => {
    const perWeek = shortTermHoursPerPatientWeek(s, 2.5);
    expect(perWeek).toBeCloseTo(2.7, 10);
    expect(patientsPerFte(s.clinicalHoursPerWeek, perWeek)!.toFixed(1)).toBe('9.7');
  });

  it('sums hours per unit', () => {
    expect(hoursPer(NFAS_2020_ACTIVITIES, 'short_term_stay')).toBe(3);
    expect(hoursPer(NFAS_2020_ACTIVITIES, 'short_term_week')).toBe(1.5);
    expect(hoursPer([], 'long_term_year')).toBe(0);
  });
});

describe('edge cases', () => {
  it('refuses a stay of 0 weeks or less', () => {
    const s = summariseActivityNorm(nfas);
    expect(() => shortTermHoursPerPatientWeek(s, 0)).toThrow(RangeError);
    expect(() => shortTermHoursPerPatientWeek(s, -1)).toThrow(RangeError);
  });

  it('has no patients per FTE when a norm has no hours for the model', () => {
    expect(patientsPerFte(26.25, 0)).toBeNull();
    expect(summariseActivityNorm({ position: nfas.position, activities: [] }).longTermPatientsPerFte).toBeNull();
  });

  it('converts days to weeks', () => {
    expect(stayWeeks(17.5)).toBe(2.5);
  });

  it('follows the municipality’s own position hours', () => {
    const own = summariseActivityNorm({ position: { weeklyHours: 40, nonClinicalShare: 0.25, workingWeeks: 42 }, activities: nfas.activities });
    expect(own.clinicalHoursPerWeek).toBe(30);
    expect(own.clinicalHoursPerYear).toBe(1260);
    expect(own.longTermHoursPerPatientWeek).toBeCloseTo(13.1 / 42, 10);
  });
});
