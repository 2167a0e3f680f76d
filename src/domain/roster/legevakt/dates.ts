/**
 * Local dates and times in Europe/Oslo. A shift is planned in local time (a night 23:00–08:00 crosses midnight;
 * on the last Sunday of March it lasts 8 hours, on the last Sunday of October 10) and stored as UTC instants.
 */
import { formatDate } from '../../format/index.ts';
const OSLO = 'Europe/Oslo';
const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** The date `n` days after an ISO date. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Day of week of an ISO date, 0 = Monday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Minutes of Oslo's offset from UTC at a UTC instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(utcMs: number): number {
  const parts = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - utcMs) / 60_000);
}

/**
 * The instant (minutes since the Unix epoch) of a local Oslo date and time "HH:MM". A time that does not exist
 * (02:30 on the spring-forward night) maps to the instant one hour later in local terms, as clocks do.
 */
export function osloInstant(date: string, time: string): number {
  const [h, m] = time.split(':').map(Number);
  const naive = Date.parse(`${date}T00:00:00Z`) + ((h ?? 0) * 60 + (m ?? 0)) * 60_000;
  let guess = naive - osloOffsetMinutes(naive) * 60_000;
  guess = naive - osloOffsetMinutes(guess) * 60_000;
  return guess / 60_000;
}

/**
 * The instants (minutes since the Unix epoch) a shift on a local date begins and ends; an end at or before the
 * start is on the next day, so a night over a DST change lasts an hour less or more.
 */
export function shiftInstants(date: string, time: { start: string; end: string }): { start: number; end: number } {
  return { start: osloInstant(date, time.start), end: osloInstant(shiftEndDate(date, time), time.end) };
}

/** The local date a shift on `date` ends: the next day when its end is at or before its start. */
export function shiftEndDate(date: string, time: { start: string; end: string }): string {
  return time.end <= time.start ? addDays(date, 1) : date;
}

/** ISO 8601 week number of an ISO date (week 1 holds the year's first Thursday), as Norwegian calendars number weeks. */
export function isoWeek(date: string): number {
  const thursday = addDays(date, 3 - weekdayOf(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
}

/** Whole months from one ISO date to another (negative if before). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}


const WEEKDAYS = ['man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.'];

/** Norwegian short name of a date's weekday, e.g. "fre.". */
export function weekdayLabel(date: string): string {
  return WEEKDAYS[weekdayOf(date)]!;
}

/** Norwegian label of a date, e.g. "fre. 24.12.2027". */
export function dateLabel(date: string): string {
  return `${weekdayLabel(date)} ${formatDate(date)}`;
}
