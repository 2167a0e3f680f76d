// A roster benchmark worker: solves one instance with one seed (or runs HiGHS on it) and reports the trace.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { highsSolver } from '../src/engines/highs.ts';
import { solveRoster } from '../src/engines/roster-solver.ts';
import { benchmarkMip, buildLegevaktProblem, CATALOGUE, evaluate, gridFromMip, legevaktMip, readCurtois, relaxMip, rosterFigures, syntheticLegevakt, type Problem, type RosterFigures, type SolveResult, type TracePoint } from '../src/domain/roster/index.ts';

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
  /** Column generation's lower bound, when it converged. */
  bound: number | null;
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
// HiGHS alone, the peer (our solver gets it through its one entry point).
const highs = await highsSolver();
/** Our solver as the app's jobs and the CLI run it (`--no-mip`: without HiGHS). */
const solveOurs = (p: Problem, seed: number, seconds: number) => solveRoster(p, { seed, timeLimitMs: seconds * 1000, now: () => performance.now(), highs: 'mip' in job && job.mip });
const report = (r: SolveResult, ev: { hard: number; soft: number }): SolveReport => ({
  hard: ev.hard,
  soft: ev.soft,
  movesPerSecond: r.iterations / (r.annealMs / 1000),
  mipSteps: r.mipSteps,
  bound: r.bound,
  proven: r.proven,
  ms: r.elapsedMs,
  trace: r.trace,
});
switch (job.kind) {
  case 'solve': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const r = await solveOurs(p, job.seed, job.seconds);
    parentPort!.postMessage(report(r, evaluate(p, r.grid))); // the independent evaluator, not the solver's own figures
    break;
  }
  case 'highs': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const t = performance.now();
    const r = highs(benchmarkMip(p), job.seconds);
    const ev = r?.value ? evaluate(p, gridFromMip(p, r.value)) : null;
    parentPort!.postMessage({ status: r?.status ?? 'error', objective: ev ? Math.round(r!.objective!) : null, hard: ev?.hard ?? null, soft: ev?.soft ?? null, ms: performance.now() - t } satisfies HighsReport);
    break;
  }
  case 'legevakt-slice': {
    const { problem } = buildLegevaktProblem(syntheticLegevakt({ doctors: job.doctors, days: job.days, start: '2027-01-04', seed: job.seed }));
    const r = await solveOurs(problem, job.seed, job.seconds);
    const ours = evaluate(problem, r.grid);
    const t = performance.now();
    const lp = legevaktMip(problem);
    const exact = highs(lp, job.highsSeconds);
    const ev = exact?.value ? evaluate(problem, gridFromMip(problem, exact.value)) : null;
    let lowerBound: number | null = null;
    let boundKind: SliceReport['boundKind'] = 'optimum';
    if (exact?.status === 'Optimal') lowerBound = exact.objective ?? null;
    else {
      const relaxed = highs(relaxMip(lp), job.highsSeconds);
      boundKind = 'lp';
      if (relaxed?.status === 'Optimal') lowerBound = relaxed.objective ?? null;
    }
    parentPort!.postMessage({
      ours: ours.soft,
      oursHard: ours.hard,
      highsStatus: exact?.status ?? 'error',
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
    const r = await solveOurs(problem, job.seed, job.seconds);
    const ev = evaluate(problem, r.grid);
    let impossible = false;
    if (ev.hard > 0) {
      // The hard rules alone, relaxed: when even the LP has no solution, no roster exists.
      const hardOnly = legevaktMip({ ...problem, rules: problem.rules.filter((id) => CATALOGUE[id].level === 'hard') });
      impossible = highs(relaxMip(hardOnly), 60)?.status === 'Infeasible';
    }
    parentPort!.postMessage({ ...report(r, ev), buildMs, figures: rosterFigures(problem, r.grid), impossible } satisfies LegevaktReport);
    break;
  }
}
