import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSessionResponse } from '../../contracts/auth/login.ts';
import type { Queryable } from '../../db/connection.ts';
import { createSession, deleteSession, deleteUserSessions, findSession, type SessionClock, type SessionRecord } from '../../db/repositories/auth.ts';
import type { AppDeps } from '../context.ts';

export const SESSION_COOKIE = 'lp_session';
const DEFAULT_TIMEOUTS = { idleMinutes: 30, absoluteHours: 12 };

/** The hash a session token is stored and looked up by (the token itself is only in the user's cookie). */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The instants that decide whether a session is still alive, from the app's clock and timeouts. */
export function sessionClock(deps: AppDeps): SessionClock & { expiresAt: string; maxAgeS: number } {
  const { idleMinutes, absoluteHours } = deps.sessionTimeouts ?? DEFAULT_TIMEOUTS;
  const now = deps.clock().getTime();
  return {
    now: new Date(now).toISOString(),
    idleSince: new Date(now - idleMinutes * 60_000).toISOString(),
    expiresAt: new Date(now + absoluteHours * 3600_000).toISOString(),
    maxAgeS: absoluteHours * 3600,
  };
}

/** Whether an admin must still set up a second factor before the app opens to them. */
export function secondFactorSetupRequired(deps: AppDeps, user: SessionRecord['user']): boolean {
  return (deps.adminSecondFactor ?? 'required') === 'required' && user.role === 'admin' && !user.secondFactor;
}

/** The session as the API answers it: user, municipality, CSRF token, and whether setup of a second factor is due. */
export function sessionBody(deps: AppDeps, s: SessionRecord): TSessionResponse {
  const { id, username, displayName, role, doctorId, secondFactor } = s.user;
  return {
    user: { id, username, displayName, role, doctorId, secondFactor },
    kommune: s.kommune,
    csrfToken: s.csrfToken,
    secondFactorSetupRequired: secondFactorSetupRequired(deps, s.user),
  };
}

/** The token of the request's session cookie, if any. */
export function requestToken(request: FastifyRequest): string | null {
  return request.cookies[SESSION_COOKIE] ?? null;
}

/**
 * Starts a new session for a user who has just proved who they are (password and second factor, or an identity
 * provider), and sets its cookie. The request's old session, if any, ends: the session id always changes on login
 * and on a change of privilege, so a token planted or seen before is worth nothing after.
 */
export async function startSession(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, userId: number): Promise<TSessionResponse> {
  return (await startSessionKeyed(deps, request, reply, userId)).body;
}

/** As `startSession`, with the new session's key (its token's hash), for what is stored beside it (a single sign-on's id token). */
export async function startSessionKeyed(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, userId: number): Promise<{ body: TSessionResponse; tokenHash: string }> {
  // Unscoped: login comes before the request has a municipality, and creating also clears every one's expired sessions.
  const db = deps.db.unscoped;
  const old = requestToken(request);
  if (old) await deleteSession(db, tokenHash(old));
  const token = randomBytes(32).toString('base64url');
  const at = sessionClock(deps);
  await createSession(db, {
    tokenHash: tokenHash(token),
    userId,
    csrfToken: randomBytes(24).toString('base64url'),
    userAgent: request.headers['user-agent'] ?? '',
    now: at.now,
    expiresAt: at.expiresAt,
    idleSince: at.idleSince,
  });
  const session = await findSession(db, tokenHash(token), at);
  if (!session) throw new Error(`session for user ${userId} not found right after it was created (inactive user?)`);
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.cookieSecure ?? false, maxAge: at.maxAgeS });
  return { body: sessionBody(deps, session), tokenHash: tokenHash(token) };
}

/**
 * Ends a user's sessions: all of them, or all but the request's own (`keep`). Returns how many ended. For logout
 * everywhere, a password change, deactivation, and an identity provider's back-channel logout.
 */
export async function endSessions(db: Queryable, userId: number, keep: FastifyRequest | null = null): Promise<number> {
  const token = keep ? requestToken(keep) : null;
  return deleteUserSessions(db, userId, token ? tokenHash(token) : null);
}

/** Ends the request's own session and clears its cookie. */
export async function endRequestSession(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = requestToken(request);
  if (token) await deleteSession(deps.db, tokenHash(token));
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
