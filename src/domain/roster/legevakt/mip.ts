/**
 * A legevakt roster problem as a mixed-integer program in CPLEX LP format, for HiGHS (npm `highs`): the exact
 * peer the bench measures the solver's gap against on 4-week slices. x_e_d_s = 1 when doctor e works shift s on
 * day d, for the cells a doctor may hold at all (available, not exempt, backup only when competent, the shift runs
 * that day). Hard rules are constraints; the soft rules are the objective, exactly as the rules score them:
 *  - requests and cover (the backups' surplus weight) are linear;
 *  - each fairness rule's w × (count − target)² is convex in the count, and the count only takes values on a grid
 *    (multiples of the measure's step), so an epigraph variable above the chords between neighbouring grid points
 *    equals the square at every reachable count: the MIP's optimum is the roster's optimum, and any relaxation's
 *    value a lower bound for it. The chords are written for counts within ±`fairnessReach` of the target and
 *    extended as tangent lines beyond it, which stays a valid lower bound (a convex function lies above its chords'
 *    extensions) and is exact whenever the optimum's counts lie within that reach.
 */
import { RosterInputError } from '../errors.ts';
import { OFF, type Problem } from '../model.ts';
import { fairTargets, measureOf, type FairMeasure } from '../rules/fairness.ts';
import { LEGEVAKT_RULES } from './build.ts';

const x = (e: number, d: number, s: number) => `x_${e}_${d}_${s}`;

/** May doctor e hold shift s on day d at all (the MIP has no variable otherwise)? */
function cell(p: Problem, e: number, d: number, s: number): boolean {
  const S = p.shiftTypes.length;
  const i = e * p.days + d;
  const type = p.shiftTypes[s]!;
  return p.usable[d * S + s] === 1 && p.unavailable[i] !== 1 && p.exempt[i * S + s] !== 1 && p.employees[e]!.maxShifts[s] !== 0 && !(type.backup && p.competent[i] !== 1);
}

/** Builds the LP text of a legevakt problem (its rules must be the legevakt's). */
export function legevaktMip(p: Problem, fairnessReach = 8): string {
  const unsupported = p.rules.filter((r) => !LEGEVAKT_RULES.includes(r));
  if (unsupported.length > 0) throw new RosterInputError(`MIP-modellen dekker bare legevaktens regler, ikke ${unsupported.join(', ')}.`, 'rules');
  const has = (id: (typeof LEGEVAKT_RULES)[number]) => p.rules.includes(id);
  const H = p.days;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const rows: string[] = [];
  let n = 0;
  const row = (text: string) => rows.push(` c${n++}: ${text}`);
  const sum = (terms: string[]) => (terms.length === 0 ? '0 x_zero' : terms.join(' + '));
  const objective: string[] = [];
  let constant = 0;
  const binaries: string[] = [];
  const continuous: string[] = [];
  const work = (e: number, d: number): string[] => p.shiftTypes.flatMap((_, s) => (cell(p, e, d, s) ? [x(e, d, s)] : []));
  for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) if (cell(p, e, d, s)) binaries.push(x(e, d, s));
  for (let e = 0; e < E; e++) {
    const emp = p.employees[e]!;
    for (let d = 0; d < H; d++) if (work(e, d).length > 1) row(`${sum(work(e, d))} <= 1`);
    for (let d = 0; d + 1 < H; d++) {
      for (let a = 0; a < S; a++) {
        if (!cell(p, e, d, a)) continue;
        const ta = p.shiftTypes[a]!;
        for (let b = 0; b < S; b++) {
          if (!cell(p, e, d + 1, b)) continue;
          const tb = p.shiftTypes[b]!;
          const rest = p.startAt[(d + 1) * S + b]! - p.endAt[d * S + a]!;
          const clash = (has('rest-after-night') && ta.night) || (has('free-before-night') && p.rest.freeBeforeNight && tb.night) || (has('rest-between-shifts') && p.startAt.length > 0 && rest < p.rest.minRestMinutes);
          if (clash) row(`${x(e, d, a)} + ${x(e, d + 1, b)} <= 1`);
        }
      }
    }
    const perPeriod = (periodOf: Int32Array, max: number) => {
      if (!Number.isFinite(max)) return;
      let d = 0;
      while (d < H) {
        const terms: string[] = [];
        const period = periodOf[d];
        while (d < H && periodOf[d] === period) terms.push(...work(e, d++));
        if (terms.length > max) row(`${sum(terms)} <= ${max}`);
      }
    };
    if (has('max-shifts-per-week')) perPeriod(p.weekIndex, emp.maxPerWeek);
    if (has('max-shifts-per-month')) perPeriod(p.monthIndex, emp.maxPerMonth);
  }
  for (let d = 0; d < H; d++) {
    const backups: string[] = [];
    for (let e = 0; e < E; e++) p.shiftTypes.forEach((t, s) => t.backup && cell(p, e, d, s) && backups.push(x(e, d, s)));
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const type = p.shiftTypes[s]!;
      const terms = Array.from({ length: E }, (_, e) => e).flatMap((e) => (cell(p, e, d, s) ? [x(e, d, s)] : []));
      if (has('cover-required') && !type.backup) row(`${sum(terms)} = ${p.cover[k]}`);
      if (has('cover') && (p.coverUnderWeight[k]! > 0 || p.coverOverWeight[k]! > 0)) {
        const u = `u_${d}_${s}`;
        const o = `o_${d}_${s}`;
        continuous.push(u, o);
        row(`${sum(terms)} + ${u} - ${o} = ${p.cover[k]}`);
        objective.push(`+ ${p.coverUnderWeight[k]} ${u} + ${p.coverOverWeight[k]} ${o}`);
      }
      // A doctor not competent to work alone on an alone shift needs a competent backup that day.
      if (has('backup-required') && type.alone) {
        for (let e = 0; e < E; e++) if (p.competent[e * H + d] !== 1 && cell(p, e, d, s)) row(`${x(e, d, s)}${backups.map((b) => ` - ${b}`).join('')} <= 0`);
      }
    }
  }
  // Request terms are summed per variable first (two wishes on one day must add up, not repeat a column).
  const requestTerm = (e: number, d: number, s: number): string[] => (s === OFF ? work(e, d) : cell(p, e, d, s) ? [x(e, d, s)] : []);
  const requestCost = new Map<string, number>();
  const addCost = (v: string, c: number) => requestCost.set(v, (requestCost.get(v) ?? 0) + c);
  if (has('shift-on-request')) {
    for (const r of p.onRequests) {
      constant += r.weight;
      for (const t of requestTerm(r.employee, r.day, r.shift)) addCost(t, -r.weight);
    }
  }
  if (has('shift-off-request')) for (const r of p.offRequests) for (const t of requestTerm(r.employee, r.day, r.shift)) addCost(t, r.weight);
  for (const [v, c] of requestCost) if (c !== 0) objective.push(`${c < 0 ? '-' : '+'} ${fmt(Math.abs(c))} ${v}`);
  const measures: [FairMeasure, (typeof LEGEVAKT_RULES)[number]][] = [
    ['load', 'fair-load'],
    ['nights', 'fair-nights'],
    ['weekends', 'fair-weekends'],
    ['holidays', 'fair-holidays'],
  ];
  for (const [m, id] of measures) {
    const w = p.fairness[m];
    if (!has(id) || w === 0) continue;
    const targets = fairTargets(p, m);
    // The grid the count moves on: the greatest common step of the measure's values (0.5 for half-load backups).
    const values = new Set<number>();
    for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) values.add(measureOf(p, m, d, s));
    const step = [...values].every((v) => Number.isInteger(v)) ? 1 : [...values].every((v) => Number.isInteger(v * 2)) ? 0.5 : 0;
    if (step === 0) throw new RosterInputError(`Rettferdighetsmålet ${m} har vekter MIP-modellen ikke kan telle eksakt.`, 'fairness');
    for (let e = 0; e < E; e++) {
      const t = targets[e]!;
      if (Number.isNaN(t)) continue;
      const terms: [coefficient: number, name: string][] = [];
      for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) if (cell(p, e, d, s) && measureOf(p, m, d, s) !== 0) terms.push([measureOf(p, m, d, s), x(e, d, s)]);
      const z = `f_${m}_${e}`;
      continuous.push(z);
      objective.push(`+ ${w} ${z}`);
      // z ≥ chord of (c − t)² between k and k + step, for grid points k around the target (c = Σ terms).
      const lo = Math.max(0, Math.floor((t - fairnessReach) / step) * step);
      const hi = Math.ceil((t + fairnessReach) / step) * step;
      for (let k = lo; k < hi; k += step) {
        const f0 = (k - t) ** 2;
        const slope = ((k + step - t) ** 2 - f0) / step;
        // z − slope × c ≥ f0 − slope × k
        const rhs = f0 - slope * k;
        row(`${z}${terms.map(([c, v]) => ` ${slope >= 0 ? '-' : '+'} ${fmt(Math.abs(slope * c))} ${v}`).join('')} >= ${fmt(rhs)}`);
      }
    }
  }
  objective.push(`+ ${constant} one`);
  return [
    'Minimize',
    ` obj: ${objective.join(' ').replace(/^\+ /, '') || '0 one'}`,
    'Subject To',
    ...rows,
    ' fix_one: one = 1',
    'Bounds',
    ' 0 <= x_zero <= 0',
    ...continuous.map((c) => ` ${c} >= 0`),
    'Binary',
    ...chunk(binaries),
    'End',
  ].join('\n');
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(9));

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(' ')}`);
  return out;
}

/** The LP relaxation of a MIP's text (the Binary section's variables become 0 ≤ x ≤ 1): its optimum is a lower bound. */
export function relaxMip(lp: string): string {
  const [head, rest] = lp.split('\nBinary\n') as [string, string | undefined];
  if (rest === undefined) return lp;
  const names = rest.replace(/\nEnd$/, '').split(/\s+/).filter((v) => v !== '');
  return head.replace('\nBounds\n', `\nBounds\n${names.map((v) => ` 0 <= ${v} <= 1`).join('\n')}\n`) + '\nEnd';
}

/** Reads a grid back from the MIP's column values. */
export function gridFromLegevaktMip(p: Problem, value: (name: string) => number | undefined): Int8Array {
  const grid = new Int8Array(p.employees.length * p.days).fill(OFF);
  for (let e = 0; e < p.employees.length; e++) for (let d = 0; d < p.days; d++) for (let s = 0; s < p.shiftTypes.length; s++) if ((value(x(e, d, s)) ?? 0) > 0.5) grid[e * p.days + d] = s;
  return grid;
}
