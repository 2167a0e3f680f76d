/**
 * Runs the roster's solver jobs from the queue in roster_job (db/repositories/roster-jobs.ts), shared by every
 * server process on the database: each process claims jobs while its machine has a free slot (one per core by
 * default), runs each in a worker thread (solve-worker.ts), beats a heartbeat for the jobs it holds, stops a job
 * when its row asks to (cancel works from any process), and saves the result with the job's end in one
 * transaction. A job whose process died is failed — at once when it ran on this machine (its process id is gone),
 * else when its heartbeat is stale — so it never holds its roster.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TJob } from '../../contracts/roster/index.ts';
import type { Db, Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import {
  beatJobs,
  claimNextJob,
  failOrphanedJobs,
  finishJob,
  getJob,
  queueJob,
  requestCancel,
  runningJobOwners,
  updateJobProgress,
  type ClaimedJob,
  type JobInput,
  type JobOwner,
} from '../../db/repositories/roster-jobs.ts';
import { saveShifts, touchRoster } from '../../db/repositories/rosters.ts';
import type { Scope } from '../../db/scope.ts';
import { sheetFromGrid } from '../../domain/roster/index.ts';
import type { SolvedJob } from './solve-job.ts';
import type { SolveJobMessage, SolveWorkerData } from './solve-worker.ts';
import { getRoster, openRoster } from '../../app/roster/open-roster.ts';

// Built (dist/server/roster/jobs.js), the worker is the compiled solve-worker.js beside this file. From source (tsx in
// development, vitest) it is solve-worker.ts, which the worker loads through tsx, registered first.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './solve-worker.ts' : './solve-worker.js', import.meta.url);
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
const newWorker = (workerData: SolveWorkerData): Worker =>
  FROM_SOURCE ? new Worker(BOOTSTRAP, { eval: true, workerData }) : new Worker(WORKER_URL, { workerData });

/** How often a process beats its jobs' heartbeat, takes up cancels and claims queued jobs (well within JOB_STALE_SECONDS). */
const BEAT_MS = 2000;

/** How many jobs run at once on one machine, and how many may wait in the queue before new ones are refused. */
export interface SolverJobLimits {
  concurrency: number;
  queueLimit: number;
}

/** One running job per core; ten waiting. */
export const defaultJobLimits = (): SolverJobLimits => ({ concurrency: availableParallelism(), queueLimit: 10 });

/** The limits set by `LEGEPLAN_SOLVER_JOBS` (at once per machine) and `LEGEPLAN_SOLVER_QUEUE` (waiting); a bad value is refused. */
export function jobLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<SolverJobLimits> {
  const read = (name: string, min: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} må være et helt tall, minst ${min} (er «${raw}»)`);
    return n;
  };
  const concurrency = read('LEGEPLAN_SOLVER_JOBS', 1);
  const queueLimit = read('LEGEPLAN_SOLVER_QUEUE', 0);
  return { ...(concurrency === undefined ? {} : { concurrency }), ...(queueLimit === undefined ? {} : { queueLimit }) };
}

// Tells this process's runners from a former process that had the same process id (a restarted container).
const PROCESS_TOKEN = randomUUID();
let runners = 0;

/** Whether the owner of a running job is known to be gone: a process of this machine that no longer exists. */
function ownerGone(owner: JobOwner): boolean {
  if (owner.host !== hostname()) return false; // another machine's process: its heartbeat tells
  if (owner.pid === process.pid) return !owner.id.startsWith(`${PROCESS_TOKEN}.`);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const encode = (a: Int8Array | Uint8Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const bytes = (s: string): Buffer => Buffer.from(s, 'base64');

interface Running {
  worker: Worker;
  stop: Int32Array;
  done: Promise<void>;
}

/** The database as the runner needs it: across municipalities for the queue, scoped to a job's municipality for its roster. */
export interface JobDb {
  unscoped: Db;
  withScope(scope: Pick<Scope, 'kommuneId'>): Db;
}

export class RosterJobRunner {
  private readonly owner: JobOwner = { id: `${PROCESS_TOKEN}.${++runners}`, host: hostname(), pid: process.pid };
  private readonly running = new Map<number, Running>();
  private readonly limits: SolverJobLimits;
  private filling: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private beating = false;
  private closed = false;

  constructor(
    private readonly db: JobDb,
    private readonly clock: () => Date,
    limits: Partial<SolverJobLimits> = {},
  ) {
    this.limits = { ...defaultJobLimits(), ...limits };
  }

  private now = () => this.clock().toISOString();

  /** Fails the jobs of processes that died, then starts beating and takes up queued jobs. */
  async open(): Promise<void> {
    await this.failOrphans();
    this.timer = setInterval(() => void this.beat(), BEAT_MS);
    this.timer.unref();
    await this.fill();
  }

  /**
   * Queues a job on a roster in the caller's transaction — the one that checked the roster may be solved, so that a
   * refusal past the queue limit leaves nothing behind; `started` then starts it once the transaction has committed.
   */
  queue(tx: Queryable, scope: Scope, rosterId: number, kind: TJob['kind'], o: { seconds: number; seed: number; start?: Int8Array; pinned?: Uint8Array }): Promise<TJob> {
    const input: JobInput = { ...(o.start ? { start: encode(o.start) } : {}), ...(o.pinned ? { pinned: encode(o.pinned) } : {}) };
    return queueJob(tx, scope.kommuneId, { rosterId, kind, seconds: o.seconds, seed: o.seed, input, createdBy: scope.userId, now: this.now(), queueLimit: this.limits.queueLimit });
  }

  /** Starts queued jobs while this machine has a free slot; the job as it is then (running, or queued with its place). */
  async started(scope: Scope, jobId: number): Promise<TJob> {
    await this.fill();
    return getJob(this.db.withScope(scope), scope.kommuneId, jobId);
  }

  /** Asks a job to stop: a queued one is cancelled, a running one stops here or at its owner's next heartbeat. */
  async cancel(scope: Scope, jobId: number): Promise<TJob> {
    const job = await this.db.withScope(scope).transaction((tx) => requestCancel(tx, scope.kommuneId, jobId, this.now()));
    this.stop(jobId);
    return job;
  }

  private stop(jobId: number): void {
    const job = this.running.get(jobId);
    if (job) Atomics.store(job.stop, 0, 1);
  }

  private async failOrphans(): Promise<void> {
    const dead = (await runningJobOwners(this.db.unscoped)).filter(ownerGone).map((o) => o.id);
    await failOrphanedJobs(this.db.unscoped, dead);
  }

  /** The heartbeat: keeps this process's jobs alive, takes up cancels, lets go of jobs it lost, fails orphans, claims. */
  private async beat(): Promise<void> {
    if (this.beating || this.closed) return;
    this.beating = true;
    try {
      const known = [...this.running.keys()];
      const held = new Map((await beatJobs(this.db.unscoped, this.owner.id)).map((j) => [j.id, j.cancelRequested]));
      for (const id of known) {
        // Failed by another process (this one looked dead to it): stop the work; its result would not be saved.
        if (!held.has(id)) void this.running.get(id)?.worker.terminate();
        else if (held.get(id)) this.stop(id);
      }
      await this.failOrphans();
      await this.fill();
    } catch {
      // The database is unreachable for a moment: the next beat tries again.
    } finally {
      this.beating = false;
    }
  }

  /**
   * Claims queued jobs while this process and its machine have free slots (one claimer at a time per process).
   * Never rejects: a job left queued by a database error is claimed at a later beat.
   */
  private fill(): Promise<void> {
    this.filling = this.filling
      .then(async () => {
        while (!this.closed && this.running.size < this.limits.concurrency) {
          const claimed = await this.db.unscoped.transaction((tx) => claimNextJob(tx, this.owner, { now: this.now(), perMachine: this.limits.concurrency }));
          if (!claimed) return;
          await this.run(claimed);
        }
      })
      .catch(() => undefined);
    return this.filling;
  }

  private async run(job: ClaimedJob): Promise<void> {
    let data: SolveWorkerData;
    const stop = new Int32Array(new SharedArrayBuffer(4));
    try {
      const { plan } = await getRoster(this.db.withScope(job), job.kommuneId, job.rosterId);
      const start = job.input.start ? bytes(job.input.start) : undefined;
      const pinned = job.input.pinned ? bytes(job.input.pinned) : undefined;
      data = {
        plan,
        seed: job.seed,
        seconds: job.seconds,
        stop,
        ...(start ? { start: new Int8Array(start.buffer, start.byteOffset, start.length).slice() } : {}),
        ...(pinned ? { pinned: Uint8Array.from(pinned) } : {}),
      };
    } catch (err) {
      await this.finish(job, { status: 'failed', error: `Beregningen kunne ikke starte: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    const worker = newWorker(data);
    // One job's database writes in order, so that a late progress update never lands after its end.
    let chain: Promise<void> = Promise.resolve();
    const then = (step: () => Promise<unknown>): void => {
      chain = chain.then(step).then(
        () => undefined,
        () => undefined,
      );
    };
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      then(() => this.finish(job, { status: 'failed', error: message }));
    };
    const done = new Promise<void>((resolve) => {
      worker.on('message', (m: SolveJobMessage) => {
        if (m.type === 'progress') then(() => updateJobProgress(this.db.unscoped, job.id, this.owner.id, m));
        else if (m.type === 'error') fail(m.message);
        else if (!settled) {
          settled = true;
          then(() =>
            this.save(job, m).catch((err: unknown) => {
              settled = false;
              fail(`Resultatet kunne ikke lagres: ${err instanceof Error ? err.message : String(err)}`);
            }),
          );
        }
      });
      worker.on('error', (err) => fail(`Beregningen feilet: ${err.message}`));
      worker.on('exit', () => {
        fail('Beregningen stoppet uventet');
        void chain.then(() => {
          this.running.delete(job.id);
          resolve();
          if (!this.closed) void this.fill();
        });
      });
    });
    this.running.set(job.id, { worker, stop, done });
  }

  private finish(job: ClaimedJob, f: { status: 'failed'; error: string }): Promise<boolean> {
    return finishJob(this.db.unscoped, job.id, this.owner.id, { ...f, now: this.now() });
  }

  /** Ends the job and stores its roster in one transaction, only while this process still holds the job. */
  private save(job: ClaimedJob, result: SolvedJob): Promise<void> {
    const scope: Scope = { kommuneId: job.kommuneId, userId: job.createdBy, ownDoctorId: null };
    return this.db.withScope(job).transaction(async (tx) => {
      const now = this.now();
      const ended = { status: result.cancelled ? ('cancelled' as const) : ('done' as const), now, iterations: result.iterations, bestHard: result.hard, bestSoft: result.soft };
      if (!(await finishJob(tx, job.id, this.owner.id, ended))) return;
      const r = await openRoster(tx, job.kommuneId, job.rosterId, true);
      await saveShifts(tx, job.kommuneId, job.rosterId, sheetFromGrid(r.row.plan, r.built.problem, result.grid).shifts);
      await touchRoster(tx, job.kommuneId, job.rosterId);
      await writeAudit(tx, scope, {
        at: now,
        entity: 'rosters',
        entityId: job.rosterId,
        action: 'update',
        before: null,
        after: { job: job.id, kind: job.kind, cancelled: result.cancelled, hard: result.hard, soft: result.soft },
      });
    });
  }

  /** Resolves when every job this process has started has ended and saved. */
  async idle(): Promise<void> {
    await this.filling;
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((j) => j.done));
  }

  /** Stops (server shutdown): claims no more, asks every running job to stop and waits; queued jobs stay queued. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.filling;
    for (const id of this.running.keys()) this.stop(id);
    await this.idle();
  }
}
