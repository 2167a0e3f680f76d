import { overPerPeriodPenalty, periodsOver, range, violation, when, who } from './helpers.ts';
import type { Rule } from './types.ts';

/** At most the doctor's maximum number of shifts in a calendar week; penalty = shifts over. */
export const maxShiftsPerWeek: Rule = {
  id: 'max-shifts-per-week',
  level: 'hard',
  title: 'For mange vakter i en uke',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    return overPerPeriodPenalty(p, grid, e, p.weekIndex, p.employees[e]!.maxPerWeek);
  },
  explain(p, grid) {
    return p.employees.flatMap((emp, e) =>
      periodsOver(p, grid, e, p.weekIndex, emp.maxPerWeek).map(({ first, count }) =>
        violation(this, count - emp.maxPerWeek, { employees: [e], days: range(first, 1) }, `${who(p, e)} har ${count} vakter i uken fra ${when(p, first)}, høyst ${emp.maxPerWeek} er tillatt.`),
      ),
    );
  },
};
