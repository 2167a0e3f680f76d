// The one HTTP client: same-origin fetch with the session cookie, the CSRF header on every non-GET,
// and a typed ApiError carrying the API's `{ error }` body. A 401 on any call but login ends the session.
import { ZErrorBody, type ErrorCode, type TFieldError } from '../contracts/errors.ts';

/** An error answer from the API (or a network failure), with the API's Norwegian message and field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: TFieldError[];
  /** For version_conflict: the record as it is stored now. */
  readonly current: unknown;
  constructor(status: number, code: ErrorCode, message: string, fields: TFieldError[] = [], current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.current = current;
  }
}

let csrfToken: string | null = null;
let sessionLost: () => void = () => {};

/** Remembers the session's CSRF token (from login or GET /api/auth/session); null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401: the session expired or was ended elsewhere. */
export function onSessionLost(handler: () => void): void {
  sessionLost = handler;
}

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = ZErrorBody.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    return new ApiError(res.status, e.code, e.message, e.fields, e.current);
  }
  return new ApiError(res.status, 'internal', `Uventet svar fra serveren (HTTP ${res.status}).`);
}

async function request<T>(method: string, path: string, opts: { body?: unknown; query?: Query } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, 'internal', 'Fikk ikke kontakt med serveren. Sjekk nettverket og prøv igjen.');
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && path !== '/api/auth/login') sessionLost();
    throw err;
  }
  // 204 No Content (a deleted roster) has no body to parse.
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
};

/** A message for any thrown value, in Norwegian. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Noe gikk galt. Prøv igjen.';
}
