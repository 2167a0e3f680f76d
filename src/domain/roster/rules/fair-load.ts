import { fairRule } from './fair-rule.ts';

/** Fairness of load between doctors, in proportion to their share and counting earlier periods (see fairness.ts). */
export const fairLoad = fairRule('load');
