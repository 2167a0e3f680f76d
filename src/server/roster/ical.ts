/**
 * A doctor's personal legevakt calendar feed (iCalendar, for subscription from a phone or Outlook). Times are
 * written as UTC instants from the domain's Oslo clock, never as local times with a TZID: a generator given plain
 * dates on a UTC machine would write them wrong, and a UTC instant is right in every client.
 */
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { timedShifts, type RosterSheet } from '../../domain/roster/index.ts';

/** The stable UID of a shift's event, so that a client updates the event rather than adding a second one. */
export const shiftUid = (shiftId: number): string => `legeplan-shift-${shiftId}@legeplan`;

export interface DoctorFeedOptions {
  doctorId: string;
  doctorName: string;
  /** When the feed is made (DTSTAMP of every event). */
  now: Date;
}

/** The doctor's shifts in the given sheets as an iCalendar PUBLISH feed, one VEVENT per shift (none: an empty calendar). */
export function doctorIcal(sheets: RosterSheet[], { doctorId, doctorName, now }: DoctorFeedOptions): string {
  const calendar = ical({
    // ical-generator escapes the events' text but writes the calendar's name as given: escaped here, so a line
    // break in a name cannot start a property or an event of its own.
    name: escape(`Legevakt – ${doctorName}`, false),
    prodId: { company: 'Legeplan', product: 'legevakt', language: 'NB' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    x: { 'X-WR-TIMEZONE': 'Europe/Oslo' },
  });
  for (const sheet of sheets) {
    for (const t of timedShifts(sheet)) {
      if (t.doctor?.id !== doctorId) continue;
      calendar.createEvent({
        id: shiftUid(t.shift.id),
        start: new Date(t.start * 60_000),
        end: new Date(t.end * 60_000),
        stamp: now,
        summary: `Legevakt: ${t.template.name}`,
        description: `${sheet.name}, ${t.template.start}–${t.template.end}`,
      });
    }
  }
  return calendar.toString();
}
