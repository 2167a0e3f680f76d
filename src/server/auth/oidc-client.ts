// The OpenID Connect relying party, on openid-client (authorisation code + PKCE, state, nonce, id token checks) and
// jose (the back-channel logout token, which openid-client does not handle).
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { isLoopbackUrl } from '../../contracts/auth/oidc-config.ts';
import type { SsoErrorCode } from '../../contracts/auth/oidc-login.ts';

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
}

export interface ClientOptions {
  /** The app's clock: id token expiry and the logout token's age are judged by it. */
  now: Date;
  /** Tests only (AppDeps.oidcAllowHttpLoopback): plain http to a provider on the loopback address. */
  allowHttpLoopback: boolean;
}

/** A failed single sign-on step, with the code the login page explains. */
export class SsoError extends Error {
  readonly code: SsoErrorCode;
  constructor(code: SsoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SsoError';
    this.code = code;
  }
}

const SCOPE = 'openid profile';
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

function insecureAllowed(url: URL, opts: ClientOptions): boolean {
  return opts.allowHttpLoopback && url.protocol === 'http:' && isLoopbackUrl(url);
}

/**
 * Discovers the provider (its metadata names its endpoints and JWKS) and builds a client that also checks the id
 * token's signature against the provider's JWKS (openid-client otherwise trusts the TLS connection alone for tokens
 * from the token endpoint), with the app's clock.
 */
export async function providerClient(p: ProviderSettings, opts: ClientOptions): Promise<client.Configuration> {
  const issuer = new URL(p.issuer);
  const metadata: Partial<client.ClientMetadata> = { [client.clockSkew]: Math.round((opts.now.getTime() - Date.now()) / 1000) };
  const auth = p.clientSecret === null ? client.None() : client.ClientSecretBasic(p.clientSecret);
  const execute = [client.enableNonRepudiationChecks, ...(insecureAllowed(issuer, opts) ? [client.allowInsecureRequests] : [])];
  try {
    return await client.discovery(issuer, p.clientId, metadata, auth, { execute, timeout: 10 });
  } catch (err) {
    throw new SsoError('unavailable', `discovery of ${p.issuer} failed`, { cause: err });
  }
}

/** What the login must remember until the provider answers. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The URL to send the browser to, with fresh state, nonce and PKCE (S256) verifier. */
export async function authorizationRequest(config: client.Configuration, redirectUri: string): Promise<AuthorizationRequest> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/** The signed-in person, from a validated id token (and userinfo when the id token lacks the groups claim). */
export interface SsoLogin {
  issuer: string;
  subject: string;
  sid: string | null;
  claims: Record<string, unknown>;
  idToken: string;
}

/**
 * Answers the provider's redirect: checks state (and the `iss` parameter where the provider sends it), redeems the
 * code with the PKCE verifier, and validates the id token (signature by JWKS, issuer, audience, expiry, nonce).
 */
export async function completeLogin(
  config: client.Configuration,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string; groupsClaim: string },
): Promise<SsoLogin> {
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    if (err instanceof client.AuthorizationResponseError) throw new SsoError('provider_refused', `provider answered ${err.error}`, { cause: err });
    throw new SsoError('token_invalid', 'authorisation response or id token refused', { cause: err });
  }
  const idClaims = tokens.claims();
  if (!idClaims || !tokens.id_token) throw new SsoError('token_invalid', 'no id token');
  let claims: Record<string, unknown> = { ...idClaims };
  if (!(expected.groupsClaim in claims) && config.serverMetadata().userinfo_endpoint) {
    try {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...claims };
    } catch (err) {
      throw new SsoError('token_invalid', 'userinfo refused', { cause: err });
    }
  }
  return { issuer: idClaims.iss, subject: idClaims.sub, sid: typeof idClaims.sid === 'string' ? idClaims.sid : null, claims, idToken: tokens.id_token };
}

/** The provider's RP-initiated logout URL for this session, or null when the provider has no end_session_endpoint. */
export function endSessionUrl(config: client.Configuration, idToken: string, postLogoutRedirectUri: string): string | null {
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri }).href;
}

/**
 * Validates a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, 2.6): signed by the provider's JWKS,
 * our client as audience, recent, the logout event, no nonce, and a subject or session id. Answers whom it logs out.
 */
export async function verifyLogoutToken(
  config: client.Configuration,
  logoutToken: string,
  opts: ClientOptions,
): Promise<{ subject: string | null; sid: string | null }> {
  const meta = config.serverMetadata();
  if (!meta.jwks_uri) throw new SsoError('token_invalid', 'provider has no jwks_uri');
  const jwksUri = new URL(meta.jwks_uri);
  if (jwksUri.protocol !== 'https:' && !insecureAllowed(jwksUri, opts)) throw new SsoError('token_invalid', 'jwks_uri is not https');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(logoutToken, createRemoteJWKSet(jwksUri), {
      issuer: meta.issuer,
      audience: config.clientMetadata().client_id,
      currentDate: opts.now,
      maxTokenAge: '5m',
      requiredClaims: ['iat', 'jti', 'events'],
    }));
  } catch (err) {
    throw new SsoError('token_invalid', 'logout token refused', { cause: err });
  }
  const events = payload.events;
  const subject = typeof payload.sub === 'string' ? payload.sub : null;
  const sid = typeof payload.sid === 'string' ? payload.sid : null;
  if (events === null || typeof events !== 'object' || !(BACKCHANNEL_EVENT in events)) throw new SsoError('token_invalid', 'not a logout event');
  if ('nonce' in payload) throw new SsoError('token_invalid', 'a logout token has no nonce');
  if (subject === null && sid === null) throw new SsoError('token_invalid', 'neither sub nor sid');
  return { subject, sid };
}
