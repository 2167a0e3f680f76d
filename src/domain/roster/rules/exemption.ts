import { OFF } from '../model.ts';
import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** No shift of a kind the doctor is exempt from (nights from age 60, health, social reasons) while it is valid. */
export const exemption: Rule = {
  id: 'exemption',
  level: 'hard',
  title: 'Vakt legen har fritak fra',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const S = p.shiftTypes.length;
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d < p.days; d++) {
      const s = grid[base + d]!;
      if (s !== OFF && p.exempt[(base + d) * S + s] === 1) n++;
    }
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    const S = p.shiftTypes.length;
    grid.forEach((s, i) => {
      if (s === OFF || p.exempt[i * S + s] !== 1) return;
      const [e, d] = [Math.floor(i / p.days), i % p.days];
      out.push(violation(this, 1, { employees: [e], days: [d], shifts: [s] }, `${who(p, e)} har fritak fra ${shiftName(p, s)} ${when(p, d)}.`));
    });
    return out;
  },
};
