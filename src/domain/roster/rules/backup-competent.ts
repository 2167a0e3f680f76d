import { shiftName, violation, when, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

/** Only a doctor competent to work alone (akuttmedisinforskriften §7) may be backup (bakvakt). */
export const backupCompetent: Rule = {
  id: 'backup-competent',
  level: 'hard',
  title: 'Bakvakt uten kompetanse til å være alene',
  unit: 'shifts',
  searchScale: 1,
  scope: 'employee',
  penalty(p, grid, e) {
    const base = e * p.days;
    let n = 0;
    for (let d = 0; d < p.days; d++) {
      const s = grid[base + d]!;
      if (s >= 0 && p.shiftTypes[s]!.backup && p.competent[base + d] !== 1) n++;
    }
    return n;
  },
  explain(p, grid) {
    const out: Violation[] = [];
    grid.forEach((s, i) => {
      if (s < 0 || !p.shiftTypes[s]!.backup || p.competent[i] === 1) return;
      const [e, d] = [Math.floor(i / p.days), i % p.days];
      out.push(violation(this, 1, { employees: [e], days: [d], shifts: [s] }, `${who(p, e)} er satt opp som ${shiftName(p, s)} ${when(p, d)}, men oppfyller ikke kompetansekravet for å være alene.`));
    });
    return out;
  },
};
