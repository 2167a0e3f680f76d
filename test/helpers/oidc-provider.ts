// A real OpenID Connect provider for the tests: node-oidc-provider on a loopback ephemeral port, with its development
// login page (any username; the password is not checked), one client per entry, RP-initiated and back-channel logout.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** A person known to the provider: their display name and the values of the groups claim. */
export interface TestAccount {
  name: string;
  groups: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
}

export interface TestOidcProvider {
  issuer: string;
  client: TestClient;
  /** Accounts by login name (the subject is the login name); change them between logins. */
  accounts: Map<string, TestAccount>;
  /** Lifetime of the id tokens it issues, in seconds (change it to issue short-lived ones). */
  idTokenTtl: number;
  /** Publish a JWKS without the key the provider signs with (as a key swapped in by someone else would look). */
  publishForeignJwks: boolean;
  /** Every back-channel logout the provider has delivered (or failed to). */
  backchannelDeliveries: { ok: boolean; sid: string }[];
  close(): Promise<void>;
}

/** The OIDC provider's JWKS: one RS256 signing key, made for this provider. */
async function signingKeys(): Promise<{ keys: Record<string, unknown>[] }> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { keys: [{ ...(await exportJWK(privateKey)), kid: randomBytes(6).toString('hex'), alg: 'RS256', use: 'sig' }] };
}

/** Starts a provider whose one client is Legeplan at appUrl (its callback, post-logout and back-channel addresses). */
export async function startOidcProvider(appUrl: string): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client: TestClient = { clientId: `legeplan-${randomBytes(4).toString('hex')}`, clientSecret: randomBytes(24).toString('base64url') };
  const accounts = new Map<string, TestAccount>();
  const backchannelDeliveries: { ok: boolean; sid: string }[] = [];
  const state = { idTokenTtl: 3600, publishForeignJwks: false };
  const foreignJwks = { keys: (await signingKeys()).keys.map(({ kid, alg, use, kty, n, e }) => ({ kid, alg, use, kty, n, e })) };

  const configuration: Configuration = {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [`${appUrl}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${appUrl}/`],
        backchannel_logout_uri: `${appUrl}/api/auth/oidc/backchannel-logout`,
        backchannel_logout_session_required: true,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: (await signingKeys()) as Configuration['jwks'],
    cookies: { keys: [randomBytes(16).toString('hex')] },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: account.name, groups: account.groups }) };
    },
    // The groups go in the id token itself, as Entra ID puts them there.
    claims: { openid: ['sub'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { IdToken: () => state.idTokenTtl },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true }, backchannelLogout: { enabled: true } },
    // Consent is implied: the login page is the only one the user sees.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    clientBasedCORS: () => false,
    // The provider guards its outgoing calls against loopback addresses (SSRF); Legeplan under test is on loopback.
    fetch: (url, options) => {
      const init = { ...options } as RequestInit & { dispatcher?: unknown };
      delete init.dispatcher;
      return globalThis.fetch(url, init);
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('backchannel.success', (_ctx, _client, _account, sid: string) => backchannelDeliveries.push({ ok: true, sid }));
  provider.on('backchannel.error', (_ctx, _err, _client, _account, sid: string) => backchannelDeliveries.push({ ok: false, sid }));
  provider.use(async (ctx, next) => {
    await next();
    if (state.publishForeignJwks && ctx.path === '/jwks') ctx.body = foreignJwks;
  });
  server.on('request', provider.callback());

  return {
    issuer,
    client,
    accounts,
    get idTokenTtl() {
      return state.idTokenTtl;
    },
    set idTokenTtl(seconds: number) {
      state.idTokenTtl = seconds;
    },
    get publishForeignJwks() {
      return state.publishForeignJwks;
    },
    set publishForeignJwks(on: boolean) {
      state.publishForeignJwks = on;
    },
    backchannelDeliveries,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
