import type { FastifyRequest } from 'fastify';
import { AppError } from '../../contracts/errors.ts';

/**
 * Refuses a state-changing request a browser sent from another site: `Sec-Fetch-Site` other than same-origin (or
 * none: typed by the user), or an `Origin` whose host is not the one the request was sent to. Clients that send
 * neither header (the CLI, scripts) still need the session and its CSRF header.
 */
export function checkSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') throw crossSite();
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return;
  const from = host(origin);
  if (from === '' || from !== host(`${request.protocol}://${request.host}`)) throw crossSite();
}

/** The host of a URL with its default port dropped ("http://a:80" → "a"); '' when it has none or is not a URL ("null"). */
function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

const crossSite = () => new AppError('csrf_failed', 'Endringer kan bare gjøres fra Legeplan selv, ikke fra et annet nettsted');
