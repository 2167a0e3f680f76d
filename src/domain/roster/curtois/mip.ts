/**
 * The benchmark's model as a mixed-integer program (written by lp.ts), for HiGHS (npm `highs`) as the exact peer on
 * small instances, as an oracle in tests, and for the solver's sub-problems (a neighbourhood of a roster). x_e_d_s = 1
 * when person e works shift s on day d; w (work) is Σ_s x. Run constraints forbid the patterns off–(l on)–off for
 * l < min run, and on–(l off)–on for l < min days off, so runs touching the first or last day are exempt as in the
 * benchmark's definition.
 */
import type { Problem } from '../model.ts';
import { BENCHMARK_RULES } from '../rules/index.ts';
import { RosterInputError } from '../errors.ts';
import { LpWriter, type Neighbourhood, type Term } from '../lp.ts';

/** Builds the LP text of a benchmark problem, or of the neighbourhood `hood` of a roster. */
export function benchmarkMip(p: Problem, hood?: Neighbourhood): string {
  const unsupported = p.rules.filter((r) => !BENCHMARK_RULES.includes(r));
  if (unsupported.length > 0) throw new RosterInputError(`MIP-modellen dekker bare målestokkens regler, ikke ${unsupported.join(', ')}.`, 'rules');
  const H = p.days;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const lp = new LpWriter(p, (e, d, s) => p.unavailable[e * H + d] !== 1 && p.employees[e]!.maxShifts[s] !== 0, hood);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, j) => from + j);
  const xs = (e: number, days: number[], s: number): Term[] => days.flatMap((d) => lp.term(e, d, s));
  for (let e = 0; e < E; e++) {
    const emp = p.employees[e]!;
    for (let d = 0; d < H; d++) if (lp.work(e, d).length > 1) lp.row(lp.work(e, d), '<=', 1);
    for (let s = 0; s < S; s++) {
      const terms = xs(e, range(0, H), s);
      if (terms.length > emp.maxShifts[s]!) lp.row(terms, '<=', emp.maxShifts[s]!);
    }
    const minutes = range(0, H).flatMap((d) => p.shiftTypes.flatMap((t, s) => xs(e, [d], s).map(([, v]) => [t.minutes, v] as const)));
    if (Number.isFinite(emp.maxMinutes)) lp.row(minutes, '<=', emp.maxMinutes);
    if (emp.minMinutes > 0) lp.row(minutes, '>=', emp.minMinutes);
    for (let d = 0; d + 1 < H; d++) {
      p.shiftTypes.forEach((t, s) => {
        for (const s2 of t.forbiddenNext) lp.row([...xs(e, [d], s), ...xs(e, [d + 1], s2)], '<=', 1);
      });
    }
    const mc = emp.maxConsecutive;
    if (mc < H) for (let d = 0; d + mc < H; d++) lp.row(range(d, d + mc + 1).flatMap((j) => lp.work(e, j)), '<=', mc);
    // Forbid off, then l days on, then off (l < minConsecutive): −w_d + Σ_{j=1..l} w_{d+j} − w_{d+l+1} ≤ l − 1.
    for (let l = 1; l < emp.minConsecutive; l++) {
      for (let d = 0; d + l + 1 < H; d++) lp.row([...range(d + 1, d + l + 1).flatMap((j) => lp.work(e, j)), ...lp.work(e, d, -1), ...lp.work(e, d + l + 1, -1)], '<=', l - 1);
    }
    // Forbid on, then l days off, then on (l < minDaysOff): w_d − Σ_{j=1..l} w_{d+j} + w_{d+l+1} ≤ 1.
    for (let l = 1; l < emp.minDaysOff; l++) {
      for (let d = 0; d + l + 1 < H; d++) lp.row([...lp.work(e, d), ...lp.work(e, d + l + 1), ...range(d + 1, d + l + 1).flatMap((j) => lp.work(e, j, -1))], '<=', 1);
    }
    if (emp.maxWeekends < p.weekendCount) {
      const weekends: Term[] = [];
      for (let k = 0; k < p.weekendCount; k++) {
        const v = lp.variable(`we_${e}_${k}`, 'binary');
        weekends.push([1, v]);
        for (let d = 0; d < H; d++) if (p.weekendIndex[d] === k) for (const term of lp.work(e, d)) lp.row([term, [-1, v]], '<=', 0);
      }
      lp.row(weekends, '<=', emp.maxWeekends);
    }
  }
  // Requests: an on-request costs its weight unless granted, an off-request its weight when broken.
  for (const r of p.onRequests) {
    lp.cost(r.weight, 1);
    for (const [, v] of lp.request(r.employee, r.day, r.shift)) lp.cost(-r.weight, v);
  }
  for (const r of p.offRequests) for (const [, v] of lp.request(r.employee, r.day, r.shift)) lp.cost(r.weight, v);
  for (let d = 0; d < H; d++) {
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const u = lp.variable(`u_${d}_${s}`, 'integer');
      const o = lp.variable(`o_${d}_${s}`, 'integer');
      lp.row([...range(0, E).flatMap((e) => xs(e, [d], s)), [1, u], [-1, o]], '=', p.cover[k]!);
      lp.cost(p.coverUnderWeight[k]!, u);
      lp.cost(p.coverOverWeight[k]!, o);
    }
  }
  return lp.text();
}
