import ExcelJS from 'exceljs';
import { keepTextInert } from '../xlsx-inert.ts';

export interface SheetColumn {
  key: string;
  header: string;
  /** Excel number format of the column's cells, e.g. 'dd.mm.yyyy' for dates or '#,##0.0#' for hours. */
  numFmt?: string;
}

/** One worksheet: its name (cut to Excel's 31 characters), columns, and rows keyed by column key. */
export interface XlsxSheet {
  name: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
}

/** Columns from [key, header] pairs. */
export const columnsOf = (pairs: [key: string, header: string][]): SheetColumn[] => pairs.map(([key, header]) => ({ key, header }));

/** Writes sheets as a workbook, each with a header row, bold and frozen, and an autofilter. */
export async function sheetsToXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Legeplan';
  for (const { name, columns, rows } of sheets) {
    const ws = wb.addWorksheet(name.slice(0, 31));
    ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    for (const row of rows) ws.addRow(Object.fromEntries(columns.map((c) => [c.key, cell(row[c.key])])));
    keepTextInert(ws);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes rows as a one-sheet workbook with a header row, bold and frozen, and an autofilter. */
export function rowsToXlsx(sheetName: string, columns: SheetColumn[], rows: Record<string, unknown>[]): Promise<Buffer> {
  return sheetsToXlsx([{ name: sheetName, columns, rows }]);
}

function cell(v: unknown): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || v instanceof Date) return v;
  return JSON.stringify(v);
}
