import type { FastifyRequest } from 'fastify';
import { AppError } from '../../contracts/errors.ts';
import type { Scope } from '../../db/scope.ts';
import { requireAuth } from '../auth/plugin.ts';

/**
 * The scope of a user who may read the projection's inputs: the facts hold each GP's birth year per position, so the
 * doctor role (who sees only their own records) gets the computed figures but not the inputs.
 */
export function requirePlanningReader(request: FastifyRequest): Scope {
  const { scope, user } = requireAuth(request);
  if (user.role === 'doctor') throw new AppError('forbidden', 'Grunnlaget for dimensjoneringen (legenes fødselsår) er ikke tilgjengelig for rollen lege');
  return scope;
}
