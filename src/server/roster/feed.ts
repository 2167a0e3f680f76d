/** A doctor's legevakt shifts as an iCalendar feed (RFC 5545), for the personal calendar subscription. */
import ical from 'ical-generator';
import type { TMyShift } from '../../contracts/roster/index.ts';

/** One event per shift with a stable UID, so a calendar app updates a shift in place when the roster changes. */
export function doctorCalendar(doctorName: string, shifts: readonly TMyShift[]): string {
  const calendar = ical({ name: `Legevakt – ${doctorName}`, prodId: { company: 'Legeplan', product: 'Legevakt', language: 'NB' }, ttl: 3600 });
  for (const s of shifts) {
    calendar.createEvent({
      id: `legeplan-shift-${s.id}@legeplan`,
      start: new Date(s.startsAt),
      end: new Date(s.endsAt),
      summary: `Legevakt: ${s.templateName}`,
      description: `Vaktplan: ${s.rosterName}`,
    });
  }
  return calendar.toString();
}
