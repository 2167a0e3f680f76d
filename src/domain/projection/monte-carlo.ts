import { percentilesInPlace } from './percentiles.ts';
import { prepareProjection, seriesNeed, type PreparedProjection } from './prepare.ts';
import { binomialSampler, createRng, triangular } from './random.ts';
import type { ProjectionFacts, ScenarioAssumptions } from './types.ts';

/** The 10th, 50th and 90th percentile of a figure over the runs. */
export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** One year of the fan chart. */
export interface MonteCarloYear {
  year: number;
  /** Positions needed − positions held: spread by the population alternatives. */
  gap: Band;
  /** Positions needed − positions with a GP: spread by population and by departures not refilled. */
  staffingGap: Band;
  /** Recruits needed from the base year up to and including this year: spread by departures and population. */
  recruitsCumulative: Band;
}

/** A seeded Monte Carlo of one scenario: the same seed and runs give the same bands. */
export interface MonteCarlo {
  runs: number;
  seed: number;
  lowSeries: string;
  highSeries: string;
  years: MonteCarloYear[];
}

/** A prepared projection with the need of the low and high alternatives, ready for many runs. */
export interface MonteCarloModel {
  prepared: PreparedProjection;
  /** Need per year on the scenario's basis for the low, main and high alternative. */
  low: Float64Array;
  main: Float64Array;
  high: Float64Array;
}

/** Prepares a scenario for the Monte Carlo (refusing, like the projection, a horizon past any of the three tables). */
export function prepareMonteCarlo(facts: ProjectionFacts, a: ScenarioAssumptions): MonteCarloModel {
  const prepared = prepareProjection(facts, a);
  const net = facts.listedNonResidents! - facts.listedElsewhere!;
  const basis = (code: string, path: string): Float64Array => {
    const need = code === a.populationSeries ? prepared.main : seriesNeed({ facts, a, code, path, years: prepared.years, share: prepared.share, net });
    return Float64Array.from(a.needBasis === 'headcount' ? need.headcount : need.ageWeighted);
  };
  return {
    prepared,
    low: basis(a.uncertainty.lowSeries, 'uncertainty.lowSeries'),
    main: basis(a.populationSeries, 'populationSeries'),
    high: basis(a.uncertainty.highSeries, 'uncertainty.highSeries'),
  };
}

const QS = [0.1, 0.5, 0.9] as const;
const band = (values: Float64Array): Band => {
  const [p10, p50, p90] = percentilesInPlace(values, QS);
  return { p10: p10!, p50: p50!, p90: p90! };
};

/**
 * Runs the model: each run draws one position between the low, main and high population alternative (triangular,
 * mode at the main one: the alternatives as SSB's low/high span, model), the other departures of each year
 * (binomial over the GPs in post) and the refills of vacant positions (binomial at the refill rate).
 */
export function runMonteCarlo(model: MonteCarloModel, opts: { runs: number; seed: number }): MonteCarlo {
  const { prepared: p, low, main, high } = model;
  const a = p.assumptions;
  const n = p.years.length;
  const runs = opts.runs;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`Runs must be a positive integer: ${runs}`);
  const rng = createRng(opts.seed);
  const departuresOf = binomialSampler(a.otherDepartureRate);
  const refillsOf = binomialSampler(a.refillRate);
  const t = a.requirement.freeShareTarget;
  const m = a.requirement.freePlacesMin;
  const divisor = t === null ? 1 : 1 - t;
  const list = a.lists.plannedAverageList;
  const gaps = Array.from({ length: n }, () => new Float64Array(runs));
  const staffing = Array.from({ length: n }, () => new Float64Array(runs));
  const recruits = Array.from({ length: n }, () => new Float64Array(runs));
  for (let r = 0; r < runs; r++) {
    const u = triangular(rng);
    let vacant = p.vacantAtBase;
    let staffedStart = p.staffedAtBase;
    let maxToCreate = 0;
    let cumulative = p.vacantAtBase;
    for (let i = 0; i < n; i++) {
      const mid = main[i]!;
      const need = u >= 0 ? mid + u * (high[i]! - mid) : mid + u * (mid - low[i]!);
      const required = Math.max(need / divisor, m === null ? need : need + m);
      const held = p.held[i]!;
      const gap = (required - p.capacity[i]!) / list;
      const retirements = p.retirements[i]!;
      const departures = departuresOf(rng, Math.max(0, staffedStart - retirements));
      const open = vacant + retirements + departures + p.plannedNew[i]!;
      vacant = open - refillsOf(rng, open);
      const toCreate = Math.max(0, Math.ceil(gap - 1e-9));
      cumulative += retirements + departures + p.plannedNew[i]! + Math.max(0, toCreate - maxToCreate);
      maxToCreate = Math.max(maxToCreate, toCreate);
      gaps[i]![r] = gap;
      staffing[i]![r] = gap + vacant;
      recruits[i]![r] = cumulative;
      staffedStart = held - vacant;
    }
  }
  return {
    runs,
    seed: opts.seed,
    lowSeries: a.uncertainty.lowSeries,
    highSeries: a.uncertainty.highSeries,
    years: p.years.map((year, i) => ({ year, gap: band(gaps[i]!), staffingGap: band(staffing[i]!), recruitsCumulative: band(recruits[i]!) })),
  };
}

/** The fan chart of a scenario: prepare, then run. */
export function monteCarlo(facts: ProjectionFacts, a: ScenarioAssumptions, opts: { runs: number; seed: number }): MonteCarlo {
  return runMonteCarlo(prepareMonteCarlo(facts, a), opts);
}
