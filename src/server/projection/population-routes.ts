import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZVersion } from '../../contracts/common.ts';
import { ZPopulationImportRequest } from '../../contracts/projection/index.ts';
import { getPopulation, getPopulationSeries, importPopulationFile, previewPopulationFile, removePopulationImport } from '../../app/projection/index.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { idParam } from '../registry/crud-routes.ts';
import { sendFile } from './reply.ts';
import { table, tablesToXlsx } from './xlsx.ts';

const ZVersionQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });

/** SSB population: list what is stored, preview and import a file, delete an import, export to Excel. */
export function populationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const ctx = (scope: ReturnType<typeof requireWriter>) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

  app.get('/api/projection/population', async (request) => getPopulation(deps.db, requireAuth(request).scope));

  app.get('/api/projection/population/export.xlsx', async (request, reply) => {
    const series = await getPopulationSeries(deps.db, requireAuth(request).scope);
    const years = [...new Set(series.flatMap((s) => s.totals.map((t) => t.year)))].sort((a, b) => a - b);
    const t = table<number>(
      'Befolkning',
      [{ header: 'År', value: (y) => y, format: 'text' }, ...series.map((s) => ({ header: s.code, value: (y: number) => s.totals.find((t) => t.year === y)?.persons ?? null, format: 'int' as const }))],
      years,
    );
    return sendFile(reply, await tablesToXlsx([t]), 'xlsx', 'befolkning.xlsx');
  });

  app.post('/api/projection/population/preview', { config: { body: ZPopulationImportRequest } }, async (request) => {
    const scope = requireWriter(request);
    return previewPopulationFile(deps.db, scope, ZPopulationImportRequest.parse(request.body));
  });

  app.post('/api/projection/population/import', { config: { body: ZPopulationImportRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const result = await importPopulationFile(ctx(scope), ZPopulationImportRequest.parse(request.body));
    void reply.status(201);
    return result;
  });

  app.delete('/api/projection/population/imports/:id', async (request) => {
    const scope = requireWriter(request);
    const { version } = ZVersionQuery.parse(request.query);
    await removePopulationImport(ctx(scope), idParam(request.params), version);
    return { ok: true };
  });
}
