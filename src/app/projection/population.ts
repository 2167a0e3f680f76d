import type { TPopulationImportRequest, TPopulationImportResult } from '../../contracts/projection/index.ts';
import { parsePopulationFile, seriesFromRows, type PopulationImport } from '../../domain/projection/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { findKommuneById } from '../../db/repositories/projection-facts.ts';
import { deletePopulationImport, listPopulationImports, loadPopulationRows, savePopulationImport } from '../../db/repositories/population.ts';
import { loadKommuneReference } from '../../db/repositories/population-reference.ts';
import type { Scope } from '../../db/scope.ts';
import type { UseCaseContext } from '../context.ts';

/** Reads and checks an uploaded SSB file for the user's municipality; refuses with every problem named. */
async function interpret(db: Queryable, scope: Scope, req: TPopulationImportRequest): Promise<PopulationImport> {
  const kommune = await findKommuneById(db, scope.kommuneId);
  const ref = await loadKommuneReference();
  return parsePopulationFile(new Uint8Array(Buffer.from(req.contentBase64, 'base64')), ref, kommune);
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

/** What an SSB file would import, without storing anything. */
export async function previewPopulationFile(db: Queryable, scope: Scope, req: TPopulationImportRequest): Promise<TPopulationImportResult> {
  return result(null, req.fileName, await interpret(db, scope, req));
}

/** Stores an SSB file's population rows (audited). */
export async function importPopulationFile(ctx: UseCaseContext, req: TPopulationImportRequest): Promise<TPopulationImportResult> {
  const imp = await interpret(ctx.db, ctx.scope, req);
  const record = await savePopulationImport(ctx, req.fileName, imp);
  return result(record.id, req.fileName, imp);
}

/** Deletes an import the caller saw at its current version (audited). */
export async function removePopulationImport(ctx: UseCaseContext, id: number, version: number): Promise<void> {
  await deletePopulationImport(ctx, id, version);
}

/** The municipality's population series (own number) with totals per year. */
export async function getPopulationSeries(db: Queryable, scope: Scope) {
  const kommune = await findKommuneById(db, scope.kommuneId);
  return seriesFromRows(await loadPopulationRows(db, scope.kommuneId, kommune.nr)).map((s) => ({
    code: s.code,
    source: s.source,
    totals: s.years.map((y) => ({ year: y.year, persons: y.persons.every((p) => p !== null) ? y.persons.reduce<number>((a, b) => a + (b ?? 0), 0) : null })),
  }));
}

/** The imports stored and the series they give. */
export async function getPopulation(db: Queryable, scope: Scope) {
  return { imports: await listPopulationImports(db, scope), series: await getPopulationSeries(db, scope) };
}
