import type { TLoginRequest, TSessionResponse } from '../../contracts/auth/login.ts';
import type { TOidcLogoutResponse } from '../../contracts/auth/oidc-login.ts';
import { api, setCsrfToken } from '../api.ts';

/** Signs in; remembers the CSRF token for later writes. */
export async function login(body: TLoginRequest): Promise<TSessionResponse> {
  const session = await api.post<TSessionResponse>('/api/auth/login', body);
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, if the cookie still holds one; null when not signed in (the API answers 204). */
export async function fetchSession(): Promise<TSessionResponse | null> {
  const session = await api.get<TSessionResponse | undefined>('/api/auth/session');
  setCsrfToken(session?.csrfToken ?? null);
  return session ?? null;
}

/** Ends the session; after single sign-on, the browser goes on to the identity provider's own logout. */
export async function logout(): Promise<void> {
  try {
    const { endSessionUrl } = await api.post<TOidcLogoutResponse>('/api/auth/oidc/logout', {});
    if (endSessionUrl) window.location.assign(endSessionUrl);
  } finally {
    setCsrfToken(null);
  }
}
