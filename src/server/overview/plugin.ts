import type { FastifyInstance } from 'fastify';
import { getOverview } from '../../app/capacity/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';

/** GET /api/overview: the Oversikt figures of the user's municipality. */
export async function overviewPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/overview', async (request) => getOverview(deps.db, requireAuth(request).scope.kommuneId));
}
