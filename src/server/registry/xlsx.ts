import ExcelJS from 'exceljs';

export interface SheetColumn {
  key: string;
  header: string;
}

/** Writes rows as a one-sheet workbook with a header row, bold and frozen, and an autofilter. */
export async function rowsToXlsx(sheetName: string, columns: SheetColumn[], rows: Record<string, unknown>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Legeplan';
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 2) }));
  for (const row of rows) ws.addRow(Object.fromEntries(columns.map((c) => [c.key, cell(row[c.key])])));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return JSON.stringify(v);
}
