import { createHash } from 'node:crypto';
import { DomainError } from '../../domain/errors.ts';
import type { Db, Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';
import type { Role } from './auth.ts';
import type { WriteContext } from './registry.ts';

/** Which value of the groups claim gives which role. */
export interface RoleMappingRow {
  group: string;
  role: Role;
}

/** The stored configuration without its secret (only whether one is set). */
export interface OidcConfigRow {
  id: number;
  version: number;
  label: string;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  groupsClaim: string;
  roleMappings: RoleMappingRow[];
  enabled: boolean;
}

/** A save: the version the admin saw (null: none yet), and the secret to keep (undefined), remove (null) or set. */
export type OidcConfigInput = Omit<OidcConfigRow, 'id' | 'version' | 'hasClientSecret'> & { version: number | null; clientSecret?: string | null | undefined };

/** One button on the login page. */
export interface SsoProviderRow {
  kommuneNr: string;
  kommuneName: string;
  label: string;
}

/** A municipality's provider as the server uses it, secret included (never sent to a client). */
export interface OidcProviderRecord {
  kommuneId: number;
  kommuneNr: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  groupsClaim: string;
  roleMappings: RoleMappingRow[];
}

const CONFIG_COLUMNS = `p.id, p.version, p.label, p.issuer, p.client_id AS "clientId", p.client_secret IS NOT NULL AS "hasClientSecret",
  p.groups_claim AS "groupsClaim", p.role_mappings AS "roleMappings", p.enabled`;
const RECORD_COLUMNS = `p.kommune_id AS "kommuneId", k.nr AS "kommuneNr", p.issuer, p.client_id AS "clientId", p.client_secret AS "clientSecret",
  p.groups_claim AS "groupsClaim", p.role_mappings AS "roleMappings"`;

/** The municipality's provider configuration without its secret; null when none is set up. */
export async function getOidcConfig(db: Queryable, scope: Scope, lock = false): Promise<OidcConfigRow | null> {
  const rows = await db.query<OidcConfigRow>(`SELECT ${CONFIG_COLUMNS} FROM oidc_provider p WHERE p.kommune_id = $1${lock ? ' FOR UPDATE' : ''}`, [scope.kommuneId]);
  return rows[0] ?? null;
}

/** Creates or changes the municipality's provider if the admin saw the current version; audited without the secret. */
export async function saveOidcConfig(ctx: WriteContext, input: OidcConfigInput): Promise<OidcConfigRow> {
  const { version, clientSecret, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const before = await getOidcConfig(tx, ctx.scope, true);
    if ((before?.version ?? null) !== version) {
      throw new DomainError('version_conflict', 'Noen andre har endret oppsettet for innlogging siden du åpnet det', { current: before });
    }
    const values = [ctx.scope.kommuneId, fields.label, fields.issuer, fields.clientId, fields.groupsClaim, JSON.stringify(fields.roleMappings), fields.enabled, ctx.now];
    if (before === null) {
      await tx.query(
        `INSERT INTO oidc_provider (kommune_id, label, issuer, client_id, groups_claim, role_mappings, enabled, updated_at, client_secret)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [...values, clientSecret ?? null],
      );
    } else {
      // An omitted secret keeps the stored one; null removes it.
      await tx.query(
        `UPDATE oidc_provider SET label = $2, issuer = $3, client_id = $4, groups_claim = $5, role_mappings = $6, enabled = $7, updated_at = $8,
                client_secret = CASE WHEN $9 THEN $10 ELSE client_secret END, version = version + 1
          WHERE kommune_id = $1`,
        [...values, clientSecret !== undefined, clientSecret ?? null],
      );
    }
    const after = (await getOidcConfig(tx, ctx.scope))!;
    await writeAudit(tx, ctx.scope, {
      at: ctx.now,
      entity: 'oidc-config',
      entityId: after.id,
      action: before === null ? 'create' : 'update',
      before,
      after: { ...after, ...(before !== null && clientSecret !== undefined ? { clientSecretChanged: true } : {}) },
    });
    return after;
  });
}

/** The buttons of the login page: every municipality with an enabled provider. */
export function listSsoProviders(db: Queryable): Promise<SsoProviderRow[]> {
  return db.query<SsoProviderRow>(
    `SELECT k.nr AS "kommuneNr", k.name AS "kommuneName", p.label FROM oidc_provider p JOIN kommune k ON k.id = p.kommune_id
      WHERE p.enabled ORDER BY k.name`,
  );
}

/** The enabled provider of a municipality, by its number (login) or id (callback, logout); null when none. */
export async function findOidcProvider(db: Queryable, by: { kommuneNr: string } | { kommuneId: number }): Promise<OidcProviderRecord | null> {
  const [where, value] = 'kommuneNr' in by ? ['k.nr = $1', by.kommuneNr] : ['p.kommune_id = $1', by.kommuneId];
  const rows = await db.query<OidcProviderRecord>(
    `SELECT ${RECORD_COLUMNS} FROM oidc_provider p JOIN kommune k ON k.id = p.kommune_id WHERE p.enabled AND ${where}`,
    [value],
  );
  return rows[0] ?? null;
}

/** The enabled providers registered with this issuer and client id (a back-channel logout token names both). */
export function findOidcProvidersByClient(db: Queryable, issuer: string, clientId: string): Promise<OidcProviderRecord[]> {
  return db.query<OidcProviderRecord>(
    `SELECT ${RECORD_COLUMNS} FROM oidc_provider p JOIN kommune k ON k.id = p.kommune_id WHERE p.enabled AND p.issuer = $1 AND p.client_id = $2`,
    [issuer, clientId],
  );
}

export interface LoginAttempt {
  kommuneId: number;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Remembers an authorisation request until the provider answers (or it expires); drops expired ones. */
export async function saveLoginAttempt(db: Queryable, idHash: string, attempt: LoginAttempt, now: string, expiresAt: string): Promise<void> {
  await db.query(`DELETE FROM oidc_login_attempt WHERE expires_at < $1`, [now]);
  await db.query(
    `INSERT INTO oidc_login_attempt (id_hash, kommune_id, state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [idHash, attempt.kommuneId, attempt.state, attempt.nonce, attempt.codeVerifier, expiresAt],
  );
}

/** Takes an attempt out (each is answered once); null when unknown or expired. */
export async function takeLoginAttempt(db: Queryable, idHash: string, now: string): Promise<LoginAttempt | null> {
  const rows = await db.query<LoginAttempt & { expiresAt: string }>(
    `DELETE FROM oidc_login_attempt WHERE id_hash = $1
     RETURNING kommune_id AS "kommuneId", state, nonce, code_verifier AS "codeVerifier", expires_at AS "expiresAt"`,
    [idHash],
  );
  const row = rows[0];
  if (!row || new Date(row.expiresAt).getTime() <= new Date(now).getTime()) return null;
  return { kommuneId: row.kommuneId, state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier };
}

/** Who signed in at the provider, as its id token says, and the role their groups give. */
export interface SsoIdentity {
  kommuneId: number;
  issuer: string;
  subject: string;
  displayName: string;
  role: Role;
}

// Usernames are unique across municipalities: one derived from the identity never collides with a person's choice.
const ssoUsername = (id: SsoIdentity, kommuneNr: string) =>
  `sso-${kommuneNr}-${createHash('sha256').update(`${id.issuer}\n${id.subject}`).digest('hex').slice(0, 12)}`;

/**
 * The account of a person signing in by single sign-on: made on first login (no password), else found by issuer and
 * subject, with the role (and name) updated from this login's claims. A changed role ends the user's other sessions
 * and, off the doctor role, unlinks the doctor. Writes the login (and any account change) to the audit log.
 */
export async function signInSsoUser(db: Db, id: SsoIdentity, kommuneNr: string, now: string): Promise<{ id: number; kommuneId: number }> {
  try {
    return await signInOnce(db, id, kommuneNr, now);
  } catch (err) {
    // Two first logins of one person at once: the second finds the account the first made.
    if ((err as { code?: unknown }).code !== UNIQUE_VIOLATION) throw err;
    return signInOnce(db, id, kommuneNr, now);
  }
}

const UNIQUE_VIOLATION = '23505';

async function signInOnce(db: Db, id: SsoIdentity, kommuneNr: string, now: string): Promise<{ id: number; kommuneId: number }> {
  return db.transaction(async (tx) => {
    const [linked] = await tx.query<{ id: number; role: Role; displayName: string; doctorId: number | null }>(
      `SELECT u.id, u.role, u.display_name AS "displayName", u.doctor_id AS "doctorId" FROM oidc_identity i JOIN app_user u ON u.id = i.user_id
        WHERE i.kommune_id = $1 AND i.issuer = $2 AND i.subject = $3 FOR UPDATE OF u`,
      [id.kommuneId, id.issuer, id.subject],
    );
    const scopeOf = (userId: number): Scope => ({ kommuneId: id.kommuneId, userId, ownDoctorId: null });
    let userId: number;
    if (!linked) {
      const [created] = await tx.query<{ id: number }>(
        `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, NULL, $4, NULL) RETURNING id`,
        [id.kommuneId, ssoUsername(id, kommuneNr), id.displayName, id.role],
      );
      userId = created!.id;
      await tx.query(`INSERT INTO oidc_identity (user_id, kommune_id, issuer, subject) VALUES ($1, $2, $3, $4)`, [userId, id.kommuneId, id.issuer, id.subject]);
      const after = { role: id.role, displayName: id.displayName, issuer: id.issuer, subject: id.subject };
      await writeAudit(tx, scopeOf(userId), { at: now, entity: 'users', entityId: userId, action: 'create', before: null, after });
    } else {
      userId = linked.id;
      if (linked.role !== id.role || linked.displayName !== id.displayName) {
        const doctorId = id.role === 'doctor' ? linked.doctorId : null;
        await tx.query(`UPDATE app_user SET role = $2, display_name = $3, doctor_id = $4, version = version + 1 WHERE id = $1`, [userId, id.role, id.displayName, doctorId]);
        if (linked.role !== id.role) await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
        await writeAudit(tx, scopeOf(userId), {
          at: now,
          entity: 'users',
          entityId: userId,
          action: 'update',
          before: { role: linked.role, displayName: linked.displayName, doctorId: linked.doctorId },
          after: { role: id.role, displayName: id.displayName, doctorId },
        });
      }
    }
    await writeAudit(tx, scopeOf(userId), { at: now, entity: 'users', entityId: userId, action: 'login', before: null, after: { via: 'oidc', issuer: id.issuer, role: id.role } });
    return { id: userId, kommuneId: id.kommuneId };
  });
}

/** Records that an app session came from the provider (its session id and the id token, the hint for its logout). */
export async function saveOidcSession(
  db: Queryable,
  s: { tokenHash: string; kommuneId: number; issuer: string; subject: string; sid: string | null; idToken: string },
): Promise<void> {
  await db.query(`INSERT INTO oidc_session (token_hash, kommune_id, issuer, subject, sid, id_token) VALUES ($1, $2, $3, $4, $5, $6)`, [
    s.tokenHash,
    s.kommuneId,
    s.issuer,
    s.subject,
    s.sid,
    s.idToken,
  ]);
}

/** The provider session behind an app session, if it came from single sign-on. */
export async function findOidcSession(db: Queryable, tokenHash: string): Promise<{ kommuneId: number; idToken: string } | null> {
  const rows = await db.query<{ kommuneId: number; idToken: string }>(
    `SELECT kommune_id AS "kommuneId", id_token AS "idToken" FROM oidc_session WHERE token_hash = $1`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

/**
 * Ends the app sessions the provider says have ended (back-channel logout): those of its session id, or else all of
 * the subject's, in the given municipalities. Audits a logout per user; answers how many sessions ended.
 */
export async function endOidcSessions(
  db: Db,
  which: { kommuneIds: number[]; issuer: string; subject: string | null; sid: string | null },
  now: string,
): Promise<number> {
  // Neither would mean every session of the issuer: a logout token always names one or both.
  if (which.subject === null && which.sid === null) throw new Error('endOidcSessions needs a subject or a session id');
  return db.transaction(async (tx) => {
    const ended = await tx.query<{ userId: number; kommuneId: number }>(
      `DELETE FROM user_session s USING oidc_session o
        WHERE o.token_hash = s.token_hash AND o.kommune_id = ANY($1::int[]) AND o.issuer = $2
          AND ($3::text IS NULL OR o.subject = $3) AND ($4::text IS NULL OR o.sid = $4)
       RETURNING s.user_id AS "userId", s.kommune_id AS "kommuneId"`,
      [which.kommuneIds, which.issuer, which.subject, which.sid],
    );
    const users = new Map(ended.map((e) => [e.userId, e.kommuneId]));
    for (const [userId, kommuneId] of users) {
      await writeAudit(tx, { kommuneId, userId, ownDoctorId: null }, { at: now, entity: 'users', entityId: userId, action: 'logout', before: null, after: { via: 'oidc-backchannel' } });
    }
    return ended.length;
  });
}

/** Audits a single sign-on refused after the provider vouched for the person (no mapped group), for the municipality's records. */
export async function auditRefusedSsoLogin(db: Queryable, kommuneId: number, refusal: { issuer: string; subject: string; reason: 'no_role' }, now: string): Promise<void> {
  await writeAudit(db, { kommuneId, userId: null, ownDoctorId: null }, { at: now, entity: 'users', entityId: null, action: 'login', before: null, after: { via: 'oidc', refused: refusal.reason, issuer: refusal.issuer, subject: refusal.subject } });
}
