/**
 * Rules on municipal doctor tasks, each from a date. '2000-01-01' marks a rule in force throughout the period the
 * app covers (as DEFAULT_CAPACITY_TARGETS does).
 */

/** GPs may be obliged to take municipal GP tasks up to this many hours a week (S §3.0, DOMAIN.md §1). */
export interface GpObligationRule {
  validFrom: string;
  maxHoursPerWeek: number;
  /** A full position's weekly hours, to express hours as FTE and as a share of a position. */
  fullTimeHoursPerWeek: number;
  source: string;
}
export const GP_OBLIGATION_RULES: readonly GpObligationRule[] = [
  {
    validFrom: '2000-01-01',
    maxHoursPerWeek: 7.5,
    fullTimeHoursPerWeek: 37.5,
    source: 'Fastlegeavtalen: kommunale allmennlegeoppgaver inntil 7,5 timer per uke (Sandefjords plan for legetjenester 2021–2024 §3.0)',
  },
];

/** Sandefjord's recruitment measure: GPs starting with a short list are offered a share of a position at a health station. */
export interface HealthStationOfferRule {
  validFrom: string;
  shortListBelow: number;
  offerShare: number;
  source: string;
}
export const HEALTH_STATION_OFFER_RULES: readonly HealthStationOfferRule[] = [
  {
    validFrom: '2000-01-01',
    shortListBelow: 500,
    offerShare: 0.2,
    source: 'Sandefjords plan for legetjenester 2021–2024 §3.5 og mål 15: fastleger med korte lister (under 500) tilbys 20 % stilling i helsestasjonstjenesten',
  },
];

/** Supervision of doctors in specialisation in general practice (ALIS/LIS-3), as FTE per ALIS. */
export interface AlisSupervisionRule {
  validFrom: string;
  ftePerAlis: number;
  source: string;
}
export const ALIS_SUPERVISION_RULES: readonly AlisSupervisionRule[] = [
  {
    validFrom: '2019-03-01',
    ftePerAlis: 0.035,
    source: 'Sandefjords plan for legetjenester 2021–2024 §3.0: veiledning av LIS-3 tilsvarende 0,035 årsverk per LIS-3 (spesialistforskriften, fra 1.3.2019)',
  },
];

/** The nursing homes' goal for the share of their doctors who are specialists (S §3.1). */
export interface SpecialistGoalRule {
  validFrom: string;
  minShare: number;
  source: string;
}
export const SPECIALIST_GOAL_RULES: readonly SpecialistGoalRule[] = [
  { validFrom: '2000-01-01', minShare: 0.5, source: 'Sandefjords plan for legetjenester 2021–2024 §3.1 styringsmål: minimum 50 % av legene skal ha spesialistkompetanse' },
];
