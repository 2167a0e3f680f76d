import { OFF } from '../model.ts';
import { forEachRun, range, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** No run of consecutive working days longer than the person's maximum; penalty = days over. */
export const maxConsecutiveShifts: Rule = {
  id: 'max-consecutive-shifts',
  level: 'hard',
  title: 'For mange arbeidsdager på rad',
  unit: 'days',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const max = p.employees[e]!.maxConsecutive;
    const base = e * p.days;
    let run = 0;
    let over = 0;
    for (let d = 0; d < p.days; d++) {
      if (grid[base + d] !== OFF) {
        run++;
        if (run > max) over++;
      } else run = 0;
    }
    return over;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) =>
      forEachRun(p, grid, e, true, (start, length) => {
        if (length > emp.maxConsecutive) {
          out.push(violation(this, length - emp.maxConsecutive, { employees: [e], days: range(start, length) }, `${who(p, e)} arbeider ${length} dager på rad fra ${when(p, start)}, høyst ${emp.maxConsecutive} er tillatt.`));
        }
      }),
    );
    return out;
  },
};
