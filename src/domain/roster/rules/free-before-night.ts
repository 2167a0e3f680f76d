import { OFF } from '../model.ts';
import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** When the municipality chooses it: no shift on the day before a night shift. */
export const freeBeforeNight: Rule = {
  id: 'free-before-night',
  level: 'hard',
  title: 'Vakt dagen før nattevakt',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    if (!p.rest.freeBeforeNight) return 0;
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d + 1 < p.days; d++) {
      const b = grid[base + d + 1]!;
      if (b !== OFF && p.shiftTypes[b]!.night && grid[base + d] !== OFF) n++;
    }
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    if (!p.rest.freeBeforeNight) return out;
    p.employees.forEach((_, e) => {
      for (let d = 0; d + 1 < p.days; d++) {
        const [a, b] = [grid[e * p.days + d]!, grid[e * p.days + d + 1]!];
        if (a !== OFF && b !== OFF && p.shiftTypes[b]!.night) out.push(violation(this, 1, { employees: [e], days: [d, d + 1], shifts: [a, b] }, `${who(p, e)} har ${shiftName(p, a)} ${when(p, d)}, dagen før nattevakt, men kommunen krever fri før natt.`));
      }
    });
    return out;
  },
};
