/**
 * Rules for doctors in training (DOMAIN.md §4, §7; S §5; P "ALIS-løpet"), each from a date so a figure can say which
 * rule it used. '(model)' marks our own reading where the sources give no date or figure.
 */

/** Individual supervision an ALIS must get: hours a month on average in `monthsPerYear` of the year's months, pro rata part-time. */
export interface SupervisionHourRule {
  validFrom: string;
  hoursPerMonth: number;
  monthsPerYear: number;
  source: string;
}
export const SUPERVISION_HOUR_RULES: readonly SupervisionHourRule[] = [
  {
    validFrom: '2019-03-01',
    hoursPerMonth: 3,
    monthsPerYear: 10.5,
    source: 'Sandefjords plan for legetjenester 2021–2024 §5.2 (spesialistforskriften fra 1.3.2019): minst 3 timer per måned i 10,5 av årets måneder',
  },
  {
    // The sources give no date for the change to 4 h/month: 1.1.2024 is (model), inside the "today" of DOMAIN.md §7.
    validFrom: '2024-01-01',
    hoursPerMonth: 4,
    monthsPerYear: 10.5,
    source: 'Gjeldende krav: individuell veiledning minst 4 timer per måned i 10,5 måneder = 42 timer per år (spesialistforskriften med Helsedirektoratets veileder; datoen er en modellantakelse)',
  },
];

/** The education plan: total length at full time and the minimum months in the arenas the regulation names. */
export interface AlisPlanRule {
  validFrom: string;
  totalMonths: number;
  minOpenPracticeMonths: number;
  minInstitutionMonths: number;
  source: string;
}
export const ALIS_PLAN_RULES: readonly AlisPlanRule[] = [
  {
    validFrom: '2019-03-01',
    totalMonths: 60,
    minOpenPracticeMonths: 24,
    minInstitutionMonths: 6,
    source: 'Spesialistforskriften og Sandefjords plan for legetjenester 2021–2024 §5.2: 5 år, minst 2 år i åpen uselektert allmennpraksis, minst 6 måneder i institusjon',
  },
];

/** The state ALIS grant per doctor per year (øre), for how many years, the municipality's share and the binding time. */
export interface AlisGrantRule {
  validFrom: string;
  grantPerYearOre: number;
  grantYears: number;
  municipalShare: number;
  bindingYearsAfterSpecialisation: number;
  source: string;
}
export const ALIS_GRANT_RULES: readonly AlisGrantRule[] = [
  {
    validFrom: '2019-03-01',
    grantPerYearOre: 300_000_00,
    grantYears: 4,
    municipalShare: 0.2,
    bindingYearsAfterSpecialisation: 5,
    source: 'Sandefjords plan for legetjenester 2021–2024, fastlegenes innspill: ALIS-tilskudd 300 000 kr årlig per lege i 4 år, kommunen dekker 20 %, bindingstid 5 år etter spesialisering',
  },
  {
    // P (2023): the state grant runs over a 5-year period; the amount and share are carried over from S (model).
    validFrom: '2022-01-01',
    grantPerYearOre: 300_000_00,
    grantYears: 5,
    municipalShare: 0.2,
    bindingYearsAfterSpecialisation: 5,
    source: 'Sarpsborgs strategi for legetjenester 2023 «ALIS-løpet»: statlig tilskudd til hver ALIS i en 5-årsperiode (Nasjonal ALIS og veiledning fra 2022); beløp og andel som i Sandefjords plan (modellantakelse)',
  },
];

/** Specialists recertify every `years`; the acute-medicine course is repeated as often (akuttmedisinforskriften §7). */
export interface RecertificationRule {
  validFrom: string;
  years: number;
  acuteCourseYears: number;
  source: string;
}
export const RECERTIFICATION_RULES: readonly RecertificationRule[] = [
  {
    validFrom: '2000-01-01',
    years: 5,
    acuteCourseYears: 5,
    source: 'Sandefjords plan for legetjenester 2021–2024 §5.2: resertifisering hvert femte år; akuttmedisinkurs hvert 5. år (akuttmedisinforskriften § 7)',
  },
];

/** LIS1: months in the municipality of the 18, and intakes a year. */
export interface Lis1Rule {
  validFrom: string;
  municipalMonths: number;
  intakesPerYear: number;
  source: string;
}
export const LIS1_RULES: readonly Lis1Rule[] = [
  { validFrom: '2018-09-01', municipalMonths: 6, intakesPerYear: 2, source: 'Spesialistforskriften og Sandefjords plan for legetjenester 2021–2024 §5.1: LIS1 er 18 måneder, 6 i kommunen; to opptak i året' },
];

/** What counts as due soon on the coordinator's list, and the share of expected supervision below which it is red. */
export interface TrainingAlertRule {
  validFrom: string;
  dueWithinDays: number;
  supervisionRedBelowShare: number;
  source: string;
}
export const TRAINING_ALERT_RULES: readonly TrainingAlertRule[] = [
  {
    validFrom: '2000-01-01',
    dueWithinDays: 60,
    supervisionRedBelowShare: 0.75,
    source: 'Modell: frister de neste 60 dagene; rødt under 75 % av forventet veiledning hittil i året, gult under 100 %',
  },
];
