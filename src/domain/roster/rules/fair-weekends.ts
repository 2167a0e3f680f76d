import { fairRule } from './fair-rule.ts';

/** Fairness of weekends between doctors, in proportion to their share and counting earlier periods (see fairness.ts). */
export const fairWeekends = fairRule('weekends');
