import type { ListSnapshotFacts } from '../registry/index.ts';
import type { Table } from './parse-table.ts';
import { parseCode, parseCount, parseMonth, quote, type Parsed } from './parse-values.ts';
import { formatMonthLong } from '../format/index.ts';
import { SNAPSHOT_FIELDS, SNAPSHOT_LIMITS, type ColumnIndexes, type SnapshotField } from './snapshot-fields.ts';

/** A data row's fields, each read or refused. */
export interface ParsedSnapshotRow {
  rowNumber: number;
  fields: {
    positionCode: Parsed<string>;
    month: Parsed<string>;
    listLength: Parsed<number>;
    listCap: Parsed<number>;
    waitingList: Parsed<number>;
  };
}

/** A row's values as read, null where a cell could not be read. */
export interface SnapshotRowValues {
  positionCode: string | null;
  month: string | null;
  listLength: number | null;
  listCap: number | null;
  waitingList: number | null;
}

/** A snapshot the register already holds. */
export interface ExistingSnapshot extends ListSnapshotFacts {
  id: number;
  version: number;
}

/** What the municipality's register holds for a file: its positions by code, and its snapshots in the file's months. */
export interface SnapshotRegister {
  positionIdByCode: ReadonlyMap<string, number>;
  existing: readonly ExistingSnapshot[];
}

/** Why a field of a row cannot be imported, in Norwegian, without the field's name. */
export interface RowError {
  field: SnapshotField;
  reason: string;
}

interface CheckedRowBase {
  rowNumber: number;
  values: SnapshotRowValues;
  positionId: number | null;
  existing: ExistingSnapshot | null;
}

/** A row ready to import, or one with every reason it is not. */
export type CheckedSnapshotRow =
  | (CheckedRowBase & { kind: 'valid'; snapshot: ListSnapshotFacts })
  | (CheckedRowBase & { kind: 'invalid'; errors: RowError[] });

/** Reads each data row's fields from the mapped columns. */
export function parseSnapshotRows(table: Table, columns: ColumnIndexes): ParsedSnapshotRow[] {
  return table.rows.map(({ rowNumber, cells }) => {
    const cell = (field: SnapshotField) => cells[columns[field]] ?? null;
    return {
      rowNumber,
      fields: {
        positionCode: parseCode(cell('positionCode')),
        month: parseMonth(cell('month')),
        listLength: parseCount(cell('listLength'), SNAPSHOT_LIMITS.listLength),
        listCap: parseCount(cell('listCap'), SNAPSHOT_LIMITS.listCap),
        waitingList: parseCount(cell('waitingList'), SNAPSHOT_LIMITS.waitingList),
      },
    };
  });
}

/** The distinct position codes the rows name, to look up in the register. */
export function codesOf(rows: readonly ParsedSnapshotRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.fields.positionCode.ok ? [r.fields.positionCode.value] : [])))].sort();
}

/** The distinct months the rows name, to load the register's snapshots for. */
export function monthsOf(rows: readonly ParsedSnapshotRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.fields.month.ok ? [r.fields.month.value] : [])))].sort();
}

const valueOf = <T>(p: Parsed<T>): T | null => (p.ok ? p.value : null);
const snapshotKey = (positionId: number, month: string) => `${positionId}|${month}`;

/**
 * Adds the checks that need the register or the whole file: unknown position codes (the register holds only the
 * scope's own positions, so another municipality's code is unknown too), a position and month repeated in the file
 * (an error on the later row), and whether the register already has each row's snapshot.
 */
export function checkSnapshotRows(rows: readonly ParsedSnapshotRow[], register: SnapshotRegister): CheckedSnapshotRow[] {
  const existingByKey = new Map(register.existing.map((s) => [snapshotKey(s.positionId, s.month), s]));
  const firstRowByCodeAndMonth = new Map<string, number>();
  return rows.map(({ rowNumber, fields }) => {
    const { positionCode, month, listLength, listCap, waitingList } = fields;
    const errors: RowError[] = SNAPSHOT_FIELDS.flatMap((field) => {
      const parsed = fields[field];
      return parsed.ok ? [] : [{ field, reason: parsed.reason }];
    });
    const positionId = positionCode.ok ? (register.positionIdByCode.get(positionCode.value) ?? null) : null;
    if (positionCode.ok && positionId === null) {
      errors.push({ field: 'positionCode', reason: `Hjemmel ${quote(positionCode.value)} finnes ikke i kommunens hjemmelsregister` });
    }
    if (positionCode.ok && month.ok) {
      const key = `${positionCode.value}|${month.value}`;
      const first = firstRowByCodeAndMonth.get(key);
      if (first === undefined) firstRowByCodeAndMonth.set(key, rowNumber);
      else errors.push({ field: 'month', reason: `Hjemmel ${quote(positionCode.value)} har allerede en rad for ${formatMonthLong(month.value)} i filen (rad ${first})` });
    }
    const existing = positionId !== null && month.ok ? (existingByKey.get(snapshotKey(positionId, month.value)) ?? null) : null;
    const base = {
      rowNumber,
      values: {
        positionCode: valueOf(positionCode),
        month: valueOf(month),
        listLength: valueOf(listLength),
        listCap: valueOf(listCap),
        waitingList: valueOf(waitingList),
      },
      positionId,
      existing,
    };
    if (errors.length === 0 && positionId !== null && month.ok && listLength.ok && listCap.ok && waitingList.ok) {
      const snapshot = { positionId, month: month.value, listLength: listLength.value, listCap: listCap.value, waitingList: waitingList.value };
      return { ...base, kind: 'valid', snapshot };
    }
    return { ...base, kind: 'invalid', errors };
  });
}
