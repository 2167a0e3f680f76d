/**
 * The benchmark's model as a mixed-integer program in CPLEX LP format, for HiGHS (npm `highs`) as the exact
 * peer on small instances and as an oracle in tests. x_e_d_s = 1 when person e works shift s on day d;
 * w (work) is Σ_s x. Run constraints forbid the patterns off–(l on)–off for l < min run, and on–(l off)–on for
 * l < min days off, so runs touching the first or last day are exempt as in the benchmark's definition.
 */
import type { Problem } from '../model.ts';
import { BENCHMARK_RULES } from '../rules/index.ts';
import { RosterInputError } from '../errors.ts';

const x = (e: number, d: number, s: number) => `x_${e}_${d}_${s}`;

/** Builds the LP text of a benchmark problem. */
export function benchmarkMip(p: Problem): string {
  const unsupported = p.rules.filter((r) => !BENCHMARK_RULES.includes(r));
  if (unsupported.length > 0) throw new RosterInputError(`MIP-modellen dekker bare målestokkens regler, ikke ${unsupported.join(', ')}.`, 'rules');
  const H = p.days;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const allowed = (e: number, d: number, s: number) => p.unavailable[e * H + d] !== 1 && p.employees[e]!.maxShifts[s] !== 0;
  const work = (e: number, d: number): string[] => p.shiftTypes.flatMap((_, s) => (allowed(e, d, s) ? [x(e, d, s)] : []));
  const sum = (terms: string[]) => (terms.length === 0 ? '0 x_zero' : terms.join(' + '));
  const rows: string[] = [];
  let n = 0;
  const row = (text: string) => rows.push(` c${n++}: ${text}`);
  const objective: string[] = [];
  let constant = 0;
  const binaries: string[] = [];
  for (let e = 0; e < E; e++) for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) if (allowed(e, d, s)) binaries.push(x(e, d, s));
  const generals: string[] = [];
  for (let e = 0; e < E; e++) {
    const emp = p.employees[e]!;
    for (let d = 0; d < H; d++) if (work(e, d).length > 1) row(`${sum(work(e, d))} <= 1`);
    p.shiftTypes.forEach((_, s) => {
      const terms = Array.from({ length: H }, (_, d) => d).flatMap((d) => (allowed(e, d, s) ? [x(e, d, s)] : []));
      if (terms.length > emp.maxShifts[s]!) row(`${sum(terms)} <= ${emp.maxShifts[s]}`);
    });
    const minutes: string[] = [];
    for (let d = 0; d < H; d++) p.shiftTypes.forEach((t, s) => allowed(e, d, s) && minutes.push(`${t.minutes} ${x(e, d, s)}`));
    if (Number.isFinite(emp.maxMinutes)) row(`${sum(minutes)} <= ${emp.maxMinutes}`);
    if (emp.minMinutes > 0) row(`${sum(minutes)} >= ${emp.minMinutes}`);
    for (let d = 0; d + 1 < H; d++) {
      p.shiftTypes.forEach((t, s) => {
        for (const s2 of t.forbiddenNext) if (allowed(e, d, s) && allowed(e, d + 1, s2)) row(`${x(e, d, s)} + ${x(e, d + 1, s2)} <= 1`);
      });
    }
    const mc = emp.maxConsecutive;
    if (mc < H) for (let d = 0; d + mc < H; d++) row(`${sum(Array.from({ length: mc + 1 }, (_, j) => work(e, d + j)).flat())} <= ${mc}`);
    // Forbid off, then l days on, then off (l < minConsecutive): w(d) − Σ w(d+j) + w(d+l+1) ≥ 1 − l + ... written as
    // (1 − w_d) + Σ_j (1 − w_{d+j})·0 … the standard form: −w_d + Σ_{j=1..l} w_{d+j} − w_{d+l+1} ≤ l − 1.
    for (let l = 1; l < emp.minConsecutive; l++) {
      for (let d = 0; d + l + 1 < H; d++) {
        const inner = Array.from({ length: l }, (_, j) => work(e, d + 1 + j)).flat();
        const minus = [...work(e, d), ...work(e, d + l + 1)].map((v) => ` - ${v}`).join('');
        row(`${sum(inner)}${minus} <= ${l - 1}`);
      }
    }
    // Forbid on, then l days off, then on (l < minDaysOff): w_d − Σ_{j=1..l} w_{d+j} + w_{d+l+1} ≤ 1.
    for (let l = 1; l < emp.minDaysOff; l++) {
      for (let d = 0; d + l + 1 < H; d++) {
        const inner = Array.from({ length: l }, (_, j) => work(e, d + 1 + j)).flat().map((v) => ` - ${v}`).join('');
        row(`${sum([...work(e, d), ...work(e, d + l + 1)])}${inner} <= 1`);
      }
    }
    if (emp.maxWeekends < p.weekendCount) {
      const weekends: string[] = [];
      for (let k = 0; k < p.weekendCount; k++) {
        const v = `we_${e}_${k}`;
        weekends.push(v);
        binaries.push(v);
        for (let d = 0; d < H; d++) if (p.weekendIndex[d] === k) for (const term of work(e, d)) row(`${term} - ${v} <= 0`);
      }
      row(`${sum(weekends)} <= ${emp.maxWeekends}`);
    }
  }
  // Requests on the same cell add up: the LP text names each variable once in the objective.
  const requestCost = new Map<string, number>();
  const addCost = (r: (typeof p.onRequests)[number], sign: number) => {
    if (allowed(r.employee, r.day, r.shift)) requestCost.set(x(r.employee, r.day, r.shift), (requestCost.get(x(r.employee, r.day, r.shift)) ?? 0) + sign * r.weight);
  };
  for (const r of p.onRequests) {
    constant += r.weight;
    addCost(r, -1);
  }
  for (const r of p.offRequests) addCost(r, 1);
  for (const [v, c] of requestCost) if (c !== 0) objective.push(`${c < 0 ? '-' : '+'} ${Math.abs(c)} ${v}`);
  for (let d = 0; d < H; d++) {
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const terms = Array.from({ length: E }, (_, e) => e).flatMap((e) => (allowed(e, d, s) ? [x(e, d, s)] : []));
      const u = `u_${d}_${s}`;
      const o = `o_${d}_${s}`;
      generals.push(u, o);
      row(`${sum(terms)} + ${u} - ${o} = ${p.cover[k]}`);
      objective.push(`+ ${p.coverUnderWeight[k]} ${u} + ${p.coverOverWeight[k]} ${o}`);
    }
  }
  // The constant of the on-request terms is carried by a fixed variable (LP format has no constants).
  objective.push(`+ ${constant} one`);
  return ['Minimize', ` obj: ${objective.join(' ').replace(/^\+ /, '')}`, 'Subject To', ...rows, ' fix_one: one = 1', 'Bounds', ' 0 <= x_zero <= 0', ...generals.map((g) => ` ${g} >= 0`), 'Binary', ...chunk(binaries), 'General', ...chunk(generals), 'End'].join('\n');
}

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(' ')}`);
  return out;
}

/** Reads a grid back from the MIP's column values. */
export function gridFromMip(p: Problem, value: (name: string) => number | undefined): Int8Array {
  const grid = new Int8Array(p.employees.length * p.days).fill(-1);
  for (let e = 0; e < p.employees.length; e++) {
    for (let d = 0; d < p.days; d++) {
      for (let s = 0; s < p.shiftTypes.length; s++) if ((value(x(e, d, s)) ?? 0) > 0.5) grid[e * p.days + d] = s;
    }
  }
  return grid;
}
