/**
 * Runs solver jobs in worker threads (solve-worker.ts) and keeps their row in roster_job up to date: progress
 * while they run, then the result saved by the caller's `save` and the job marked done, cancelled or failed.
 * Database writes of one job are chained so that a late progress update never lands after its finish.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/connection.ts';
import { finishJob, updateJobProgress } from '../../db/repositories/roster-jobs.ts';
import type { SolveJobInput, SolveJobMessage } from './solve-worker.ts';

// Built (dist/server/roster/jobs.js), the worker is the compiled solve-worker.js beside this file. From source (tsx in
// development, vitest) it is solve-worker.ts, which the worker loads through tsx, registered first.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './solve-worker.ts' : './solve-worker.js', import.meta.url);
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
const newWorker = (workerData: SolveJobInput): Worker =>
  FROM_SOURCE ? new Worker(BOOTSTRAP, { eval: true, workerData }) : new Worker(WORKER_URL, { workerData });

export interface SolvedGrid {
  grid: Int8Array;
  iterations: number;
  cancelled: boolean;
  hard: number;
  soft: number;
}

interface Running {
  worker: Worker;
  stop: Int32Array;
  done: Promise<void>;
}

export class RosterJobRunner {
  private readonly running = new Map<number, Running>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  /** Starts a job whose row exists (status running); `save` stores the solved grid when it ends. */
  start(jobId: number, input: Omit<SolveJobInput, 'stop'>, save: (result: SolvedGrid) => Promise<void>): void {
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const worker = newWorker({ ...input, stop });
    let chain: Promise<void> = Promise.resolve();
    const then = (step: () => Promise<void>): void => {
      chain = chain.then(step).catch(() => undefined);
    };
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      then(() => finishJob(this.db, jobId, { status: 'failed', error: message, now: this.clock().toISOString() }));
    };
    const done = new Promise<void>((resolve) => {
      worker.on('message', (m: SolveJobMessage) => {
        if (m.type === 'progress') then(() => updateJobProgress(this.db, jobId, m));
        else if (m.type === 'error') fail(m.message);
        else if (!settled) {
          settled = true;
          then(async () => {
            try {
              await save(m);
              const now = this.clock().toISOString();
              await finishJob(this.db, jobId, { status: m.cancelled ? 'cancelled' : 'done', now, iterations: m.iterations, bestHard: m.hard, bestSoft: m.soft });
            } catch (err) {
              settled = false;
              fail(`Resultatet kunne ikke lagres: ${err instanceof Error ? err.message : String(err)}`);
            }
          });
        }
      });
      worker.on('error', (err) => fail(`Beregningen feilet: ${err.message}`));
      worker.on('exit', () => {
        fail('Beregningen stoppet uventet');
        void chain.then(() => {
          this.running.delete(jobId);
          resolve();
        });
      });
    });
    this.running.set(jobId, { worker, stop, done });
  }

  /** Asks a running job to stop; it saves the best roster found so far. False when it is not running here. */
  cancel(jobId: number): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    Atomics.store(job.stop, 0, 1);
    return true;
  }

  /** Resolves when every job has finished and saved. */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()].map((j) => j.done));
  }

  /** Stops every job (server shutdown): each asked to stop, then waited for. */
  async close(): Promise<void> {
    for (const id of this.running.keys()) this.cancel(id);
    await this.idle();
  }
}
