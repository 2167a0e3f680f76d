/**
 * The state's basistilskudd (per listed inhabitant per year) as dated rule data, in øre. A municipality may keep its
 * own table (it is stored per municipality); these are the shipped defaults. Each entry is in force from validFrom
 * until the day before the next entry's validFrom, or until validTo when set.
 */

/** How the yearly amount for one list is found. */
export type RateModel =
  | { kind: 'flat'; ratePerPatient: number }
  | { kind: 'banded'; bandLimit: number; rateUpTo: number; rateAbove: number }
  | { kind: 'weighted'; basePrice: number; municipalFactor: number; weights: readonly PatientWeight[] };

/** The weight of a listed inhabitant of one sex and age group in the patient-weighted model (2023). */
export interface PatientWeight {
  sex: 'F' | 'M';
  ageFrom: number;
  /** Inclusive; null = and older. */
  ageTo: number | null;
  weight: number;
}

/** Lists under `listBelow` with a cap of at least `capAtLeast` are paid as `paidAs` patients for `years` from the agreement. */
export interface MinimumListRule {
  listBelow: number;
  capAtLeast: number;
  paidAs: number;
  years: number;
}

export interface SubsidyRate {
  validFrom: string;
  validTo: string | null;
  name: string;
  source: string;
  model: RateModel;
  minimum: MinimumListRule | null;
}

const MINIMUM_500: MinimumListRule = { listBelow: 500, capAtLeast: 500, paidAs: 500, years: 2 };

/**
 * Shipped rates. 499 kr flat is known from the Sandefjord plan only as "until 1.5.2021"; its start (2020-01-01) and the
 * start of 675/544 (2022-01-01; the Sarpsborg strategy says only "before 1.5.2023") are modelling choices a
 * municipality can correct. From 1.5.2023 the patient-weighted model applies; without HELFO's weights the default is
 * the national average 841.80 kr as a flat approximation (DOMAIN.md §7), replaceable by an imported weighted table.
 */
export const BASISTILSKUDD_RATES: readonly SubsidyRate[] = [
  {
    validFrom: '2020-01-01',
    validTo: null,
    name: 'Flat sats 499 kr',
    source: 'Sandefjords plan for legetjenester 2021–2024 §2.4: 499 kr per innbygger fram til 1.5.2021 (startdato er en modellantakelse)',
    model: { kind: 'flat', ratePerPatient: 499_00 },
    minimum: MINIMUM_500,
  },
  {
    validFrom: '2021-05-01',
    validTo: null,
    name: '577 kr inntil 1 000, 499 kr over',
    source: 'Sandefjords plan for legetjenester 2021–2024 §2.4 og fastlegenes uttalelse: 577 kr for de første 1 000 innbyggerne fra 1.5.2021',
    model: { kind: 'banded', bandLimit: 1000, rateUpTo: 577_00, rateAbove: 499_00 },
    minimum: MINIMUM_500,
  },
  {
    validFrom: '2022-01-01',
    validTo: null,
    name: '675 kr inntil 1 000, 544 kr over',
    source: 'Sarpsborgs strategi for legetjenester 2023 «Nasjonale tiltak»: 675 kr inntil 1 000 innbyggere og 544 kr over, før 1.5.2023 (startdato er en modellantakelse)',
    model: { kind: 'banded', bandLimit: 1000, rateUpTo: 675_00, rateAbove: 544_00 },
    minimum: MINIMUM_500,
  },
  {
    validFrom: '2023-05-01',
    validTo: null,
    name: 'Pasienttilpasset, forenklet til landsgjennomsnittet 841,80 kr',
    source: 'Pasienttilpasset basistilskudd fra 1.5.2023; landsgjennomsnitt 841,80 kr fra 1.7.2023 (Helfo). Erstatt med HELFOs vekter.',
    model: { kind: 'flat', ratePerPatient: 841_80 },
    minimum: MINIMUM_500,
  },
];
