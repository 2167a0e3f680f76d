import { FAIR_RULE, fairTargets, measureText, targetText, fairWeight, measured, type FairMeasure } from './fairness.ts';
import { violation, who } from './helpers.ts';
import type { Rule, Violation } from './types.ts';

const TITLE: Record<FairMeasure, string> = {
  load: 'Skjev fordeling av vakter etter andel',
  nights: 'Skjev fordeling av nattevakter',
  weekends: 'Skjev fordeling av helgevakter',
  holidays: 'Skjev fordeling av helligdager',
};

/** The fairness rule for one measure: penalty = weight × (count − fair target)², the deviation shown in the message. */
export function fairRule(m: FairMeasure): Rule {
  return {
    id: FAIR_RULE[m],
    level: 'soft',
    title: TITLE[m],
    unit: 'squared-deviation',
    searchScale: 1,
    scope: 'employee',
    penalty(p, grid, e) {
      const w = fairWeight(p, m);
      if (w === 0) return 0;
      const target = fairTargets(p, m)[e]!;
      if (Number.isNaN(target)) return 0;
      const dev = measured(p, grid, m, e) - target;
      return w * dev * dev;
    },
    explain(p, grid) {
      const out: Violation[] = [];
      if (fairWeight(p, m) === 0) return out;
      const targets = fairTargets(p, m);
      p.employees.forEach((_, e) => {
        const target = targets[e]!;
        if (Number.isNaN(target)) return;
        const count = measured(p, grid, m, e);
        const dev = count - target;
        if (dev === 0) return;
        out.push(violation(this, fairWeight(p, m) * dev * dev, { employees: [e] }, `${who(p, e)} har ${measureText(m, count)}, rettferdig andel er ${targetText(target)} (medregnet tidligere perioder).`));
      });
      return out;
    },
  };
}
