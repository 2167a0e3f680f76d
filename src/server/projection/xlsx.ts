import ExcelJS from 'exceljs';
import { keepTextInert } from '../xlsx-inert.ts';

/** How a column's numbers are shown: whole, one decimal (positions), a percentage, or text. */
export type CellFormat = 'int' | 'one' | 'pct' | 'text';

/** A column of a table: header, value of a row, number format. */
export interface Column<R> {
  header: string;
  value: (row: R) => string | number | boolean | null;
  format: CellFormat;
}

/** A table ready for Excel or PDF: header texts, formats and plain cell values. */
export interface Table {
  name: string;
  headers: string[];
  formats: CellFormat[];
  rows: (string | number | boolean | null)[][];
}

/** Builds a table from typed rows and columns (the same table goes to Excel and to the PDF page). */
export function table<R>(name: string, columns: readonly Column<R>[], rows: readonly R[]): Table {
  return {
    name,
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => c.format),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  };
}

const NUM_FMT: Record<CellFormat, string | undefined> = { int: '#,##0', one: '#,##0.0', pct: '0.0%', text: undefined };

/** Writes tables as a workbook, one sheet each: bold frozen header, autofilter, Norwegian-friendly number formats. */
export async function tablesToXlsx(tables: readonly Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Legeplan';
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${t.name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.columns = t.headers.map((header, i) => ({ header, key: String(i), width: Math.max(10, Math.min(40, header.length + 2)), style: { numFmt: NUM_FMT[t.formats[i]!] } }));
    for (const row of t.rows) ws.addRow(row);
    keepTextInert(ws);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    if (t.headers.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.headers.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
