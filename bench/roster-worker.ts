// A roster benchmark worker: solves one instance with one seed (or runs HiGHS on it) and reports the trace.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import highsModule from 'highs';
import { benchmarkMip, buildLegevaktProblem, evaluate, gridFromLegevaktMip, gridFromMip, legevaktMip, readCurtois, relaxMip, rosterFigures, solve, syntheticLegevakt, type RosterFigures, type TracePoint } from '../src/domain/roster/index.ts';

export type RosterJob =
  | { kind: 'solve'; file: string; seed: number; seconds: number }
  | { kind: 'highs'; file: string; seconds: number }
  | { kind: 'legevakt'; doctors: number; days: number; seed: number; seconds: number }
  | { kind: 'legevakt-slice'; doctors: number; days: number; seed: number; seconds: number; highsSeconds: number };

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
}

export interface SolveReport {
  hard: number;
  soft: number;
  iterations: number;
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

// The package's CommonJS typings make TypeScript see the module object; at run time the ESM build's default
// export is the loader itself.
type Loader = typeof highsModule.default;
const loadHighs: Loader = typeof highsModule === 'function' ? (highsModule as unknown as Loader) : highsModule.default;

const job = workerData as RosterJob;
switch (job.kind) {
  case 'solve': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const r = solve(p, { seed: job.seed, timeLimitMs: job.seconds * 1000, now: () => performance.now() });
    const ev = evaluate(p, r.grid); // the independent evaluator, not the solver's own figures
    parentPort!.postMessage({ hard: ev.hard, soft: ev.soft, iterations: r.iterations, ms: r.elapsedMs, trace: r.trace } satisfies SolveReport);
    break;
  }
  case 'highs': {
    const p = readCurtois(readFileSync(job.file, 'utf8'), job.file);
    const highs = await loadHighs();
    const t = performance.now();
    const r = highs.solve(benchmarkMip(p), { output_flag: false, time_limit: job.seconds });
    const columns = (r as { Columns?: Record<string, { Primal?: number }> }).Columns ?? {};
    const hasSolution = Object.keys(columns).length > 0 && Number.isFinite(r.ObjectiveValue) && r.Status !== 'Infeasible';
    const ev = hasSolution ? evaluate(p, gridFromMip(p, (k) => columns[k]?.Primal)) : null;
    parentPort!.postMessage({ status: r.Status, objective: hasSolution ? Math.round(r.ObjectiveValue) : null, hard: ev?.hard ?? null, soft: ev?.soft ?? null, ms: performance.now() - t } satisfies HighsReport);
    break;
  }
  case 'legevakt-slice': {
    const { problem } = buildLegevaktProblem(syntheticLegevakt({ doctors: job.doctors, days: job.days, start: '2027-01-04', seed: job.seed }));
    const r = solve(problem, { seed: job.seed, timeLimitMs: job.seconds * 1000, now: () => performance.now() });
    const ours = evaluate(problem, r.grid);
    const highs = await loadHighs();
    const t = performance.now();
    const lp = legevaktMip(problem);
    const mip = highs.solve(lp, { output_flag: false, time_limit: job.highsSeconds, mip_rel_gap: 0 });
    const columns = (mip as { Columns?: Record<string, { Primal?: number }> }).Columns ?? {};
    const hasSolution = Object.keys(columns).length > 0 && Number.isFinite(mip.ObjectiveValue) && mip.Status !== 'Infeasible';
    const ev = hasSolution ? evaluate(problem, gridFromLegevaktMip(problem, (k) => columns[k]?.Primal)) : null;
    let lowerBound: number | null = null;
    let boundKind: SliceReport['boundKind'] = 'optimum';
    if (mip.Status === 'Optimal') lowerBound = mip.ObjectiveValue;
    else {
      const relaxed = (await loadHighs()).solve(relaxMip(lp), { output_flag: false, time_limit: job.highsSeconds });
      boundKind = 'lp';
      if (relaxed.Status === 'Optimal') lowerBound = relaxed.ObjectiveValue;
    }
    parentPort!.postMessage({
      ours: ours.soft,
      oursHard: ours.hard,
      highsStatus: mip.Status,
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
    const r = solve(problem, { seed: job.seed, timeLimitMs: job.seconds * 1000, now: () => performance.now() });
    const ev = evaluate(problem, r.grid);
    parentPort!.postMessage({ hard: ev.hard, soft: ev.soft, iterations: r.iterations, ms: r.elapsedMs, trace: r.trace, buildMs, figures: rosterFigures(problem, r.grid) } satisfies LegevaktReport);
    break;
  }
}
