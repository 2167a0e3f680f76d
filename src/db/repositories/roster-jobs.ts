/**
 * Background solver jobs of rosters, a queue shared by every server process on the database: a job is queued,
 * claimed by one process (its owner, which beats a heartbeat while the job runs), and finished once. A job whose
 * owner is gone — no heartbeat for JOB_STALE_SECONDS, or a process the caller knows has died — is failed by
 * whoever notices, so it never holds its roster. Heartbeats use the database's clock, the one clock every process
 * shares.
 */
import { AppError } from '../../contracts/errors.ts';
import type { TJob } from '../../contracts/roster/index.ts';
import type { Queryable } from '../connection.ts';

/** A running job whose owner has not beaten its heartbeat for this long belongs to a process that is gone. */
export const JOB_STALE_SECONDS = 30;

const JOB_COLUMNS = `j.id, j.roster_id AS "rosterId", j.kind, j.status, j.seconds, j.seed,
  CASE WHEN j.status = 'queued' THEN (SELECT count(*)::int FROM roster_job q WHERE q.status = 'queued' AND q.id <= j.id) END AS "queuePosition",
  j.cancel_requested AS "cancelRequested", j.progress, j.iterations, j.best_hard AS "bestHard", j.best_soft AS "bestSoft", j.error,
  j.created_at AS "createdAt", j.finished_at AS "finishedAt"`;

const normalise = (j: TJob): TJob => ({
  ...j,
  createdAt: new Date(j.createdAt).toISOString(),
  finishedAt: j.finishedAt === null ? null : new Date(j.finishedAt).toISOString(),
});

/** What a job solves besides its roster's plan: a roster to start from and the cells it may not change (base64). */
export interface JobInput {
  start?: string;
  pinned?: string;
}

/** The process that runs a job: its id, and the machine and process id by which another process can tell it died. */
export interface JobOwner {
  id: string;
  host: string;
  pid: number;
}

/** A job as its owner claims it: what to solve, and on whose behalf. */
export interface ClaimedJob {
  id: number;
  kommuneId: number;
  rosterId: number;
  kind: TJob['kind'];
  seconds: number;
  seed: number;
  input: JobInput;
  createdBy: number | null;
}

const STATUS_ACTIVE = `j.status IN ('queued', 'running')`;
const ORPHAN_MESSAGE = 'Beregningen ble avbrutt fordi serveren som kjørte den stoppet';

/** Serialises the queue's writers (the limit on waiting jobs, a machine's running slots) for the transaction. */
async function lockQueue(tx: Queryable, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`roster_job:${key}`]);
}

/**
 * Queues a job unless `queueLimit` jobs already wait (then a polite 429); run inside a transaction, so that two
 * requests cannot both take the last place.
 */
export async function queueJob(
  tx: Queryable,
  kommuneId: number,
  j: { rosterId: number; kind: TJob['kind']; seconds: number; seed: number; input: JobInput; createdBy: number | null; now: string; queueLimit: number },
): Promise<TJob> {
  await lockQueue(tx, 'queue');
  const [waiting] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM roster_job WHERE status = 'queued'`);
  if (waiting!.n >= j.queueLimit) {
    throw new AppError('rate_limited', `Det står allerede ${waiting!.n} beregninger i kø. Vent til noen av dem er ferdige, og prøv igjen.`);
  }
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO roster_job (kommune_id, roster_id, kind, status, seconds, seed, input, created_by, created_at)
     VALUES ($1, $2, $3, 'queued', $4, $5, $6, $7, $8) RETURNING id`,
    [kommuneId, j.rosterId, j.kind, j.seconds, j.seed, JSON.stringify(j.input), j.createdBy, j.now],
  );
  return getJob(tx, kommuneId, row!.id);
}

/**
 * Claims the oldest queued job for `owner` when its machine runs fewer than `perMachine` jobs; null when there is
 * none or no slot. SKIP LOCKED lets several processes claim at once without waiting for each other.
 */
export async function claimNextJob(tx: Queryable, owner: JobOwner, o: { now: string; perMachine: number }): Promise<ClaimedJob | null> {
  await lockQueue(tx, `host:${owner.host}`);
  const [busy] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM roster_job WHERE status = 'running' AND owner_host = $1`, [owner.host]);
  if (busy!.n >= o.perMachine) return null;
  const [row] = await tx.query<ClaimedJob>(
    `WITH next AS (SELECT id FROM roster_job WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
     UPDATE roster_job j SET status = 'running', owner_id = $1, owner_host = $2, owner_pid = $3, heartbeat_at = now(), started_at = $4
       FROM next WHERE j.id = next.id
     RETURNING j.id, j.kommune_id AS "kommuneId", j.roster_id AS "rosterId", j.kind, j.seconds, j.seed, j.input, j.created_by AS "createdBy"`,
    [owner.id, owner.host, owner.pid, o.now],
  );
  return row ?? null;
}

/** The owner's heartbeat for its running jobs; answers which of them it still holds and which were asked to stop. */
export async function beatJobs(db: Queryable, ownerId: string): Promise<{ id: number; cancelRequested: boolean }[]> {
  return db.query(
    `UPDATE roster_job SET heartbeat_at = now() WHERE owner_id = $1 AND status = 'running' RETURNING id, cancel_requested AS "cancelRequested"`,
    [ownerId],
  );
}

/** The owners of running jobs, for a process to check which of them have died on its own machine. */
export async function runningJobOwners(db: Queryable): Promise<JobOwner[]> {
  return db.query<JobOwner>(`SELECT DISTINCT owner_id AS id, owner_host AS host, owner_pid AS pid FROM roster_job WHERE status = 'running' AND owner_id IS NOT NULL`);
}

/**
 * Fails running jobs whose owner is gone: no owner (a job from before the queue), a heartbeat older than
 * JOB_STALE_SECONDS, or one of `deadOwners`. Their rosters are free again; they ended at their last heartbeat.
 */
export async function failOrphanedJobs(db: Queryable, deadOwners: readonly string[] = []): Promise<void> {
  await db.query(
    `UPDATE roster_job SET status = 'failed', error = $2, finished_at = COALESCE(heartbeat_at, now())
      WHERE status = 'running' AND (owner_id IS NULL OR owner_id = ANY($1::text[]) OR heartbeat_at < now() - make_interval(secs => ${JOB_STALE_SECONDS}))`,
    [deadOwners, ORPHAN_MESSAGE],
  );
}

export async function getJob(db: Queryable, kommuneId: number, id: number): Promise<TJob> {
  await failOrphanedJobs(db);
  const [row] = await db.query<TJob>(`SELECT ${JOB_COLUMNS} FROM roster_job j WHERE j.id = $1 AND j.kommune_id = $2`, [id, kommuneId]);
  if (!row) throw new AppError('not_found', 'Beregningen finnes ikke');
  return normalise(row);
}

/** The newest job of each of the given rosters. */
export async function latestJobs(db: Queryable, kommuneId: number, rosterIds: number[]): Promise<Map<number, TJob>> {
  if (rosterIds.length === 0) return new Map();
  await failOrphanedJobs(db);
  const rows = await db.query<TJob>(
    `SELECT DISTINCT ON (j.roster_id) ${JOB_COLUMNS} FROM roster_job j WHERE j.kommune_id = $1 AND j.roster_id = ANY($2::int[]) ORDER BY j.roster_id, j.id DESC`,
    [kommuneId, rosterIds],
  );
  return new Map(rows.map((j) => [j.rosterId, normalise(j)]));
}

/** Refuses a change while a solver job waits or runs on the roster (its result would overwrite the change). */
export async function requireNoActiveJob(db: Queryable, kommuneId: number, rosterId: number): Promise<void> {
  await failOrphanedJobs(db);
  const active = await db.query(`SELECT 1 FROM roster_job j WHERE j.kommune_id = $1 AND j.roster_id = $2 AND ${STATUS_ACTIVE}`, [kommuneId, rosterId]);
  if (active.length > 0) throw new AppError('validation_failed', 'Vaktplanen blir beregnet nå – vent til beregningen er ferdig, eller avbryt den');
}

/**
 * Asks a job to stop, from any process: a queued job is cancelled at once, a running one is flagged for its owner
 * (which keeps the best roster so far). Refused when the job has ended.
 */
export async function requestCancel(tx: Queryable, kommuneId: number, id: number, now: string): Promise<TJob> {
  await failOrphanedJobs(tx);
  const [row] = await tx.query<{ id: number }>(
    `UPDATE roster_job j SET cancel_requested = true,
            status = CASE WHEN j.status = 'queued' THEN 'cancelled' ELSE j.status END,
            finished_at = CASE WHEN j.status = 'queued' THEN $3::timestamptz ELSE j.finished_at END
      WHERE j.id = $1 AND j.kommune_id = $2 AND ${STATUS_ACTIVE} RETURNING j.id`,
    [id, kommuneId, now],
  );
  const job = await getJob(tx, kommuneId, id);
  if (!row) throw new AppError('validation_failed', 'Beregningen er allerede avsluttet');
  return job;
}

export async function updateJobProgress(db: Queryable, id: number, ownerId: string, p: { progress: number; iterations: number; bestHard: number; bestSoft: number }): Promise<void> {
  await db.query(`UPDATE roster_job SET progress = $3, iterations = $4, best_hard = $5, best_soft = $6 WHERE id = $1 AND owner_id = $2 AND status = 'running'`, [
    id,
    ownerId,
    p.progress,
    p.iterations,
    p.bestHard,
    p.bestSoft,
  ]);
}

/** Ends a job its owner still holds; false when it does not (another process failed it as orphaned meanwhile). */
export async function finishJob(
  tx: Queryable,
  id: number,
  ownerId: string,
  f: { status: 'done' | 'cancelled' | 'failed'; error?: string; now: string; iterations?: number; bestHard?: number; bestSoft?: number },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE roster_job SET status = $3, error = $4, finished_at = $5, progress = CASE WHEN $3 = 'done' THEN 1 ELSE progress END,
            iterations = COALESCE($6, iterations), best_hard = COALESCE($7, best_hard), best_soft = COALESCE($8, best_soft)
      WHERE id = $1 AND owner_id = $2 AND status = 'running' RETURNING id`,
    [id, ownerId, f.status, f.error ?? null, f.now, f.iterations ?? null, f.bestHard ?? null, f.bestSoft ?? null],
  );
  return rows.length > 0;
}
