import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  cancelRosterJob,
  checkRosterChanges,
  deleteRoster,
  editRoster,
  generateRoster,
  listRosters,
  publishRoster,
  repairRoster,
  reportAbsence,
  resolveRoster,
  rosterDetail,
  rosterExport,
  rosterPlan,
  shiftCandidates,
  type RosterSolver,
} from '../../app/roster/index.ts';
import { ZVersion } from '../../contracts/common.ts';
import {
  ZAbsenceRequest,
  ZCandidatesQuery,
  ZEditRequest,
  ZGenerateRequest,
  ZRepairRequest,
  ZResolveRequest,
  ZRosterVersion,
  type TCandidate,
  type TCheckResponse,
  type TJob,
  type TRosterSummary,
} from '../../contracts/roster/index.ts';
import { getJob } from '../../db/repositories/roster-jobs.ts';
import { rosterPdf } from '../../documents/roster-pdf.ts';
import { requireAuth } from '../auth/plugin.ts';
import type { AppDeps } from '../context.ts';
import { idParam } from '../registry/crud-routes.ts';
import { LEGEVAKT_BASE, rosterContext, writerContext } from './context.ts';
import { RosterJobRunner } from './jobs.ts';
import { rosterSharingRoutes } from './sharing-routes.ts';
import { rosterXlsx } from './xlsx.ts';

const ZDeleteQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });
const ZExportQuery = z.object({ by: z.enum(['week', 'doctor'], { error: 'Velg uke eller lege' }).default('week') });

const attachment = (reply: FastifyReply, type: string, name: string) =>
  void reply.header('content-type', type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);

/**
 * The legevakt roster (issue 5): generate a roster for a period in the background, see and check it, edit it with
 * the rules checked live, re-solve part of it, publish it, report an absence after publication and repair the
 * open shifts it leaves, and — in sharing-routes.ts — each doctor's shifts, calendar feed, open shifts and swaps.
 * Each route parses, calls its use case (src/app/roster) and answers; what a role may read is decided there.
 */
export async function rosterPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const runner = new RosterJobRunner(deps.db, deps.clock, deps.solverJobs);
  app.addHook('onClose', () => runner.close());
  await runner.open();
  const solver: RosterSolver = runner;
  const ctx = (request: FastifyRequest) => rosterContext(deps, request);
  const writer = (request: FastifyRequest) => writerContext(deps, request);
  const id = (request: FastifyRequest) => idParam(request.params);
  const B = LEGEVAKT_BASE;

  app.get(`${B}/rosters`, async (request): Promise<{ items: TRosterSummary[] }> => listRosters(ctx(request)));

  app.post(`${B}/rosters`, { config: { body: ZGenerateRequest } }, async (request, reply) => {
    const started = await generateRoster(writer(request), solver, ZGenerateRequest.parse(request.body));
    void reply.status(202);
    return started;
  });

  app.get(`${B}/rosters/:id`, async (request) => rosterDetail(ctx(request), id(request)));

  // The roster per week and per doctor with a monthly payroll sheet (hours by kind of shift), as .xlsx …
  app.get(`${B}/rosters/:id/export.xlsx`, async (request, reply) => {
    const x = await rosterExport(ctx(request), id(request));
    attachment(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x.fileName('xlsx'));
    return rosterXlsx(x.sheet, x.payroll);
  });

  // … and as PDF, per week or per doctor.
  app.get(`${B}/rosters/:id/export.pdf`, async (request, reply) => {
    const { by } = ZExportQuery.parse(request.query);
    const x = await rosterExport(ctx(request), id(request));
    attachment(reply, 'application/pdf', x.fileName('pdf'));
    return rosterPdf(x.sheet, { by, holidays: x.holidays });
  });

  // The facts the roster was solved against, as the command line reads them (`legeplan roster solve --input`).
  app.get(`${B}/rosters/:id/plan.json`, async (request, reply) => {
    const { plan, fileName } = await rosterPlan(ctx(request), id(request));
    attachment(reply, 'application/json; charset=utf-8', fileName);
    return plan;
  });

  app.delete(`${B}/rosters/:id`, async (request, reply) => {
    const c = writer(request);
    await deleteRoster(c, id(request), ZDeleteQuery.parse(request.query).version);
    return reply.status(204).send();
  });

  app.post(`${B}/rosters/:id/check`, { config: { body: ZEditRequest } }, async (request): Promise<TCheckResponse> =>
    checkRosterChanges(writer(request), id(request), ZEditRequest.parse(request.body)),
  );

  app.get(`${B}/rosters/:id/candidates`, async (request): Promise<{ items: TCandidate[] }> => {
    const c = writer(request);
    return shiftCandidates(c, id(request), ZCandidatesQuery.parse(request.query));
  });

  app.post(`${B}/rosters/:id/edit`, { config: { body: ZEditRequest } }, async (request) => editRoster(writer(request), id(request), ZEditRequest.parse(request.body)));

  app.post(`${B}/rosters/:id/solve`, { config: { body: ZResolveRequest } }, async (request, reply) => {
    const started = await resolveRoster(writer(request), solver, id(request), ZResolveRequest.parse(request.body));
    void reply.status(202);
    return started;
  });

  app.post(`${B}/rosters/:id/publish`, { config: { body: ZRosterVersion } }, async (request) => publishRoster(writer(request), id(request), ZRosterVersion.parse(request.body).version));

  app.post(`${B}/rosters/:id/absences`, { config: { body: ZAbsenceRequest } }, async (request) => reportAbsence(writer(request), id(request), ZAbsenceRequest.parse(request.body)));

  app.post(`${B}/rosters/:id/repair`, { config: { body: ZRepairRequest } }, async (request, reply) => {
    const started = await repairRoster(writer(request), solver, id(request), ZRepairRequest.parse(request.body));
    void reply.status(202);
    return started;
  });

  app.get(`${B}/jobs/:id`, async (request): Promise<TJob> => {
    const { scope } = requireAuth(request);
    return getJob(deps.db, scope.kommuneId, id(request));
  });

  app.post(`${B}/jobs/:id/cancel`, async (request): Promise<TJob> => cancelRosterJob(writer(request), solver, id(request)));

  // For tests and shutdown: wait until every job has saved its result.
  app.decorate('rosterJobsIdle', () => runner.idle());
  await rosterSharingRoutes(app, deps);
}

declare module 'fastify' {
  interface FastifyInstance {
    rosterJobsIdle: () => Promise<void>;
  }
}
