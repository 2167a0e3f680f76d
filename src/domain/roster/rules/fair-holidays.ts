import { fairRule } from './fair-rule.ts';

/** Fairness of holidays between doctors, in proportion to their share and counting earlier periods (see fairness.ts). */
export const fairHolidays = fairRule('holidays');
