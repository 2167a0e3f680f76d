import type { FastifyInstance } from 'fastify';
import { getCapacityTimeline } from '../../app/capacity/index.ts';
import { POSTING_ENTITY } from '../../db/repositories/projection-entities.ts';
import { listRecords } from '../../app/registry/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { crudRoutes } from '../registry/crud-routes.ts';
import { sendFile } from './reply.ts';
import { table, tablesToXlsx } from './xlsx.ts';
import { timelineTables } from './tables.ts';

/** GET /api/capacity/timeline (+ .xlsx) and the postings of positions at /api/capacity/postings. */
export function capacityRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/capacity/timeline', async (request) => getCapacityTimeline(deps.db, requireAuth(request).scope));

  app.get('/api/capacity/timeline/export.xlsx', async (request, reply) => {
    const { offices, months } = await getCapacityTimeline(deps.db, requireAuth(request).scope);
    const names = new Map(offices.map((o) => [o.id, o.name]));
    return sendFile(reply, await tablesToXlsx(timelineTables(months, (id) => names.get(id) ?? String(id))), 'xlsx', 'kapasitet.xlsx');
  });

  app.get('/api/capacity/postings/export.xlsx', async (request, reply) => {
    const rows = await listRecords(deps.db, POSTING_ENTITY, requireAuth(request).scope);
    const t = table<(typeof rows)[number]>(
      'Utlysninger',
      [
        { header: 'ID', value: (r) => r.id, format: 'int' },
        { header: 'Hjemmel', value: (r) => Number(r.positionId), format: 'int' },
        { header: 'Utlyst fra', value: (r) => String(r.advertisedFrom), format: 'text' },
        { header: 'Søknadsfrist', value: (r) => String(r.deadline), format: 'text' },
        { header: 'Antall søkere', value: (r) => (r.applicants === null ? null : Number(r.applicants)), format: 'int' },
      ],
      rows,
    );
    return sendFile(reply, await tablesToXlsx([t]), 'xlsx', 'utlysninger.xlsx');
  });

  crudRoutes(app, deps, '/api/capacity/postings', POSTING_ENTITY);
}
