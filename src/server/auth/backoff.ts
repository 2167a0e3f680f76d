/** Failed logins per username allowed before the first lock. */
export const FREE_FAILURES = 5;
/** The longest a username is locked at a time, so nobody can keep an account out for long. */
export const MAX_LOCK_MS = 15 * 60_000;
/** A username's failures are forgotten after this long without one. */
export const FORGET_FAILURES_MS = 24 * 3600_000;

/** How long a username is locked after its n-th failure in a row: 30 s after the 5th, doubling, at most 15 min. */
export function lockAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_MS, 30_000 * 2 ** (failures - FREE_FAILURES));
}
