import { SsbFileError, type Category, type RawCell, type RawTable } from './types.ts';

/** Splits one line of SSB's CSV: semicolons, fields optionally in double quotes with "" for a quote. */
export function splitCsvLine(line: string, delimiter = ';'): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

type Column = 'region' | 'sex' | 'age' | 'year' | 'contents' | 'alternative';
const HEADERS: { column: Column; test: RegExp }[] = [
  { column: 'region', test: /^region$/i },
  { column: 'sex', test: /^kjønn$/i },
  { column: 'age', test: /^alder$/i },
  { column: 'year', test: /^år$/i },
  { column: 'contents', test: /^statistikkvariabel$/i },
  { column: 'alternative', test: /^(framskrivings)?alternativ$/i },
];

/** "3907 Sandefjord" → code 3907, label Sandefjord; "Menn" → code and label Menn. */
function category(cell: string): Category {
  const m = /^(K[-_.]?\d{4}|\d{1,4}(?:\+)?)\s+(.+)$/.exec(cell);
  return m ? { code: m[1]!, label: m[2]! } : { code: cell, label: cell };
}

/** SSB's symbols: ".." not available, "." not possible, "..." not yet, ":" confidential → missing; "-" nil → 0. */
function value(cell: string, where: string): number | null {
  const s = cell.replace(/\s/g, '');
  if (s === '' || s === '..' || s === '.' || s === '...' || s === ':') return null;
  if (s === '-') return 0;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) throw new SsbFileError([`${where}: «${cell}» er ikke et tall.`]);
  return Number(s.replace(',', '.'));
}

/**
 * Reads SSB's CSV export (semicolons, one column per dimension, then value columns). A value column's header is the
 * statistic or alternative ("Hovedalternativet (MMMM)"), or ends in a year ("Personer 2024") when the years are columns.
 */
export function readCsv(text: string): RawTable {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => splitCsvLine(l).some((f) => /^region$/i.test(f)));
  if (headerAt < 0) {
    const first = lines.find((l) => l.trim() !== '') ?? '';
    throw new SsbFileError([
      first.includes(';')
        ? 'CSV-filen mangler dimensjonen region (en kolonne med overskriften «region»). Last ned tabellen fra SSB med region, kjønn, alder og år.'
        : 'Filen er verken JSON-stat 2 eller SSBs CSV-format (semikolon-separert med overskrifter).',
    ]);
  }
  const title = lines.slice(0, headerAt).map((l) => splitCsvLine(l).join(' ').trim()).filter((l) => l !== '').join(' ');
  const header = splitCsvLine(lines[headerAt]!);
  const columnOf = new Map<Column, number>();
  const valueColumns: number[] = [];
  header.forEach((h, i) => {
    const known = HEADERS.find((x) => x.test.test(h) && !columnOf.has(x.column));
    if (known) columnOf.set(known.column, i);
    else valueColumns.push(i);
  });
  const missing: string[] = (['sex', 'age'] as const).filter((c) => !columnOf.has(c)).map((c) => (c === 'sex' ? 'kjønn' : 'alder'));
  if (!columnOf.has('year') && !valueColumns.some((i) => /\d{4}$/.test(header[i]!))) missing.push('år');
  if (missing.length > 0) throw new SsbFileError(missing.map((m) => `CSV-filen mangler dimensjonen ${m} (en kolonne med overskriften «${m}»).`));
  if (valueColumns.length === 0) throw new SsbFileError(['CSV-filen har ingen kolonne med tall.']);

  const cells: RawCell[] = [];
  for (let r = headerAt + 1; r < lines.length; r++) {
    if (lines[r]!.trim() === '') continue;
    const fields = splitCsvLine(lines[r]!);
    const where = `Rad ${r + 1}`;
    if (fields.length !== header.length) throw new SsbFileError([`${where} har ${fields.length} felt, men overskriften har ${header.length}.`]);
    const cat = (c: Column): Category | null => (columnOf.has(c) ? category(fields[columnOf.get(c)!]!) : null);
    for (const v of valueColumns) {
      const head = header[v]!;
      const yearInHeader = columnOf.has('year') ? null : /^(.*?)\s*(\d{4})$/.exec(head);
      const contentsLabel = yearInHeader ? yearInHeader[1]! : head;
      cells.push({
        region: cat('region')!,
        sex: cat('sex')!,
        age: cat('age')!,
        year: yearInHeader ? { code: yearInHeader[2]!, label: yearInHeader[2]! } : cat('year')!,
        contents: cat('contents') ?? (contentsLabel === '' ? null : { code: contentsLabel, label: contentsLabel }),
        alternative: cat('alternative'),
        value: value(fields[v]!, `${where}, kolonne «${head}»`),
        at: `rad ${r + 1}`,
      });
    }
  }
  const m = /\b(\d{5})\b/.exec(title) ?? /^(\d{5})\b/.exec(header[valueColumns[0]!]!);
  return { format: 'csv', tableId: m ? m[1]! : null, title: title || header[valueColumns[0]!]!, cells };
}
