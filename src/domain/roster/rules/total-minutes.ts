import { OFF } from '../model.ts';
import { violation, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** Total minutes worked within the person's minimum and maximum; the penalty is the minutes outside. */
export const totalMinutes: Rule = {
  id: 'total-minutes',
  level: 'hard',
  title: 'Total arbeidstid utenfor grensene',
  unit: 'minutes',
  searchScale: 1 / 240, // two hours short weigh like one broken day-based limit
  scope: 'employee',
  penalty(p, grid, e) {
    const base = e * p.days;
    let total = 0;
    for (let d = 0; d < p.days; d++) {
      const s = grid[base + d]!;
      if (s !== OFF) total += p.shiftTypes[s]!.minutes;
    }
    const emp = p.employees[e]!;
    return total > emp.maxMinutes ? total - emp.maxMinutes : total < emp.minMinutes ? emp.minMinutes - total : 0;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    p.employees.forEach((emp, e) => {
      const row = Array.from(grid.subarray(e * p.days, (e + 1) * p.days));
      const total = row.reduce((sum, s) => sum + (s === OFF ? 0 : p.shiftTypes[s]!.minutes), 0);
      if (total > emp.maxMinutes) out.push(violation(this, total - emp.maxMinutes, { employees: [e] }, `${who(p, e)} arbeider ${total} minutter, høyst ${emp.maxMinutes} er tillatt.`));
      if (total < emp.minMinutes) out.push(violation(this, emp.minMinutes - total, { employees: [e] }, `${who(p, e)} arbeider ${total} minutter, minst ${emp.minMinutes} kreves.`));
    });
    return out;
  },
};
