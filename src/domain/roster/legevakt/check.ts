/**
 * Checking a change of a roster against the rules before it is made (a planner's edit, a swap, taking an open
 * shift): apply it to a copy of the grid, evaluate both, and name the hard-rule violations it would introduce
 * (why it is refused) and the violations it would mend.
 */
import { RosterInputError } from '../errors.ts';
import { evaluate, type Evaluation } from '../evaluate.ts';
import { OFF, type Problem } from '../model.ts';
import { CATALOGUE, type RuleId, type Violation } from '../rules/index.ts';

/** One shift of type `shift` on `day` moves from person `from` to person `to` (null: nobody, an open shift). */
export interface GridChange {
  day: number;
  shift: number;
  from: number | null;
  to: number | null;
}

export interface ChangeCheck {
  allowed: boolean;
  /** Hard-rule violations that are new, or worse than before: why a change is refused. */
  introduced: Violation[];
  /** Violations that are gone, or smaller than before: only what the change improves. */
  resolved: Violation[];
  /** How many hard-rule violations there are before and after (counts, not penalties). */
  hardCount: { before: number; after: number };
  before: Evaluation;
  after: Evaluation;
  grid: Int8Array;
}

/** The grid after the changes; refuses a change that does not fit the roster, naming it. */
export function applyChanges(p: Problem, grid: Int8Array, changes: readonly GridChange[]): Int8Array {
  const next = grid.slice();
  const H = p.days;
  changes.forEach((c, i) => {
    const path = `changes.${i}`;
    if (c.day < 0 || c.day >= H) throw new RosterInputError('Datoen er utenfor vaktplanens periode.', `${path}.date`);
    if (p.usable[c.day * p.shiftTypes.length + c.shift] !== 1) throw new RosterInputError(`${p.shiftTypes[c.shift]!.name} går ikke ${p.dayLabels[c.day]}.`, `${path}.templateId`);
    if (c.from === c.to) throw new RosterInputError('Endringen gir vakten til den samme legen.', `${path}.toDoctorId`);
    if (c.from !== null) {
      if (next[c.from * H + c.day] !== c.shift) throw new RosterInputError(`${p.employees[c.from]!.name} har ikke ${p.shiftTypes[c.shift]!.name} ${p.dayLabels[c.day]}.`, `${path}.fromDoctorId`);
      next[c.from * H + c.day] = OFF;
    }
    if (c.to !== null) {
      const held = next[c.to * H + c.day]!;
      if (held !== OFF) throw new RosterInputError(`${p.employees[c.to]!.name} har allerede ${p.shiftTypes[held]!.name} ${p.dayLabels[c.day]}.`, `${path}.toDoctorId`);
      next[c.to * H + c.day] = c.shift;
    }
  });
  return next;
}

/** Which violation it is (rule, people, days, shifts), whatever its size: the same violation before and after has the same identity. */
const identity = (v: Violation) => `${v.rule}|${v.employees.join(',')}|${v.days.join(',')}|${v.shifts.join(',')}`;

/** Each identity's total penalty. */
function penaltiesBy(violations: readonly Violation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of violations) out.set(identity(v), (out.get(identity(v)) ?? 0) + v.penalty);
  return out;
}

/** The violations of `after` that are new or bigger than they were. */
function worsened(was: ReadonlyMap<string, number>, after: readonly Violation[]): Violation[] {
  const is = penaltiesBy(after);
  return after.filter((v) => (is.get(identity(v)) ?? 0) > (was.get(identity(v)) ?? 0));
}

const hardCount = (e: Evaluation) => e.violations.filter((v) => v.level === 'hard').length;

/**
 * The rules a change may have touched: those with a penalty on a changed person's row or a changed day's column,
 * before or after. Every rule's total is a sum over persons or days (rules/types.ts), so the others' violations
 * are the same before and after and need not be explained again.
 */
function touchedRules(p: Problem, before: Int8Array, after: Int8Array, changes: readonly GridChange[]): RuleId[] {
  const employees = new Set(changes.flatMap((c) => [c.from, c.to]).filter((e): e is number => e !== null));
  const days = new Set(changes.map((c) => c.day));
  return p.rules.filter((id) => {
    const rule = CATALOGUE[id];
    for (const i of rule.scope === 'employee' ? employees : days) if (rule.penalty(p, before, i) !== 0 || rule.penalty(p, after, i) !== 0) return true;
    return false;
  });
}

/** The evaluation after a change: the touched rules explained again, the others as before. */
function reevaluate(p: Problem, before: Evaluation, grid: Int8Array, touched: readonly RuleId[]): Evaluation {
  const again = new Map(touched.map((id) => [id, CATALOGUE[id].explain(p, grid)]));
  const violations = [...before.violations.filter((v) => !again.has(v.rule)), ...[...again.values()].flat()];
  const rules = before.rules.map((r) => {
    const found = again.get(r.rule);
    return found ? { ...r, penalty: found.reduce((sum, v) => sum + v.penalty, 0), violations: found.length } : r;
  });
  const hard = rules.filter((r) => r.level === 'hard').reduce((sum, r) => sum + r.penalty, 0);
  const soft = rules.filter((r) => r.level === 'soft').reduce((sum, r) => sum + r.penalty, 0);
  return { hard, soft, feasible: hard === 0, rules, violations };
}

/**
 * What the changes would break and mend. Allowed when they introduce no hard-rule violation. Pass the roster's
 * evaluation as `before` when checking many candidate changes of one roster (e.g. who could take a shift).
 */
export function checkChanges(p: Problem, grid: Int8Array, changes: readonly GridChange[], before: Evaluation = evaluate(p, grid)): ChangeCheck {
  const next = applyChanges(p, grid, changes);
  const after = reevaluate(p, before, next, touchedRules(p, grid, next, changes));
  const was = penaltiesBy(before.violations);
  const is = penaltiesBy(after.violations);
  const introduced = worsened(was, after.violations).filter((v) => v.level === 'hard');
  const resolved = before.violations.filter((v) => (is.get(identity(v)) ?? 0) < (was.get(identity(v)) ?? 0));
  return { allowed: introduced.length === 0, introduced, resolved, hardCount: { before: hardCount(before), after: hardCount(after) }, before, after, grid: next };
}

export interface Candidate {
  employee: number;
  /** Taking the shift breaks no hard rule. */
  allowed: boolean;
  /** Why not, in Norwegian (the hard-rule violations taking it would introduce). */
  reasons: string[];
  /** How the soft penalty (fairness, wishes) would change: negative is better. */
  softDelta: number;
}

/**
 * Who could take shift `shift` on `day` from `from` (null: an open shift): every person who is off that day, with
 * whether it breaks a hard rule and why, and what it does to the soft rules — allowed ones first, best first.
 * The rules' fast paths on the two rows and the day decide; only a hard rule that gets worse is explained.
 */
export function candidatesFor(p: Problem, grid: Int8Array, day: number, shift: number, from: number | null): Candidate[] {
  const out: Candidate[] = [];
  const H = p.days;
  for (let e = 0; e < p.employees.length; e++) {
    if (e === from || grid[e * H + day] !== OFF) continue;
    const change: GridChange = { day, shift, from, to: e };
    const next = applyChanges(p, grid, [change]);
    let softDelta = 0;
    const worse: RuleId[] = [];
    for (const id of p.rules) {
      const rule = CATALOGUE[id];
      const indices = rule.scope === 'employee' ? (from === null ? [e] : [from, e]) : [day];
      let delta = 0;
      for (const i of indices) delta += rule.penalty(p, next, i) - rule.penalty(p, grid, i);
      if (rule.level === 'soft') softDelta += delta;
      else if (delta > 1e-9) worse.push(id);
    }
    const reasons = worse.flatMap((id) => worsened(penaltiesBy(CATALOGUE[id].explain(p, grid)), CATALOGUE[id].explain(p, next)).map((v) => v.message));
    out.push({ employee: e, allowed: worse.length === 0, reasons, softDelta });
  }
  return out.sort((a, b) => Number(b.allowed) - Number(a.allowed) || a.softDelta - b.softDelta || a.employee - b.employee);
}
