// Every number, date and month a person reads — on a page, in a PDF, a Word or Excel file, the CLI's text or a
// message — is written through here, in nb-NO (e.g. `1 143`, `1,6 %`, `24.11.2026`, `februar 2021`).

const LOCALE = 'nb-NO';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal2 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal1 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent1 = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const points2 = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const decimalTrim = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 });
const percentTrim = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
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

/** A calendar date 'YYYY-MM-DD' (or a month 'YYYY-MM') as a Date at UTC midnight, formatted in UTC so it never shifts a day. */
function calendarDate(value: string): Date {
  const day = value.length === 7 ? `${value}-01` : value.slice(0, 10);
  return new Date(`${day}T00:00:00Z`);
}

/** `1 143` */
export const formatInt = (n: number): string => integer.format(n);
/** `48,2` */
export const formatDecimal = (n: number): string => decimal1.format(n);
/** `1,25` (two decimals: FTE in tables) */
export const formatDecimal2 = (n: number): string => decimal2.format(n);
/** `0,5`, `13,1`, `2` — as many decimals as the value has (up to 4), for stored inputs. */
export const formatDecimalTrim = (n: number): string => decimalTrim.format(n);
/** `1,6 %` from a share 0.016 */
export const formatPercent = (share: number): string => percent1.format(share);
/** `0,04 prosentpoeng` from a difference of shares 0.0004 (month-to-month changes are small: two decimals). */
export const formatPercentPoints = (shareDelta: number): string => `${points2.format(shareDelta * 100)} prosentpoeng`;
/** `7 %` from 0.07, without trailing zeros (targets, settings). */
export const formatPercentTrim = (share: number): string => percentTrim.format(share);

/** `24.11.2026` from '2026-11-24' (or from an ISO instant's date part). */
export function formatDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
/** `feb. 2021` from '2021-02-01' or '2021-02' */
export const formatMonth = (value: string): string => monthShort.format(calendarDate(value));
/** `februar 2021` from '2021-02-01' or '2021-02' */
export const formatMonthLong = (value: string): string => monthLong.format(calendarDate(value));
/** `1. februar 2021` from '2021-02-01' (lists are counted on the 1st). */
export const formatDayMonth = (value: string): string => dayMonthLong.format(calendarDate(value));
/** `23.11.2026 kl. 20:48` from an ISO instant, in Oslo time. */
export function formatDateTime(iso: string): string {
  const parts = dateTime.formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} kl. ${get('hour')}:${get('minute')}`;
}

/** A count with its noun in the right number: `1 fastlege`, `2 fastleger`, `1 143 pasienter`. */
export function formatCount(n: number, one: string, many: string): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
