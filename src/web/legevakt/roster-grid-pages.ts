// The roster grid shows one week or one month at a time: the pages of a period, and the dates of a page.
import { formatMonthLong } from '../format.ts';
import { addDays, formatPeriod, isoWeek, mondayOf } from './roster-format.ts';

export type GridPaging = 'week' | 'month';

export interface GridPage {
  /** First and last date shown (inside the period). */
  from: string;
  to: string;
  label: string;
}

const firstOfNextMonth = (date: string): string => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The weeks (Monday–Sunday) or calendar months that a period start..end touches, clipped to the period. */
export function gridPages(start: string, end: string, paging: GridPaging): GridPage[] {
  const pages: GridPage[] = [];
  let cursor = paging === 'week' ? mondayOf(start) : `${start.slice(0, 7)}-01`;
  while (cursor <= end) {
    const next = paging === 'week' ? addDays(cursor, 7) : firstOfNextMonth(cursor);
    const from = cursor < start ? start : cursor;
    const last = addDays(next, -1);
    const to = last > end ? end : last;
    const label = paging === 'week' ? `Uke ${isoWeek(cursor)}: ${formatPeriod(from, to)}` : formatMonthLong(cursor);
    pages.push({ from, to, label });
    cursor = next;
  }
  return pages;
}

/** Every date from..to. */
export function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}
