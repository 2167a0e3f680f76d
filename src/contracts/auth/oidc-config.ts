import { z } from 'zod';
import { ZId, ZText, ZVersion } from '../common.ts';
import { ROLES } from './login.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Control characters (NUL above all, which PostgreSQL refuses in text) have no place in a URL, a claim name or a secret. */
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const NO_CONTROL_MESSAGE = 'Kan ikke inneholde kontrolltegn';

/** The provider's issuer identifier: an https URL (http only on this machine's loopback, for a provider under test). */
export const ZIssuer = z
  .string()
  .trim()
  .max(500, 'Høyst 500 tegn')
  .regex(NO_CONTROL, NO_CONTROL_MESSAGE)
  .refine((v) => URL.canParse(v), 'Må være en URL, for eksempel https://login.microsoftonline.com/<tenant>/v2.0')
  .refine((v) => !URL.canParse(v) || isAllowedIssuer(new URL(v)), 'Må bruke https, uten ?spørring eller #fragment');

function isAllowedIssuer(url: URL): boolean {
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** Whether a URL points at this machine (the only place an http identity provider is ever accepted). */
export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

export const ZRoleMapping = z.strictObject({
  /** A value of the groups claim (an Entra ID group's object id, a role name …). */
  group: ZText(300),
  role: z.enum(ROLES),
});

/** PUT /api/auth/oidc/config (admin only): the municipality's identity provider. */
export const ZSaveOidcConfigRequest = z
  .strictObject({
    /** null when the municipality has no configuration yet; else the version the admin saw. */
    version: ZVersion.nullable(),
    /** Shown on the login page as «Logg inn med …». */
    label: ZText(60),
    issuer: ZIssuer,
    clientId: ZText(300),
    /** Omitted: keep the stored secret; null: remove it (a public client using PKCE only); a string: the new secret. */
    clientSecret: z.string().min(1, 'Må fylles ut').max(1000, 'Høyst 1000 tegn').regex(NO_CONTROL, NO_CONTROL_MESSAGE).nullable().optional(),
    /** The id token (or userinfo) claim that carries the user's groups or roles, e.g. «groups» or «roles». */
    groupsClaim: z.string().trim().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn').regex(/^\S+$/, 'Kan ikke inneholde mellomrom').regex(NO_CONTROL, NO_CONTROL_MESSAGE),
    roleMappings: z.array(ZRoleMapping).min(1, 'Minst én gruppe må gi en rolle').max(100, 'Høyst 100 koblinger'),
    enabled: z.boolean(),
  })
  .refine((c) => new Set(c.roleMappings.map((m) => m.group)).size === c.roleMappings.length, {
    path: ['roleMappings'],
    message: 'Hver gruppeverdi kan bare kobles til én rolle',
  });

/** The stored configuration as the API shows it: never the secret, only whether one is set. */
export const ZOidcConfig = z.object({
  id: ZId,
  version: ZVersion,
  label: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  groupsClaim: z.string(),
  roleMappings: z.array(ZRoleMapping),
  enabled: z.boolean(),
});

/** What the admin registers at the provider for this installation. */
export const ZOidcClientUrls = z.object({
  redirectUri: z.string(),
  postLogoutRedirectUri: z.string(),
  backchannelLogoutUri: z.string(),
});

/** GET /api/auth/oidc/config and the answer of PUT. */
export const ZOidcConfigResponse = z.object({ config: ZOidcConfig.nullable(), urls: ZOidcClientUrls });

export type TRoleMapping = z.infer<typeof ZRoleMapping>;
export type TSaveOidcConfigRequest = z.infer<typeof ZSaveOidcConfigRequest>;
export type TOidcClientUrls = z.infer<typeof ZOidcClientUrls>;
export type TOidcConfigResponse = z.infer<typeof ZOidcConfigResponse>;
