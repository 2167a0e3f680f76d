/**
 * Checking a change of a roster against the rules before it is made (a planner's edit, a swap, taking an open
 * shift): apply it to a copy of the grid, evaluate both, and name the hard-rule violations it would introduce
 * (why it is refused) and the violations it would mend.
 */
import { RosterInputError } from '../errors.ts';
import { evaluate, type Evaluation } from '../evaluate.ts';
import { OFF, type Problem } from '../model.ts';
import type { Violation } from '../rules/index.ts';

/** One shift of type `shift` on `day` moves from person `from` to person `to` (null: nobody, an open shift). */
export interface GridChange {
  day: number;
  shift: number;
  from: number | null;
  to: number | null;
}

export interface ChangeCheck {
  allowed: boolean;
  introduced: Violation[];
  resolved: Violation[];
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

const key = (v: Violation) => `${v.rule}|${v.employees.join(',')}|${v.days.join(',')}|${v.shifts.join(',')}|${v.message}`;

/** What the changes would break and mend. Allowed when they introduce no hard-rule violation. */
export function checkChanges(p: Problem, grid: Int8Array, changes: readonly GridChange[]): ChangeCheck {
  const next = applyChanges(p, grid, changes);
  const before = evaluate(p, grid);
  const after = evaluate(p, next);
  const beforeKeys = new Set(before.violations.map(key));
  const afterKeys = new Set(after.violations.map(key));
  const introduced = after.violations.filter((v) => v.level === 'hard' && !beforeKeys.has(key(v)));
  const resolved = before.violations.filter((v) => !afterKeys.has(key(v)));
  return { allowed: introduced.length === 0, introduced, resolved, before, after, grid: next };
}
