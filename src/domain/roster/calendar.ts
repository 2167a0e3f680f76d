/** Per-day calendar arrays of a problem: weekday, weekend, week and month index. */

export interface DayCalendar {
  weekday: Uint8Array;
  weekendIndex: Int32Array;
  weekendCount: number;
  weekIndex: Int32Array;
  monthIndex: Int32Array;
}

/**
 * Calendar for `days` days from a first weekday (0 = Monday) and, when known, the first date's ISO string (for
 * months). Without a date every day is in month 0.
 */
export function dayCalendar(days: number, firstWeekday: number, firstDate?: string): DayCalendar {
  const weekday = new Uint8Array(days);
  const weekendIndex = new Int32Array(days).fill(-1);
  const weekIndex = new Int32Array(days);
  const monthIndex = new Int32Array(days);
  let weekend = -1;
  let week = 0;
  const start = firstDate ? Date.parse(`${firstDate}T00:00:00Z`) : NaN;
  let month = 0;
  let lastMonth = -1;
  for (let d = 0; d < days; d++) {
    const wd = (firstWeekday + d) % 7;
    weekday[d] = wd;
    if (d > 0 && wd === 0) week++;
    weekIndex[d] = week;
    if (wd === 5 || (wd === 6 && d === 0)) weekend++;
    if (wd >= 5) weekendIndex[d] = weekend;
    if (!Number.isNaN(start)) {
      const m = new Date(start + d * 86_400_000).getUTCMonth();
      if (lastMonth >= 0 && m !== lastMonth) month++;
      lastMonth = m;
    }
    monthIndex[d] = month;
  }
  return { weekday, weekendIndex, weekendCount: weekend + 1, weekIndex, monthIndex };
}
