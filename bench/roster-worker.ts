// A roster benchmark worker: solves one instance with one seed (or runs HiGHS on it) and reports the trace.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { hasSolution, highsSolver, loadHighs } from '../src/engines/highs.ts';
import { benchmarkMip, buildLegevaktProblem, CATALOGUE, evaluate, gridFromMip, legevaktMip, readCurtois, relaxMip, rosterFigures, solve, syntheticLegevakt, type RosterFigures, type SolveResult, type TracePoint } from '../src/domain/roster/index.ts';

export type RosterJob =
  | { kind: 'solve'; file: string; seed: number; seconds: number; mip: boolean }
  | { kind: 'highs'; file: string; seconds: number }
  | { kind: 'legevakt'; doctors: number; days: number; seed: number; seconds: number; mip: boolean }
  | { kind: 'legevakt-slice'; doctors: number; days: number; seed: number; seconds: number; highsSeconds: number; mip: boolean };

/** Our solver against HiGHS on a short legevakt plan: HiGHS's optimum when it proves one, else its LP bound. */
export interface SliceReport {
  ours: number;
  oursHard: number;
  highsStatus: string;
  /** HiGHS's best roster's objective (evaluated independently), null without one. */
  highsObjective: number | null;
  /** An exact lower bound: the proven optimum, or the LP relaxation's optimum. */
  lowerBound: number | null;
  boundKind: 'optimum' | 'lp';
  highsMs: number;
}

export interface LegevaktReport extends SolveReport {
  buildMs: number;
  figures: RosterFigures;
  /** For a roster that breaks a hard rule: HiGHS proved the plan itself impossible (its LP relaxation has no solution). */
  impossible: boolean;
}

export interface SolveReport {
  hard: number;
  soft: number;
  /** Annealing moves per second (the MIP steps and their time left out). */
  movesPerSecond: number;
  mipSteps: number;
  proven: boolean;
  ms: number;
  trace: TracePoint[];
}

export interface HighsReport {
  status: string;
  objective: number | null;
  hard: number | null;
  soft: number | null;
  ms: number;
}

const job = workerData as RosterJob;
const mip = 'mip' in job && job.mip ? await highsSolver() : undefined;
const options = (seed: number, seconds: number) => ({ seed, timeLimitMs: seconds * 1000, now: () => performance.now(), ...(mip ? { mip } : {}) });
const report = (r: SolveResult, ev: { hard: number; soft: number }): SolveReport => ({
  hard: ev.hard,
  soft: ev.soft,
  movesPerSecond: (r.iterations - r.mipSteps) / (r.annealMs / 1000),
  mipSteps: r.mipSteps,
  proven: r.proven,
  ms: r.elapsedMs,
  trace: r.trace,
});
switch (job.kind) {
  case 'solve': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const r = solve(p, options(job.seed, job.seconds));
    parentPort!.postMessage(report(r, evaluate(p, r.grid))); // the independent evaluator, not the solver's own figures
    break;
  }
  case 'highs': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const highs = await loadHighs();
    const t = performance.now();
    const r = highs.solve(benchmarkMip(p), { output_flag: false, time_limit: job.seconds });
    const columns = (r as { Columns?: Record<string, { Primal?: number }> }).Columns ?? {};
    const ev = hasSolution(r) ? evaluate(p, gridFromMip(p, (k) => columns[k]?.Primal)) : null;
    parentPort!.postMessage({ status: r.Status, objective: ev ? Math.round(r.ObjectiveValue) : null, hard: ev?.hard ?? null, soft: ev?.soft ?? null, ms: performance.now() - t } satisfies HighsReport);
    break;
  }
  case 'legevakt-slice': {
    const { problem } = buildLegevaktProblem(syntheticLegevakt({ doctors: job.doctors, days: job.days, start: '2027-01-04', seed: job.seed }));
    const r = solve(problem, options(job.seed, job.seconds));
    const ours = evaluate(problem, r.grid);
    const highs = await loadHighs();
    const t = performance.now();
    const lp = legevaktMip(problem);
    const exact = highs.solve(lp, { output_flag: false, time_limit: job.highsSeconds, mip_rel_gap: 0 });
    const columns = (exact as { Columns?: Record<string, { Primal?: number }> }).Columns ?? {};
    const ev = hasSolution(exact) ? evaluate(problem, gridFromMip(problem, (k) => columns[k]?.Primal)) : null;
    let lowerBound: number | null = null;
    let boundKind: SliceReport['boundKind'] = 'optimum';
    if (exact.Status === 'Optimal') lowerBound = exact.ObjectiveValue;
    else {
      const relaxed = (await loadHighs()).solve(relaxMip(lp), { output_flag: false, time_limit: job.highsSeconds });
      boundKind = 'lp';
      if (relaxed.Status === 'Optimal') lowerBound = relaxed.ObjectiveValue;
    }
    parentPort!.postMessage({
      ours: ours.soft,
      oursHard: ours.hard,
      highsStatus: exact.Status,
      highsObjective: ev && ev.hard === 0 ? ev.soft : null,
      lowerBound,
      boundKind,
      highsMs: performance.now() - t,
    } satisfies SliceReport);
    break;
  }
  case 'legevakt': {
    const t = performance.now();
    const { problem } = buildLegevaktProblem(syntheticLegevakt({ doctors: job.doctors, days: job.days, start: '2027-01-04', seed: job.seed }));
    const buildMs = performance.now() - t;
    const r = solve(problem, options(job.seed, job.seconds));
    const ev = evaluate(problem, r.grid);
    let impossible = false;
    if (ev.hard > 0) {
      // The hard rules alone, relaxed: when even the LP has no solution, no roster exists.
      const hardOnly = legevaktMip({ ...problem, rules: problem.rules.filter((id) => CATALOGUE[id].level === 'hard') });
      impossible = (await loadHighs()).solve(relaxMip(hardOnly), { output_flag: false, time_limit: 60 }).Status === 'Infeasible';
    }
    parentPort!.postMessage({ ...report(r, ev), buildMs, figures: rosterFigures(problem, r.grid), impossible } satisfies LegevaktReport);
    break;
  }
}
