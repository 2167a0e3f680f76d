/**
 * The solver in a worker thread, so a roster of half a year never blocks the server: builds the problem from the
 * plan, pins what must not change, solves within the time budget and posts progress and the result. The main
 * thread cancels through a shared flag (the solver checks it between iterations; the best roster so far is kept).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { buildLegevaktProblem, evaluate, solve, type LegevaktPlan } from '../../domain/roster/index.ts';

export interface SolveJobInput {
  plan: LegevaktPlan;
  seed: number;
  seconds: number;
  /** A roster to start from (re-solve, repair); the construction when absent. */
  start?: Int8Array;
  /** Cells (`[e * days + d]`) the solver may not change. */
  pinned?: Uint8Array;
  /** Int32Array over a SharedArrayBuffer: [0] = 1 asks the solver to stop. */
  stop: Int32Array;
}

export type SolveJobMessage =
  | { type: 'progress'; progress: number; iterations: number; bestHard: number; bestSoft: number }
  | { type: 'done'; grid: Int8Array; iterations: number; cancelled: boolean; hard: number; soft: number }
  | { type: 'error'; message: string };

const input = workerData as SolveJobInput;
const post = (m: SolveJobMessage) => parentPort!.postMessage(m);
try {
  const { problem } = buildLegevaktProblem(input.plan);
  if (input.pinned) problem.pinned.set(input.pinned);
  const budget = input.seconds * 1000;
  let lastPost = 0;
  const result = solve(problem, {
    seed: input.seed,
    timeLimitMs: budget,
    now: () => performance.now(),
    ...(input.start ? { start: input.start } : {}),
    shouldStop: () => Atomics.load(input.stop, 0) === 1,
    onProgress: (p) => {
      if (p.elapsedMs - lastPost < 250) return;
      lastPost = p.elapsedMs;
      post({ type: 'progress', progress: Math.min(1, p.elapsedMs / budget), iterations: p.iteration, bestHard: p.bestHard, bestSoft: p.bestSoft });
    },
  });
  const score = evaluate(problem, result.grid);
  post({ type: 'done', grid: result.grid, iterations: result.iterations, cancelled: result.cancelled, hard: score.hard, soft: score.soft });
} catch (err) {
  post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
