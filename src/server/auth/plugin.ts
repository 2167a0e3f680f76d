import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { normaliseUsername, ZLoginRequest } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import { findSession, touchSession } from '../../db/repositories/auth.ts';
import type { AppDeps } from '../context.ts';
import { accountRoutes } from './account-routes.ts';
import { requireAuth } from './guards.ts';
import { authenticate } from './login.ts';
import { checkSameOrigin } from './origin.ts';
import { endRequestSession, requestToken, secondFactorSetupRequired, sessionBody, sessionClock, startSession, tokenHash } from './session.ts';

// Other areas take the guards from here, the auth area's front door.
export { requireAuth, requireWriter } from './guards.ts';

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
/** What an admin who must set up a second factor may reach before doing so. */
const SETUP_ROUTES = ['/api/auth/session', '/api/auth/logout', '/api/account/'];

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Login, logout, session, the account routes, and the hook that authenticates and CSRF-checks every /api request. */
export async function authPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.decorateRequest('auth', null);
  // preHandler: the key includes the username from the parsed body.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });

  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method)) checkSameOrigin(request);
    if (PUBLIC_ROUTES.has(path) || (request.method === 'GET' && PUBLIC_PREFIXES.some((p) => path.startsWith(p)))) return;
    const token = requestToken(request);
    const at = sessionClock(deps);
    // Unscoped: the municipality is what the session tells.
    const session = token ? await findSession(deps.db.unscoped, tokenHash(token), at) : null;
    // Asking whether one is signed in is no error: GET /api/auth/session answers 204 without a session (a 401 there
    // would be logged as an error by the browser on every visit to the login page).
    if (!session && path === '/api/auth/session' && request.method === 'GET') return;
    if (!session) throw new AppError('unauthenticated', 'Du må logge inn');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError('csrf_failed', 'Forespørselen mangler gyldig CSRF-nøkkel. Last siden på nytt.');
      }
    }
    // At most once a minute, so most reads stay reads.
    if (new Date(at.now).getTime() - new Date(session.lastSeenAt).getTime() >= 60_000) await touchSession(deps.db.unscoped, tokenHash(token!), at.now);
    if (secondFactorSetupRequired(deps, session.user) && !SETUP_ROUTES.some((p) => path === p || (p.endsWith('/') && path.startsWith(p)))) {
      throw new AppError('forbidden', 'Administratorer må sette opp tofaktorinnlogging før de kan bruke Legeplan. Gå til Min konto.');
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
          // The same normalised name the lookup uses: " user" and "USER\t" share one budget with "user".
          keyGenerator: (req: FastifyRequest) => {
            const body = req.body as { username?: unknown } | undefined;
            return `${req.ip}|${typeof body?.username === 'string' ? normaliseUsername(body.username) : ''}`;
          },
          errorResponseBuilder: () => new AppError('rate_limited', 'For mange innloggingsforsøk. Vent et minutt og prøv igjen.'),
        },
      },
    },
    async (request, reply) => {
      const user = await authenticate(deps, ZLoginRequest.parse(request.body));
      return startSession(deps, request, reply, user.id);
    },
  );

  app.post('/api/auth/logout', async (request, reply) => {
    requireAuth(request);
    await endRequestSession(deps, request, reply);
    return { ok: true };
  });

  app.get('/api/auth/session', async (request, reply) => (request.auth ? sessionBody(deps, request.auth) : reply.status(204).send()));

  await accountRoutes(app, deps);
}
