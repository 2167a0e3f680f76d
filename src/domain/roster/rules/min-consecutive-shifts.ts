import { OFF } from '../model.ts';
import { forEachRun, range, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** Every run of working days at least the minimum, except a run touching the first or last day; penalty = days short. */
export const minConsecutiveShifts: Rule = {
  id: 'min-consecutive-shifts',
  level: 'hard',
  title: 'For få arbeidsdager på rad',
  unit: 'days',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const min = p.employees[e]!.minConsecutive;
    if (min <= 1) return 0;
    const H = p.days;
    const base = e * H;
    let short = 0;
    let d = 0;
    while (d < H) {
      if (grid[base + d] === OFF) {
        d++;
        continue;
      }
      const start = d;
      while (d < H && grid[base + d] !== OFF) d++;
      if (start > 0 && d < H && d - start < min) short += min - (d - start);
    }
    return short;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) =>
      forEachRun(p, grid, e, true, (start, length, edge) => {
        if (!edge && length < emp.minConsecutive) {
          out.push(violation(this, emp.minConsecutive - length, { employees: [e], days: range(start, length) }, `${who(p, e)} arbeider bare ${length} dager på rad fra ${when(p, start)}, minst ${emp.minConsecutive} kreves.`));
        }
      }),
    );
    return out;
  },
};
