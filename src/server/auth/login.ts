import type { TLoginRequest } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import { findUserByUsername, type UserRecord } from '../../db/repositories/auth.ts';
import { clearLoginFailure, getLoginFailure, recordLoginFailure } from '../../db/repositories/login-failures.ts';
import { consumeRecoveryCode, consumeTotpStep } from '../../db/repositories/second-factor.ts';
import type { Db } from '../../db/connection.ts';
import type { AppDeps } from '../context.ts';
import { FORGET_FAILURES_MS, lockAfterFailures } from './backoff.ts';
import { verifyPassword } from './password.ts';
import { looksLikeRecoveryCode, recoveryCodeHash, totpStep } from './second-factor.ts';

const WRONG = 'Feil brukernavn eller passord';

function lockedError(untilIso: string, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((new Date(untilIso).getTime() - now.getTime()) / 60_000));
  return new AppError('rate_limited', `For mange mislykkede innlogginger for denne brukeren. Prøv igjen om ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}.`);
}

/** Whether the code is the account's current TOTP code (not used before) or one of its unused recovery codes; uses it up. */
async function secondFactorAccepts(db: Db, user: UserRecord & { totpSecret: string }, code: string, now: Date): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) return consumeRecoveryCode(db, user.id, recoveryCodeHash(code), now.toISOString());
  const step = totpStep(user.totpSecret, code, now);
  return step !== null && (await consumeTotpStep(db, user.id, step));
}

/**
 * Checks a login: the username's lock, the password (against a dummy hash for an unknown user, so both answer
 * alike and in similar time), the account's state and its second factor. Every failure counts against the
 * normalised username, whether or not it exists. Returns the user on success.
 */
export async function authenticate(deps: AppDeps, body: TLoginRequest): Promise<UserRecord> {
  const now = deps.clock();
  // Unscoped: the user, and so their municipality, is what this finds out.
  const db = deps.db.unscoped;
  const key = body.username;
  const failure = await getLoginFailure(db, key);
  if (failure?.lockedUntil && new Date(failure.lockedUntil) > now) throw lockedError(failure.lockedUntil, now);
  // The failure that reaches the limit is still answered as itself; the lock meets the next try.
  const fail = async (err: AppError): Promise<never> => {
    await recordLoginFailure(db, key, { now, forgetAfterMs: FORGET_FAILURES_MS, lockFor: lockAfterFailures });
    throw err;
  };

  const user = await findUserByUsername(db, key);
  const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !ok) return fail(new AppError('unauthenticated', WRONG));
  // Said only to whoever knows the password: the account exists but is switched off.
  if (!user.active) throw new AppError('forbidden', 'Brukeren er deaktivert. Kontakt en administrator i kommunen.');
  if (user.totpSecret !== null) {
    if (body.secondFactorCode === undefined || body.secondFactorCode === '') {
      throw new AppError('second_factor_required', 'Skriv inn koden fra autentiseringsappen', { fields: [{ path: 'secondFactorCode', message: 'Kode: må fylles ut' }] });
    }
    if (!(await secondFactorAccepts(db, { ...user, totpSecret: user.totpSecret }, body.secondFactorCode, now))) {
      return fail(new AppError('unauthenticated', 'Feil eller allerede brukt kode', { fields: [{ path: 'secondFactorCode', message: 'Kode: feil eller allerede brukt' }] }));
    }
  }
  await clearLoginFailure(db, key);
  return user;
}
