import type { TLoginRequest, TSessionResponse } from '../../contracts/auth/login.ts';
import type { TOidcLogoutResponse } from '../../contracts/auth/oidc-login.ts';
import { api, setCsrfToken } from '../api.ts';

/** Signs in; remembers the CSRF token for later writes. */
export async function login(body: TLoginRequest): Promise<TSessionResponse> {
  const session = await api.post<TSessionResponse>('/api/auth/login', body);
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, if the cookie still holds one (throws ApiError 401 otherwise). */
export async function fetchSession(): Promise<TSessionResponse> {
  const session = await api.get<TSessionResponse>('/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
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
