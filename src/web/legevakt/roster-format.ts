// How the roster pages show statuses, periods, weekdays and shift times (nb-NO; shift times in Oslo local time).
import type { TJob, TRosterSummary } from '../../contracts/roster/index.ts';
import { formatDate, formatInt } from '../format.ts';

export const ROSTER_STATUS_LABELS: Record<TRosterSummary['status'], string> = { draft: 'Utkast', published: 'Publisert' };
export const JOB_STATUS_LABELS: Record<TJob['status'], string> = { queued: 'I kø', running: 'Beregner', done: 'Ferdig', cancelled: 'Avbrutt', failed: 'Feilet' };
export const JOB_KIND_LABELS: Record<TJob['kind'], string> = { generate: 'Lager vaktplanen', resolve: 'Beregner perioden på nytt', repair: 'Fyller ledige vakter' };

const weekdayLong = new Intl.DateTimeFormat('nb-NO', { weekday: 'long', timeZone: 'UTC' });
const osloTime = new Intl.DateTimeFormat('nb-NO', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** `mandag` from '2027-01-04'. */
export const weekdayOf = (date: string): string => weekdayLong.format(utc(date));
/** `01.01.2027–14.01.2027` */
export const formatPeriod = (from: string, to: string): string => `${formatDate(from)}–${formatDate(to)}`;
/** `23:00–08:00` from two instants, in Oslo local time (a shift may cross midnight and a DST change). */
export const formatShiftTime = (startsAt: string, endsAt: string): string => `${osloTime.format(new Date(startsAt))}–${osloTime.format(new Date(endsAt))}`;

/** The date `days` after a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (0 for the same day). */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

/** The Monday of the ISO week of a date. */
export const mondayOf = (date: string): string => addDays(date, -((utc(date).getUTCDay() + 6) % 7));

/** ISO week number of a date. */
export function isoWeek(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(jan1, thursday) / 7) + 1;
}

/** A solver's best score so far: `0 harde brudd, 1 234 myke straffepoeng`, or nothing yet. */
export function formatScore(hard: number | null, soft: number | null): string {
  if (hard === null || soft === null) return 'Ingen løsning ennå';
  return `${formatInt(hard)} i brudd på harde regler, ${formatInt(soft)} i myke straffepoeng`;
}
