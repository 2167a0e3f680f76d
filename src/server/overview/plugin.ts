import type { FastifyInstance } from 'fastify';
import { overview } from '../../domain/capacity/index.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';

/** GET /api/overview: the Oversikt figures of the user's municipality. */
export async function overviewPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/overview', async (request) => {
    const { scope } = requireAuth(request);
    return overview(await loadCapacityFacts(deps.db, scope.kommuneId));
  });
}
