/** Doctors' calendar feeds: only the hash of a feed's secret token is stored; a doctor has at most one live feed. */
import type { Queryable } from '../connection.ts';

/** When the doctor's live feed was made, or null when they have none. */
export async function liveFeedCreatedAt(db: Queryable, kommuneId: number, doctorId: number): Promise<string | null> {
  const [row] = await db.query<{ createdAt: string }>(`SELECT created_at AS "createdAt" FROM roster_feed WHERE kommune_id = $1 AND doctor_id = $2 AND revoked_at IS NULL`, [kommuneId, doctorId]);
  return row ? new Date(row.createdAt).toISOString() : null;
}

/** Revokes the doctor's live feeds at `now`. */
export async function revokeFeeds(tx: Queryable, kommuneId: number, doctorId: number, now: string): Promise<void> {
  await tx.query(`UPDATE roster_feed SET revoked_at = $3 WHERE kommune_id = $1 AND doctor_id = $2 AND revoked_at IS NULL`, [kommuneId, doctorId, now]);
}

export async function insertFeed(tx: Queryable, kommuneId: number, f: { doctorId: number; tokenHash: string; now: string }): Promise<void> {
  await tx.query(`INSERT INTO roster_feed (kommune_id, doctor_id, token_hash, created_at) VALUES ($1, $2, $3, $4)`, [kommuneId, f.doctorId, f.tokenHash, f.now]);
}

/**
 * The live feed whose token has this hash, with its municipality and doctor: the one lookup not limited to a
 * municipality, because the token (asked for without a login) is what names it.
 */
export async function liveFeedByTokenHash(db: Queryable, tokenHash: string): Promise<{ kommuneId: number; doctorId: number; name: string } | null> {
  const [feed] = await db.query<{ kommuneId: number; doctorId: number; name: string }>(
    `SELECT f.kommune_id AS "kommuneId", f.doctor_id AS "doctorId", d.name FROM roster_feed f JOIN doctor d ON d.id = f.doctor_id
      WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
    [tokenHash],
  );
  return feed ?? null;
}
