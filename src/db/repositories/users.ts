import { AppError } from '../../contracts/errors.ts';
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../contracts/auth/users.ts';
import type { WriteContext } from './registry.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';
import { deleteUserSessions } from './auth.ts';
import { clearSecondFactor } from './second-factor.ts';

const COLUMNS = `id, version, username, display_name AS "displayName", role, doctor_id AS "doctorId", active,
  totp_secret IS NOT NULL AS "secondFactor"`;

/** The municipality's user accounts (never their password hashes). */
export function listUsers(db: Queryable, scope: Scope): Promise<TUser[]> {
  return db.query<TUser>(`SELECT ${COLUMNS} FROM app_user WHERE kommune_id = $1 ORDER BY username`, [scope.kommuneId]);
}

async function getUser(db: Queryable, scope: Scope, id: number, lock = false): Promise<TUser> {
  const [u] = await db.query<TUser>(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 AND kommune_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, scope.kommuneId]);
  if (!u) throw new AppError('not_found', `Fant ikke bruker ${id}`);
  return u;
}

async function checkDoctor(tx: Queryable, scope: Scope, doctorId: number | null): Promise<void> {
  if (doctorId === null) return;
  const rows = await tx.query(`SELECT 1 FROM doctor WHERE id = $1 AND kommune_id = $2`, [doctorId, scope.kommuneId]);
  if (rows.length === 0) throw new AppError('invalid_reference', 'Legen finnes ikke', { fields: [{ path: 'doctorId', message: 'Lege: finnes ikke' }] });
}

/** Creates an account with an already hashed password; audited without the hash. */
export async function createUser(ctx: WriteContext, input: Omit<TCreateUserRequest, 'password'>, passwordHash: string): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    await checkDoctor(tx, ctx.scope, input.doctorId);
    // Usernames are unique across municipalities, whose rows this scope cannot see: the constraint tells.
    const [r] = await tx
      .query<{ id: number }>(
        `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [ctx.scope.kommuneId, input.username, input.displayName, passwordHash, input.role, input.doctorId],
      )
      .catch((err: unknown) => {
        if ((err as { code?: string }).code !== '23505') throw err;
        throw new AppError('duplicate', 'Brukernavnet er tatt', { fields: [{ path: 'username', message: 'Brukernavn: er tatt' }] });
      });
    const user = await getUser(tx, ctx.scope, r!.id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: user.id, action: 'create', before: null, after: user });
    return user;
  });
}

async function lockedAtVersion(tx: Queryable, scope: Scope, id: number, version: number): Promise<TUser> {
  const before = await getUser(tx, scope, id, true);
  if (before.version !== version) {
    throw new AppError('version_conflict', 'Noen andre har endret denne brukeren siden du åpnet den', { current: before });
  }
  return before;
}

/** Changes role, name, linked doctor, active and (when given) password, if the caller saw the current version. */
export async function updateUser(
  ctx: WriteContext,
  id: number,
  input: Omit<TUpdateUserRequest, 'password'>,
  passwordHash: string | null,
): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockedAtVersion(tx, ctx.scope, id, input.version);
    if (before.id === ctx.scope.userId && input.role !== 'admin') {
      throw new AppError('validation_failed', 'Du kan ikke fjerne din egen administratorrolle', { fields: [{ path: 'role', message: 'Rolle: du kan ikke fjerne din egen administratorrolle' }] });
    }
    if (before.id === ctx.scope.userId && input.active === false) {
      throw new AppError('validation_failed', 'Du kan ikke deaktivere din egen bruker', { fields: [{ path: 'active', message: 'Aktiv: du kan ikke deaktivere din egen bruker' }] });
    }
    await checkDoctor(tx, ctx.scope, input.doctorId);
    const active = input.active ?? before.active;
    await tx.query(
      `UPDATE app_user SET display_name = $3, role = $4, doctor_id = $5, password_hash = COALESCE($6, password_hash), active = $7, version = version + 1
        WHERE id = $1 AND kommune_id = $2`,
      [id, ctx.scope.kommuneId, input.displayName, input.role, input.doctorId, passwordHash, active],
    );
    if (passwordHash !== null || before.role !== input.role || !active) {
      // A new password, a new role or deactivation ends the user's sessions: they sign in again (a new session id).
      await deleteUserSessions(tx, id);
    }
    const after = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, {
      at: ctx.now,
      entity: 'users',
      entityId: id,
      action: 'update',
      before,
      after: { ...after, ...(passwordHash !== null ? { passwordChanged: true } : {}) },
    });
    return after;
  });
}

/** Another admin clears a user's lost second factor (and recovery codes); their sessions end; audited. */
export async function resetSecondFactor(ctx: WriteContext, id: number, version: number): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockedAtVersion(tx, ctx.scope, id, version);
    if (before.id === ctx.scope.userId) {
      throw new AppError('forbidden', 'En annen administrator må nullstille tofaktorinnloggingen din');
    }
    await clearSecondFactor(tx, id);
    await tx.query(`UPDATE app_user SET version = version + 1 WHERE id = $1 AND kommune_id = $2`, [id, ctx.scope.kommuneId]);
    await deleteUserSessions(tx, id);
    const after = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: id, action: 'update', before, after: { ...after, secondFactorReset: true } });
    return after;
  });
}

/** The signed-in user's own new password (already hashed and checked); every session of theirs ends; audited. */
export async function changeOwnPassword(ctx: WriteContext, passwordHash: string): Promise<void> {
  const id = ctx.scope.userId;
  if (id === null) throw new AppError('unauthenticated', 'Du må logge inn');
  await ctx.db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.scope, id, true);
    await tx.query(`UPDATE app_user SET password_hash = $2, version = version + 1 WHERE id = $1`, [id, passwordHash]);
    await deleteUserSessions(tx, id);
    const after = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: id, action: 'update', before, after: { ...after, passwordChanged: true } });
  });
}
