import { decodeText } from './decode-text.ts';
import { detectDelimiter, splitCsv } from './split-csv.ts';

/** One cell as read from a file: CSV gives strings; XLSX also numbers and dates; an empty XLSX cell is null. */
export type Cell = string | number | Date | null;

/** A row of the file, numbered as the user sees it in a spreadsheet (the first line is row 1). */
export interface SourceRow {
  rowNumber: number;
  cells: Cell[];
}

/** A file's header (unique column names) and its non-empty data rows, cells aligned with the columns. */
export interface Table {
  columns: string[];
  rows: SourceRow[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; reason: string };

export type FileKind = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'refused'; reason: string };

/** More rows than this are refused: a month's figures for even the largest municipality are a few hundred. */
export const MAX_DATA_ROWS = 20_000;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const refused = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Decides from the file name (and the first bytes, for .xlsx) how to read an upload. */
export function detectFileKind(fileName: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: 'refused', reason: 'Filen er tom' };
  const ext = /\.([a-z0-9]+)$/.exec(fileName.trim().toLowerCase())?.[1] ?? '';
  switch (ext) {
    case 'csv':
    case 'txt':
    case 'tsv':
      return { kind: 'csv' };
    case 'xlsx':
      return ZIP_SIGNATURE.every((b, i) => bytes[i] === b)
        ? { kind: 'xlsx' }
        : { kind: 'refused', reason: 'Filen er ikke en gyldig Excel-arbeidsbok (.xlsx)' };
    case 'xls':
      return { kind: 'refused', reason: 'Eldre Excel-filer (.xls) kan ikke leses: lagre filen som .xlsx eller CSV og prøv igjen' };
    default:
      return { kind: 'refused', reason: `Filtypen${ext ? ` .${ext}` : ''} støttes ikke: last opp en CSV- eller XLSX-fil` };
  }
}

/** Reads a CSV file (`;`, `,` or tab; UTF-8 or Latin-1) into a table. */
export function parseCsvTable(bytes: Uint8Array): TableResult {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) return refused('Filen er ikke en tekstfil, så den kan ikke leses som CSV');
  const split = splitCsv(text, detectDelimiter(text));
  if (!split.ok) return refused(`Filen kunne ikke leses som CSV: anførselstegnet (") på linje ${split.openQuoteLine} lukkes aldri`);
  return tableFromRows(split.records.map((cells, i) => ({ rowNumber: i + 1, cells })));
}

/** The cell with its text trimmed, or null when it holds nothing. */
export function cellContent(cell: Cell | undefined): Exclude<Cell, null> | null {
  if (typeof cell !== 'string') return cell ?? null;
  const text = cell.trim();
  return text === '' ? null : text;
}

const isBlank = (cell: Cell | undefined): boolean => cellContent(cell) === null;

/** A cell a header would not have: a number, a date, or text made only of digits and date punctuation. */
function looksLikeData(cell: Cell): boolean {
  if (typeof cell === 'number' || cell instanceof Date) return true;
  return typeof cell === 'string' && /\d/.test(cell) && /^[\d\s.,:/-]+$/.test(cell);
}

/** Header texts as unique column names: a blank header becomes "Kolonne 3", a repeated one "Listetak (2)". */
function columnNames(header: Cell[]): string[] {
  const names: string[] = [];
  header.forEach((cell, i) => {
    const base = isBlank(cell) ? `Kolonne ${i + 1}` : String(cell).trim();
    let name = base;
    for (let n = 2; names.includes(name); n++) name = `${base} (${n})`;
    names.push(name);
  });
  return names;
}

/** Shapes raw rows into a table: the first non-empty row is the header; empty rows are skipped. */
export function tableFromRows(rawRows: readonly SourceRow[]): TableResult {
  const header = rawRows.find((r) => !r.cells.every(isBlank));
  if (!header) return refused('Filen er tom');
  const width = header.cells.findLastIndex((c) => !isBlank(c)) + 1;
  const headerCells = header.cells.slice(0, width);
  if (headerCells.some(looksLikeData)) {
    return refused(`Rad ${header.rowNumber} skal være overskrifter (f.eks. «Hjemmel», «Måned», «Listelengde»), men inneholder tall eller datoer`);
  }
  const rows = rawRows
    .filter((r) => r.rowNumber > header.rowNumber)
    .map((r) => ({ rowNumber: r.rowNumber, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null) }))
    .filter((r) => !r.cells.every(isBlank));
  if (rows.length === 0) return refused('Filen har overskrifter, men ingen rader med listetall');
  if (rows.length > MAX_DATA_ROWS) {
    return refused(`Filen har ${rows.length.toLocaleString('nb-NO')} rader: høyst ${MAX_DATA_ROWS.toLocaleString('nb-NO')} kan importeres om gangen`);
  }
  return { ok: true, table: { columns: columnNames(headerCells), rows } };
}
