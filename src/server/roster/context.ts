import type { FastifyRequest } from 'fastify';
import { rosterViewer, type RosterContext } from '../../app/roster/index.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import type { AppDeps } from '../context.ts';

/** Where the roster's routes live. */
export const LEGEVAKT_BASE = '/api/legevakt';

/** The use cases' context of a logged-in request: who asks (and so what they may read), in which municipality, now. */
export function rosterContext(deps: AppDeps, request: FastifyRequest): RosterContext {
  const { scope, user } = requireAuth(request);
  return { db: deps.db, scope, viewer: rosterViewer(user), now: deps.clock().toISOString() };
}

/** The context of a request that changes a roster: the coordinator's (admin or planner), else a 403. */
export function writerContext(deps: AppDeps, request: FastifyRequest): RosterContext {
  requireWriter(request);
  return rosterContext(deps, request);
}
