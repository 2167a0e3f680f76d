import { OFF } from '../model.ts';
import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/**
 * At least the minimum rest (11 h) between the end of one shift and the start of the next, measured between real
 * instants, so a night that crosses midnight or a DST change counts its true length. Penalty = minutes short.
 */
export const restBetweenShifts: Rule = {
  id: 'rest-between-shifts',
  level: 'hard',
  title: 'For kort hviletid mellom vakter',
  unit: 'minutes',
  searchScale: 1 / 60,
  scope: 'employee',
  penalty(p, grid, e) {
    const S = p.shiftTypes.length;
    const base = e * p.days;
    const min = p.rest.minRestMinutes;
    let short = 0;
    for (let d = 0; d + 1 < p.days; d++) {
      const a = grid[base + d]!;
      const b = grid[base + d + 1]!;
      if (a === OFF || b === OFF) continue;
      const rest = p.startAt[(d + 1) * S + b]! - p.endAt[d * S + a]!;
      if (rest < min) short += min - rest;
    }
    return short;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    const S = p.shiftTypes.length;
    p.employees.forEach((_, e) => {
      for (let d = 0; d + 1 < p.days; d++) {
        const [a, b] = [grid[e * p.days + d]!, grid[e * p.days + d + 1]!];
        if (a === OFF || b === OFF) continue;
        const rest = p.startAt[(d + 1) * S + b]! - p.endAt[d * S + a]!;
        if (rest >= p.rest.minRestMinutes) continue;
        out.push(violation(this, p.rest.minRestMinutes - rest, { employees: [e], days: [d, d + 1], shifts: [a, b] }, `${who(p, e)} har bare ${(rest / 60).toLocaleString('nb-NO')} timers hvile mellom ${shiftName(p, a)} ${when(p, d)} og ${shiftName(p, b)} ${when(p, d + 1)} (minst ${p.rest.minRestMinutes / 60} timer).`));
      }
    });
    return out;
  },
};
