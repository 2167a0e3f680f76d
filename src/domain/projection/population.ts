import { ProjectionInputError } from './errors.ts';
import { REGISTERED_SERIES, type PopulationGroup, type PopulationSeries } from './types.ts';

/** One year of one series, complete: every group has a figure. */
export interface PopulationYear {
  code: string;
  source: string;
  year: number;
  total: number;
  groups: PopulationGroup[];
  persons: number[];
}

/** "kvinner 90 år og eldre", "menn 0–5 år": a group in words, for messages. */
export function describeGroup(g: PopulationGroup): string {
  const sex = g.sex === 'F' ? 'kvinner' : 'menn';
  if (g.ageTo === null) return `${sex} ${g.ageFrom} år og eldre`;
  return g.ageFrom === g.ageTo ? `${sex} ${g.ageFrom} år` : `${sex} ${g.ageFrom}–${g.ageTo} år`;
}

/** The years a series covers, first and last. */
export function seriesSpan(series: PopulationSeries): { first: number; last: number } {
  const years = series.years.map((y) => y.year);
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** The series with this code, or a precise refusal naming what to import. */
export function findSeries(population: readonly PopulationSeries[], code: string, path: string): PopulationSeries {
  const series = population.find((s) => s.code === code && s.years.length > 0);
  if (!series) {
    const have = population.map((s) => s.code).join(', ') || 'ingen';
    throw new ProjectionInputError(
      path,
      code === REGISTERED_SERIES
        ? `Fant ingen registrerte befolkningstall (SSB-tabell 07459). Last inn tabellen.`
        : `Fant ingen befolkningstall for alternativet ${code} (lastet inn: ${have}). Last inn SSBs befolkningsframskriving med dette alternativet.`,
    );
  }
  return series;
}

/**
 * The population of a year in a series. A year before the projection's first year is taken from the registered
 * population (07459) when that has it — a projection round starts after the last registered year.
 */
export function populationYear(population: readonly PopulationSeries[], code: string, year: number, path = 'populationSeries'): PopulationYear {
  const series = findSeries(population, code, path);
  let used = series;
  let row = series.years.find((y) => y.year === year);
  if (!row && year < seriesSpan(series).first) {
    const registered = population.find((s) => s.code === REGISTERED_SERIES);
    row = registered?.years.find((y) => y.year === year);
    if (row && registered) used = registered;
  }
  if (!row) {
    const { first, last } = seriesSpan(series);
    throw new ProjectionInputError(path, `Befolkningstallene for ${code} (${series.source}) dekker ${first}–${last}; ${year} mangler.`);
  }
  const missing = row.persons.findIndex((p) => p === null);
  if (missing >= 0) {
    throw new ProjectionInputError(path, `Befolkningstallene for ${used.code} ${year} mangler verdi for ${describeGroup(used.groups[missing]!)}.`);
  }
  const persons = row.persons as number[];
  return { code: used.code, source: used.source, year, total: persons.reduce((a, b) => a + b, 0), groups: used.groups, persons };
}
