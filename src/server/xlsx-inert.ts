import type ExcelJS from 'exceljs';

/** Text a spreadsheet would take for a formula (or a DDE command) when the cell is opened or edited. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * Keeps a worksheet's text inert: the exporters write plain values (their cell types hold no `{ formula }`),
 * and a string that starts like a formula also gets the Text format (`@`), so that editing the cell in Excel or LibreOffice keeps it
 * text instead of evaluating it. Called by every exporter after its rows are added.
 */
export function keepTextInert(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) cell.numFmt = '@';
    }),
  );
}
