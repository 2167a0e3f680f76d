/** A small roster sheet for the tests of what is made from sheets (payroll, calendar feed, PDF, workbook). */
import { addDays } from './dates.ts';
import { SANDEFJORD_TEMPLATES } from './generator.ts';
import type { RosterSheet } from './sheet.ts';

export const TEST_DOCTORS = [
  { id: 'kari', name: 'Kari Nordmann' },
  { id: 'aase', name: 'Åse Ødegård' },
];

/**
 * A sheet with Sandefjord's templates (dag, kveld, tilkalling, helgdag, helgtilkalling, natt, bakvakt) and the
 * test doctors, holding the given shifts ([date, template id, doctor id or null]); its period runs from the first
 * shift's date to the last's.
 */
export function testSheet(shifts: [date: string, templateId: string, doctorId: string | null][]): RosterSheet {
  const dates = shifts.map(([date]) => date).sort();
  const start = dates[0] ?? '2027-01-04';
  const days = Math.round((Date.parse(dates.at(-1) ?? start) - Date.parse(start)) / 86_400_000) + 1;
  if (addDays(start, days - 1) !== (dates.at(-1) ?? start)) throw new Error('testSheet: dates must be ISO dates');
  return {
    name: 'Testvakt',
    start,
    days,
    templates: SANDEFJORD_TEMPLATES,
    doctors: TEST_DOCTORS,
    shifts: shifts.map(([date, templateId, doctorId], i) => ({ id: i + 1, date, templateId, doctorId })),
  };
}

/**
 * Two and a half weeks over Easter 2027 (Maundy Thursday 25.03, the DST night 27.–28.03), from Monday 15.03 to
 * Thursday 01.04: Kari a weekday day and the short night, Åse two evenings and Maundy Thursday, one open night.
 */
export const easterSheet = (): RosterSheet =>
  testSheet([
    ['2027-03-15', 'dag', 'kari'],
    ['2027-03-15', 'kveld', 'aase'],
    ['2027-03-25', 'helgdag', 'aase'],
    ['2027-03-27', 'natt', 'kari'],
    ['2027-03-28', 'natt', null],
    ['2027-04-01', 'kveld', 'aase'],
  ]);
