const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local date in Norway (YYYY-MM-DD) at an instant (a Date or an ISO string): rules and plans run on Europe/Oslo dates. */
export function osloDate(instant: Date | string): string {
  return osloDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** A date (YYYY-MM-DD) as Norwegians write it, e.g. "24.12.2027". */
export function nbDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
