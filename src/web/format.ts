// The web app's formatting: the domain's one nb-NO formatter (numbers, dates, months), and what only forms need.

export {
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatDecimal,
  formatDecimalTrim,
  formatInt,
  formatMonth,
  formatMonthLong,
  formatPercent,
  formatPercentPoints,
  formatPercentTrim,
  formatCount,
} from '../domain/format/index.ts';

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
