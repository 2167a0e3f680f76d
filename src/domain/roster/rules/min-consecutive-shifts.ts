import { minRunRule } from './min-run.ts';

/** Every run of working days at least the minimum, except a run touching the first or last day; penalty = days short. */
export const minConsecutiveShifts = minRunRule({
  id: 'min-consecutive-shifts',
  title: 'For få arbeidsdager på rad',
  working: true,
  min: (emp) => emp.minConsecutive,
  describe: (who, length, from, min) => `${who} arbeider bare ${length} dager på rad fra ${from}, minst ${min} kreves.`,
});
