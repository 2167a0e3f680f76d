import { cellContent, type Cell } from './parse-table.ts';
import { SNAPSHOT_YEARS } from './snapshot-fields.ts';

/** A cell read as a value, or why it could not be (in Norwegian, without the field's name). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const EMPTY = bad('Mangler verdi');

/** Separators Norwegian spreadsheets put between thousands: space, no-break space, narrow no-break space, thin space. */
const GROUP = '[ \\u00A0\\u202F\\u2009]';
const INTEGER = new RegExp(`^-?(?:\\d+|\\d{1,3}(?:${GROUP}\\d{3})+)$`);
const DECIMAL = new RegExp(`^-?\\d(?:\\d|${GROUP})*[.,]\\d+$`);

const MONTH_BY_NAME: Readonly<Record<string, number>> = {
  jan: 1, januar: 1, january: 1,
  feb: 2, februar: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  mai: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The accepted ways of writing a month as text; a missing day means the 1st. */
const MONTH_FORMATS: readonly { pattern: RegExp; parts: (g: RegExpExecArray) => DateParts | null }[] = [
  // 2021-02, 2021-02-01
  { pattern: /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/, parts: (g) => ({ year: Number(g[1]), month: Number(g[2]), day: Number(g[3] ?? 1) }) },
  // 02.2021, 01.02.2021
  { pattern: /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/, parts: (g) => ({ year: Number(g[3]), month: Number(g[2]), day: Number(g[1] ?? 1) }) },
  // SSB's notation: 2021M02
  { pattern: /^(\d{4})m(\d{2})$/, parts: (g) => ({ year: Number(g[1]), month: Number(g[2]), day: 1 }) },
  // feb 2021, februar 2021, feb. 2021, February-2021
  {
    pattern: /^([a-zæøå]+)\.?[\s-]*(\d{4})$/,
    parts: (g) => {
      const month = MONTH_BY_NAME[g[1] ?? ''];
      return month === undefined ? null : { year: Number(g[2]), month, day: 1 };
    },
  },
];

/** A cell's text for messages, shortened so a stray paragraph does not flood the preview. */
export function quote(text: string): string {
  const t = text.trim();
  return `«${t.length > 30 ? `${t.slice(0, 29)}…` : t}»`;
}

const formatCount = (n: number) => n.toLocaleString('nb-NO');
/** A number as Norwegians write it when it is shown as typed: decimal comma, no grouping. */
const formatNumber = (n: number) => String(n).replace('.', ',');


function monthOf(parts: DateParts, shown: string): Parsed<string> {
  const { year, month, day } = parts;
  if (month < 1 || month > 12) return bad(`${quote(shown)} er ikke en gyldig måned`);
  if (year < SNAPSHOT_YEARS.min || year > SNAPSHOT_YEARS.max) {
    return bad(`Året i ${quote(shown)} må ligge mellom ${SNAPSHOT_YEARS.min} og ${SNAPSHOT_YEARS.max}`);
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return bad(`${quote(shown)} finnes ikke i kalenderen`);
  if (day !== 1) return bad(`${quote(shown)} er ikke den 1. i måneden: listene telles den 1.`);
  return ok(`${year}-${String(month).padStart(2, '0')}-01`);
}

/**
 * Reads a month as YYYY-MM-01 from `2021-02`, `2021-02-01`, `02.2021`, `01.02.2021`, `2021M02`,
 * `feb 2021`/`februar 2021`, or an Excel date cell. A date other than the 1st is refused.
 */
export function parseMonth(cell: Cell): Parsed<string> {
  const c = cellContent(cell);
  if (c === null) return EMPTY;
  if (c instanceof Date) {
    const parts = { year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate() };
    return Number.isNaN(c.getTime()) ? bad('Datoen kan ikke leses') : monthOf(parts, c.toISOString().slice(0, 10));
  }
  if (typeof c === 'number') return bad(`Tallet ${c} er ikke en måned (skriv f.eks. 2026-11)`);
  for (const format of MONTH_FORMATS) {
    const groups = format.pattern.exec(c.toLowerCase());
    const parts = groups && format.parts(groups);
    if (parts) return monthOf(parts, c);
  }
  return bad(`${quote(c)} kan ikke leses som en måned (skriv f.eks. 2026-11)`);
}

function numberFromText(text: string): Parsed<number> {
  const t = text.replace('\u2212', '-');
  if (INTEGER.test(t)) return ok(Number(t.replace(new RegExp(GROUP, 'g'), '')));
  if (DECIMAL.test(t)) return bad(`${quote(text)} er ikke et heltall (bruk mellomrom, ikke punktum eller komma, som tusenskille)`);
  return bad(`${quote(text)} er ikke et tall`);
}

/** Reads a whole, non-negative count up to max; `1 143` with (no-break) spaces between thousands is fine. */
export function parseCount(cell: Cell, max: number): Parsed<number> {
  const c = cellContent(cell);
  if (c === null) return EMPTY;
  if (c instanceof Date) return bad('Er en dato, ikke et tall');
  const read = typeof c === 'number' ? ok(c) : numberFromText(c);
  if (!read.ok) return read;
  const n = read.value;
  if (!Number.isFinite(n)) return bad('Er ikke et tall');
  if (!Number.isInteger(n)) return bad(`${formatNumber(n)} er ikke et heltall`);
  if (n < 0) return bad('Kan ikke være negativt');
  if (n > max) return bad(`${formatCount(n)} er urimelig høyt: høyst ${formatCount(max)}`);
  return ok(n);
}

/** Reads a position code (hjemmel-ID) as trimmed text; a whole number from a spreadsheet is its digits. */
export function parseCode(cell: Cell): Parsed<string> {
  const c = cellContent(cell);
  if (c === null) return EMPTY;
  if (c instanceof Date) return bad('Er en dato, ikke en hjemmel-ID');
  if (typeof c === 'number') return Number.isInteger(c) ? ok(String(c)) : bad(`${formatNumber(c)} er ikke en hjemmel-ID`);
  return ok(c);
}
