import { clinicalHoursPerWeek, clinicalHoursPerYear } from './position.ts';
import type { ActivityUnit, NormActivity, PositionHours } from './types.ts';

/** An activity norm: a full position's hours and the timed activities. */
export interface ActivityNorm {
  position: PositionHours;
  activities: readonly NormActivity[];
}

/** The figures an activity norm comes to, as the Nfas 2020 table states them. */
export interface ActivityNormSummary {
  position: PositionHours;
  /** weeklyHours × nonClinicalShare: the non-clinical hours the norm deducts. */
  nonClinicalHoursPerWeek: number;
  /** Σ of the non-clinical activities (per position and week), shown beside the share it should match. */
  nonClinicalActivityHoursPerWeek: number;
  clinicalHoursPerWeek: number;
  clinicalHoursPerYear: number;
  longTermHoursPerPatientYear: number;
  /** Long-term hours per patient-year spread over the working weeks (Nfas: 13.1 ÷ 40 = 0.33). */
  longTermHoursPerPatientWeek: number;
  /** Long-term patients one full position serves; null when the norm has no long-term activities. */
  longTermPatientsPerFte: number | null;
  shortTermHoursPerStay: number;
  shortTermHoursPerWeek: number;
}

/** Σ hours of the activities counted per the given unit. */
export function hoursPer(activities: readonly NormActivity[], unit: ActivityUnit): number {
  return activities.filter((a) => a.unit === unit).reduce((sum, a) => sum + a.hours, 0);
}

/** Patients one full position serves at a given number of clinical hours per patient-week; null when that is 0. */
export function patientsPerFte(clinicalPerWeek: number, hoursPerPatientWeek: number): number | null {
  return hoursPerPatientWeek > 0 ? clinicalPerWeek / hoursPerPatientWeek : null;
}

/** Sums an activity norm into the figures its table shows (clinical hours, hours per patient, patients per FTE). */
export function summariseActivityNorm(norm: ActivityNorm): ActivityNormSummary {
  const clinicalPerWeek = clinicalHoursPerWeek(norm.position);
  const longTermYear = hoursPer(norm.activities, 'long_term_year');
  const longTermWeek = longTermYear / norm.position.workingWeeks;
  return {
    position: norm.position,
    nonClinicalHoursPerWeek: norm.position.weeklyHours * norm.position.nonClinicalShare,
    nonClinicalActivityHoursPerWeek: hoursPer(norm.activities, 'position_week'),
    clinicalHoursPerWeek: clinicalPerWeek,
    clinicalHoursPerYear: clinicalHoursPerYear(norm.position),
    longTermHoursPerPatientYear: longTermYear,
    longTermHoursPerPatientWeek: longTermWeek,
    longTermPatientsPerFte: patientsPerFte(clinicalPerWeek, longTermWeek),
    shortTermHoursPerStay: hoursPer(norm.activities, 'short_term_stay'),
    shortTermHoursPerWeek: hoursPer(norm.activities, 'short_term_week'),
  };
}

/**
 * Short-term hours per patient-week for a stay of the given length (model, DOMAIN.md §2): the per-week work plus
 * the per-stay work spread over the stay — shorter stays mean more admissions and discharges per week.
 * Nfas 2020: 1.5 + 3 ÷ 4 = 2.25 h for 4 weeks; 1.5 + 3 ÷ 2.5 = 2.7 h for 2.5 weeks.
 */
export function shortTermHoursPerPatientWeek(summary: ActivityNormSummary, stayWeeks: number): number {
  if (!(stayWeeks > 0)) throw new RangeError(`A stay must be longer than 0 weeks, got ${stayWeeks}`);
  return summary.shortTermHoursPerWeek + summary.shortTermHoursPerStay / stayWeeks;
}

/** A stay in days as weeks. */
export function stayWeeks(stayDays: number): number {
  return stayDays / 7;
}
