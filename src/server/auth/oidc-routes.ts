import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { ZSaveOidcConfigRequest, type TOidcClientUrls, type TOidcConfigResponse } from '../../contracts/auth/oidc-config.ts';
import {
  SSO_ERROR_PARAM,
  ZBackchannelLogoutRequest,
  ZOidcStartQuery,
  type SsoErrorCode,
  type TListSsoProvidersResponse,
  type TOidcLogoutResponse,
} from '../../contracts/auth/oidc-login.ts';
import { AppError } from '../../contracts/errors.ts';
import {
  auditRefusedSsoLogin,
  endOidcSessions,
  findOidcProvider,
  findOidcProvidersByClient,
  findOidcSession,
  getOidcConfig,
  listSsoProviders,
  saveLoginAttempt,
  saveOidcConfig,
  saveOidcSession,
  signInSsoUser,
  takeLoginAttempt,
  type OidcProviderRecord,
} from '../../db/repositories/oidc.ts';
import type { Scope } from '../../db/scope.ts';
import type { AppDeps } from '../context.ts';
import { authorizationRequest, completeLogin, endSessionUrl, providerClient, SsoError, verifyLogoutToken, type ClientOptions } from './oidc-client.ts';
import { claimValues, roleFromGroups } from './oidc-roles.ts';
import { requireAuth } from './plugin.ts';
import { endRequestSession, requestToken, startSessionKeyed, tokenHash as hashOfToken } from './session.ts';

const BASE = '/api/auth/oidc';
/** The browser's handle on its login in flight; SameSite=Lax, so it comes along on the provider's redirect back. */
const ATTEMPT_COOKIE = 'lp_oidc';
const ATTEMPT_MINUTES = 10;
const DISPLAY_NAME_MAX = 200;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function requireAdmin(request: FastifyRequest): Scope {
  const auth = requireAuth(request);
  if (auth.user.role !== 'admin') throw new AppError('forbidden', 'Bare administratorer kan sette opp innlogging med identitetsleverandør');
  return auth.scope;
}

/** The addresses to register at the provider, from the configured public URL or else the request's own. */
export function clientUrls(deps: AppDeps, request: FastifyRequest): TOidcClientUrls {
  const base = (deps.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  return { redirectUri: `${base}${BASE}/callback`, postLogoutRedirectUri: `${base}/`, backchannelLogoutUri: `${base}${BASE}/backchannel-logout` };
}

/** A person's name for the account, from the usual claims. */
function displayName(claims: Record<string, unknown>, subject: string): string {
  const name = [claims.name, claims.preferred_username, claims.email].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return (name ?? subject).trim().slice(0, DISPLAY_NAME_MAX);
}

/**
 * Single sign-on by OpenID Connect, one provider per municipality: the admin's configuration, the login page's
 * buttons, the authorisation code flow with PKCE, RP-initiated logout and back-channel logout.
 */
export async function oidcPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const clientOptions = (): ClientOptions => ({ now: deps.clock(), allowHttpLoopback: deps.oidcAllowHttpLoopback ?? false });
  const connect = (p: OidcProviderRecord) => providerClient(p, clientOptions());
  const failed = (request: FastifyRequest, reply: FastifyReply, err: SsoError) => {
    request.log.warn({ err, code: err.code }, 'single sign-on refused');
    return reply.redirect(`/?${SSO_ERROR_PARAM}=${err.code satisfies SsoErrorCode}`, 303);
  };

  app.get(`${BASE}/config`, async (request): Promise<TOidcConfigResponse> => {
    const scope = requireAdmin(request);
    return { config: await getOidcConfig(deps.db, scope), urls: clientUrls(deps, request) };
  });

  app.put(`${BASE}/config`, { config: { body: ZSaveOidcConfigRequest } }, async (request): Promise<TOidcConfigResponse> => {
    const scope = requireAdmin(request);
    const input = ZSaveOidcConfigRequest.parse(request.body);
    const config = await saveOidcConfig({ db: deps.db, scope, now: deps.clock().toISOString() }, input);
    return { config, urls: clientUrls(deps, request) };
  });

  // Public routes have no municipality yet: they find the provider unscoped, and write under its municipality's scope.
  app.get(`${BASE}/providers`, async (): Promise<TListSsoProvidersResponse> => ({ items: await listSsoProviders(deps.db.unscoped) }));

  app.get(`${BASE}/start`, { config: { rateLimit: { max: 30, timeWindow: 60_000 } } }, async (request, reply) => {
    const { kommune } = ZOidcStartQuery.parse(request.query);
    try {
      const provider = await findOidcProvider(deps.db.unscoped, { kommuneNr: kommune });
      if (!provider) throw new SsoError('not_configured', `no enabled provider for ${kommune}`);
      const authorization = await authorizationRequest(await connect(provider), clientUrls(deps, request).redirectUri);
      const token = randomBytes(32).toString('base64url');
      const now = deps.clock();
      await saveLoginAttempt(deps.db.unscoped, hash(token), { kommuneId: provider.kommuneId, ...authorization }, now.toISOString(), new Date(now.getTime() + ATTEMPT_MINUTES * 60_000).toISOString());
      void reply.setCookie(ATTEMPT_COOKIE, token, { path: BASE, httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure ?? false, maxAge: ATTEMPT_MINUTES * 60 });
      return reply.redirect(authorization.url.href, 303);
    } catch (err) {
      if (err instanceof SsoError) return failed(request, reply, err);
      throw err;
    }
  });

  app.get(`${BASE}/callback`, async (request, reply) => {
    const token = request.cookies[ATTEMPT_COOKIE];
    void reply.clearCookie(ATTEMPT_COOKIE, { path: BASE });
    const now = deps.clock().toISOString();
    try {
      // The attempt is bound to this browser by its cookie and to one municipality: a code from elsewhere fails its checks.
      const attempt = token ? await takeLoginAttempt(deps.db.unscoped, hash(token), now) : null;
      if (!attempt) throw new SsoError('attempt_invalid', 'no login in flight for this browser');
      const provider = await findOidcProvider(deps.db.unscoped, { kommuneId: attempt.kommuneId });
      const kommuneDb = deps.db.withScope({ kommuneId: attempt.kommuneId });
      if (!provider) throw new SsoError('not_configured', 'provider removed or disabled during login');
      const { redirectUri } = clientUrls(deps, request);
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = request.url.split('?')[1] ?? '';
      const login = await completeLogin(await connect(provider), callbackUrl, { ...attempt, groupsClaim: provider.groupsClaim });
      const role = roleFromGroups(claimValues(login.claims, provider.groupsClaim), provider.roleMappings);
      if (role === null) {
        await auditRefusedSsoLogin(kommuneDb, provider.kommuneId, { issuer: login.issuer, subject: login.subject, reason: 'no_role' }, now);
        throw new SsoError('no_role', `no mapped group in claim ${provider.groupsClaim}`);
      }
      const identity = { kommuneId: provider.kommuneId, issuer: login.issuer, subject: login.subject, displayName: displayName(login.claims, login.subject), role };
      const user = await signInSsoUser(kommuneDb, identity, provider.kommuneNr, now);
      const session = await startSessionKeyed(deps, request, reply, user.id);
      await saveOidcSession(kommuneDb, { tokenHash: session.tokenHash, kommuneId: provider.kommuneId, issuer: login.issuer, subject: login.subject, sid: login.sid, idToken: login.idToken });
      return reply.redirect('/', 303);
    } catch (err) {
      if (err instanceof SsoError) return failed(request, reply, err);
      throw err;
    }
  });

  app.post(`${BASE}/logout`, async (request, reply): Promise<TOidcLogoutResponse> => {
    requireAuth(request);
    const token = requestToken(request);
    const tokenHash = token ? hashOfToken(token) : null;
    const sso = tokenHash ? await findOidcSession(deps.db, tokenHash) : null;
    let url: string | null = null;
    if (sso) {
      const provider = await findOidcProvider(deps.db, { kommuneId: sso.kommuneId });
      try {
        if (provider) url = endSessionUrl(await connect(provider), sso.idToken, clientUrls(deps, request).postLogoutRedirectUri);
      } catch (err) {
        // The provider is unreachable: the session here ends all the same.
        if (!(err instanceof SsoError)) throw err;
        request.log.warn({ err }, 'provider logout unavailable');
      }
    }
    await endRequestSession(deps, request, reply);
    return { endSessionUrl: url };
  });

  // The provider posts the logout token as a form, server to server: no cookie, no CSRF header; the signed token is the credential.
  await app.register(async (backchannel) => {
    backchannel.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    backchannel.post(`${BASE}/backchannel-logout`, { config: { body: ZBackchannelLogoutRequest } }, async (request, reply) => {
      const { logout_token: logoutToken } = ZBackchannelLogoutRequest.parse(request.body);
      void reply.header('cache-control', 'no-store');
      const refused = () => new AppError('validation_failed', 'Utloggingsbeviset (logout_token) er ugyldig', { fields: [{ path: 'logout_token', message: 'Utloggingsbevis: ugyldig' }] });
      let claims: ReturnType<typeof decodeJwt>;
      try {
        claims = decodeJwt(logoutToken);
      } catch {
        throw refused();
      }
      const audiences = [claims.aud ?? []].flat();
      const providers = typeof claims.iss === 'string' ? (await Promise.all(audiences.map((aud) => findOidcProvidersByClient(deps.db.unscoped, claims.iss!, aud)))).flat() : [];
      const first = providers[0];
      if (!first) throw refused();
      try {
        const who = await verifyLogoutToken(await connect(first), logoutToken, clientOptions());
        // Unscoped: one provider session may have signed in to several municipalities that share the client.
        const ended = await endOidcSessions(deps.db.unscoped, { kommuneIds: providers.map((p) => p.kommuneId), issuer: claims.iss!, ...who }, deps.clock().toISOString());
        return { ok: true, ended };
      } catch (err) {
        if (!(err instanceof SsoError)) throw err;
        request.log.warn({ err }, 'back-channel logout refused');
        throw refused();
      }
    });
  });
}
