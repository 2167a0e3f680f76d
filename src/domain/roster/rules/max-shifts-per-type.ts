import { OFF } from '../model.ts';
import { counters, shiftName, violation, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** At most the person's maximum number of shifts of each type over the period (0 = never that type). */
export const maxShiftsPerType: Rule = {
  id: 'max-shifts-per-type',
  level: 'hard',
  title: 'Flere vakter av en type enn tillatt',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const S = p.shiftTypes.length;
    const counts = counters(S);
    const base = e * p.days;
    for (let d = 0; d < p.days; d++) {
      const s = grid[base + d]!;
      if (s !== OFF) counts[s]!++;
    }
    const max = p.employees[e]!.maxShifts;
    let over = 0;
    for (let s = 0; s < S; s++) if (counts[s]! > max[s]!) over += counts[s]! - max[s]!;
    return over;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) => {
      p.shiftTypes.forEach((_, s) => {
        const days = [...Array(p.days).keys()].filter((d) => grid[e * p.days + d] === s);
        const limit = emp.maxShifts[s] ?? Infinity;
        if (days.length > limit) {
          out.push(violation(this, days.length - limit, { employees: [e], days, shifts: [s] }, `${who(p, e)} har ${days.length} vakter av typen ${shiftName(p, s)}, høyst ${limit} er tillatt.`));
        }
      });
    });
    return out;
  },
};
