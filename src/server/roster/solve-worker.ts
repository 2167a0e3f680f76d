/**
 * A solver job in a worker thread, so a roster of half a year never blocks the server (solve-job.ts does the work).
 * The main thread cancels through a shared flag (the solver checks it between iterations and HiGHS's sub-problems;
 * the best roster so far is kept).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { solveJob, type JobProgress, type SolvedJob, type SolveJobInput } from './solve-job.ts';

export interface SolveWorkerData extends SolveJobInput {
  /** Int32Array over a SharedArrayBuffer: [0] = 1 asks the solver to stop. */
  stop: Int32Array;
}

export type SolveJobMessage = ({ type: 'progress' } & JobProgress) | ({ type: 'done' } & SolvedJob) | { type: 'error'; message: string };

const { stop, ...input } = workerData as SolveWorkerData;
const post = (m: SolveJobMessage) => parentPort!.postMessage(m);
try {
  const result = await solveJob(input, { now: () => performance.now(), shouldStop: () => Atomics.load(stop, 0) === 1, onProgress: (p) => post({ type: 'progress', ...p }) });
  post({ type: 'done', ...result });
} catch (err) {
  post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
