/** Every rule of the catalogue, by id (one file per rule in this folder; rules/index.ts lists them). */
export const RULE_IDS = [
  'unavailable',
  'max-shifts-per-type',
  'total-minutes',
  'forbidden-succession',
  'max-consecutive-shifts',
  'min-consecutive-shifts',
  'min-consecutive-days-off',
  'max-weekends',
  'shift-on-request',
  'shift-off-request',
  'cover',
  'cover-required',
  'exemption',
  'backup-competent',
  'backup-required',
  'rest-after-night',
  'rest-between-shifts',
  'free-before-night',
  'max-shifts-per-week',
  'max-shifts-per-month',
  'fair-load',
  'fair-nights',
  'fair-weekends',
  'fair-holidays',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The rules of the Curtois & Qu benchmark: its hard constraints and its objective, as catalogue rules. */
export const BENCHMARK_RULES: readonly RuleId[] = [
  'unavailable',
  'max-shifts-per-type',
  'total-minutes',
  'forbidden-succession',
  'max-consecutive-shifts',
  'min-consecutive-shifts',
  'min-consecutive-days-off',
  'max-weekends',
  'shift-on-request',
  'shift-off-request',
  'cover',
];
