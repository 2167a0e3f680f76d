/** Background solver jobs of rosters: created running, updated with progress, finished once. */
import { AppError } from '../../contracts/errors.ts';
import type { TJob } from '../../contracts/roster/index.ts';
import type { Queryable } from '../connection.ts';

const JOB_COLUMNS = `id, roster_id AS "rosterId", kind, status, seconds, seed, progress, iterations, best_hard AS "bestHard", best_soft AS "bestSoft", error,
  created_at AS "createdAt", finished_at AS "finishedAt"`;

const normalise = (j: TJob): TJob => ({
  ...j,
  createdAt: new Date(j.createdAt).toISOString(),
  finishedAt: j.finishedAt === null ? null : new Date(j.finishedAt).toISOString(),
});

/** A job that has been running for longer than its budget plus this belongs to a server that stopped. */
const GRACE_SECONDS = 120;

export async function insertJob(tx: Queryable, kommuneId: number, j: { rosterId: number; kind: TJob['kind']; seconds: number; seed: number; now: string }): Promise<TJob> {
  const [row] = await tx.query<TJob>(
    `INSERT INTO roster_job (kommune_id, roster_id, kind, status, seconds, seed, created_at) VALUES ($1, $2, $3, 'running', $4, $5, $6) RETURNING ${JOB_COLUMNS}`,
    [kommuneId, j.rosterId, j.kind, j.seconds, j.seed, j.now],
  );
  return normalise(row!);
}

export async function getJob(db: Queryable, kommuneId: number, id: number): Promise<TJob> {
  const [row] = await db.query<TJob>(`SELECT ${JOB_COLUMNS} FROM roster_job WHERE id = $1 AND kommune_id = $2`, [id, kommuneId]);
  if (!row) throw new AppError('not_found', 'Beregningen finnes ikke');
  return normalise(row);
}

/** The newest job of each of the given rosters. */
export async function latestJobs(db: Queryable, kommuneId: number, rosterIds: number[]): Promise<Map<number, TJob>> {
  if (rosterIds.length === 0) return new Map();
  const rows = await db.query<TJob>(
    `SELECT DISTINCT ON (roster_id) ${JOB_COLUMNS} FROM roster_job WHERE kommune_id = $1 AND roster_id = ANY($2::int[]) ORDER BY roster_id, id DESC`,
    [kommuneId, rosterIds],
  );
  return new Map(rows.map((j) => [j.rosterId, normalise(j)]));
}

/** Refuses a change while a solver job runs on the roster (its result would overwrite the change). */
export async function requireNoRunningJob(db: Queryable, kommuneId: number, rosterId: number): Promise<void> {
  const running = await db.query(`SELECT 1 FROM roster_job WHERE kommune_id = $1 AND roster_id = $2 AND status = 'running'`, [kommuneId, rosterId]);
  if (running.length > 0) throw new AppError('validation_failed', 'Vaktplanen blir beregnet nå – vent til beregningen er ferdig, eller avbryt den');
}

export async function updateJobProgress(db: Queryable, id: number, p: { progress: number; iterations: number; bestHard: number; bestSoft: number }): Promise<void> {
  await db.query(`UPDATE roster_job SET progress = $2, iterations = $3, best_hard = $4, best_soft = $5 WHERE id = $1 AND status = 'running'`, [
    id,
    p.progress,
    p.iterations,
    p.bestHard,
    p.bestSoft,
  ]);
}

export async function finishJob(db: Queryable, id: number, f: { status: 'done' | 'cancelled' | 'failed'; error?: string; now: string; iterations?: number; bestHard?: number; bestSoft?: number }): Promise<void> {
  await db.query(
    `UPDATE roster_job SET status = $2, error = $3, finished_at = $4, progress = CASE WHEN $2 = 'done' THEN 1 ELSE progress END,
            iterations = COALESCE($5, iterations), best_hard = COALESCE($6, best_hard), best_soft = COALESCE($7, best_soft)
      WHERE id = $1 AND status = 'running'`,
    [id, f.status, f.error ?? null, f.now, f.iterations ?? null, f.bestHard ?? null, f.bestSoft ?? null],
  );
}

/** Marks jobs whose server stopped while they ran (running well past their budget) as failed. */
export async function failAbandonedJobs(db: Queryable, now: string): Promise<void> {
  await db.query(
    `UPDATE roster_job SET status = 'failed', error = 'Beregningen ble avbrutt fordi serveren stoppet', finished_at = $1
      WHERE status = 'running' AND created_at + make_interval(secs => seconds + ${GRACE_SECONDS}) < $1::timestamptz`,
    [now],
  );
}
