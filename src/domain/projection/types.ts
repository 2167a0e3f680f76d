import type { FreeCapacityRequirement } from '../capacity/index.ts';
import type { PositionOrgForm, Sex } from '../registry/index.ts';
import type { CapacityTargetRule, ConsultationRates } from '../rules/index.ts';

/** The series code of SSB's registered population (table 07459); projections use their four-letter alternative (MMMM). */
export const REGISTERED_SERIES = 'REG';

/** One sex-and-age group of a population series; `ageTo` null = open-ended (e.g. 90+ or 105+). */
export interface PopulationGroup {
  sex: Sex;
  ageFrom: number;
  ageTo: number | null;
}

/** Population of one municipality in one series, on 1 January of each year; persons[i] belongs to groups[i], null = missing in the file. */
export interface PopulationSeries {
  code: string;
  /** Where the figures come from (table and file), shown with every figure that uses them. */
  source: string;
  groups: PopulationGroup[];
  years: { year: number; persons: (number | null)[] }[];
}

/** A position as the projection sees it on the base month. */
export interface ProjectionPosition {
  positionId: number;
  officeId: number;
  orgForm: PositionOrgForm;
  /** The list cap on the base month; null = no cap registered. */
  listCap: number | null;
  listLength: number;
  /** GPs responsible for the list on the base month (several on a shared list; none when vacant or served by a substitute). */
  gps: { birthYear: number; inSpecialisation: boolean }[];
}

/** Everything a projection reads about one municipality: loaded by the server, sent to the browser, computed the same in both. */
export interface ProjectionFacts {
  kommuneNr: string;
  kommuneName: string;
  /** The latest month with list figures: "today". */
  baseMonth: string;
  positions: ProjectionPosition[];
  /** Residents listed with GPs in other municipalities, and non-residents listed here (latest figures on or before the base month; null = none registered). */
  listedElsewhere: number | null;
  listedNonResidents: number | null;
  population: PopulationSeries[];
  /** The municipality's own free-capacity rules (the national default applies before the first). */
  targets: CapacityTargetRule[];
}

/** How list capacity is planned: keep each position's current cap, or plan every position at its planned list. */
export interface ListAssumptions {
  existing: 'current-caps' | 'planned';
  /** The planned average list: converts a capacity gap into positions, and the planned list of every position not overridden below. */
  plannedAverageList: number;
  /** Planned list by organisation form (Sarpsborg's municipal office: 800–900); a form not listed uses plannedAverageList. */
  byOrgForm: Partial<Record<PositionOrgForm, number>>;
  /** Planned list for a position held by a GP in specialisation (ALIS: 600–700); null = no separate figure. */
  alis: number | null;
}

/** The share of the population who want a GP: calibrated so that today's demand equals today's listed patients, or a fixed share. */
export type GpShare = { kind: 'calibrated' } | { kind: 'fixed'; share: number };

/** Positions the municipality plans to create, from 1 January of `year`. */
export interface PlannedPositions {
  year: number;
  count: number;
  orgForm: PositionOrgForm;
  /** Planned for ALIS doctors (their planned list applies). */
  alis: boolean;
  note: string;
}

/** A scenario's every assumption, stored explicitly (a new scenario starts from the defaults in force). */
export interface ScenarioAssumptions {
  horizonYears: number;
  /** The population series the projection follows (SSB alternative, e.g. MMMM). */
  populationSeries: string;
  /** The alternatives the Monte Carlo spreads the population between. */
  uncertainty: { lowSeries: string; highSeries: string };
  /** Which need drives positions needed and the gap: head count, or weighted by GP consultations per age and sex. */
  needBasis: 'headcount' | 'age-weighted';
  gpShare: GpShare;
  requirement: FreeCapacityRequirement;
  lists: ListAssumptions;
  retirementAge: number;
  /** Other departures per GP per year (0.069 ≈ Sarpsborg's > 30 % in five years). */
  otherDepartureRate: number;
  /** Share of vacant positions filled within the year. */
  refillRate: number;
  newPositions: PlannedPositions[];
  consultationRates: ConsultationRates;
}

/** One year of a projection. Positions are unrounded (shown with one decimal); positionsToCreate is whole. */
export interface ProjectionYear {
  year: number;
  population: number;
  /** Head-count need: (inhabitants − listed elsewhere + listed non-residents) × share who want a GP. */
  demand: number;
  /** Need weighted by GP consultations per person for the year's age and sex mix (equals demand in the base year). */
  demandAgeWeighted: number;
  positionsHeld: number;
  /** Σ planned list caps of the positions held. */
  listCapacity: number;
  positionsNeededHeadcount: number;
  positionsNeededAgeWeighted: number;
  /** Positions needed on the scenario's need basis. */
  positionsNeeded: number;
  /** positionsNeeded − positionsHeld. */
  gap: number;
  positionsToCreate: number;
  retirements: number;
  otherDepartures: number;
  /** Expected positions without a GP at the end of the year. */
  vacantPositions: number;
  /** positionsNeeded − (positionsHeld − vacantPositions). */
  staffingGap: number;
  /** Replacements (retirements, other departures, vacancies today) + growth (planned and needed new positions). */
  recruitsNeeded: number;
}

/** A deterministic projection of one scenario. */
export interface Projection {
  kommuneNr: string;
  baseMonth: string;
  baseYear: number;
  /** The share who want a GP the projection used (calibrated or fixed). */
  gpShare: number;
  populationSource: string;
  years: ProjectionYear[];
}
