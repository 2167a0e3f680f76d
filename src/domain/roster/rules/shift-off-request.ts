import { OFF } from '../model.ts';
import { requestsOf, shiftName, violation, when, who } from './helpers.ts';
import type { Rule } from './types.ts';

/** A wish not to work a shift (or any shift) on a day: penalty = the request's weight when it is worked anyway. */
export const shiftOffRequest: Rule = {
  id: 'shift-off-request',
  level: 'soft',
  title: 'Ønske om fri ikke innvilget',
  unit: 'weight',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    let sum = 0;
    for (const r of requestsOf(p, p.offRequests, e)) {
      const s = grid[e * p.days + r.day]!;
      if (s !== OFF && (r.shift === OFF || s === r.shift)) sum += r.weight;
    }
    return sum;
  },
  explain(p, grid) {
    return p.offRequests
      .filter((r) => {
        const s = grid[r.employee * p.days + r.day]!;
        return s !== OFF && (r.shift === OFF || s === r.shift);
      })
      .map((r) => violation(this, r.weight, { employees: [r.employee], days: [r.day], shifts: [grid[r.employee * p.days + r.day]!] }, `${who(p, r.employee)} ønsket fri fra ${r.shift === OFF ? 'vakt' : shiftName(p, r.shift)} ${when(p, r.day)}, men har vakt.`));
  },
};
