/**
 * Payroll summary of a legevakt roster: per month and doctor, shifts and hours by kind of shift, from the real
 * instants (a night over the spring DST change is paid an hour less, over the autumn change an hour more). A shift
 * belongs to the month of its start date; open shifts are paid to nobody and are counted on a line of their own.
 */
import { RosterInputError } from '../errors.ts';
import { SHIFT_KINDS, type ShiftKind } from './plan.ts';
import { timedShifts, type RosterSheet } from './sheet.ts';

export interface PayrollFigures {
  shifts: number;
  /** Exact, in whole minutes. */
  minutes: number;
  /** minutes ÷ 60. */
  hours: number;
}

export interface PayrollLine {
  byKind: Record<ShiftKind, PayrollFigures>;
  total: PayrollFigures;
}

export interface PayrollDoctorLine extends PayrollLine {
  doctorId: string;
  name: string;
}

export interface PayrollMonth {
  /** 'YYYY-MM' */
  month: string;
  /** Doctors with at least one shift this month, in the sheet's doctor order. */
  doctors: PayrollDoctorLine[];
  /** Shifts nobody holds: not paid, but counted. */
  open: PayrollLine;
}

export interface PayrollSummary {
  /** Months in order; only the asked month when one is given (even if it has no shifts). */
  months: PayrollMonth[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Hours of a number of minutes as nb-NO text: 450 → "7,5", 540 → "9". */
export function hoursLabel(minutes: number): string {
  return (minutes / 60).toLocaleString('nb-NO', { maximumFractionDigits: 2 });
}

/** Per month and doctor: shifts and hours by kind of shift and in total, and the month's open shifts. */
export function payrollSummary(sheet: RosterSheet, month?: string): PayrollSummary {
  if (month !== undefined && !MONTH.test(month)) throw new RosterInputError(`Måneden må skrives ÅÅÅÅ-MM, ikke «${month}».`, 'month');
  const months = new Map<string, { doctors: Map<string, PayrollLine>; open: PayrollLine }>();
  const monthOf = (m: string) => {
    let entry = months.get(m);
    if (!entry) months.set(m, (entry = { doctors: new Map(), open: emptyLine() }));
    return entry;
  };
  if (month !== undefined) monthOf(month);
  for (const t of timedShifts(sheet)) {
    const m = t.shift.date.slice(0, 7);
    if (month !== undefined && m !== month) continue;
    const entry = monthOf(m);
    let line = entry.open;
    if (t.doctor) {
      line = entry.doctors.get(t.doctor.id) ?? emptyLine();
      entry.doctors.set(t.doctor.id, line);
    }
    add(line.byKind[t.template.kind], t.minutes);
    add(line.total, t.minutes);
  }
  return {
    months: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([m, entry]) => ({
        month: m,
        doctors: sheet.doctors.flatMap((d) => {
          const line = entry.doctors.get(d.id);
          return line ? [{ doctorId: d.id, name: d.name, ...line }] : [];
        }),
        open: entry.open,
      })),
  };
}

const emptyFigures = (): PayrollFigures => ({ shifts: 0, minutes: 0, hours: 0 });

function emptyLine(): PayrollLine {
  return { byKind: Object.fromEntries(SHIFT_KINDS.map((k) => [k, emptyFigures()])) as Record<ShiftKind, PayrollFigures>, total: emptyFigures() };
}

function add(f: PayrollFigures, minutes: number): void {
  f.shifts += 1;
  f.minutes += minutes;
  f.hours = f.minutes / 60;
}
