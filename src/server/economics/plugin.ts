import type { FastifyInstance } from 'fastify';
import { ZCostsQuery, ZMeasureFromPresetRequest, ZMeasureInput, ZRateTableRequest, ZSubsidyQuery } from '../../contracts/economics/index.ts';
import { MEASURE_KINDS, MEASURE_PRESETS, presetById, validateRateTable } from '../../domain/economics/index.ts';
import { saveRateTable } from '../../db/repositories/economics-facts.ts';
import { ECONOMICS_ENTITIES } from '../../db/repositories/economics-entities.ts';
import { createRow } from '../../db/repositories/registry.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { computed, costsView, goalsView, rateTableView, subsidyView } from '../../db/repositories/economics-reports.ts';
import { planRoutes } from './plan-routes.ts';

const BASE = '/api/economics';

/**
 * The computed views of economics and the plan (packages, measures and goals are registry entities): the rate table
 * (read, replace as a whole), basistilskudd by position and month, measure costs by year and against doing nothing,
 * other municipalities' presets, the goals with live indicators, and the plan document.
 */
export async function economicsPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const today = () => osloDate(deps.clock());

  app.get(`${BASE}/rates`, async (request) => {
    const { scope } = requireAuth(request);
    return rateTableView(deps.db, scope.kommuneId);
  });

  app.put(`${BASE}/rates`, { config: { body: ZRateTableRequest } }, async (request) => {
    const scope = requireWriter(request);
    const body = ZRateTableRequest.parse(request.body);
    computed(() => validateRateTable(body.rates));
    return saveRateTable({ db: deps.db, scope, now: deps.clock().toISOString() }, body.version, body.rates);
  });

  app.get(`${BASE}/basistilskudd`, async (request) => {
    const { scope } = requireAuth(request);
    return subsidyView(deps.db, scope, ZSubsidyQuery.parse(request.query));
  });

  app.get(`${BASE}/kinds`, async (request) => {
    requireAuth(request);
    return { kinds: MEASURE_KINDS, presets: MEASURE_PRESETS };
  });

  app.post(`${BASE}/measures/from-preset`, { config: { body: ZMeasureFromPresetRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const body = ZMeasureFromPresetRequest.parse(request.body);
    const preset = computed(() => presetById(body.preset));
    const input = ZMeasureInput.parse({
      packageId: body.packageId,
      name: preset.name,
      kind: preset.model.kind,
      params: preset.model.params,
      startDate: preset.startDate,
      endDate: preset.endDate,
      status: 'recommended',
      reason: preset.source.slice(0, 2000),
      sortOrder: 0,
    });
    const row = await createRow({ db: deps.db, scope, now: deps.clock().toISOString() }, ECONOMICS_ENTITIES.measures, input as Record<string, unknown>);
    void reply.status(201);
    return row;
  });

  app.get(`${BASE}/costs`, async (request) => {
    const { scope } = requireAuth(request);
    return costsView(deps.db, scope.kommuneId, ZCostsQuery.parse(request.query));
  });

  app.get(`${BASE}/goals`, async (request) => {
    const { scope } = requireAuth(request);
    return goalsView(deps.db, scope.kommuneId, today());
  });

  planRoutes(app, deps, BASE);
}
