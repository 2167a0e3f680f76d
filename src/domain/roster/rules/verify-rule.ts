/**
 * The one harness every rule test goes through (STYLE.md item 2):
 * `verifyRule('rest-after-night').given(spec, ['N-', 'D-']).penalizes(1)`.
 * The problem is built with exactly the named rule in force, so a test cannot exercise another rule than the one
 * it names; both the solver's fast path and the evaluator's explanation must give the same penalty.
 */
import { evaluate } from '../evaluate.ts';
import { rosterOf, tinyProblem, type TinySpec } from '../testing.ts';
import { CATALOGUE } from './index.ts';
import type { RuleId } from './ids.ts';

export interface RuleOutcome {
  fastPath: number;
  explained: number;
  violationRules: RuleId[];
  messages: string[];
}

export function verifyRule(id: RuleId) {
  return {
    given(spec: Omit<TinySpec, 'rules'>, rows: string[]) {
      const p = tinyProblem({ ...spec, rules: [id] });
      const grid = rosterOf(p, rows);
      const rule = CATALOGUE[id];
      const n = rule.scope === 'employee' ? p.employees.length : p.days;
      let fastPath = 0;
      for (let i = 0; i < n; i++) fastPath += rule.penalty(p, grid, i);
      const ev = evaluate(p, grid);
      const outcome: RuleOutcome = {
        fastPath,
        explained: rule.level === 'hard' ? ev.hard : ev.soft,
        violationRules: ev.violations.map((v) => v.rule),
        messages: ev.violations.map((v) => v.message),
      };
      return {
        outcome,
        /** Throws unless both evaluations give `expected` and every violation belongs to the rule. */
        penalizes(expected: number): RuleOutcome {
          const close = (a: number) => Math.abs(a - expected) < 1e-9;
          if (!close(fastPath) || !close(outcome.explained)) throw new Error(`${id}: expected penalty ${expected}, fast path gave ${fastPath}, explanation gave ${outcome.explained}`);
          if (outcome.violationRules.some((r) => r !== id)) throw new Error(`${id}: a violation of another rule was reported`);
          if (outcome.messages.some((m) => m.trim() === '')) throw new Error(`${id}: a violation without a message`);
          return outcome;
        },
      };
    },
  };
}
