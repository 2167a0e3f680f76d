import { describe, expect, it } from 'vitest';
import { testSheet } from '../../domain/roster/legevakt/testing.ts';
import { doctorIcal } from './ical.ts';

const now = new Date('2026-12-01T10:00:00Z');
const winter = testSheet([['2027-01-15', 'dag', 'kari'], ['2027-01-15', 'natt', 'kari'], ['2027-01-16', 'natt', 'aase'], ['2027-01-17', 'natt', null]]);
const summer = { ...testSheet([['2027-07-15', 'dag', 'kari']]), name: 'Sommer' };
summer.shifts[0]!.id = 100;

/** The feed's content lines, long lines unfolded (RFC 5545 §3.1). */
const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
/** The events of a feed, each as a map of property name → value. */
function events(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0]!, line.slice(colon + 1));
    }
  }
  return out;
}

describe('doctorIcal', () => {
  const feed = doctorIcal([winter, summer], { doctorId: 'kari', doctorName: 'Kari Nordmann', now });

  it('is a well-formed PUBLISH calendar named for the doctor', () => {
    const l = lines(feed);
    expect(l[0]).toBe('BEGIN:VCALENDAR');
    expect(l.at(-1)).toBe('END:VCALENDAR');
    expect(l).toContain('VERSION:2.0');
    expect(l).toContain('METHOD:PUBLISH');
    expect(l).toContain('X-WR-CALNAME:Legevakt – Kari Nordmann');
    expect(l).toContain('X-WR-TIMEZONE:Europe/Oslo');
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(l.filter((x) => x === 'END:VEVENT').length);
    expect(feed.split('\r\n').every((x) => Buffer.byteLength(x) <= 75)).toBe(true);
  });

  it('has one event per shift of the doctor, with a stable UID, and no one else’s shifts', () => {
    const ev = events(feed);
    expect(ev.map((e) => e.get('UID'))).toEqual(['legeplan-shift-1@legeplan', 'legeplan-shift-2@legeplan', 'legeplan-shift-100@legeplan']);
    expect(ev.map((e) => e.get('SUMMARY'))).toEqual(['Legevakt: Dagvakt hverdag', 'Legevakt: Nattevakt (tilstedevakt)', 'Legevakt: Dagvakt hverdag']);
    expect(ev.every((e) => e.get('DTSTAMP') === '20261201T100000Z')).toBe(true);
    expect(feed).not.toMatch(/20270116T220000Z|20270117T220000Z/);
  });

  it('writes a winter and a summer shift as their UTC instants, and a night ending the next day', () => {
    const [day, night, july] = events(feed);
    expect([day!.get('DTSTART'), day!.get('DTEND')]).toEqual(['20270115T070000Z', '20270115T143000Z']);
    expect([july!.get('DTSTART'), july!.get('DTEND')]).toEqual(['20270715T060000Z', '20270715T133000Z']);
    expect([night!.get('DTSTART'), night!.get('DTEND')]).toEqual(['20270115T220000Z', '20270116T070000Z']);
  });

  it('is the same feed when made again (clients see no change)', () => expect(doctorIcal([winter, summer], { doctorId: 'kari', doctorName: 'Kari Nordmann', now })).toBe(feed));

  it('is an empty calendar for a doctor in none of the sheets', () => expect(doctorIcal([winter], { doctorId: 'ola', doctorName: 'Ola', now })).not.toContain('BEGIN:VEVENT'));

  it('keeps names inert: line breaks and property syntax in a doctor or template name cannot add events or properties', () => {
    const injected = 'Kari\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk;X=1:verdi';
    const sheet = { ...winter, name: injected, templates: winter.templates.map((t) => ({ ...t, name: injected })) };
    const text = doctorIcal([sheet], { doctorId: 'kari', doctorName: injected, now });
    const own = events(text);
    expect(own).toHaveLength(events(doctorIcal([winter], { doctorId: 'kari', doctorName: 'Kari', now })).length);
    expect(lines(text).filter((l) => l === 'BEGIN:VEVENT' || l.startsWith('SUMMARY:Falsk'))).toHaveLength(own.length);
    expect(own[0]!.get('SUMMARY')).toContain('Kari\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Falsk\\;X=1:verdi');
  });
});
