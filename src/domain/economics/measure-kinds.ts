/**
 * The kinds of municipal recruitment and retention measures, each with its typed parameters. The spec drives the
 * API's validation and the web form; money parameters are øre, shares are 0–1.
 */

export type ParamUnit = 'ore' | 'share' | 'count' | 'number' | 'bool';

export interface ParamSpec {
  key: string;
  label: string;
  unit: ParamUnit;
  /** null allowed ("not used"), distinct from 0. */
  nullable?: true;
  max?: number;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} = no extra options, kept literal for the types
const p = <K extends string, U extends ParamUnit, E extends { nullable?: true; max?: number } = {}>(key: K, label: string, unit: U, extra?: E) =>
  ({ key, label, unit, ...extra }) as { key: K; label: string; unit: U } & E;

/** Sick pay and course compensation: a share of the practice compensation for some days, for some doctors. */
const practiceCompensationParams = (doctorsLabel: string, daysLabel: string) =>
  [
    p('doctors', doctorsLabel, 'count', { max: 10_000 }),
    p('daysPerDoctor', daysLabel, 'number', { max: 366 }),
    p('maxDays', 'Høyst dager per år', 'number', { max: 366 }),
    p('practiceCompensationPerDay', 'Praksiskompensasjon per dag (100 %)', 'ore'),
    p('compensationShare', 'Andel av praksiskompensasjonen', 'share', { max: 1 }),
  ] as const;

/** Every measure kind: Norwegian label and parameters. */
export const MEASURE_KINDS = {
  basis_top_up: {
    label: 'Kommunalt tillegg til basistilskuddet',
    params: [
      p('percent', 'Tillegg i prosent av satsen', 'share', { nullable: true, max: 5 }),
      p('amountPerPatient', 'Tillegg i kr per innbygger på listen', 'ore', { nullable: true }),
      p('amountPerPositionMonth', 'Tillegg i kr per hjemmel per måned', 'ore', { nullable: true }),
      p('upToPatients', 'For de første N innbyggerne på listen', 'count', { nullable: true, max: 10_000 }),
      p('baseRate', 'Sats tillegget regnes av (tom = statens sats i kraft)', 'ore', { nullable: true }),
      p('shrinksWithStateRate', 'Tillegget krymper når statens sats øker', 'bool'),
      p('listCapMax', 'Bare lister med listetak høyst', 'count', { nullable: true, max: 10_000 }),
    ],
  },
  recruitment_grant: {
    label: 'Rekrutteringstilskudd',
    params: [
      p('takeoverAmount', 'Tilskudd ved overtakelse av liste', 'ore'),
      p('takeoversPerYear', 'Antall overtakelser per år', 'count', { max: 1000 }),
      p('newListAmount', 'Tilskudd ved oppstart i 0-hjemmel', 'ore'),
      p('newListsPerYear', 'Antall 0-hjemler per år', 'count', { max: 1000 }),
      p('repaymentYears', 'Tilbakebetaling (forholdsmessig) ved oppsigelse innen år', 'count', { max: 20 }),
    ],
  },
  municipal_substitute: {
    label: 'Kommunalt ansatt vikar',
    params: [
      p('doctors', 'Antall vikarleger', 'number', { max: 1000 }),
      p('salary', 'Lønn per år', 'ore'),
      p('socialCostShare', 'Sosiale kostnader (andel av lønn)', 'share', { max: 2 }),
      p('holidayCoverWeeks', 'Uker ferie som må dekkes', 'number', { max: 52 }),
      p('operatingTopUpPerMonth', 'Mellomlegg til driftsutgifter per måned', 'ore'),
      p('incomePerMonth', 'Inntekt per måned', 'ore'),
    ],
  },
  agency_substitute: {
    label: 'Vikar fra vikarbyrå',
    params: [p('positionCount', 'Antall hjemler dekket', 'number', { max: 1000 }), p('pricePerMonth', 'Pris per lege per måned', 'ore')],
  },
  colleague_compensation: {
    label: 'Kompensasjon til kollegaer ved fraværsdekning utover 8 uker',
    params: [
      p('salaryPerFte', 'Honorar per 100 % (spesialistlønn)', 'ore'),
      p('ftePerYear', 'Dekket fravær per år (årsverk)', 'number', { max: 100 }),
      p('firstYearFte', 'Dekket fravær første år (tom = forholdsmessig)', 'number', { nullable: true, max: 100 }),
    ],
  },
  sick_pay: {
    label: 'Kommunal sykelønn ved egen eller barns sykdom',
    params: practiceCompensationParams('Antall leger som bruker ordningen', 'Dager per lege per år'),
  },
  course_compensation: {
    label: 'Praksiskompensasjon ved kurs for spesialister',
    params: practiceCompensationParams('Antall spesialister', 'Kursdager per lege per år'),
  },
  practice_consultant: {
    label: 'Kommunal praksiskonsulent',
    params: [
      p('salary', 'Lønn per år (100 %)', 'ore'),
      p('positionShare', 'Stillingsandel', 'share', { max: 10 }),
      p('employerCostShare', 'Sosiale kostnader (andel av lønn)', 'share', { max: 2 }),
    ],
  },
  meeting_fee: {
    label: 'Møtegodtgjøring',
    params: [
      p('feeRatePerHour', 'Salærsats per time', 'ore'),
      p('share', 'Andel av salærsatsen', 'share', { max: 1 }),
      p('hoursPerYear', 'Møtetimer per år', 'number', { max: 100_000 }),
      p('firstYearHours', 'Møtetimer første år (tom = forholdsmessig)', 'number', { nullable: true, max: 100_000 }),
    ],
  },
  fixed_salary_positions: {
    label: 'Fastlønnsstillinger',
    params: [p('positionCount', 'Antall stillinger', 'number', { max: 1000 }), p('netCostPerPosition', 'Netto kostnad per stilling per år', 'ore')],
  },
  buy_out: {
    label: 'Innløsing av hjemmel',
    params: [p('positionCount', 'Antall hjemler', 'count', { max: 1000 }), p('pricePerPosition', 'Pris per hjemmel', 'ore')],
  },
  establishment_loan: {
    label: 'Rente- og avdragsfritt etableringslån',
    params: [
      p('loans', 'Antall lån', 'count', { max: 1000 }),
      p('amount', 'Lånebeløp', 'ore'),
      p('interestRate', 'Kommunens tapte rente per år', 'share', { max: 1 }),
      p('years', 'Rente- og avdragsfrie år', 'count', { max: 30 }),
    ],
  },
  purchase_advance: {
    label: 'Forskudd ved kjøp av hjemmel',
    params: [
      p('advances', 'Antall forskudd', 'count', { max: 1000 }),
      p('amount', 'Forskudd per lege', 'ore'),
      p('repaymentSharePerMonth', 'Tilbakebetaling per måned (andel av forskuddet)', 'share', { max: 1 }),
    ],
  },
  other: {
    label: 'Annet tiltak',
    params: [p('annualCost', 'Kostnad per år', 'ore')],
  },
} as const satisfies Record<string, { label: string; params: readonly ParamSpec[] }>;

export type MeasureKind = keyof typeof MEASURE_KINDS;
export const MEASURE_KIND_NAMES = Object.keys(MEASURE_KINDS) as MeasureKind[];

type ValueOf<S> = S extends { unit: 'bool' } ? boolean : number;
type ParamsOf<L extends readonly ParamSpec[]> = { [S in L[number] as S['key']]: S extends { nullable: true } ? ValueOf<S> | null : ValueOf<S> };

/** A measure's kind and its parameters, typed per kind. */
export type MeasureModel = { [K in MeasureKind]: { kind: K; params: ParamsOf<(typeof MEASURE_KINDS)[K]['params']> } }[MeasureKind];

/** Where a measure stands in the plan (Sarpsborg: recommended, for later, rejected with a reason). */
export const MEASURE_STATUSES = ['recommended', 'adopted', 'later', 'rejected'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
