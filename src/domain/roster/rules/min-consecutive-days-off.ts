import { minRunRule } from './min-run.ts';

/** Every run of days off at least the minimum, except a run touching the first or last day; penalty = days short. */
export const minConsecutiveDaysOff = minRunRule({
  id: 'min-consecutive-days-off',
  title: 'For få fridager på rad',
  working: false,
  min: (emp) => emp.minDaysOff,
  describe: (who, length, from, min) => `${who} har bare ${length} fridager på rad fra ${from}, minst ${min} kreves.`,
});
