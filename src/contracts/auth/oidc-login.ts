import { z } from 'zod';

/** Query of GET /api/auth/oidc/start: which municipality's provider to sign in with. */
export const ZOidcStartQuery = z.strictObject({
  kommune: z.string().regex(/^[0-9]{4}$/, 'Kommunenummer må være fire sifre'),
});

/** One button on the login page: GET /api/auth/oidc/providers (public). */
export const ZSsoProvider = z.object({ kommuneNr: z.string(), kommuneName: z.string(), label: z.string() });
export const ZListSsoProvidersResponse = z.object({ items: z.array(ZSsoProvider) });

/** POST /api/auth/oidc/logout: the session is ended; the browser goes on to the provider's logout when there is one. */
export const ZOidcLogoutResponse = z.object({ endSessionUrl: z.string().nullable() });

/**
 * Why a single sign-on did not complete. The callback sends the browser back to the app with `?sso-feil=<code>`;
 * the login page shows the message (a code, not free text, so a crafted link cannot put words on the page).
 */
export const SSO_ERROR_MESSAGES = {
  attempt_invalid: 'Innloggingen kunne ikke fullføres: forespørselen var ukjent, utløpt eller endret underveis. Prøv å logge inn på nytt.',
  provider_refused: 'Identitetsleverandøren avbrøt eller avviste innloggingen.',
  token_invalid: 'Svaret fra identitetsleverandøren kunne ikke godkjennes (feil utsteder, mottaker, signatur eller nonce, eller utløpt ID-token). Prøv på nytt.',
  no_role: 'Du er logget inn hos identitetsleverandøren, men ingen av gruppene dine gir tilgang til Legeplan i denne kommunen. Be kommunens administrator om tilgang.',
  not_configured: 'Innlogging med identitetsleverandør er ikke satt opp (eller er slått av) for denne kommunen.',
  unavailable: 'Fikk ikke kontakt med identitetsleverandøren. Prøv igjen senere.',
} as const;
export type SsoErrorCode = keyof typeof SSO_ERROR_MESSAGES;
/** The query parameter that carries an SsoErrorCode back to the app. */
export const SSO_ERROR_PARAM = 'sso-feil';

export type TSsoProvider = z.infer<typeof ZSsoProvider>;
export type TListSsoProvidersResponse = z.infer<typeof ZListSsoProvidersResponse>;
export type TOidcLogoutResponse = z.infer<typeof ZOidcLogoutResponse>;

/** POST /api/auth/oidc/backchannel-logout: the provider's form post (OpenID Connect Back-Channel Logout 1.0). */
export const ZBackchannelLogoutRequest = z.object({ logout_token: z.string().min(1, 'Må fylles ut').max(20_000, 'Høyst 20000 tegn') });
