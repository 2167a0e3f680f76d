import { onShift, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/**
 * A doctor not competent to work alone on a shift that requires it needs a competent backup (bakvakt) that day;
 * penalty = such shifts on a day without one.
 */
export const backupRequired: Rule = {
  id: 'backup-required',
  level: 'hard',
  title: 'Lege uten kompetanse mangler bakvakt',
  unit: 'shifts',
  searchScale: 1,
  scope: 'day',
  penalty(p, grid, d) {
    const H = p.days;
    let needing = 0;
    let backups = 0;
    for (let i = d; i < grid.length; i += H) {
      const s = grid[i]!;
      if (s < 0) continue;
      const type = p.shiftTypes[s]!;
      if (type.backup) {
        if (p.competent[i] === 1) backups++;
      } else if (type.alone && p.competent[i] !== 1) needing++;
    }
    return backups > 0 ? 0 : needing;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    for (let d = 0; d < p.days; d++) {
      const backupShifts = p.shiftTypes.flatMap((t, s) => (t.backup ? [s] : []));
      const covered = backupShifts.some((s) => onShift(p, grid, d, s).some((e) => p.competent[e * p.days + d] === 1));
      if (covered) continue;
      p.shiftTypes.forEach((t, s) => {
        if (!t.alone || t.backup) return;
        for (const e of onShift(p, grid, d, s)) {
          if (p.competent[e * p.days + d] !== 1) out.push(violation(this, 1, { employees: [e], days: [d], shifts: [s] }, `${who(p, e)} oppfyller ikke kompetansekravet og har ingen kompetent bakvakt ${when(p, d)}.`));
        }
      });
    }
    return out;
  },
};
