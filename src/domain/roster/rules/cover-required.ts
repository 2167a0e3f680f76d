import { counters, onShift, shiftName, violation, when } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/**
 * Legevakt cover (hard): every shift has exactly the doctors it needs (backup shifts are governed by
 * backup-required instead); penalty = doctors missing plus doctors too many.
 */
export const coverRequired: Rule = {
  id: 'cover-required',
  level: 'hard',
  title: 'Vakt uten riktig antall leger',
  unit: 'persons',
  searchScale: 1,
  scope: 'day',
  penalty(p, grid, d) {
    const S = p.shiftTypes.length;
    const H = p.days;
    const counts = counters(S);
    for (let i = d; i < grid.length; i += H) {
      const s = grid[i]!;
      if (s >= 0) counts[s]!++;
    }
    let sum = 0;
    for (let s = 0; s < S; s++) {
      if (p.shiftTypes[s]!.backup) continue;
      sum += Math.abs(counts[s]! - p.cover[d * S + s]!);
    }
    return sum;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    const S = p.shiftTypes.length;
    for (let d = 0; d < p.days; d++) {
      p.shiftTypes.forEach((type, s) => {
        if (type.backup) return;
        const people = onShift(p, grid, d, s);
        const need = p.cover[d * S + s]!;
        if (people.length < need) out.push(violation(this, need - people.length, { employees: people, days: [d], shifts: [s] }, `${shiftName(p, s)} ${when(p, d)} mangler ${need - people.length} lege(r).`));
        if (people.length > need) out.push(violation(this, people.length - need, { employees: people, days: [d], shifts: [s] }, `${shiftName(p, s)} ${when(p, d)} har ${people.length - need} lege(r) for mye.`));
      });
    }
    return out;
  },
};
