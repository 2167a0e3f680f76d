import { describe, expect, it } from 'vitest';
import { MAX_DATA_ROWS, detectFileKind, parseCsvTable, tableFromRows, type Table, type TableResult } from './parse-table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Text as ISO-8859-1 bytes (every character here is below U+0100). */
const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

function table(result: TableResult): Table {
  if (!result.ok) throw new Error(result.reason);
  return result.table;
}
const reason = (result: TableResult) => (result.ok ? null : result.reason);

describe('detectFileKind', () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]);
  it('reads .csv/.txt/.tsv as CSV and .xlsx workbooks as XLSX, whatever the case of the name', () => {
    expect(detectFileKind('listetall.csv', utf8('a'))).toEqual({ kind: 'csv' });
    expect(detectFileKind('LISTETALL.TXT', utf8('a'))).toEqual({ kind: 'csv' });
    expect(detectFileKind('x.tsv', utf8('a'))).toEqual({ kind: 'csv' });
    expect(detectFileKind('Listetall.XLSX', zip)).toEqual({ kind: 'xlsx' });
  });

  it('refuses empty files, .xlsx that are not workbooks, old .xls and other types with a reason', () => {
    expect(detectFileKind('a.csv', new Uint8Array())).toEqual({ kind: 'refused', reason: 'Filen er tom' });
    expect(detectFileKind('a.xlsx', utf8('a;b'))).toEqual({ kind: 'refused', reason: 'Filen er ikke en gyldig Excel-arbeidsbok (.xlsx)' });
    expect(detectFileKind('a.xls', zip)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/\.xls\) kan ikke leses/) });
    expect(detectFileKind('a.pdf', utf8('%PDF'))).toEqual({ kind: 'refused', reason: 'Filtypen .pdf støttes ikke: last opp en CSV- eller XLSX-fil' });
    expect(detectFileKind('listetall', utf8('a'))).toEqual({ kind: 'refused', reason: 'Filtypen støttes ikke: last opp en CSV- eller XLSX-fil' });
  });
});

describe('parseCsvTable', () => {
  it('reads a semicolon file with a BOM; row numbers count the header as row 1', () => {
    const t = table(parseCsvTable(utf8('\uFEFFHjemmel;Måned;Listelengde\r\nT-01;2026-11;1 143\r\nT-02;2026-11;900\r\n')));
    expect(t).toEqual({
      columns: ['Hjemmel', 'Måned', 'Listelengde'],
      rows: [
        { rowNumber: 2, cells: ['T-01', '2026-11', '1 143'] },
        { rowNumber: 3, cells: ['T-02', '2026-11', '900'] },
      ],
    });
  });

  it('reads SSB-style Latin-1 with ; and a no-break space inside a number', () => {
    const t = table(parseCsvTable(latin1('Hjemmel;Måned;Listelengde\nT-01;feb 2021;1\u00A0143\n')));
    expect(t.columns).toEqual(['Hjemmel', 'Måned', 'Listelengde']);
    expect(t.rows[0]!.cells).toEqual(['T-01', 'feb 2021', '1\u00A0143']);
  });

  it('reads comma and tab files with quoted fields', () => {
    expect(table(parseCsvTable(utf8('Hjemmel,Merknad\nT-01,"Ny lege, fra mai"\n'))).rows[0]!.cells).toEqual(['T-01', 'Ny lege, fra mai']);
    expect(table(parseCsvTable(utf8('Hjemmel\tMåned\nT-01\t2026-11\n'))).rows[0]!.cells).toEqual(['T-01', '2026-11']);
  });

  it('skips empty rows and lines above the header, keeping the spreadsheet row numbers', () => {
    const t = table(parseCsvTable(utf8('\n;;\nHjemmel;Måned\n\nT-01;2026-11\n;\nT-02;2026-11\n')));
    expect(t.rows.map((r) => r.rowNumber)).toEqual([5, 7]);
  });

  it('names blank and repeated headers so each column can be chosen, and pads short rows', () => {
    const t = table(parseCsvTable(utf8('Listetak;;Listetak;Listetak\n1;2;3\n')));
    expect(t.columns).toEqual(['Listetak', 'Kolonne 2', 'Listetak (2)', 'Listetak (3)']);
    expect(t.rows[0]!.cells).toEqual(['1', '2', '3', null]);
  });

  it('refuses a file without a header, without rows, or that is not text', () => {
    expect(reason(parseCsvTable(utf8('T-01;2026-11-01;1143\n')))).toBe(
      'Rad 1 skal være overskrifter (f.eks. «Hjemmel», «Måned», «Listelengde»), men inneholder tall eller datoer',
    );
    expect(reason(parseCsvTable(utf8('\n \n;;\n')))).toBe('Filen er tom');
    expect(reason(parseCsvTable(utf8('Hjemmel;Måned\n\n')))).toBe('Filen har overskrifter, men ingen rader med listetall');
    expect(reason(parseCsvTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe('Filen er ikke en tekstfil, så den kan ikke leses som CSV');
  });

  it('refuses a quote that is never closed, naming its line', () => {
    expect(reason(parseCsvTable(utf8('Hjemmel;Måned\nT-01;"2026-11\nT-02;2026-11\n')))).toBe(
      'Filen kunne ikke leses som CSV: anførselstegnet (") på linje 2 lukkes aldri',
    );
  });

  it(`refuses more than ${MAX_DATA_ROWS} data rows`, () => {
    const rows = Array.from({ length: MAX_DATA_ROWS + 1 }, (_, i) => `T-${i};2026-11`).join('\n');
    expect(reason(parseCsvTable(utf8(`Hjemmel;Måned\n${rows}\n`)))).toBe('Filen har 20\u00A0001 rader: høyst 20\u00A0000 kan importeres om gangen');
    expect(parseCsvTable(utf8(`Hjemmel;Måned\n${rows.slice(0, rows.lastIndexOf('\n'))}\n`)).ok).toBe(true);
  });
});

describe('tableFromRows', () => {
  it('keeps numbers and dates from a spreadsheet as they are, and does not change its input', () => {
    const month = new Date(Date.UTC(2026, 10, 1));
    const raw = Object.freeze([
      Object.freeze({ rowNumber: 2, cells: Object.freeze(['Hjemmel', 'Måned', 'Listelengde']) as string[] }),
      Object.freeze({ rowNumber: 3, cells: Object.freeze(['T-01', month, 1143]) as (string | Date | number)[] }),
    ]);
    expect(table(tableFromRows(raw))).toEqual({ columns: ['Hjemmel', 'Måned', 'Listelengde'], rows: [{ rowNumber: 3, cells: ['T-01', month, 1143] }] });
  });

  it('refuses a header row holding a date or a number', () => {
    expect(reason(tableFromRows([{ rowNumber: 1, cells: ['Hjemmel', new Date(Date.UTC(2026, 10, 1))] }]))).toMatch(/^Rad 1 skal være overskrifter/);
  });
});
