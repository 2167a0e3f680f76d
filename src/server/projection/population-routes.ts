import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ZVersion } from '../../contracts/common.ts';
import { ZPopulationImportRequest, type TPopulationImportResult } from '../../contracts/projection/index.ts';
import { parsePopulationFile, seriesFromRows, type PopulationImport } from '../../domain/projection/index.ts';
import { findKommuneById } from '../../db/repositories/projection-facts.ts';
import { deletePopulationImport, listPopulationImports, loadPopulationRows, savePopulationImport } from '../../db/repositories/population.ts';
import { loadKommuneReference } from '../../db/repositories/population-reference.ts';
import type { Scope } from '../../db/scope.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth, requireWriter } from '../auth/plugin.ts';
import { idParam } from '../registry/crud-routes.ts';
import { domainCall } from './domain-errors.ts';
import { sendFile } from './reply.ts';
import { table, tablesToXlsx } from './xlsx.ts';

const ZVersionQuery = z.object({ version: z.coerce.number().pipe(ZVersion) });

/** Reads and checks an uploaded SSB file for the user's municipality; refuses with every problem named. */
async function interpret(deps: AppDeps, scope: Scope, body: unknown): Promise<{ fileName: string; imp: PopulationImport }> {
  const { fileName, contentBase64 } = ZPopulationImportRequest.parse(body);
  const kommune = await findKommuneById(deps.db, scope.kommuneId);
  const ref = await loadKommuneReference();
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  return { fileName, imp: domainCall(() => parsePopulationFile(bytes, ref, kommune)) };
}

const result = (id: number | null, fileName: string, imp: PopulationImport): TPopulationImportResult => ({
  id,
  fileName,
  format: imp.format,
  kind: imp.kind,
  tableId: imp.tableId,
  title: imp.title,
  rowCount: imp.rows.length,
  mapped: imp.mapped,
  skipped: imp.skipped,
  summary: imp.summary,
});

/** The municipality's population series (own number) with totals per year. */
async function ownSeries(deps: AppDeps, scope: Scope) {
  const kommune = await findKommuneById(deps.db, scope.kommuneId);
  return seriesFromRows(await loadPopulationRows(deps.db, scope.kommuneId, kommune.nr)).map((s) => ({
    code: s.code,
    source: s.source,
    totals: s.years.map((y) => ({ year: y.year, persons: y.persons.every((p) => p !== null) ? y.persons.reduce<number>((a, b) => a + (b ?? 0), 0) : null })),
  }));
}

/** SSB population: list what is stored, preview and import a file, delete an import, export to Excel. */
export function populationRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/api/projection/population', async (request) => {
    const { scope } = requireAuth(request);
    return { imports: await listPopulationImports(deps.db, scope), series: await ownSeries(deps, scope) };
  });

  app.get('/api/projection/population/export.xlsx', async (request, reply) => {
    const series = await ownSeries(deps, requireAuth(request).scope);
    const years = [...new Set(series.flatMap((s) => s.totals.map((t) => t.year)))].sort((a, b) => a - b);
    const t = table<number>(
      'Befolkning',
      [{ header: 'År', value: (y) => y, format: 'text' }, ...series.map((s) => ({ header: s.code, value: (y: number) => s.totals.find((t) => t.year === y)?.persons ?? null, format: 'int' as const }))],
      years,
    );
    return sendFile(reply, await tablesToXlsx([t]), 'xlsx', 'befolkning.xlsx');
  });

  app.post('/api/projection/population/preview', { config: { body: ZPopulationImportRequest } }, async (request) => {
    const { fileName, imp } = await interpret(deps, requireWriter(request), request.body);
    return result(null, fileName, imp);
  });

  app.post('/api/projection/population/import', { config: { body: ZPopulationImportRequest } }, async (request, reply) => {
    const scope = requireWriter(request);
    const { fileName, imp } = await interpret(deps, scope, request.body);
    const record = await savePopulationImport({ db: deps.db, scope, now: deps.clock().toISOString() }, fileName, imp);
    void reply.status(201);
    return result(record.id, fileName, imp);
  });

  app.delete('/api/projection/population/imports/:id', async (request) => {
    const scope = requireWriter(request);
    const { version } = ZVersionQuery.parse(request.query);
    await deletePopulationImport({ db: deps.db, scope, now: deps.clock().toISOString() }, idParam(request.params), version);
    return { ok: true };
  });
}
