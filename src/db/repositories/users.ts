import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';

/** An account as stored, without its password hash. */
export interface UserRow {
  id: number;
  version: number;
  username: string;
  displayName: string;
  role: 'admin' | 'planner' | 'doctor' | 'readonly';
  doctorId: number | null;
  /** False: the account is deactivated (no login). */
  active: boolean;
  /** The account has a second factor (TOTP). */
  secondFactor: boolean;
}

const COLUMNS = `id, version, username, display_name AS "displayName", role, doctor_id AS "doctorId", active,
  totp_secret IS NOT NULL AS "secondFactor"`;

/** The municipality's user accounts (never their password hashes). */
export function listUsers(db: Queryable, scope: Scope): Promise<UserRow[]> {
  return db.query<UserRow>(`SELECT ${COLUMNS} FROM app_user WHERE kommune_id = $1 ORDER BY username`, [scope.kommuneId]);
}

/** One account of the municipality (locked for the transaction when asked), or null. */
export async function findUser(db: Queryable, scope: Scope, id: number, lock = false): Promise<UserRow | null> {
  const [u] = await db.query<UserRow>(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 AND kommune_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, scope.kommuneId]);
  return u ?? null;
}

/** Whether the municipality has the doctor. */
export async function doctorExists(db: Queryable, scope: Scope, doctorId: number): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM doctor WHERE id = $1 AND kommune_id = $2`, [doctorId, scope.kommuneId])).length > 0;
}

/**
 * Inserts an account with an already hashed password; its id, or null when the username is taken. Usernames are
 * unique across municipalities (they log in before choosing one), whose rows this scope cannot see: the constraint tells.
 */
export async function insertUser(
  tx: Queryable,
  scope: Scope,
  u: { username: string; displayName: string; role: UserRow['role']; doctorId: number | null; passwordHash: string },
): Promise<number | null> {
  try {
    const [r] = await tx.query<{ id: number }>(
      `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [scope.kommuneId, u.username, u.displayName, u.passwordHash, u.role, u.doctorId],
    );
    return r!.id;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return null;
    throw err;
  }
}

/** Changes name, role, linked doctor, active and (when not null) the password hash, with a new version. */
export async function updateUserRow(
  tx: Queryable,
  scope: Scope,
  id: number,
  u: { displayName: string; role: UserRow['role']; doctorId: number | null; passwordHash: string | null; active: boolean },
): Promise<void> {
  await tx.query(
    `UPDATE app_user SET display_name = $3, role = $4, doctor_id = $5, password_hash = COALESCE($6, password_hash), active = $7, version = version + 1
      WHERE id = $1 AND kommune_id = $2`,
    [id, scope.kommuneId, u.displayName, u.role, u.doctorId, u.passwordHash, u.active],
  );
}

/** A new version of the account (after a change kept elsewhere, such as its second factor). */
export async function bumpUserVersion(tx: Queryable, scope: Scope, id: number): Promise<void> {
  await tx.query(`UPDATE app_user SET version = version + 1 WHERE id = $1 AND kommune_id = $2`, [id, scope.kommuneId]);
}

/** The account's own new password hash, with a new version. */
export async function setPasswordHash(tx: Queryable, scope: Scope, id: number, passwordHash: string): Promise<void> {
  await tx.query(`UPDATE app_user SET password_hash = $3, version = version + 1 WHERE id = $1 AND kommune_id = $2`, [id, scope.kommuneId, passwordHash]);
}

/** Ends every session of the account. */
export async function endUserSessions(tx: Queryable, userId: number): Promise<void> {
  await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
}
