import { OFF } from '../model.ts';
import { violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** No work on a day the person is unavailable (holiday, course, a benchmark day off). */
export const unavailable: Rule = {
  id: 'unavailable',
  level: 'hard',
  title: 'Vakt på en dag legen ikke er tilgjengelig',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d < p.days; d++) if (p.unavailable[base + d] === 1 && grid[base + d] !== OFF) n++;
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((_, e) => {
      for (let d = 0; d < p.days; d++) {
        const s = grid[e * p.days + d]!;
        if (s !== OFF && p.unavailable[e * p.days + d]) out.push(violation(this, 1, { employees: [e], days: [d], shifts: [s] }, `${who(p, e)} er ikke tilgjengelig ${when(p, d)}, men har vakt.`));
      }
    });
    return out;
  },
};
