import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { ZLoginRequest, WRITE_ROLES, type TSessionResponse } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import { createSession, deleteSession, findSession, findUserByUsername, type SessionRecord } from '../../db/repositories/auth.ts';
import type { Scope } from '../../db/scope.ts';
import type { AppDeps } from '../context.ts';
import { verifyPassword } from './password.ts';

export const SESSION_COOKIE = 'lp_session';
const SESSION_HOURS = 12;
const PUBLIC_ROUTES = new Set([
  '/api/auth/login',
  '/api/health',
  '/api/openapi.json',
  // Single sign-on: the login page's buttons, the browser's trip to the provider and back, and the provider's own logout call.
  '/api/auth/oidc/providers',
  '/api/auth/oidc/start',
  '/api/auth/oidc/callback',
  '/api/auth/oidc/backchannel-logout',
]);
/** Public by their own secret: a doctor's calendar feed (calendar apps cannot log in; the URL's token is the credential). */
const PUBLIC_PREFIXES = ['/api/legevakt/feed/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    auth: (SessionRecord & { scope: Scope }) | null;
  }
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The signed-in session of a request; throws unauthenticated for public routes' callers. */
export function requireAuth(request: FastifyRequest): SessionRecord & { scope: Scope } {
  if (!request.auth) throw new AppError('unauthenticated', 'Du må logge inn');
  return request.auth;
}

/** The scope of a request whose user may change data (admin or planner). */
export function requireWriter(request: FastifyRequest): Scope {
  const auth = requireAuth(request);
  if (!WRITE_ROLES.includes(auth.user.role)) throw new AppError('forbidden', 'Rollen din gir bare lesetilgang');
  return auth.scope;
}

function sessionBody(s: SessionRecord): TSessionResponse {
  const { id, username, displayName, role, doctorId } = s.user;
  return { user: { id, username, displayName, role, doctorId }, kommune: s.kommune, csrfToken: s.csrfToken };
}

/** The hash of the request's session token (the session's key), or null without a session cookie. */
export function sessionTokenHash(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token ? tokenHash(token) : null;
}

/** Starts a session for a user who has proven who they are (by password or single sign-on) and sets its cookie. */
export async function startSession(
  deps: AppDeps,
  reply: FastifyReply,
  user: { id: number; kommuneId: number },
): Promise<{ body: TSessionResponse; tokenHash: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  const csrfToken = randomBytes(24).toString('base64url');
  // Unscoped: creating a session also clears every municipality's expired ones.
  await createSession(deps.db.unscoped, {
    tokenHash: tokenHash(token),
    userId: user.id,
    kommuneId: user.kommuneId,
    csrfToken,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
  });
  const session = await findSession(deps.db.unscoped, tokenHash(token), now.toISOString());
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.cookieSecure ?? false,
    maxAge: SESSION_HOURS * 3600,
  });
  return { body: sessionBody(session!), tokenHash: tokenHash(token) };
}

/** Ends the request's session, if it has one, and clears its cookie. */
export async function endSession(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const hash = sessionTokenHash(request);
  if (hash) await deleteSession(deps.db, hash);
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Login, logout, session, and the hook that authenticates and CSRF-checks every /api request. */
export async function authPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.decorateRequest('auth', null);
  // preHandler: the key includes the username from the parsed body.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });

  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC_ROUTES.has(path) || (request.method === 'GET' && PUBLIC_PREFIXES.some((p) => path.startsWith(p)))) return;
    const token = request.cookies[SESSION_COOKIE];
    // Unscoped: the municipality is what the session tells.
    const session = token ? await findSession(deps.db.unscoped, tokenHash(token), deps.clock().toISOString()) : null;
    if (!session) throw new AppError('unauthenticated', 'Du må logge inn');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError('csrf_failed', 'Forespørselen mangler gyldig CSRF-nøkkel. Last siden på nytt.');
      }
    }
    request.auth = {
      ...session,
      scope: {
        kommuneId: session.kommune.id,
        userId: session.user.id,
        ownDoctorId: session.user.role === 'doctor' ? (session.user.doctorId ?? -1) : null,
      },
    };
  });

  const limit = deps.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 };
  app.post(
    '/api/auth/login',
    {
      config: {
        body: ZLoginRequest,
        rateLimit: {
          max: limit.max,
          timeWindow: limit.timeWindowMs,
          keyGenerator: (req: FastifyRequest) => {
            const body = req.body as { username?: unknown } | undefined;
            return `${req.ip}|${typeof body?.username === 'string' ? body.username.toLowerCase() : ''}`;
          },
          errorResponseBuilder: () => new AppError('rate_limited', 'For mange innloggingsforsøk. Vent et minutt og prøv igjen.'),
        },
      },
    },
    async (request, reply) => {
      const body = ZLoginRequest.parse(request.body);
      // Unscoped: usernames are unique across municipalities, and the user's is not known before this lookup.
      const user = await findUserByUsername(deps.db.unscoped, body.username);
      const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
      if (!user || !ok) throw new AppError('unauthenticated', 'Feil brukernavn eller passord');
      return (await startSession(deps, reply, user)).body;
    },
  );

  app.post('/api/auth/logout', async (request, reply) => {
    requireAuth(request);
    await endSession(deps, request, reply);
    return { ok: true };
  });

  app.get('/api/auth/session', async (request) => sessionBody(requireAuth(request)));
}
