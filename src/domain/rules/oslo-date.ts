const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local date in Norway (YYYY-MM-DD) at an instant (a Date or an ISO string): rules and plans run on Europe/Oslo dates. */
export function osloDate(instant: Date | string): string {
  return osloDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}
