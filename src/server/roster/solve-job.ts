/**
 * What a background solver job computes, apart from the thread it runs in (solve-worker.ts): the problem built
 * from the plan, the pinned cells fixed, the roster solved through the solver's one entry point within the time
 * budget, progress reported about four times a second, and the result scored by the independent evaluator.
 */
import { buildLegevaktProblem, evaluate, type LegevaktPlan } from '../../domain/roster/index.ts';
import { solveRoster } from '../../engines/roster-solver.ts';

export interface SolveJobInput {
  plan: LegevaktPlan;
  seed: number;
  seconds: number;
  /** A roster to start from (re-solve, repair); the construction when absent. */
  start?: Int8Array;
  /** Cells (`[e * days + d]`) the solver may not change. */
  pinned?: Uint8Array;
}

export interface JobProgress {
  progress: number;
  iterations: number;
  bestHard: number;
  bestSoft: number;
}

export interface SolvedJob {
  grid: Int8Array;
  iterations: number;
  cancelled: boolean;
  hard: number;
  soft: number;
}

/** The clock the budget is measured on, the stop flag and where progress goes. */
export interface SolveJobEnv {
  now: () => number;
  shouldStop: () => boolean;
  onProgress: (p: JobProgress) => void;
}

const PROGRESS_EVERY_MS = 250;

/** Solves one job's roster. */
export async function solveJob(input: SolveJobInput, env: SolveJobEnv): Promise<SolvedJob> {
  const { problem } = buildLegevaktProblem(input.plan);
  if (input.pinned) problem.pinned.set(input.pinned);
  const budget = input.seconds * 1000;
  let lastPost = 0;
  const result = await solveRoster(problem, {
    seed: input.seed,
    timeLimitMs: budget,
    now: env.now,
    ...(input.start ? { start: input.start } : {}),
    shouldStop: env.shouldStop,
    onProgress: (p) => {
      if (p.elapsedMs - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = p.elapsedMs;
      env.onProgress({ progress: Math.min(1, p.elapsedMs / budget), iterations: p.iteration, bestHard: p.bestHard, bestSoft: p.bestSoft });
    },
  });
  const score = evaluate(problem, result.grid);
  return { grid: result.grid, iterations: result.iterations, cancelled: result.cancelled, hard: score.hard, soft: score.soft };
}
