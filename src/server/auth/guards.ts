import type { FastifyRequest } from 'fastify';
import { WRITE_ROLES } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import type { SessionRecord } from '../../db/repositories/auth.ts';
import type { Scope } from '../../db/scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: (SessionRecord & { scope: Scope }) | null;
  }
}

/** The signed-in session of a request; throws unauthenticated for public routes' callers. */
export function requireAuth(request: FastifyRequest): SessionRecord & { scope: Scope } {
  if (!request.auth) throw new AppError('unauthenticated', 'Du må logge inn');
  return request.auth;
}

/** The scope of a request whose user may change data (admin or planner). */
export function requireWriter(request: FastifyRequest): Scope {
  const auth = requireAuth(request);
  if (!WRITE_ROLES.includes(auth.user.role)) throw new AppError('forbidden', 'Rollen din gir bare lesetilgang');
  return auth.scope;
}
