/** An age band with its GP consultations per person per year; `to` null = open-ended (90+). */
export interface AgeBandRate {
  from: number;
  to: number | null;
  rate: number;
}

/** GP consultations per person per year by age band and by sex, as a published rule-set entry. */
export interface ConsultationRates {
  /** When this set was published / takes over as the newest known use of GP services. */
  validFrom: string;
  /** Where the figures come from, shown beside every age-weighted figure. */
  source: string;
  byAge: AgeBandRate[];
  bySex: { F: number; M: number };
}

/**
 * SSB's GP consultations per person in 2023 (DOMAIN.md §7). The newest entry is the default for every planning
 * year: it is the best estimate of how much GP time each age group uses today, and a municipality may edit it.
 */
export const CONSULTATION_RATES: readonly ConsultationRates[] = [
  {
    validFrom: '2024-01-01',
    source: 'SSB, legekonsultasjoner per innbygger 2023',
    byAge: [
      { from: 0, to: 5, rate: 1.9 },
      { from: 6, to: 15, rate: 1.4 },
      { from: 16, to: 19, rate: 2.4 },
      { from: 20, to: 29, rate: 2.6 },
      { from: 30, to: 49, rate: 3.2 },
      { from: 50, to: 66, rate: 3.5 },
      { from: 67, to: 79, rate: 3.9 },
      { from: 80, to: 89, rate: 4.8 },
      { from: 90, to: null, rate: 3.5 },
    ],
    bySex: { F: 3.6, M: 2.4 },
  },
];

/** The newest consultation-rate set (the default a new scenario starts from). */
export function newestConsultationRates(sets: readonly ConsultationRates[] = CONSULTATION_RATES): ConsultationRates {
  const newest = [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1);
  if (!newest) throw new RangeError('No consultation-rate set');
  return newest;
}
