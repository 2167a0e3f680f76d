import { OFF } from '../model.ts';
import { forEachRun, range, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** Every run of days off at least the minimum, except a run touching the first or last day; penalty = days short. */
export const minConsecutiveDaysOff: Rule = {
  id: 'min-consecutive-days-off',
  level: 'hard',
  title: 'For få fridager på rad',
  unit: 'days',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const min = p.employees[e]!.minDaysOff;
    if (min <= 1) return 0;
    const H = p.days;
    const base = e * H;
    let short = 0;
    let d = 0;
    while (d < H) {
      if (grid[base + d] !== OFF) {
        d++;
        continue;
      }
      const start = d;
      while (d < H && grid[base + d] === OFF) d++;
      if (start > 0 && d < H && d - start < min) short += min - (d - start);
    }
    return short;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) =>
      forEachRun(p, grid, e, false, (start, length, edge) => {
        if (!edge && length < emp.minDaysOff) {
          out.push(violation(this, emp.minDaysOff - length, { employees: [e], days: range(start, length) }, `${who(p, e)} har bare ${length} fridager på rad fra ${when(p, start)}, minst ${emp.minDaysOff} kreves.`));
        }
      }),
    );
    return out;
  },
};
