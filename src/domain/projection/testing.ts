import type { PopulationSeries, ProjectionFacts, ProjectionPosition } from './types.ts';

/**
 * Unit-test facts shaped like Sandefjord in Feb 2021 (S §2.3): 54 positions, Σ lengths 61 722, Σ caps 62 735, eleven
 * GPs born 1958 or earlier, 64 500 inhabitants growing by 2 663 to 2028 in MMMM. Synthetic; no real doctors.
 */
export function sandefjordLikeFacts(): ProjectionFacts {
  const old = [1949, 1951, 1953, 1954, 1955, 1955, 1956, 1957, 1957, 1958, 1958];
  const positions: ProjectionPosition[] = Array.from({ length: 54 }, (_, i) => {
    const listLength = i < 53 ? 1143 : 61_722 - 1143 * 53;
    const listCap = i < 53 ? 1161 : 62_735 - 1161 * 53;
    return {
      positionId: i + 1,
      officeId: 1 + (i % 14),
      orgForm: 'self_employed',
      listCap,
      listLength,
      gps: [{ birthYear: old[i] ?? 1960 + (i % 30), inSpecialisation: i >= 42 }],
    };
  });
  return {
    kommuneNr: '3907',
    kommuneName: 'Sandefjord',
    baseMonth: '2021-02-01',
    positions,
    listedElsewhere: 2000,
    listedNonResidents: 700,
    population: [series('MMMM', 2663), series('LLML', 1500), series('HHMH', 4000)],
    targets: [],
  };
}

/** A population series 2021–2040 that grows by `growthTo2028` from 64 500 (exactly, to 2028), ageing a little each year. */
function series(code: string, growthTo2028: number): PopulationSeries {
  const groups = [
    { sex: 'F' as const, ageFrom: 0, ageTo: 49 },
    { sex: 'M' as const, ageFrom: 0, ageTo: 49 },
    { sex: 'F' as const, ageFrom: 50, ageTo: null },
    { sex: 'M' as const, ageFrom: 50, ageTo: null },
  ];
  const years = Array.from({ length: 20 }, (_, k) => {
    const total = 64_500 + Math.round((growthTo2028 * k) / 7);
    const older = Math.round(total * (0.38 + 0.004 * k));
    const young = total - older;
    const youngF = Math.round(young / 2);
    const olderF = Math.round(older / 2);
    return { year: 2021 + k, persons: [youngF, young - youngF, olderF, older - olderF] };
  });
  return { code, source: `SSB (syntetisk, ${code})`, groups, years };
}
