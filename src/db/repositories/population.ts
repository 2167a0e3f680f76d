import { DomainError } from '../../domain/errors.ts';
import type { PopulationImport, PopulationRowFacts } from '../../domain/projection/index.ts';
import type { Db, Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';

/** A stored import as the API lists it. */
export interface PopulationImportRecord {
  id: number;
  version: number;
  fileName: string;
  format: PopulationImport['format'];
  kind: PopulationImport['kind'];
  tableId: string | null;
  title: string;
  rowCount: number;
  mapped: PopulationImport['mapped'];
  skipped: string[];
  summary: PopulationImport['summary'];
  importedAt: string;
}

const IMPORT_COLUMNS = `i.id, i.version, i.file_name AS "fileName", i.format, i.kind, i.table_id AS "tableId", i.title,
  i.row_count AS "rowCount", i.mapped, i.skipped, i.summary, i.imported_at AS "importedAt"`;

/**
 * Stores an interpreted file in one transaction: the import record, its rows, and an audit entry. A projection
 * series (nr + alternative) is replaced as a whole by a newer round; registered figures are replaced year by year.
 */
export async function savePopulationImport(ctx: { db: Db; scope: Scope; now: string }, fileName: string, imp: PopulationImport): Promise<PopulationImportRecord> {
  return ctx.db.transaction(async (tx) => {
    const k = ctx.scope.kommuneId;
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO population_import (kommune_id, file_name, format, kind, table_id, title, mapped, skipped, summary, row_count, imported_at, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [k, fileName, imp.format, imp.kind, imp.tableId, imp.title, JSON.stringify(imp.mapped), JSON.stringify(imp.skipped), JSON.stringify(imp.summary), imp.rows.length, ctx.now, ctx.scope.userId],
    );
    const id = row!.id;
    const pairs = [...new Set(imp.rows.map((r) => `${r.kommuneNr}|${r.series}`))].map((p) => p.split('|') as [string, string]);
    const projections = pairs.filter(([, s]) => s !== 'REG');
    if (projections.length > 0) {
      await tx.query(
        `DELETE FROM population p USING unnest($2::text[], $3::text[]) AS x(nr, series)
          WHERE p.kommune_id = $1 AND p.kommune_nr = x.nr AND p.series = x.series`,
        [k, projections.map(([nr]) => nr), projections.map(([, s]) => s)],
      );
    }
    const registered = [...new Set(imp.rows.filter((r) => r.series === 'REG').map((r) => `${r.kommuneNr}|${r.year}`))].map((p) => p.split('|'));
    if (registered.length > 0) {
      await tx.query(
        `DELETE FROM population p USING unnest($2::text[], $3::int[]) AS x(nr, year)
          WHERE p.kommune_id = $1 AND p.series = 'REG' AND p.kommune_nr = x.nr AND p.year = x.year`,
        [k, registered.map(([nr]) => nr), registered.map(([, y]) => Number(y))],
      );
    }
    const r = imp.rows;
    await tx.query(
      `INSERT INTO population (kommune_id, import_id, kommune_nr, sex, age_from, age_to, year, series, persons)
       SELECT $1::int, $2::int, * FROM unnest($3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[], $9::int[])`,
      [k, id, r.map((x) => x.kommuneNr), r.map((x) => x.sex), r.map((x) => x.ageFrom), r.map((x) => x.ageTo), r.map((x) => x.year), r.map((x) => x.series), r.map((x) => x.persons)],
    );
    // Imports whose every row was superseded no longer hold anything: drop their records too.
    await tx.query(
      `DELETE FROM population_import i WHERE i.kommune_id = $1 AND i.id <> $2 AND NOT EXISTS (SELECT 1 FROM population p WHERE p.import_id = i.id)`,
      [k, id],
    );
    const [record] = await tx.query<PopulationImportRecord>(`SELECT ${IMPORT_COLUMNS} FROM population_import i WHERE i.id = $1`, [id]);
    await writeAudit(tx, ctx.scope, {
      at: ctx.now,
      entity: 'population-imports',
      entityId: id,
      action: 'import',
      before: null,
      after: { fileName, kind: imp.kind, tableId: imp.tableId, rowCount: imp.rows.length, mapped: imp.mapped, summary: imp.summary },
    });
    return record!;
  });
}

/** The municipality's imports, newest first. */
export async function listPopulationImports(db: Queryable, scope: Scope): Promise<PopulationImportRecord[]> {
  return db.query<PopulationImportRecord>(`SELECT ${IMPORT_COLUMNS} FROM population_import i WHERE i.kommune_id = $1 ORDER BY i.id DESC`, [scope.kommuneId]);
}

/** Deletes an import and its rows if the caller saw its current version; another municipality's import is not found. */
export async function deletePopulationImport(ctx: { db: Db; scope: Scope; now: string }, id: number, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.query<PopulationImportRecord>(`SELECT ${IMPORT_COLUMNS} FROM population_import i WHERE i.id = $1 AND i.kommune_id = $2 FOR UPDATE`, [id, ctx.scope.kommuneId]);
    if (!before) throw new DomainError('not_found', `Fant ikke befolkningsimport ${id}`);
    if (before.version !== version) throw new DomainError('version_conflict', 'Noen andre har endret denne importen siden du åpnet den', { current: before });
    await tx.query(`DELETE FROM population_import WHERE id = $1 AND kommune_id = $2`, [id, ctx.scope.kommuneId]);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'population-imports', entityId: id, action: 'delete', before, after: null });
  });
}

/** The stored population of one municipality number, every series, with each row's source (table and file). */
export async function loadPopulationRows(db: Queryable, kommuneId: number, kommuneNr: string): Promise<PopulationRowFacts[]> {
  return db.query<PopulationRowFacts>(
    `SELECT p.series, p.year, p.sex, p.age_from AS "ageFrom", p.age_to AS "ageTo", p.persons,
            'SSB ' || COALESCE(i.table_id || ', ', '') || i.file_name AS source
       FROM population p JOIN population_import i ON i.id = p.import_id AND i.kommune_id = p.kommune_id
      WHERE p.kommune_id = $1 AND p.kommune_nr = $2`,
    [kommuneId, kommuneNr],
  );
}
