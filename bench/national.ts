// A synthetic national dataset for the benchmark: every municipality of 2024 (data/ssb/kommunenummer.json) with
// made-up positions, GPs and an SSB-shaped population projection in three alternatives. Deterministic by seed.
import { createRng, type PopulationSeries, type ProjectionFacts, type ProjectionPosition } from '../src/domain/projection/index.ts';

const AGE_GROUPS = [
  [0, 5, 0.066],
  [6, 15, 0.12],
  [16, 19, 0.049],
  [20, 29, 0.128],
  [30, 49, 0.257],
  [50, 66, 0.22],
  [67, 79, 0.114],
  [80, 89, 0.038],
  [90, null, 0.008],
] as const;

/** Synthetic facts for municipality number `nr` (index i of 357), base month Jan 2025, population 2025–2040. */
export function syntheticMunicipality(nr: string, name: string, i: number): ProjectionFacts {
  const rng = createRng(1000 + i);
  // Sizes from about 200 (Utsira) to about 700 000 (Oslo), log-uniform: a national total near Norway's.
  const population = Math.round(200 * Math.exp(rng.next() * Math.log(3500)));
  const listed = Math.round(population * 0.97);
  const count = Math.max(1, Math.round(listed / 1050));
  const positions: ProjectionPosition[] = Array.from({ length: count }, (_, p) => {
    const listLength = Math.round(listed / count);
    return {
      positionId: p + 1,
      officeId: 1 + Math.floor(p / 4),
      orgForm: rng.next() < 0.1 ? 'municipal' : 'self_employed',
      listCap: listLength + Math.round(rng.next() * 60),
      listLength,
      gps: rng.next() < 0.04 ? [] : [{ birthYear: 1950 + Math.floor(rng.next() * 45), inSpecialisation: rng.next() < 0.25 }],
    };
  });
  const years = Array.from({ length: 16 }, (_, k) => 2025 + k);
  const growth = (rng.next() - 0.3) * 0.02;
  const series = (code: string, factor: number): PopulationSeries => ({
    code,
    source: 'syntetisk',
    groups: AGE_GROUPS.flatMap(([from, to]) => (['F', 'M'] as const).map((sex) => ({ sex, ageFrom: from, ageTo: to }))),
    years: years.map((year, k) => {
      const total = population * (1 + growth * factor * k);
      return { year, persons: AGE_GROUPS.flatMap(([, , share], g) => [0, 1].map(() => Math.round((total * share * (g >= 6 ? 1 + 0.02 * k : 1)) / 2))) };
    }),
  });
  return {
    kommuneNr: nr,
    kommuneName: name,
    baseMonth: '2025-01-01',
    positions,
    listedElsewhere: Math.round(population * 0.02),
    listedNonResidents: Math.round(population * 0.01),
    population: [series('LLML', 0.5), series('MMMM', 1), series('HHMH', 1.6)],
    targets: [],
  };
}
