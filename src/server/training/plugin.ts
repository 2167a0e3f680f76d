import type { FastifyInstance } from 'fastify';
import { ZAssessRequest, ZGoalImportRequest, ZSessionInput, ZTrainingQuery, ZVersionBody, type TAssessmentsResponse, type TGoalImportResponse, type TTrainingOverviewResponse } from '../../contracts/training/index.ts';
import { approveGoal, assessGoal, confirmLis1, confirmSession, getTrainingOverview, importGoals, listAgreementAssessments, logSession } from '../../app/training/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { idParam } from '../registry/crud-routes.ts';
import { overviewXlsx } from './xlsx.ts';

const BASE = '/api/training';

/**
 * Doctors in training (the plain tables are registry entities): the overview (status per ALIS with the reason, what is
 * due, supervisor FTE, grants, LIS1, recertification) as JSON and .xlsx, and the actions with their own rules — the
 * doctor logs supervision, the supervisor confirms it and assesses learning goals, the leader approves goals and
 * confirms LIS1 service, a writer imports the goal catalogue. Every action is audited.
 */
export async function trainingPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const today = () => osloDate(deps.clock());
  const ctx = (scope: ReturnType<typeof requireWriter>) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

  app.get(`${BASE}/overview`, async (request): Promise<TTrainingOverviewResponse> => {
    const { scope } = requireAuth(request);
    return getTrainingOverview(deps.db, scope, ZTrainingQuery.parse(request.query).date ?? today());
  });

  app.get(`${BASE}/overview.xlsx`, async (request, reply) => {
    const { scope } = requireAuth(request);
    const overview = await getTrainingOverview(deps.db, scope, ZTrainingQuery.parse(request.query).date ?? today());
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="utdanning-${overview.date}.xlsx"`);
    return overviewXlsx(overview);
  });

  app.post(`${BASE}/sessions`, { config: { body: ZSessionInput } }, async (request, reply) => {
    const { scope, user } = requireAuth(request);
    const row = await logSession(ctx(scope), user.role, request.body);
    void reply.status(201);
    return row;
  });

  app.post(`${BASE}/sessions/:id/confirm`, { config: { body: ZVersionBody } }, async (request) => {
    const { scope } = requireAuth(request);
    const id = idParam(request.params);
    return confirmSession(ctx(scope), id, ZVersionBody.parse(request.body).version);
  });

  app.get(`${BASE}/agreements/:id/assessments`, async (request): Promise<TAssessmentsResponse> => {
    const { scope } = requireAuth(request);
    return { items: await listAgreementAssessments(deps.db, scope, idParam(request.params)) };
  });

  app.post(`${BASE}/agreements/:id/assessments`, { config: { body: ZAssessRequest } }, async (request) => {
    const { scope } = requireAuth(request);
    const id = idParam(request.params);
    return assessGoal(ctx(scope), id, ZAssessRequest.parse(request.body));
  });

  app.post(`${BASE}/assessments/:id/approve`, { config: { body: ZVersionBody } }, async (request) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    return approveGoal(ctx(scope), id, ZVersionBody.parse(request.body).version);
  });

  app.post(`${BASE}/lis1-placements/:id/confirm`, { config: { body: ZVersionBody } }, async (request) => {
    const scope = requireWriter(request);
    const id = idParam(request.params);
    return confirmLis1(ctx(scope), id, ZVersionBody.parse(request.body).version);
  });

  app.post(`${BASE}/learning-goals/import`, { config: { body: ZGoalImportRequest } }, async (request): Promise<TGoalImportResponse> => {
    const scope = requireWriter(request);
    return importGoals(ctx(scope), ZGoalImportRequest.parse(request.body).content);
  });
}
