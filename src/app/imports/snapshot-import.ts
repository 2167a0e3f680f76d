import { fieldLabel } from '../../contracts/common.ts';
import { AppError } from '../../contracts/errors.ts';
import {
  SNAPSHOT_IMPORT_FIELD_LABELS,
  ZSnapshotImportMapping,
  type TSnapshotImportCommitRequest,
  type TSnapshotImportCommitResponse,
  type TSnapshotImportMapping,
  type TSnapshotImportMappingResponse,
  type TSnapshotImportPreviewResponse,
  type TSnapshotImportPreviewRow,
  type TSnapshotImportRequest,
} from '../../contracts/imports/snapshot-import.ts';
import type { Queryable } from '../../db/connection.ts';
import { applySnapshotChanges, getImportMapping, loadSnapshotRegister, saveImportMapping } from '../../db/repositories/snapshot-import.ts';
import type { Scope } from '../../db/scope.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import { monthCompleteness } from '../../domain/capacity/index.ts';
import {
  checkSnapshotRows,
  chooseMapping,
  codesOf,
  countChanges,
  detectFileKind,
  locateColumns,
  monthsOf,
  parseCsvTable,
  parseSnapshotRows,
  planSnapshotChanges,
  tableFromRows,
  type CheckedSnapshotRow,
  type ColumnIndexes,
  type FileKind,
  type RowError,
  type SnapshotMapping,
  type Table,
  type TableResult,
} from '../../domain/imports/index.ts';
import type { UseCaseContext } from '../context.ts';
import { readXlsxRows } from './read-xlsx.ts';

const KIND = 'list-snapshots';

async function readTable(kind: FileKind, bytes: Uint8Array): Promise<TableResult> {
  switch (kind.kind) {
    case 'csv':
      return parseCsvTable(bytes);
    case 'xlsx': {
      const rows = await readXlsxRows(bytes);
      return rows ? tableFromRows(rows) : { ok: false, reason: 'Filen kunne ikke leses som Excel-arbeidsbok (.xlsx)' };
    }
    case 'refused':
      return { ok: false, reason: kind.reason };
  }
}

/** The uploaded file as a table, or a 400 on `file` saying what is wrong with it. */
async function readUpload(upload: { fileName: string; contentBase64: string }): Promise<Table> {
  const bytes = Buffer.from(upload.contentBase64, 'base64');
  const result = await readTable(detectFileKind(upload.fileName, bytes), bytes);
  if (!result.ok) throw new AppError('validation_failed', result.reason, { fields: [{ path: 'file', message: `${fieldLabel('file')}: ${result.reason}` }] });
  return result.table;
}

/** Where the user's mapping's columns are, or a 400 naming each field whose column the file does not have. */
function requireColumns(mapping: SnapshotMapping, columns: readonly string[]): ColumnIndexes {
  const located = locateColumns(mapping, columns);
  if (located.ok) return located.indexes;
  const fields = located.absent.map((f) => ({
    path: `mapping.${f}`,
    message: `${SNAPSHOT_IMPORT_FIELD_LABELS[f]}: Kolonnen «${mapping[f]}» finnes ikke i filen`,
  }));
  throw new AppError('validation_failed', 'Kolonnekoblingen passer ikke til filen', { fields });
}

/** The municipality's remembered mapping; one stored under an older contract counts as none. */
async function rememberedMapping(q: Queryable, scope: Scope): Promise<TSnapshotImportMapping | null> {
  const parsed = ZSnapshotImportMapping.safeParse(await getImportMapping(q, scope, KIND));
  return parsed.success ? parsed.data : null;
}

/** Reads the rows through the mapping and checks them against the scope's own register. */
async function checkRows(q: Queryable, scope: Scope, file: { table: Table; columns: ColumnIndexes; lock: boolean }): Promise<CheckedSnapshotRow[]> {
  const parsed = parseSnapshotRows(file.table, file.columns);
  const register = await loadSnapshotRegister(q, scope, { codes: codesOf(parsed), months: monthsOf(parsed), lock: file.lock });
  return checkSnapshotRows(parsed, register);
}

const describeError = (e: RowError) => `${SNAPSHOT_IMPORT_FIELD_LABELS[e.field]}: ${e.reason}`;

function previewRow(row: CheckedSnapshotRow): TSnapshotImportPreviewRow {
  const { rowNumber, values, positionId, existing } = row;
  return { rowNumber, values, positionId, existing: existing !== null, errors: row.kind === 'invalid' ? row.errors.map(describeError) : [] };
}

/** The 400 for a commit with bad rows: one field error per problem, `rows.<rowNumber>.<field>`. */
function rowsRefused(invalid: readonly Extract<CheckedSnapshotRow, { kind: 'invalid' }>[]): AppError {
  const fields = invalid.flatMap((r) =>
    r.errors.map((e) => ({ path: `rows.${r.rowNumber}.${e.field}`, message: `Rad ${r.rowNumber}: ${describeError(e)}` })),
  );
  const count = invalid.length === 1 ? '1 rad har feil' : `${invalid.length} rader har feil`;
  return new AppError('validation_failed', `${count}, så ingenting er importert. Rett filen og prøv igjen.`, { fields });
}

/** The municipality's remembered column mapping for the list-figure import. */
export async function getSnapshotImportMapping(db: Queryable, scope: Scope): Promise<TSnapshotImportMappingResponse> {
  return { mapping: await rememberedMapping(db, scope) };
}

/** What a file would import (each row checked against the register, with its errors); changes nothing. */
export async function previewSnapshotImport(db: Queryable, scope: Scope, req: TSnapshotImportRequest): Promise<TSnapshotImportPreviewResponse> {
  const table = await readUpload(req);
  const choice = req.mapping
    ? { source: 'given' as const, mapping: req.mapping, indexes: requireColumns(req.mapping, table.columns) }
    : chooseMapping(await rememberedMapping(db, scope), table.columns);
  if (choice.source === 'none') {
    return { columns: table.columns, mapping: null, mappingSource: 'none', missingFields: choice.missing, rows: [], validCount: 0, errorCount: 0, months: [] };
  }
  const rows = await checkRows(db, scope, { table, columns: choice.indexes, lock: false });
  const errorCount = rows.filter((r) => r.kind === 'invalid').length;
  const imported = rows.flatMap((r) => (r.kind === 'valid' ? [r.snapshot] : []));
  const fileMonths = new Set(imported.map((s) => s.month));
  const after = monthCompleteness([...(await loadCapacityFacts(db, scope.kommuneId)).snapshots, ...imported]);
  return {
    columns: table.columns,
    mapping: choice.mapping,
    mappingSource: choice.source,
    missingFields: [],
    rows: rows.map(previewRow),
    validCount: rows.length - errorCount,
    errorCount,
    months: after.filter((m) => fileMonths.has(m.month)).map((m) => ({ month: m.month, counted: m.counted, missingPositions: m.missingPositionIds.length, complete: m.complete })),
  };
}

/** Imports every row of a file or none (audited), and remembers the mapping, in one transaction. */
export async function commitSnapshotImport(ctx: UseCaseContext, req: TSnapshotImportCommitRequest): Promise<TSnapshotImportCommitResponse> {
  const table = await readUpload(req);
  const columns = requireColumns(req.mapping, table.columns);
  return ctx.db.transaction(async (tx) => {
    const rows = await checkRows(tx, ctx.scope, { table, columns, lock: true });
    const invalid = rows.filter((r) => r.kind === 'invalid');
    if (invalid.length > 0) throw rowsRefused(invalid);
    const changes = planSnapshotChanges(rows.filter((r) => r.kind === 'valid'));
    await applySnapshotChanges(tx, { scope: ctx.scope, now: ctx.now }, changes);
    await saveImportMapping(tx, ctx.scope, { kind: KIND, mapping: req.mapping, now: ctx.now });
    return countChanges(changes);
  });
}
