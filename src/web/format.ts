// Every number, date and month the app shows goes through here, in nb-NO (e.g. `1 143`, `1,6 %`, `24.11.2026`, `feb. 2021`).

const LOCALE = 'nb-NO';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal1 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent1 = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const points2 = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const decimalTrim = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 });
const percentTrim = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
const dateShort = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLong = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthLong = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** A calendar date 'YYYY-MM-DD' as a Date at UTC midnight (formatted in UTC, so it never shifts a day). */
function calendarDate(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

/** `1 143` */
export const formatInt = (n: number): string => integer.format(n);
/** `48,2` */
export const formatDecimal = (n: number): string => decimal1.format(n);
/** `0,5`, `13,1`, `2` — as many decimals as the value has (up to 4), for stored inputs. */
export const formatDecimalTrim = (n: number): string => decimalTrim.format(n);
/** `1,6 %` from a share 0.016 */
export const formatPercent = (share: number): string => percent1.format(share);
/** `0,04 prosentpoeng` from a difference of shares 0.0004 (month-to-month changes are small: two decimals). */
export const formatPercentPoints = (shareDelta: number): string => `${points2.format(shareDelta * 100)} prosentpoeng`;
/** `7 %` from 0.07, without trailing zeros (targets, settings). */
export const formatPercentTrim = (share: number): string => percentTrim.format(share);
/** `24.11.2026` from '2026-11-24' */
export const formatDate = (value: string): string => dateShort.format(calendarDate(value));
/** `feb. 2021` from '2021-02-01' */
export const formatMonth = (value: string): string => monthShort.format(calendarDate(value));
/** `februar 2021` from '2021-02-01' */
export const formatMonthLong = (value: string): string => monthLong.format(calendarDate(value));
/** `1. februar 2021` from '2021-02-01' (lists are counted on the 1st). */
export const formatDayMonth = (value: string): string => dayMonthLong.format(calendarDate(value));
/** `23.11.2026 kl. 20:48` from an ISO instant, in Oslo time. */
export function formatDateTime(iso: string): string {
  const parts = dateTime.formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} kl. ${get('hour')}:${get('minute')}`;
}
/** `Ja` / `Nei` */
export const formatYesNo = (value: boolean): string => (value ? 'Ja' : 'Nei');

/** Change since the month before: `↑ 27`, `↓ 0,4 %-poeng` or `uendret`, with a spoken form for screen readers. */
export function formatChange(delta: number, format: (abs: number) => string): { text: string; spoken: string; direction: 'up' | 'down' | 'same' } {
  if (Math.abs(delta) < 1e-9) return { text: 'uendret', spoken: 'uendret', direction: 'same' };
  const abs = format(Math.abs(delta));
  return delta > 0
    ? { text: `↑ ${abs}`, spoken: `opp ${abs}`, direction: 'up' }
    : { text: `↓ ${abs}`, spoken: `ned ${abs}`, direction: 'down' };
}

/** Reads a number typed the Norwegian way (`1 143`, `1,5`); undefined when empty, NaN when not a number. */
export function parseNumber(input: string): number | undefined {
  const cleaned = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('−', '-');
  if (cleaned === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Today as 'YYYY-MM-DD' in the user's local calendar. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
