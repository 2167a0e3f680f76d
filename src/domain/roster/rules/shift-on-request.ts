import { OFF } from '../model.ts';
import { requestsOf, shiftName, violation, when, who } from './helpers.ts';
import type { Rule } from './types.ts';

/** A wish to work a shift (a benchmark shift-on request): penalty = the request's weight when not granted. */
export const shiftOnRequest: Rule = {
  id: 'shift-on-request',
  level: 'soft',
  title: 'Ønsket vakt ikke innvilget',
  unit: 'weight',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    let sum = 0;
    for (const r of requestsOf(p, p.onRequests, e)) {
      const s = grid[e * p.days + r.day]!;
      if (r.shift === OFF ? s === OFF : s !== r.shift) sum += r.weight;
    }
    return sum;
  },
  explain(p, grid) {
    return p.onRequests
      .filter((r) => {
        const s = grid[r.employee * p.days + r.day]!;
        return r.shift === OFF ? s === OFF : s !== r.shift;
      })
      .map((r) => violation(this, r.weight, { employees: [r.employee], days: [r.day], shifts: r.shift === OFF ? [] : [r.shift] }, `${who(p, r.employee)} ønsket ${r.shift === OFF ? 'vakt' : shiftName(p, r.shift)} ${when(p, r.day)}, men fikk det ikke.`));
  },
};
