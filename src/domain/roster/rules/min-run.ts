import { OFF, type Employee } from '../model.ts';
import { forEachRun, range, violation, when, who } from './helpers.ts';
import type { RuleId } from './ids.ts';
import type { Rule, Violation } from './types.ts';

/**
 * A rule that every run of working days (or of days off) is at least a per-person minimum, except a run touching the
 * first or last day of the horizon (it continues outside it); penalty = days short. The fast `penalty` scans the row;
 * `explain` walks the runs with the shared helper, independently.
 */
export function minRunRule(spec: {
  id: RuleId;
  title: string;
  /** True: runs of working days; false: runs of days off. */
  working: boolean;
  min: (emp: Employee) => number;
  describe: (who: string, length: number, from: string, min: number) => string;
}): Rule {
  return {
    id: spec.id,
    level: 'hard',
    title: spec.title,
    unit: 'days',
    searchScale: 1,
    scope: 'employee',
    penalty(p, grid, e) {
      const min = spec.min(p.employees[e]!);
      if (min <= 1) return 0;
      const H = p.days;
      const base = e * H;
      const inRun = (d: number) => (grid[base + d] !== OFF) === spec.working;
      let short = 0;
      let d = 0;
      while (d < H) {
        if (!inRun(d)) {
          d++;
          continue;
        }
        const start = d;
        while (d < H && inRun(d)) d++;
        if (start > 0 && d < H && d - start < min) short += min - (d - start);
      }
      return short;
    },
    explain(p, grid) {
      const out: Violation[] = [];
      p.employees.forEach((emp, e) => {
        const min = spec.min(emp);
        forEachRun(p, grid, e, spec.working, (start, length, edge) => {
          if (!edge && length < min) out.push(violation(this, min - length, { employees: [e], days: range(start, length) }, spec.describe(who(p, e), length, when(p, start), min)));
        });
      });
      return out;
    },
  };
}
