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
  active: boolean;
  /** Base32 TOTP secret; null while the account has no second factor. */
  totpSecret: string | null;
}

export interface SessionRecord {
  /** The session's public id (listed to the user); the token itself is known only by its hash. */
  sessionId: number;
  user: Omit<UserRecord, 'passwordHash' | 'totpSecret'> & { secondFactor: boolean };
  kommune: { id: number; nr: string; name: string };
  csrfToken: string;
  lastSeenAt: string;
}

/** When a session is dead: past its absolute expiry, or unused since the idle cut-off. */
export interface SessionClock {
  now: string;
  idleSince: string;
}

const USER_COLUMNS = `u.id, u.kommune_id AS "kommuneId", u.username, u.display_name AS "displayName",
  u.password_hash AS "passwordHash", u.role, u.doctor_id AS "doctorId", u.active, u.totp_secret AS "totpSecret"`;

/** Looks a user up by name for login (usernames are unique across municipalities), active or not. */
export async function findUserByUsername(db: Queryable, username: string): Promise<UserRecord | null> {
  const rows = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.username = $1`, [username]);
  return rows[0] ?? null;
}

/** The user behind an id, for a route that re-checks the password or second factor of the signed-in user. */
export async function findUserById(db: Queryable, id: number): Promise<UserRecord | null> {
  const rows = await db.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Stores a new session for a user (its municipality is the user's); expired ones are swept on the way. */
export async function createSession(
  db: Queryable,
  s: { tokenHash: string; userId: number; csrfToken: string; userAgent: string; now: string; expiresAt: string; idleSince: string },
): Promise<void> {
  await db.query(`DELETE FROM user_session WHERE expires_at < $1 OR last_seen_at < $2`, [s.now, s.idleSince]);
  await db.query(
    `INSERT INTO user_session (token_hash, user_id, kommune_id, csrf_token, user_agent, created_at, last_seen_at, expires_at)
     SELECT $1, u.id, u.kommune_id, $3, $4, $5, $5, $6 FROM app_user u WHERE u.id = $2`,
    [s.tokenHash, s.userId, s.csrfToken, s.userAgent.slice(0, 500), s.now, s.expiresAt],
  );
}

/** The live session behind a token hash, with its user and municipality; null when unknown, expired, idle or deactivated. */
export async function findSession(db: Queryable, tokenHash: string, at: SessionClock): Promise<SessionRecord | null> {
  const rows = await db.query<UserRecord & { sessionId: number; csrfToken: string; kNr: string; kName: string; lastSeenAt: Date | string }>(
    `SELECT ${USER_COLUMNS}, s.id AS "sessionId", s.csrf_token AS "csrfToken", k.nr AS "kNr", k.name AS "kName", s.last_seen_at AS "lastSeenAt"
       FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN kommune k ON k.id = u.kommune_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active`,
    [tokenHash, at.now, at.idleSince],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    sessionId: r.sessionId,
    user: {
      id: r.id,
      kommuneId: r.kommuneId,
      username: r.username,
      displayName: r.displayName,
      role: r.role,
      doctorId: r.doctorId,
      active: r.active,
      secondFactor: r.totpSecret !== null,
    },
    kommune: { id: r.kommuneId, nr: r.kNr, name: r.kName },
    csrfToken: r.csrfToken,
    lastSeenAt: new Date(r.lastSeenAt).toISOString(),
  };
}

/** Marks a session as used now. */
export async function touchSession(db: Queryable, tokenHash: string, now: string): Promise<void> {
  await db.query(`UPDATE user_session SET last_seen_at = $2 WHERE token_hash = $1`, [tokenHash, now]);
}

export interface StoredSession {
  id: number;
  userAgent: string;
  createdAt: string;
  lastSeenAt: string;
  tokenHash: string;
}

/** A user's live sessions, most recently used first. */
export async function listUserSessions(db: Queryable, userId: number, at: SessionClock): Promise<StoredSession[]> {
  const rows = await db.query<StoredSession & { createdAt: Date | string; lastSeenAt: Date | string }>(
    `SELECT id, user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt", token_hash AS "tokenHash"
       FROM user_session WHERE user_id = $1 AND expires_at > $2 AND last_seen_at > $3 ORDER BY last_seen_at DESC, id DESC`,
    [userId, at.now, at.idleSince],
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), lastSeenAt: new Date(r.lastSeenAt).toISOString() }));
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
}

/** Ends one of a user's sessions by its public id; false when the user has no such session. */
export async function deleteUserSessionById(db: Queryable, userId: number, sessionId: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM user_session WHERE user_id = $1 AND id = $2 RETURNING id`, [userId, sessionId]);
  return rows.length > 0;
}

/** Ends every session of a user, but the one with exceptTokenHash when given; returns how many ended. */
export async function deleteUserSessions(db: Queryable, userId: number, exceptTokenHash: string | null = null): Promise<number> {
  const rows = await db.query(`DELETE FROM user_session WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> $2) RETURNING id`, [userId, exceptTokenHash]);
  return rows.length;
}

/** Ends every session of every user (after restoring a dump, whose live tokens came along); returns how many ended. */
export async function deleteAllSessions(db: Queryable): Promise<number> {
  const rows = await db.query(`DELETE FROM user_session RETURNING id`);
  return rows.length;
}

export async function findKommuneByNr(db: Queryable, nr: string): Promise<{ id: number; nr: string; name: string } | null> {
  const rows = await db.query<{ id: number; nr: string; name: string }>(`SELECT id, nr, name FROM kommune WHERE nr = $1`, [nr]);
  return rows[0] ?? null;
}
