import type { Queryable } from '../connection.ts';

/** Failed logins under one normalised username (existing or not), and until when it is locked. */
export interface LoginFailure {
  failures: number;
  lockedUntil: string | null;
}

export async function getLoginFailure(db: Queryable, usernameKey: string): Promise<LoginFailure | null> {
  const rows = await db.query<{ failures: number; lockedUntil: Date | string | null }>(
    `SELECT failures, locked_until AS "lockedUntil" FROM login_failure WHERE username_key = $1`,
    [usernameKey],
  );
  const r = rows[0];
  return r ? { failures: r.failures, lockedUntil: r.lockedUntil === null ? null : new Date(r.lockedUntil).toISOString() } : null;
}

/**
 * Counts one more failure in one statement (concurrent failures all count) and sets the lock that
 * lockFor(failures) gives. Counters idle for `forgetAfterMs` start again from one, and are swept.
 */
export async function recordLoginFailure(
  db: Queryable,
  usernameKey: string,
  opts: { now: Date; forgetAfterMs: number; lockFor: (failures: number) => number },
): Promise<number> {
  const forgetBefore = new Date(opts.now.getTime() - opts.forgetAfterMs).toISOString();
  await db.query(`DELETE FROM login_failure WHERE last_failed_at < $1 AND username_key <> $2`, [forgetBefore, usernameKey]);
  const [r] = await db.query<{ failures: number }>(
    `INSERT INTO login_failure (username_key, failures, last_failed_at) VALUES ($1, 1, $2)
     ON CONFLICT (username_key) DO UPDATE
       SET failures = CASE WHEN login_failure.last_failed_at < $3 THEN 1 ELSE login_failure.failures + 1 END, last_failed_at = $2
     RETURNING failures`,
    [usernameKey, opts.now.toISOString(), forgetBefore],
  );
  const failures = r!.failures;
  const lockMs = opts.lockFor(failures);
  if (lockMs > 0) {
    await db.query(`UPDATE login_failure SET locked_until = $2 WHERE username_key = $1`, [usernameKey, new Date(opts.now.getTime() + lockMs).toISOString()]);
  }
  return failures;
}

/** A successful login forgets the username's failures. */
export async function clearLoginFailure(db: Queryable, usernameKey: string): Promise<void> {
  await db.query(`DELETE FROM login_failure WHERE username_key = $1`, [usernameKey]);
}
