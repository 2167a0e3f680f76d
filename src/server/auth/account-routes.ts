import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ZChangePasswordRequest,
  ZSecondFactorConfirmRequest,
  ZSecondFactorDisableRequest,
  type TAccountSessionsResponse,
  type TSecondFactorConfirmResponse,
  type TSecondFactorSetupResponse,
} from '../../contracts/auth/account.ts';
import type { TSessionResponse } from '../../contracts/auth/login.ts';
import { ZIdParams } from '../../contracts/common.ts';
import { AppError } from '../../contracts/errors.ts';
import { deleteUserSessionById, findUserById, listUserSessions, type UserRecord } from '../../db/repositories/auth.ts';
import { clearSecondFactor, confirmSecondFactor, getPendingSecret, setPendingSecret } from '../../db/repositories/second-factor.ts';
import { changeOwnPassword } from '../../app/users/accounts.ts';
import type { AppDeps } from '../context.ts';
import { deviceLabel } from './device.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import { requireAuth } from './guards.ts';
import { enrolment, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep } from './second-factor.ts';
import { endRequestSession, endSessions, requestToken, sessionClock, startSession, tokenHash } from './session.ts';

/** The signed-in user's full record, after re-checking their current password when one is given. */
async function currentUser(deps: AppDeps, request: FastifyRequest, password?: string): Promise<UserRecord> {
  const user = await findUserById(deps.db, requireAuth(request).user.id);
  if (!user) throw new AppError('unauthenticated', 'Du må logge inn');
  if (password !== undefined && !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('validation_failed', 'Nåværende passord er feil', { fields: [{ path: 'currentPassword', message: 'Nåværende passord: er feil' }] });
  }
  return user;
}

/** The signed-in user's own account: sessions, password and second factor. */
export async function accountRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/account/sessions', async (request): Promise<TAccountSessionsResponse> => {
    const auth = requireAuth(request);
    const own = tokenHash(requestToken(request) ?? '');
    const sessions = await listUserSessions(deps.db, auth.user.id, sessionClock(deps));
    return {
      items: sessions.map((s) => ({ id: s.id, device: deviceLabel(s.userAgent), createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.tokenHash === own })),
    };
  });

  app.delete('/api/account/sessions/:id', async (request, reply) => {
    const auth = requireAuth(request);
    const { id } = ZIdParams.parse(request.params);
    if (id === auth.sessionId) {
      await endRequestSession(deps, request, reply);
      return { ok: true };
    }
    if (!(await deleteUserSessionById(deps.db, auth.user.id, id))) throw new AppError('not_found', `Fant ikke økt ${id}`);
    return { ok: true };
  });

  app.post('/api/account/sessions/end-others', async (request) => ({ ended: await endSessions(deps.db, requireAuth(request).user.id, request) }));

  app.post('/api/account/password', { config: { body: ZChangePasswordRequest } }, async (request, reply): Promise<TSessionResponse> => {
    const auth = requireAuth(request);
    const body = ZChangePasswordRequest.parse(request.body);
    const user = await currentUser(deps, request, body.currentPassword);
    checkPasswordPolicy(body.newPassword, user.username, 'newPassword');
    await changeOwnPassword({ db: deps.db, scope: auth.scope, now: deps.clock().toISOString() }, await hashPassword(body.newPassword));
    return startSession(deps, request, reply, user.id);
  });

  app.post('/api/account/second-factor/setup', async (request): Promise<TSecondFactorSetupResponse> => {
    const auth = requireAuth(request);
    const user = await currentUser(deps, request);
    if (user.totpSecret !== null) throw new AppError('validation_failed', 'Tofaktorinnlogging er allerede satt opp. Slå den av først for å bytte app.');
    const secret = newTotpSecret();
    await setPendingSecret(deps.db, user.id, secret);
    return { secret, ...(await enrolment(secret, `${user.username} (${auth.kommune.name})`)) };
  });

  app.post('/api/account/second-factor/confirm', { config: { body: ZSecondFactorConfirmRequest } }, async (request, reply): Promise<TSecondFactorConfirmResponse> => {
    const user = await currentUser(deps, request);
    const { secondFactorCode: code } = ZSecondFactorConfirmRequest.parse(request.body);
    const secret = await getPendingSecret(deps.db, user.id);
    if (secret === null) throw new AppError('validation_failed', 'Start oppsettet av tofaktorinnlogging først');
    const step = totpStep(secret, code, deps.clock());
    if (step === null) throw new AppError('validation_failed', 'Koden stemmer ikke. Sjekk klokken på telefonen og prøv neste kode.', { fields: [{ path: 'secondFactorCode', message: 'Kode: stemmer ikke' }] });
    const recoveryCodes = newRecoveryCodes();
    await deps.db.transaction((tx) => confirmSecondFactor(tx, user.id, { secret, step, codeHashes: recoveryCodes.map(recoveryCodeHash) }));
    // A stronger login is a change of privilege: a new session id.
    return { recoveryCodes, session: await startSession(deps, request, reply, user.id) };
  });

  app.post('/api/account/second-factor/disable', { config: { body: ZSecondFactorDisableRequest } }, async (request) => {
    const body = ZSecondFactorDisableRequest.parse(request.body);
    const user = await currentUser(deps, request, body.currentPassword);
    if (user.role === 'admin' && (deps.adminSecondFactor ?? 'required') === 'required') {
      throw new AppError('forbidden', 'Administratorer må ha tofaktorinnlogging');
    }
    await clearSecondFactor(deps.db, user.id);
    return { ok: true };
  });
}
