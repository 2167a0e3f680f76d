import { OFF } from '../model.ts';
import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** No shift on the day after a night shift. */
export const restAfterNight: Rule = {
  id: 'rest-after-night',
  level: 'hard',
  title: 'Vakt dagen etter nattevakt',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d + 1 < p.days; d++) {
      const a = grid[base + d]!;
      if (a !== OFF && p.shiftTypes[a]!.night && grid[base + d + 1] !== OFF) n++;
    }
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((_, e) => {
      for (let d = 0; d + 1 < p.days; d++) {
        const [a, b] = [grid[e * p.days + d]!, grid[e * p.days + d + 1]!];
        if (a !== OFF && b !== OFF && p.shiftTypes[a]!.night) out.push(violation(this, 1, { employees: [e], days: [d, d + 1], shifts: [a, b] }, `${who(p, e)} har ${shiftName(p, b)} ${when(p, d + 1)}, dagen etter nattevakt.`));
      }
    });
    return out;
  },
};
