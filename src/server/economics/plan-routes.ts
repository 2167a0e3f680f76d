import type { FastifyInstance } from 'fastify';
import { GOAL_STATUS_LABELS, PLAN_CHAPTER_LABELS, ZPlanQuery } from '../../contracts/economics/index.ts';
import { planDocument } from '../../domain/economics/index.ts';
import { buildPlanInputs } from '../../app/economics/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { PLAN_FILE_KINDS, PLAN_FILE_TYPES, planFile } from '../../documents/plan-file.ts';

/** GET plan.docx and plan.pdf?chapters=…: the municipality's Plan for legetjenester with today's figures. */
export function planRoutes(app: FastifyInstance, deps: AppDeps, base: string): void {
  for (const kind of PLAN_FILE_KINDS) {
    app.get(`${base}/plan.${kind}`, async (request, reply) => {
      const { scope, kommune } = requireAuth(request);
      const { chapters } = ZPlanQuery.parse(request.query);
      const today = osloDate(deps.clock());
      const inputs = await buildPlanInputs(deps.db, { id: scope.kommuneId, name: kommune.name }, today, chapters.map((id) => ({ id, heading: PLAN_CHAPTER_LABELS[id] })), GOAL_STATUS_LABELS);
      const body = await planFile(kind, planDocument(inputs));
      void reply.header('content-type', PLAN_FILE_TYPES[kind]).header('content-disposition', `attachment; filename="plan-for-legetjenester-${today}.${kind}"`);
      return body;
    });
  }
}
