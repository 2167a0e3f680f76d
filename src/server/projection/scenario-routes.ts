import type { FastifyInstance } from 'fastify';
import { ZCompareQuery, ZResultQuery, ZRunProjectionRequest } from '../../contracts/projection/index.ts';
import { getCapacityTimeline } from '../../app/capacity/index.ts';
import { compareSavedScenarios, getProjectionFacts, getScenarioResult, projectScenarios, runProjection } from '../../app/projection/index.ts';
import { SCENARIO_ENTITY } from '../../db/repositories/projection-entities.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { requirePlanningReader } from './access.ts';
import { crudRoutes, idParam } from '../registry/crud-routes.ts';
import { scenarioReportPdf } from './pdf.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { sendFile } from './reply.ts';
import { comparisonTable, projectionTables } from './tables.ts';
import { tablesToXlsx } from './xlsx.ts';

/** Saved scenarios: projections per scenario, side by side, unsaved what-ifs, Excel and the PDF page. */
export function scenarioRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/projection/facts', async (request) => getProjectionFacts(deps.db, requirePlanningReader(request)));

  app.post('/api/projection/run', { config: { body: ZRunProjectionRequest } }, async (request) => {
    return runProjection(deps.db, requireAuth(request).scope, ZRunProjectionRequest.parse(request.body));
  });

  app.get('/api/projection/compare', async (request) => {
    return compareSavedScenarios(deps.db, requireAuth(request).scope, ZCompareQuery.parse(request.query).ids);
  });

  app.get('/api/projection/compare/export.xlsx', async (request, reply) => {
    const items = await projectScenarios(deps.db, requireAuth(request).scope, ZCompareQuery.parse(request.query).ids);
    return sendFile(reply, await tablesToXlsx([comparisonTable(items)]), 'xlsx', 'scenarioer.xlsx');
  });

  app.get('/api/projection/scenarios/export.xlsx', async (request, reply) => {
    const items = await projectScenarios(deps.db, requireAuth(request).scope, null);
    return sendFile(reply, await tablesToXlsx([comparisonTable(items)]), 'xlsx', 'scenarioer.xlsx');
  });

  app.get('/api/projection/scenarios/:id/result', async (request) => {
    const r = await getScenarioResult(deps.db, requireAuth(request).scope, idParam(request.params), ZResultQuery.parse(request.query ?? {}));
    return { scenario: r.scenario, projection: r.projection, monteCarlo: r.monteCarlo };
  });

  app.get('/api/projection/scenarios/:id/export.xlsx', async (request, reply) => {
    const r = await getScenarioResult(deps.db, requireAuth(request).scope, idParam(request.params), ZResultQuery.parse(request.query ?? {}));
    return sendFile(reply, await tablesToXlsx(projectionTables(r.scenario.name, r.scenario.assumptions, r.projection, r.monteCarlo)), 'xlsx', `dimensjonering-${r.scenario.name}.xlsx`);
  });

  app.get('/api/projection/scenarios/:id/report.pdf', async (request, reply) => {
    const { scope } = requireAuth(request);
    const r = await getScenarioResult(deps.db, scope, idParam(request.params), ZResultQuery.parse(request.query ?? {}));
    const timeline = await getCapacityTimeline(deps.db, scope);
    const pdf = await scenarioReportPdf({ kommuneName: r.facts.kommuneName, madeOn: osloDate(deps.clock()), timeline, ...r });
    return sendFile(reply, pdf, 'pdf', `dimensjonering-${r.scenario.name}.pdf`);
  });

  crudRoutes(app, deps, '/api/projection/scenarios', SCENARIO_ENTITY);
}
