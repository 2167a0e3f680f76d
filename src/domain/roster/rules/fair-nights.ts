import { fairRule } from './fair-rule.ts';

/** Fairness of nights between doctors, in proportion to their share and counting earlier periods (see fairness.ts). */
export const fairNights = fairRule('nights');
