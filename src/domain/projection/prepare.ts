import { meanConsultations, validateConsultationRates } from './age-weighting.ts';
import { retirementsByYear } from './departures.ts';
import { ProjectionInputError } from './errors.ts';
import { findSeries, populationYear, seriesSpan } from './population.ts';
import { existingPositions, heldByYear } from './supply.ts';
import type { ProjectionFacts, ScenarioAssumptions } from './types.ts';

/** The need of one population series per year: head count, age-weighted, and the population itself. */
export interface SeriesNeed {
  code: string;
  source: string;
  population: number[];
  headcount: number[];
  ageWeighted: number[];
}

/** What the deterministic projection and the Monte Carlo share: years, supply, departures and the need of each series used. */
export interface PreparedProjection {
  baseMonth: string;
  baseYear: number;
  years: number[];
  share: number;
  held: number[];
  capacity: number[];
  plannedNew: number[];
  retirements: number[];
  /** Positions with a responsible GP on the base month, and those without. */
  staffedAtBase: number;
  vacantAtBase: number;
  main: SeriesNeed;
  assumptions: ScenarioAssumptions;
}

/** Refuses a horizon past the population table, with the years it covers and the longest horizon it allows. */
function checkHorizon(facts: ProjectionFacts, code: string, baseYear: number, horizon: number, path: string): void {
  const series = findSeries(facts.population, code, path);
  const { last } = seriesSpan(series);
  if (baseYear + horizon > last) {
    throw new ProjectionInputError(
      'horizonYears',
      `Befolkningsframskrivingen ${code} (${series.source}) går til ${last}, men en horisont på ${horizon} år fra ${baseYear} krever ${baseYear + horizon}. ` +
        (last > baseYear ? `Velg en horisont på høyst ${last - baseYear} år, eller last inn en nyere framskriving.` : 'Last inn en nyere framskriving.'),
    );
  }
}

/** The share who want a GP: fixed, or calibrated so that the base year's demand equals today's listed patients. */
function gpShare(facts: ProjectionFacts, a: ScenarioAssumptions, listed: number, basePopulation: number, net: number): number {
  switch (a.gpShare.kind) {
    case 'fixed':
      return a.gpShare.share;
    case 'calibrated': {
      if (listed <= 0) {
        throw new ProjectionInputError('gpShare', 'Kan ikke kalibrere andelen som ønsker fastlege: ingen pasienter på listene i dag. Oppgi andelen.');
      }
      const denominator = basePopulation + net;
      if (denominator <= 0) throw new ProjectionInputError('gpShare', `Kan ikke kalibrere andelen: innbyggere − på liste andre steder + ikke-innbyggere er ${denominator} i ${facts.baseMonth.slice(0, 4)}.`);
      return listed / denominator;
    }
  }
}

/** The need per year of one population series (the base year's age mix is the reference for age weighting). */
export function seriesNeed(input: { facts: ProjectionFacts; a: ScenarioAssumptions; code: string; path: string; years: readonly number[]; share: number; net: number }): SeriesNeed {
  const { facts, a, code, path, years, share, net } = input;
  checkHorizon(facts, code, years[0]!, years.length - 1, path);
  const rows = years.map((y) => populationYear(facts.population, code, y, path));
  const mean = rows.map((r) => meanConsultations(a.consultationRates, r.groups, r.persons));
  const headcount = rows.map((r) => Math.max(0, (r.total + net) * share));
  return {
    code,
    source: rows.at(-1)!.source,
    population: rows.map((r) => r.total),
    headcount,
    ageWeighted: headcount.map((d, i) => (d * mean[i]!) / mean[0]!),
  };
}

/** Checks the scenario against the facts and computes everything per year that does not depend on chance. */
export function prepareProjection(facts: ProjectionFacts, a: ScenarioAssumptions): PreparedProjection {
  if (facts.listedElsewhere === null) {
    throw new ProjectionInputError('listedElsewhere', 'Mangler tall for innbyggere på liste i andre kommuner. Registrer befolkningstall for måneden under Befolkning.');
  }
  if (facts.listedNonResidents === null) {
    throw new ProjectionInputError('listedNonResidents', 'Mangler tall for ikke-innbyggere på liste her. Registrer befolkningstall for måneden under Befolkning.');
  }
  validateConsultationRates(a.consultationRates);
  const baseYear = Number(facts.baseMonth.slice(0, 4));
  const years = Array.from({ length: a.horizonYears + 1 }, (_, i) => baseYear + i);
  a.newPositions.forEach((n, i) => {
    if (n.year <= baseYear) throw new ProjectionInputError(`newPositions.${i}.year`, `Planlagte hjemler må komme etter basisåret ${baseYear} (oppgitt ${n.year}).`);
  });
  const existing = existingPositions(facts.positions);
  const listed = existing.reduce((s, p) => s + p.listLength, 0);
  const net = facts.listedNonResidents - facts.listedElsewhere;
  checkHorizon(facts, a.populationSeries, baseYear, a.horizonYears, 'populationSeries');
  const basePopulation = populationYear(facts.population, a.populationSeries, baseYear).total;
  const share = gpShare(facts, a, listed, basePopulation, net);
  const supply = heldByYear({ years, existing, lists: a.lists, newPositions: a.newPositions });
  const staffedAtBase = existing.filter((p) => p.gps.length > 0).length;
  return {
    baseMonth: facts.baseMonth,
    baseYear,
    years,
    share,
    ...supply,
    retirements: retirementsByYear(existing, a.retirementAge, years),
    staffedAtBase,
    vacantAtBase: existing.length - staffedAtBase,
    main: seriesNeed({ facts, a, code: a.populationSeries, path: 'populationSeries', years, share, net }),
    assumptions: a,
  };
}

