import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../context.ts';
import { capacityRoutes } from './capacity-routes.ts';
import { populationRoutes } from './population-routes.ts';
import { scenarioRoutes } from './scenario-routes.ts';

/** GP capacity over time, postings, SSB population, projection scenarios and their exports. */
export async function projectionPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  capacityRoutes(app, deps);
  populationRoutes(app, deps);
  scenarioRoutes(app, deps);
}
