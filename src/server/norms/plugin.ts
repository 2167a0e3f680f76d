import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZIdParams, ZVersion } from '../../contracts/common.ts';
import {
  ZCreateNormVersionRequest,
  ZDateQuery,
  ZExportQuery,
  ZGapQuery,
  ZGapWhatIfRequest,
  ZOhdQuery,
  type TCreateNormVersionResponse,
  type TPresetsResponse,
} from '../../contracts/norms/index.ts';
import { NORM_PRESETS } from '../../domain/norms/index.ts';
import { createNormVersion, deleteNormVersion, getAllocation, getGpTasks, getNormGap, getOhd, getStayWhatIf } from '../../app/norms/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { gapPdf } from './gap-pdf.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { computedTableXlsx } from './xlsx-tables.ts';

const BASE = '/api/norms';
const ZVersionQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });
const EARLIEST = '1900-01-01';

/**
 * The computed views of the staffing-norm area (the plain tables are registry entities): the gap against the norm
 * (JSON, what-if, PDF), the municipal doctor FTE allocation, the GPs' municipal tasks, ØHD, the shipped presets,
 * .xlsx of each computed table, and dated norm versions (copy one, delete one with its activity table).
 */
export async function normsPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const today = () => osloDate(deps.clock());
  const thisYear = () => Number(today().slice(0, 4));

  app.get(`${BASE}/presets`, async (request): Promise<TPresetsResponse> => {
    requireAuth(request);
    return { items: [...NORM_PRESETS] };
  });

  app.get(`${BASE}/gap`, async (request) => {
    const { scope } = requireAuth(request);
    const q = ZGapQuery.parse(request.query);
    return getNormGap(deps.db, scope, { year: q.year ?? thisYear(), stayScale: q.stayScale ?? 1 });
  });

  app.get(`${BASE}/gap.pdf`, async (request, reply) => {
    const { scope, kommune } = requireAuth(request);
    const q = ZGapQuery.parse(request.query);
    const stayScale = q.stayScale ?? 1;
    const report = await getNormGap(deps.db, scope, { year: q.year ?? thisYear(), stayScale });
    const body = await gapPdf(report, { kommune: kommune.name, stayScale });
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="legedekning-sykehjem-${report.year}.pdf"`);
    return body;
  });

  app.post(`${BASE}/gap/what-if`, { config: { body: ZGapWhatIfRequest } }, async (request) => {
    const { scope } = requireAuth(request);
    const body = ZGapWhatIfRequest.parse(request.body);
    return getStayWhatIf(deps.db, scope, body.year ?? thisYear(), { stayScale: body.stayScale, stays: body.stays });
  });

  app.get(`${BASE}/allocation`, async (request) => {
    const { scope } = requireAuth(request);
    return getAllocation(deps.db, scope, ZDateQuery.parse(request.query).date ?? today());
  });

  app.get(`${BASE}/gp-tasks`, async (request) => {
    const { scope } = requireAuth(request);
    return getGpTasks(deps.db, scope, ZDateQuery.parse(request.query).date ?? today());
  });

  app.get(`${BASE}/ohd`, async (request) => {
    const { scope } = requireAuth(request);
    const q = ZOhdQuery.parse(request.query);
    return getOhd(deps.db, scope, q.fromDate ?? EARLIEST, q.toDate ?? today());
  });

  app.get(`${BASE}/export.xlsx`, async (request, reply) => {
    const { scope } = requireAuth(request);
    const q = ZExportQuery.parse(request.query);
    const date = q.date ?? today();
    const body = await computedTableXlsx(q.table, {
      gap: () => getNormGap(deps.db, scope, { year: q.year ?? thisYear(), stayScale: q.stayScale ?? 1 }),
      allocation: () => getAllocation(deps.db, scope, date),
      gpTasks: () => getGpTasks(deps.db, scope, date),
      ohd: () => getOhd(deps.db, scope, q.fromDate ?? EARLIEST, q.toDate ?? today()),
    });
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${q.table}.xlsx"`);
    return body;
  });

  app.post(`${BASE}/versions`, { config: { body: ZCreateNormVersionRequest } }, async (request, reply): Promise<TCreateNormVersionResponse> => {
    const scope = requireWriter(request);
    const body = ZCreateNormVersionRequest.parse(request.body);
    const created = await createNormVersion({ db: deps.db, scope, now: deps.clock().toISOString() }, body);
    void reply.status(201);
    return created;
  });

  app.delete(`${BASE}/versions/:id`, async (request) => {
    const scope = requireWriter(request);
    const { id } = ZIdParams.parse(request.params);
    const { version } = ZVersionQuery.parse(request.query);
    await deleteNormVersion({ db: deps.db, scope, now: deps.clock().toISOString() }, id, version);
    return { ok: true };
  });
}
