/** Tried in this order, so a tie (e.g. a one-column header) prefers the Norwegian Excel default. */
const DELIMITERS = [';', '\t', ','] as const;

/** The delimiter that occurs most often outside quotes in the first non-empty line. */
export function detectDelimiter(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best));
}

/**
 * Splits CSV text into records as RFC 4180 does: a field that starts with a quote may hold delimiters, line breaks
 * and doubled quotes; a quote elsewhere is kept as text. Line breaks may be CRLF, LF or CR. An empty line is
 * a record with one empty field. Refused only for a quote left open, with the line it was opened on.
 */
export function splitCsv(text: string, delimiter: string): { ok: true; records: string[][] } | { ok: false; openQuoteLine: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let openQuoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else quoted = false;
      if (ch === '\n' || (ch === '\r' && text.charAt(i + 1) !== '\n')) line++;
    } else if (ch === '"' && field === '') {
      quoted = true;
      openQuoteLine = line;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += ch;
  }
  if (quoted) return { ok: false, openQuoteLine };
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return { ok: true, records };
}
