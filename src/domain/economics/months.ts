/** Month arithmetic on 'YYYY-MM-01' strings and plain dates 'YYYY-MM-DD' (no clock, no time zones). */

/** The month `n` months after `month`. */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`;
}

/** The date `years` whole years after `date` (29 Feb → 28 Feb). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** The day before a date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * How many months of a calendar year an interval covers, counting a month when the interval includes its 1st
 * (payments and list counts are per month, on the 1st). `to` null = open-ended.
 */
export function monthsActiveInYear(from: string, to: string | null, year: number): number {
  let n = 0;
  for (let m = 1; m <= 12; m++) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    if (first >= from && (to === null || first <= to)) n++;
  }
  return n;
}
