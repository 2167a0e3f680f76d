/** When the Oversikt alerts trip, as a dated rule-set entry. */
export interface AlertThresholds {
  validFrom: string;
  /** A list without a GP for more than this many weeks (P: colleagues cover absence for 8 weeks). */
  vacantListWeeks: number;
  /** GPs reaching the retirement age within this many years (the issue: 2). */
  retirementWithinYears: number;
  /** The retirement age the alert counts towards (S: 70). */
  retirementAge: number;
}

/** The default thresholds (model, from the documents' figures). */
export const ALERT_THRESHOLDS: readonly AlertThresholds[] = [
  { validFrom: '2000-01-01', vacantListWeeks: 8, retirementWithinYears: 2, retirementAge: 70 },
];
