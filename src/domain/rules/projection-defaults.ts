/** Planning assumptions a new projection scenario starts from, with the date they apply from. */
export interface ProjectionDefaults {
  validFrom: string;
  /** Years ahead of the base year (the issue: 10). */
  horizonYears: number;
  /** SSB's main alternative: fertility, life expectancy, internal migration, immigration all medium. */
  populationSeries: string;
  /** The low and high alternatives the Monte Carlo spreads population between. */
  lowSeries: string;
  highSeries: string;
  retirementAge: number;
  /**
   * Other departures per GP per year. Sarpsborg saw > 30 % turnover in five years (P): 1 − 0.7^(1/5) ≈ 6.9 % a year.
   */
  otherDepartureRate: number;
  /** Share of vacant positions filled within the year (model: 1 = every vacancy is refilled the same year). */
  refillRate: number;
  /** Monte Carlo runs for the fan chart on the server (measured: 1 000 runs × 10 years take a few ms). */
  monteCarloRuns: number;
}

/** The defaults in force; a municipality's scenarios store their own values, so these only seed new scenarios. */
export const PROJECTION_DEFAULTS: readonly ProjectionDefaults[] = [
  {
    validFrom: '2000-01-01',
    horizonYears: 10,
    populationSeries: 'MMMM',
    lowSeries: 'LLML',
    highSeries: 'HHMH',
    retirementAge: 70,
    otherDepartureRate: 0.069,
    refillRate: 1,
    monteCarloRuns: 1000,
  },
];
