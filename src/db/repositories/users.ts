import { DomainError } from '../../domain/errors.ts';
import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../contracts/auth/users.ts';
import type { WriteContext } from './registry.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';

const COLUMNS = `id, version, username, display_name AS "displayName", role, doctor_id AS "doctorId"`;

/** The municipality's user accounts (never their password hashes). */
export function listUsers(db: Queryable, scope: Scope): Promise<TUser[]> {
  return db.query<TUser>(`SELECT ${COLUMNS} FROM app_user WHERE kommune_id = $1 ORDER BY username`, [scope.kommuneId]);
}

async function getUser(db: Queryable, scope: Scope, id: number, lock = false): Promise<TUser> {
  const [u] = await db.query<TUser>(`SELECT ${COLUMNS} FROM app_user WHERE id = $1 AND kommune_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, scope.kommuneId]);
  if (!u) throw new DomainError('not_found', `Fant ikke bruker ${id}`);
  return u;
}

async function checkDoctor(tx: Queryable, scope: Scope, doctorId: number | null): Promise<void> {
  if (doctorId === null) return;
  const rows = await tx.query(`SELECT 1 FROM doctor WHERE id = $1 AND kommune_id = $2`, [doctorId, scope.kommuneId]);
  if (rows.length === 0) throw new DomainError('invalid_reference', 'Legen finnes ikke', { fields: [{ path: 'doctorId', message: 'Lege: finnes ikke' }] });
}

/** Creates an account with an already hashed password; audited without the hash. */
export async function createUser(ctx: WriteContext, input: Omit<TCreateUserRequest, 'password'>, passwordHash: string): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    await checkDoctor(tx, ctx.scope, input.doctorId);
    const taken = await tx.query(`SELECT 1 FROM app_user WHERE username = $1`, [input.username]);
    if (taken.length > 0) {
      throw new DomainError('duplicate', 'Brukernavnet er tatt', { fields: [{ path: 'username', message: 'Brukernavn: er tatt' }] });
    }
    const [r] = await tx.query<{ id: number }>(
      `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [ctx.scope.kommuneId, input.username, input.displayName, passwordHash, input.role, input.doctorId],
    );
    const user = await getUser(tx, ctx.scope, r!.id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: user.id, action: 'create', before: null, after: user });
    return user;
  });
}

/** Changes role, name, linked doctor and (when given) password, if the caller saw the current version. */
export async function updateUser(
  ctx: WriteContext,
  id: number,
  input: Omit<TUpdateUserRequest, 'password'>,
  passwordHash: string | null,
): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.scope, id, true);
    if (before.version !== input.version) {
      throw new DomainError('version_conflict', 'Noen andre har endret denne brukeren siden du åpnet den', { current: before });
    }
    if (before.id === ctx.scope.userId && input.role !== 'admin') {
      throw new DomainError('invalid_input', 'Du kan ikke fjerne din egen administratorrolle', { fields: [{ path: 'role', message: 'Rolle: du kan ikke fjerne din egen administratorrolle' }] });
    }
    await checkDoctor(tx, ctx.scope, input.doctorId);
    await tx.query(
      `UPDATE app_user SET display_name = $3, role = $4, doctor_id = $5, password_hash = COALESCE($6, password_hash), version = version + 1
        WHERE id = $1 AND kommune_id = $2`,
      [id, ctx.scope.kommuneId, input.displayName, input.role, input.doctorId, passwordHash],
    );
    if (passwordHash !== null || before.role !== input.role) {
      // A new password or role ends the user's other sessions.
      await tx.query(`DELETE FROM user_session WHERE user_id = $1`, [id]);
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
