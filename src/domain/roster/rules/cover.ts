import { counters, onShift, shiftName, violation, when } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/**
 * Benchmark cover (soft): per day and shift, the weight per missing person times the shortfall plus the weight per
 * surplus person times the surplus.
 */
export const cover: Rule = {
  id: 'cover',
  level: 'soft',
  title: 'Bemanning avviker fra behovet',
  unit: 'weight',
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
      const k = d * S + s;
      const diff = counts[s]! - p.cover[k]!;
      if (diff < 0) sum -= diff * p.coverUnderWeight[k]!;
      else if (diff > 0) sum += diff * p.coverOverWeight[k]!;
    }
    return sum;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    const S = p.shiftTypes.length;
    for (let d = 0; d < p.days; d++) {
      for (let s = 0; s < S; s++) {
        const people = onShift(p, grid, d, s);
        const need = p.cover[d * S + s]!;
        if (people.length < need) {
          out.push(violation(this, (need - people.length) * p.coverUnderWeight[d * S + s]!, { employees: people, days: [d], shifts: [s] }, `${shiftName(p, s)} ${when(p, d)} mangler ${need - people.length} av ${need}.`));
        } else if (people.length > need) {
          out.push(violation(this, (people.length - need) * p.coverOverWeight[d * S + s]!, { employees: people, days: [d], shifts: [s] }, `${shiftName(p, s)} ${when(p, d)} har ${people.length - need} for mange (behov ${need}).`));
        }
      }
    }
    return out;
  },
};
