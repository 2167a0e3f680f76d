/**
 * The independent evaluator: a roster's score from every rule's `explain`, never from the solver's fast path.
 * The benchmark's objective is the soft total of a roster whose hard total is 0.
 */
import type { Problem } from './model.ts';
import { CATALOGUE, type PenaltyUnit, type RuleId, type RuleLevel, type Violation } from './rules/index.ts';

export interface RuleScore {
  rule: RuleId;
  level: RuleLevel;
  title: string;
  unit: PenaltyUnit;
  penalty: number;
  violations: number;
}

export interface Evaluation {
  /** Sum of hard penalties in their own units: 0 means the roster breaks no hard rule. */
  hard: number;
  /** Sum of soft penalties (for the benchmark: its objective). */
  soft: number;
  feasible: boolean;
  rules: RuleScore[];
  violations: Violation[];
}

/** Scores a roster against the problem's rules and lists every violation. */
export function evaluate(p: Problem, grid: Int8Array): Evaluation {
  const rules: RuleScore[] = [];
  const violations: Violation[] = [];
  let hard = 0;
  let soft = 0;
  for (const id of p.rules) {
    const rule = CATALOGUE[id];
    const found = rule.explain(p, grid);
    const penalty = found.reduce((sum, v) => sum + v.penalty, 0);
    rules.push({ rule: id, level: rule.level, title: rule.title, unit: rule.unit, penalty, violations: found.length });
    violations.push(...found);
    if (rule.level === 'hard') hard += penalty;
    else soft += penalty;
  }
  return { hard, soft, feasible: hard === 0, rules, violations };
}
