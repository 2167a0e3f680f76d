import { OFF } from '../model.ts';
import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** No shift on the day after one that forbids it (e.g. no early shift after a late one). */
export const forbiddenSuccession: Rule = {
  id: 'forbidden-succession',
  level: 'hard',
  title: 'Ulovlig vaktrekkefølge',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d + 1 < p.days; d++) {
      const a = grid[base + d]!;
      const b = grid[base + d + 1]!;
      if (a !== OFF && b !== OFF && p.shiftTypes[a]!.forbiddenNext.includes(b)) n++;
    }
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((_, e) => {
      for (let d = 0; d + 1 < p.days; d++) {
        const [a, b] = [grid[e * p.days + d]!, grid[e * p.days + d + 1]!];
        if (a === OFF || b === OFF || !p.shiftTypes[a]!.forbiddenNext.includes(b)) continue;
        out.push(violation(this, 1, { employees: [e], days: [d, d + 1], shifts: [a, b] }, `${who(p, e)} har ${shiftName(p, b)} ${when(p, d + 1)} rett etter ${shiftName(p, a)}, som ikke er tillatt.`));
      }
    });
    return out;
  },
};
