import type { Queryable } from '../connection.ts';

/** Stores a secret the user is setting up; it replaces nothing until confirmed. */
export async function setPendingSecret(db: Queryable, userId: number, secret: string): Promise<void> {
  await db.query(`UPDATE app_user SET totp_pending_secret = $2 WHERE id = $1`, [userId, secret]);
}

export async function getPendingSecret(db: Queryable, userId: number): Promise<string | null> {
  const [r] = await db.query<{ secret: string | null }>(`SELECT totp_pending_secret AS secret FROM app_user WHERE id = $1`, [userId]);
  return r?.secret ?? null;
}

/** Turns the pending secret on, with the time step just used and the hashes of fresh recovery codes (old ones go). */
export async function confirmSecondFactor(db: Queryable, userId: number, s: { secret: string; step: number; codeHashes: string[] }): Promise<void> {
  await db.query(`UPDATE app_user SET totp_secret = $2, totp_pending_secret = NULL, totp_last_step = $3 WHERE id = $1`, [userId, s.secret, s.step]);
  await db.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
  for (const hash of s.codeHashes) {
    await db.query(`INSERT INTO user_recovery_code (kommune_id, user_id, code_hash) SELECT kommune_id, id, $2 FROM app_user WHERE id = $1`, [userId, hash]);
  }
}

/** Takes a TOTP time step for the user unless it or a later one was used already (no replay); true when taken. */
export async function consumeTotpStep(db: Queryable, userId: number, step: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
    [userId, step],
  );
  return rows.length > 0;
}

/** Uses up one recovery code; true when it existed and had not been used. */
export async function consumeRecoveryCode(db: Queryable, userId: number, codeHash: string, now: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE user_recovery_code SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
    [userId, codeHash, now],
  );
  return rows.length > 0;
}

/** Removes the second factor and its recovery codes. */
export async function clearSecondFactor(db: Queryable, userId: number): Promise<void> {
  await db.query(`UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL WHERE id = $1`, [userId]);
  await db.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
}
