const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local date in Norway (YYYY-MM-DD) at an instant: plans are made in Europe/Oslo dates. */
export function osloDate(instant: Date): string {
  return osloDay.format(instant);
}
