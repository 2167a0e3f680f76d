import type { Queryable } from '../connection.ts';

export type Role = 'admin' | 'planner' | 'doctor' | 'readonly';

export interface UserRecord {
  id: number;
  kommuneId: number;
  username: string;
  displayName: string;
  /** null for an account made by single sign-on: it cannot log in with a password. */
  passwordHash: string | null;
  role: Role;
  doctorId: number | null;
}

export interface SessionRecord {
  user: Omit<UserRecord, 'passwordHash'>;
  kommune: { id: number; nr: string; name: string };
  csrfToken: string;
}

const USER_COLUMNS = `u.id, u.kommune_id AS "kommuneId", u.username, u.display_name AS "displayName",
  u.password_hash AS "passwordHash", u.role, u.doctor_id AS "doctorId"`;

/** Looks a user up by name for login (usernames are unique across municipalities). */
export async function findUserByUsername(db: Queryable, username: string): Promise<UserRecord | null> {
  const rows = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.username = $1`, [username]);
  return rows[0] ?? null;
}

export async function createSession(
  db: Queryable,
  s: { tokenHash: string; userId: number; kommuneId: number; csrfToken: string; now: string; expiresAt: string },
): Promise<void> {
  await db.query(`DELETE FROM user_session WHERE expires_at < $1`, [s.now]);
  await db.query(
    `INSERT INTO user_session (token_hash, user_id, kommune_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [s.tokenHash, s.userId, s.kommuneId, s.csrfToken, s.now, s.expiresAt],
  );
}

/** The live session behind a token hash, with its user and municipality; null when unknown or expired. */
export async function findSession(db: Queryable, tokenHash: string, now: string): Promise<SessionRecord | null> {
  const rows = await db.query<UserRecord & { csrfToken: string; kNr: string; kName: string }>(
    `SELECT ${USER_COLUMNS}, s.csrf_token AS "csrfToken", k.nr AS "kNr", k.name AS "kName"
       FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN kommune k ON k.id = u.kommune_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    user: { id: r.id, kommuneId: r.kommuneId, username: r.username, displayName: r.displayName, role: r.role, doctorId: r.doctorId },
    kommune: { id: r.kommuneId, nr: r.kNr, name: r.kName },
    csrfToken: r.csrfToken,
  };
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
}

export async function findKommuneByNr(db: Queryable, nr: string): Promise<{ id: number; nr: string; name: string } | null> {
  const rows = await db.query<{ id: number; nr: string; name: string }>(`SELECT id, nr, name FROM kommune WHERE nr = $1`, [nr]);
  return rows[0] ?? null;
}
