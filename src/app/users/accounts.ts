import type { TCreateUserRequest, TUpdateUserRequest, TUser } from '../../contracts/auth/users.ts';
import { AppError } from '../../contracts/errors.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { bumpUserVersion, doctorExists, endUserSessions, findUser, insertUser, listUsers, setPasswordHash, updateUserRow } from '../../db/repositories/users.ts';
import { clearSecondFactor } from '../../db/repositories/second-factor.ts';
import type { Scope } from '../../db/scope.ts';
import type { UseCaseContext } from '../context.ts';

async function getUser(db: Queryable, scope: Scope, id: number, lock = false): Promise<TUser> {
  const u = await findUser(db, scope, id, lock);
  if (!u) throw new DomainError('not_found', `Fant ikke bruker ${id}`);
  return u;
}

async function checkDoctor(tx: Queryable, scope: Scope, doctorId: number | null): Promise<void> {
  if (doctorId !== null && !(await doctorExists(tx, scope, doctorId))) {
    throw new DomainError('invalid_reference', 'Legen finnes ikke', { fields: [{ path: 'doctorId', message: 'Lege: finnes ikke' }] });
  }
}

/** The municipality's user accounts. */
export function listAccounts(db: Queryable, scope: Scope): Promise<TUser[]> {
  return listUsers(db, scope);
}

/** Creates an account with an already hashed password; audited without the hash. */
export async function createAccount(ctx: UseCaseContext, input: Omit<TCreateUserRequest, 'password'>, passwordHash: string): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    await checkDoctor(tx, ctx.scope, input.doctorId);
    const id = await insertUser(tx, ctx.scope, { ...input, passwordHash });
    if (id === null) throw new DomainError('duplicate', 'Brukernavnet er tatt', { fields: [{ path: 'username', message: 'Brukernavn: er tatt' }] });
    const user = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: user.id, action: 'create', before: null, after: user });
    return user;
  });
}

/**
 * Changes role, name, linked doctor and (when given) password, if the caller saw the current version. An admin cannot
 * take away their own admin role; a new password or role ends the user's other sessions.
 */
export async function updateAccount(ctx: UseCaseContext, id: number, input: Omit<TUpdateUserRequest, 'password'>, passwordHash: string | null): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.scope, id, true);
    if (before.version !== input.version) {
      throw new DomainError('version_conflict', 'Noen andre har endret denne brukeren siden du åpnet den', { current: before });
    }
    if (before.id === ctx.scope.userId && input.role !== 'admin') {
      throw new DomainError('invalid_input', 'Du kan ikke fjerne din egen administratorrolle', { fields: [{ path: 'role', message: 'Rolle: du kan ikke fjerne din egen administratorrolle' }] });
    }
    if (before.id === ctx.scope.userId && input.active === false) {
      throw new DomainError('invalid_input', 'Du kan ikke deaktivere din egen bruker', { fields: [{ path: 'active', message: 'Aktiv: du kan ikke deaktivere din egen bruker' }] });
    }
    await checkDoctor(tx, ctx.scope, input.doctorId);
    const active = input.active ?? before.active;
    await updateUserRow(tx, ctx.scope, id, { ...input, passwordHash, active });
    // A new password, a new role or deactivation ends the user's sessions: they sign in again (a new session id).
    if (passwordHash !== null || before.role !== input.role || !active) await endUserSessions(tx, id);
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

/** Another admin clears a user's lost second factor (they set up a new one at their next login); audited, sessions end. */
export async function resetSecondFactor(ctx: UseCaseContext, id: number, version: number): Promise<TUser> {
  return ctx.db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.scope, id, true);
    if (before.version !== version) throw new DomainError('version_conflict', 'Noen andre har endret denne brukeren siden du åpnet den', { current: before });
    if (before.id === ctx.scope.userId) throw new AppError('forbidden', 'En annen administrator må nullstille tofaktorinnloggingen din');
    await clearSecondFactor(tx, id);
    await bumpUserVersion(tx, ctx.scope, id);
    await endUserSessions(tx, id);
    const after = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: id, action: 'update', before, after: { ...after, secondFactorReset: true } });
    return after;
  });
}

/** The signed-in user's own new password (already hashed and checked); every session of theirs ends; audited. */
export async function changeOwnPassword(ctx: UseCaseContext, passwordHash: string): Promise<void> {
  const id = ctx.scope.userId;
  if (id === null) throw new AppError('unauthenticated', 'Du må logge inn');
  await ctx.db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.scope, id, true);
    await setPasswordHash(tx, ctx.scope, id, passwordHash);
    await endUserSessions(tx, id);
    const after = await getUser(tx, ctx.scope, id);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'users', entityId: id, action: 'update', before, after: { ...after, passwordChanged: true } });
  });
}
