import { OFF } from '../model.ts';
import { violation, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** Weekends worked (Saturday or Sunday) at most the person's maximum; penalty = weekends over. */
export const maxWeekends: Rule = {
  id: 'max-weekends',
  level: 'hard',
  title: 'For mange helger',
  unit: 'weekends',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const max = p.employees[e]!.maxWeekends;
    if (max === Infinity) return 0;
    const base = e * p.days;
    let worked = 0;
    let last = -1;
    for (let d = 0; d < p.days; d++) {
      const w = p.weekendIndex[d]!;
      if (w >= 0 && w !== last && grid[base + d] !== OFF) {
        worked++;
        last = w;
      }
    }
    return worked > max ? worked - max : 0;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) => {
      const weekends = new Map<number, number[]>();
      for (let d = 0; d < p.days; d++) {
        const w = p.weekendIndex[d]!;
        if (w >= 0 && grid[e * p.days + d] !== OFF) weekends.set(w, [...(weekends.get(w) ?? []), d]);
      }
      if (weekends.size > emp.maxWeekends) {
        out.push(violation(this, weekends.size - emp.maxWeekends, { employees: [e], days: [...weekends.values()].flat() }, `${who(p, e)} arbeider ${weekends.size} helger, høyst ${emp.maxWeekends} er tillatt.`));
      }
    });
    return out;
  },
};
