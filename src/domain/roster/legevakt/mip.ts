/**
 * A legevakt roster problem as a mixed-integer program (written by lp.ts), for HiGHS (npm `highs`): the exact
 * peer the bench measures the solver's gap against on 4-week slices, and the solver's sub-problems (a neighbourhood of
 * a roster, the rest fixed). x_e_d_s = 1 when doctor e works shift s on
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
import type { Problem } from '../model.ts';
import { fairTargets, measureOf, type FairMeasure } from '../rules/fairness.ts';
import { LpWriter, type Neighbourhood, type Term } from '../lp.ts';
import { LEGEVAKT_RULES } from './build.ts';

/** May doctor e hold shift s on day d at all (the MIP has no variable otherwise)? */
function cell(p: Problem, e: number, d: number, s: number): boolean {
  const S = p.shiftTypes.length;
  const i = e * p.days + d;
  const type = p.shiftTypes[s]!;
  return p.usable[d * S + s] === 1 && p.unavailable[i] !== 1 && p.exempt[i * S + s] !== 1 && p.employees[e]!.maxShifts[s] !== 0 && !(type.backup && p.competent[i] !== 1);
}

/** Builds the LP text of a legevakt problem (its rules must be the legevakt's), or of the neighbourhood `hood` of a roster. */
export function legevaktMip(p: Problem, hood?: Neighbourhood, fairnessReach = 8): string {
  const unsupported = p.rules.filter((r) => !LEGEVAKT_RULES.includes(r));
  if (unsupported.length > 0) throw new RosterInputError(`MIP-modellen dekker bare legevaktens regler, ikke ${unsupported.join(', ')}.`, 'rules');
  const has = (id: (typeof LEGEVAKT_RULES)[number]) => p.rules.includes(id);
  const H = p.days;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const lp = new LpWriter(p, (e, d, s) => cell(p, e, d, s), hood);
  for (let e = 0; e < E; e++) {
    const emp = p.employees[e]!;
    for (let d = 0; d < H; d++) if (lp.work(e, d).length > 1) lp.row(lp.work(e, d), '<=', 1);
    for (let d = 0; d + 1 < H; d++) {
      for (let a = 0; a < S; a++) {
        if (!cell(p, e, d, a)) continue;
        const ta = p.shiftTypes[a]!;
        for (let b = 0; b < S; b++) {
          if (!cell(p, e, d + 1, b)) continue;
          const tb = p.shiftTypes[b]!;
          const rest = p.startAt[(d + 1) * S + b]! - p.endAt[d * S + a]!;
          const clash = (has('rest-after-night') && ta.night) || (has('free-before-night') && p.rest.freeBeforeNight && tb.night) || (has('rest-between-shifts') && p.startAt.length > 0 && rest < p.rest.minRestMinutes);
          if (clash) lp.row([...lp.term(e, d, a), ...lp.term(e, d + 1, b)], '<=', 1);
        }
      }
    }
    const perPeriod = (periodOf: Int32Array, max: number) => {
      if (!Number.isFinite(max)) return;
      let d = 0;
      while (d < H) {
        const terms: Term[] = [];
        const period = periodOf[d];
        while (d < H && periodOf[d] === period) terms.push(...lp.work(e, d++));
        if (terms.length > max) lp.row(terms, '<=', max);
      }
    };
    if (has('max-shifts-per-week')) perPeriod(p.weekIndex, emp.maxPerWeek);
    if (has('max-shifts-per-month')) perPeriod(p.monthIndex, emp.maxPerMonth);
  }
  for (let d = 0; d < H; d++) {
    const backups: Term[] = [];
    for (let e = 0; e < E; e++) p.shiftTypes.forEach((t, s) => t.backup && backups.push(...lp.term(e, d, s, -1)));
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const type = p.shiftTypes[s]!;
      const terms = Array.from({ length: E }, (_, e) => lp.term(e, d, s)).flat();
      if (has('cover-required') && !type.backup) lp.row(terms, '=', p.cover[k]!);
      if (has('cover') && (p.coverUnderWeight[k]! > 0 || p.coverOverWeight[k]! > 0)) {
        const u = lp.variable(`u_${d}_${s}`, 'continuous');
        const o = lp.variable(`o_${d}_${s}`, 'continuous');
        lp.row([...terms, [1, u], [-1, o]], '=', p.cover[k]!);
        lp.cost(p.coverUnderWeight[k]!, u);
        lp.cost(p.coverOverWeight[k]!, o);
      }
      // A doctor not competent to work alone on an alone shift needs a competent backup that day.
      if (has('backup-required') && type.alone) {
        for (let e = 0; e < E; e++) if (p.competent[e * H + d] !== 1) lp.row([...lp.term(e, d, s), ...backups], '<=', 0);
      }
    }
  }
  if (has('shift-on-request')) {
    for (const r of p.onRequests) {
      lp.cost(r.weight, 1);
      for (const [, v] of lp.request(r.employee, r.day, r.shift)) lp.cost(-r.weight, v);
    }
  }
  if (has('shift-off-request')) for (const r of p.offRequests) for (const [, v] of lp.request(r.employee, r.day, r.shift)) lp.cost(r.weight, v);
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
      const count: [measure: number, value: Term[1]][] = [];
      for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) if (measureOf(p, m, d, s) !== 0) for (const [, v] of lp.term(e, d, s)) count.push([measureOf(p, m, d, s), v]);
      const z = lp.variable(`f_${m}_${e}`, 'continuous');
      lp.cost(w, z);
      // z ≥ chord of (c − t)² between k and k + step, for grid points k around the target (c = Σ measure × x).
      const lo = Math.max(0, Math.floor((t - fairnessReach) / step) * step);
      const hi = Math.ceil((t + fairnessReach) / step) * step;
      for (let k = lo; k < hi; k += step) {
        const f0 = (k - t) ** 2;
        const slope = ((k + step - t) ** 2 - f0) / step;
        // z − slope × c ≥ f0 − slope × k
        lp.row([[1, z], ...count.map(([c, v]) => [-slope * c, v] as const)], '>=', f0 - slope * k);
      }
    }
  }
  return lp.text();
}
