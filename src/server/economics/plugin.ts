import type { FastifyInstance } from 'fastify';
import { ZCostsQuery, ZMeasureFromPresetRequest, ZRateTableRequest, ZSubsidyQuery } from '../../contracts/economics/index.ts';
import { MEASURE_KINDS, MEASURE_PRESETS } from '../../domain/economics/index.ts';
import { createMeasureFromPreset, getCosts, getGoals, getRateTable, getSubsidyReport, replaceRateTable } from '../../app/economics/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { planRoutes } from './plan-routes.ts';

const BASE = '/api/economics';

/**
 * The computed views of economics and the plan (packages, measures and goals are registry entities): the rate table
 * (read, replace as a whole), basistilskudd by position and month, measure costs by year and against doing nothing,
 * other municipalities' presets, the goals with live indicators, and the plan document.
 */
export async function economicsPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const today = () => osloDate(deps.clock());
  const ctx = (scope: ReturnType<typeof requireWriter>) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

  app.get(`${BASE}/rates`, async (request) => getRateTable(deps.db, requireAuth(request).scope.kommuneId));

  app.put(`${BASE}/rates`, { config: { body: ZRateTableRequest } }, async (request) => {
    const scope = requireWriter(request);
    return replaceRateTable(ctx(scope), ZRateTableRequest.parse(request.body));
  });

  app.get(`${BASE}/basistilskudd`, async (request) => getSubsidyReport(deps.db, requireAuth(request).scope, ZSubsidyQuery.parse(request.query)));

  app.get(`${BASE}/kinds`, async (request) => {
    requireAuth(request);
    return { kinds: MEASURE_KINDS, presets: MEASURE_PRESETS };
  });

  app.post(`${BASE}/measures/from-preset`, { config: { body: ZMeasureFromPresetRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const row = await createMeasureFromPreset(ctx(scope), ZMeasureFromPresetRequest.parse(request.body));
    void reply.status(201);
    return row;
  });

  app.get(`${BASE}/costs`, async (request) => getCosts(deps.db, requireAuth(request).scope.kommuneId, ZCostsQuery.parse(request.query)));

  app.get(`${BASE}/goals`, async (request) => getGoals(deps.db, requireAuth(request).scope.kommuneId, today()));

  planRoutes(app, deps, BASE);
}
