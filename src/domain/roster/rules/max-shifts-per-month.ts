import { overPerPeriodPenalty, periodsOver, range, violation, when, who } from './helpers.ts';
import type { Rule } from './types.ts';

/** At most the doctor's maximum number of shifts in a calendar month; penalty = shifts over. */
export const maxShiftsPerMonth: Rule = {
  id: 'max-shifts-per-month',
  level: 'hard',
  title: 'For mange vakter i en måned',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    return overPerPeriodPenalty(p, grid, e, p.monthIndex, p.employees[e]!.maxPerMonth);
  },
  explain(p, grid) {
    return p.employees.flatMap((emp, e) =>
      periodsOver(p, grid, e, p.monthIndex, emp.maxPerMonth).map(({ first, count }) =>
        violation(this, count - emp.maxPerMonth, { employees: [e], days: range(first, 1) }, `${who(p, e)} har ${count} vakter i måneden fra ${when(p, first)}, høyst ${emp.maxPerMonth} er tillatt.`),
      ),
    );
  },
};
