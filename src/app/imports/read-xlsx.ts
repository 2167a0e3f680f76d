import ExcelJS from 'exceljs';
import type { Cell, SourceRow } from '../../domain/imports/index.ts';

/** A spreadsheet value as a plain cell: formulas give their result, rich text and links their text, errors like #N/A their code. */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result);
  if ('hyperlink' in value) return value.text;
  return value.error;
}

/** The first worksheet's rows as plain cells (row numbers as Excel shows them), or null if the bytes are not a workbook. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SourceRow[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Buffer that extends ArrayBuffer, which @types/node's Buffer no longer is; JSZip reads it fine.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SourceRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    rows.push({ rowNumber, cells: Array.from({ length: row.cellCount }, (_, i) => toCell(row.getCell(i + 1).value)) });
  });
  return rows;
}
