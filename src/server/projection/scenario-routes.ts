import type { FastifyInstance } from 'fastify';
import { ZCompareQuery, ZResultQuery, ZRunProjectionRequest } from '../../contracts/projection/index.ts';
import { compareScenarios, defaultAssumptions, DEFINITIONS, scenarioPresets } from '../../domain/projection/index.ts';
import { loadProjectionFacts } from '../../db/repositories/projection-facts.ts';
import { SCENARIO_ENTITY } from '../../db/repositories/projection-entities.ts';
import { getScenario, listScenarios } from '../../db/repositories/projection-scenarios.ts';
import type { Scope } from '../../db/scope.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { requirePlanningReader } from './access.ts';
import { computeScenario } from './compute.ts';
import { crudRoutes, idParam } from '../registry/crud-routes.ts';
import { domainCall } from './domain-errors.ts';
import { loadTimeline } from './capacity-routes.ts';
import { pick, renderReport } from './pdf.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { sendFile } from './reply.ts';
import { comparisonTable, PROJECTION_COLUMNS, projectionTables, timelineTables } from './tables.ts';
import { table, tablesToXlsx } from './xlsx.ts';

/** A saved scenario with its projection and (runs > 0) Monte Carlo. */
async function scenarioResult(deps: AppDeps, scope: Scope, id: number, query: unknown) {
  const { runs, seed } = ZResultQuery.parse(query ?? {});
  const scenario = await getScenario(deps.db, scope, id);
  const facts = await loadProjectionFacts(deps.db, scope.kommuneId);
  return { scenario, facts, ...computeScenario(facts, scenario.assumptions, { runs, seed }) };
}

/** Saved scenarios: projections per scenario, side by side, unsaved what-ifs, Excel and the PDF page. */
export function scenarioRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/projection/facts', async (request) => {
    const scope = requirePlanningReader(request);
    const facts = await loadProjectionFacts(deps.db, scope.kommuneId);
    const defaults = domainCall(() => defaultAssumptions(facts));
    return { facts, defaults, presets: scenarioPresets(facts, defaults), definitions: DEFINITIONS };
  });

  app.post('/api/projection/run', { config: { body: ZRunProjectionRequest } }, async (request) => {
    const { scope } = requireAuth(request);
    const body = ZRunProjectionRequest.parse(request.body);
    const facts = await loadProjectionFacts(deps.db, scope.kommuneId);
    return computeScenario(facts, body.assumptions, body.monteCarlo);
  });

  app.get('/api/projection/compare', async (request) => {
    const { scope } = requireAuth(request);
    const items = await compared(deps, scope, request.query);
    return {
      scenarios: items.map((i) => ({ id: i.id, name: i.name, projection: i.projection })),
      years: compareScenarios(items.map((i) => ({ scenarioId: i.id, projection: i.projection }))),
    };
  });

  app.get('/api/projection/compare/export.xlsx', async (request, reply) => {
    const items = await compared(deps, requireAuth(request).scope, request.query);
    return sendFile(reply, await tablesToXlsx([comparisonTable(items)]), 'xlsx', 'scenarioer.xlsx');
  });

  app.get('/api/projection/scenarios/export.xlsx', async (request, reply) => {
    const { scope } = requireAuth(request);
    const facts = await loadProjectionFacts(deps.db, scope.kommuneId);
    const items = (await listScenarios(deps.db, scope)).map((s) => ({ id: s.id, name: s.name, projection: computeScenario(facts, s.assumptions, null).projection }));
    return sendFile(reply, await tablesToXlsx([comparisonTable(items)]), 'xlsx', 'scenarioer.xlsx');
  });

  app.get('/api/projection/scenarios/:id/result', async (request) => {
    const r = await scenarioResult(deps, requireAuth(request).scope, idParam(request.params), request.query);
    return { scenario: r.scenario, projection: r.projection, monteCarlo: r.monteCarlo };
  });

  app.get('/api/projection/scenarios/:id/export.xlsx', async (request, reply) => {
    const r = await scenarioResult(deps, requireAuth(request).scope, idParam(request.params), request.query);
    return sendFile(reply, await tablesToXlsx(projectionTables(r.scenario.name, r.scenario.assumptions, r.projection, r.monteCarlo)), 'xlsx', `dimensjonering-${r.scenario.name}.xlsx`);
  });

  app.get('/api/projection/scenarios/:id/report.pdf', async (request, reply) => {
    const { scope } = requireAuth(request);
    const r = await scenarioResult(deps, scope, idParam(request.params), request.query);
    const { offices, months } = await loadTimeline(deps, scope);
    const recent = months.slice(-12);
    const [total] = timelineTables(recent.slice(-6), (id) => offices.find((o) => o.id === id)?.name ?? String(id));
    const projectionHeaders = ['År', 'Innbyggere', 'Behov (hoder)', 'Behov (aldersvektet)', 'Hjemler', 'Hjemler som trengs (hoder)', 'Hjemler som trengs (aldersvektet)', 'Gap', 'Hjemler å opprette', 'Pensjoneringer', 'Rekrutteringsbehov'];
    const pdf = await renderReport({
      kommuneName: r.facts.kommuneName,
      madeOn: osloDate(deps.clock()),
      timeline: recent,
      capacityTable: pick(total!, ['Måned', 'Hjemler', 'Uten fast lege', 'Pasienter', 'Ledige plasser', 'Ledig andel', 'Mål ledig andel', 'Venteliste']),
      scenarioName: r.scenario.name,
      assumptions: r.scenario.assumptions,
      projection: r.projection,
      projectionTable: pick(table('År for år', PROJECTION_COLUMNS, r.projection.years), projectionHeaders),
      monteCarlo: r.monteCarlo,
    });
    return sendFile(reply, pdf, 'pdf', `dimensjonering-${r.scenario.name}.pdf`);
  });

  crudRoutes(app, deps, '/api/projection/scenarios', SCENARIO_ENTITY);
}

/** The scenarios named in ?ids=, each with its projection (no Monte Carlo: the comparison is of the main figures). */
async function compared(deps: AppDeps, scope: Scope, query: unknown) {
  const { ids } = ZCompareQuery.parse(query);
  const facts = await loadProjectionFacts(deps.db, scope.kommuneId);
  const items = [];
  for (const id of ids) {
    const s = await getScenario(deps.db, scope, id);
    items.push({ id: s.id, name: s.name, projection: computeScenario(facts, s.assumptions, null).projection });
  }
  return items;
}
