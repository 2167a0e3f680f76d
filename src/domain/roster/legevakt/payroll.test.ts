import { describe, expect, it } from 'vitest';
import { RosterInputError } from '../errors.ts';
import { hoursLabel, payrollSummary } from './payroll.ts';
import { testSheet } from './testing.ts';

describe('payrollSummary', () => {
  it('pays an ordinary night crossing midnight 9 hours, in the month of its start date', () => {
    const s = payrollSummary(testSheet([['2027-01-31', 'natt', 'kari']]));
    expect(s.months.map((m) => m.month)).toEqual(['2027-01']);
    expect(s.months[0]!.doctors[0]).toMatchObject({ doctorId: 'kari', name: 'Kari Nordmann', total: { shifts: 1, minutes: 540, hours: 9 } });
    expect(s.months[0]!.doctors[0]!.byKind.night).toEqual({ shifts: 1, minutes: 540, hours: 9 });
    expect(s.months[0]!.doctors[0]!.byKind.day).toEqual({ shifts: 0, minutes: 0, hours: 0 });
  });

  it('pays the night into the last Sunday of March an hour less and into the last Sunday of October an hour more', () => {
    const s = payrollSummary(testSheet([['2027-03-27', 'natt', 'kari'], ['2027-10-30', 'natt', 'kari'], ['2027-10-30', 'bakvakt', 'aase']]));
    const [march, october] = s.months;
    expect(march!.doctors[0]!.byKind.night.hours).toBe(8);
    expect(october!.doctors[0]!.byKind.night.hours).toBe(10);
    expect(october!.doctors[1]).toMatchObject({ name: 'Åse Ødegård', byKind: { backup: { shifts: 1, minutes: 25 * 60 } } });
  });

  it('sums by kind and in total, and lists doctors in the sheet order', () => {
    const s = payrollSummary(testSheet([['2027-02-01', 'kveld', 'aase'], ['2027-02-01', 'dag', 'kari'], ['2027-02-02', 'dag', 'kari'], ['2027-02-02', 'tilkalling', 'kari']]));
    const [kari, aase] = s.months[0]!.doctors;
    expect(kari).toMatchObject({ byKind: { day: { shifts: 2, hours: 15 }, 'on-call': { shifts: 1, hours: 7.5 } }, total: { shifts: 3, minutes: 1350, hours: 22.5 } });
    expect(aase).toMatchObject({ byKind: { evening: { shifts: 1, hours: 7.5 } }, total: { shifts: 1, hours: 7.5 } });
  });

  it('pays open shifts to nobody but counts them on their own line', () => {
    const s = payrollSummary(testSheet([['2027-02-01', 'natt', null], ['2027-02-02', 'natt', 'kari']]));
    expect(s.months[0]!.doctors.map((d) => d.doctorId)).toEqual(['kari']);
    expect(s.months[0]!.open).toMatchObject({ byKind: { night: { shifts: 1, hours: 9 } }, total: { shifts: 1, hours: 9 } });
  });

  it('keeps only the asked month, and gives that month even when it has no shifts', () => {
    const sheet = testSheet([['2027-01-31', 'natt', 'kari'], ['2027-02-01', 'dag', 'aase']]);
    expect(payrollSummary(sheet, '2027-02').months).toMatchObject([{ month: '2027-02', doctors: [{ doctorId: 'aase', total: { shifts: 1 } }] }]);
    expect(payrollSummary(sheet, '2027-05').months).toMatchObject([{ month: '2027-05', doctors: [], open: { total: { shifts: 0 } } }]);
  });

  it('refuses a malformed month and a shift of an unknown doctor or template', () => {
    const sheet = testSheet([['2027-01-31', 'natt', 'kari']]);
    expect(() => payrollSummary(sheet, '2027-13')).toThrow(RosterInputError);
    expect(() => payrollSummary({ ...sheet, shifts: [{ id: 1, date: '2027-01-31', templateId: 'natt', doctorId: 'nobody' }] })).toThrow(/ukjent lege/);
    expect(() => payrollSummary({ ...sheet, shifts: [{ id: 1, date: '2027-01-31', templateId: 'x', doctorId: 'kari' }] })).toThrow(/ukjent vakttype/);
  });

  it('does not change the sheet', () => {
    const sheet = testSheet([['2027-01-31', 'natt', 'kari']]);
    const copy = structuredClone(sheet);
    payrollSummary(sheet);
    expect(sheet).toEqual(copy);
  });
});

describe('hoursLabel', () => {
  it('writes hours the Norwegian way', () => {
    expect(hoursLabel(450)).toBe('7,5');
    expect(hoursLabel(540)).toBe('9');
    expect(hoursLabel(68_580)).toBe('1\u00a0143');
  });
});
