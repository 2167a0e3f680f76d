/**
 * The legevakt roster as a workbook for the office and payroll: "Uke" (a row per date, a column per kind of shift),
 * "Per lege" (each doctor's shifts with local start and end and the hours worked) and "Lønn" (the payroll summary).
 * Dates and times are real Excel values in Oslo wall-clock time, so they sort and filter; hours are numbers.
 */
import {
  isoWeek,
  holdersOf,
  OPEN_SHIFT_LABEL,
  SHIFT_KIND_LABELS,
  SHIFT_KINDS,
  sheetDates,
  shiftEndDate,
  timedShifts,
  weekdayLabel,
  type PayrollLine,
  type PayrollSummary,
  type RosterSheet,
  type TimedShift,
} from '../../domain/roster/index.ts';
import { columnsOf, sheetsToXlsx, type SheetColumn, type XlsxSheet } from '../registry/xlsx.ts';

const DATE = 'dd.mm.yyyy';
const DATE_TIME = 'dd.mm.yyyy hh:mm';
const HOURS = '#,##0.0#';

/** A local Oslo date (and time) as the Excel value showing it: Excel has no time zones, so wall-clock time as UTC. */
const wallClock = (date: string, time = '00:00') => new Date(`${date}T${time}:00Z`);

function weekSheet(sheet: RosterSheet, shifts: TimedShift[]): XlsxSheet {
  const holders = holdersOf(shifts);
  return {
    name: 'Uke',
    columns: [
      { key: 'week', header: 'Uke' },
      { key: 'date', header: 'Dato', numFmt: DATE },
      { key: 'day', header: 'Dag' },
      ...sheet.templates.map((t): SheetColumn => ({ key: `template:${t.id}`, header: t.name })),
    ],
    rows: sheetDates(sheet).map((date) => ({
      week: isoWeek(date),
      date: wallClock(date),
      day: weekdayLabel(date),
      ...Object.fromEntries(sheet.templates.map((t) => [`template:${t.id}`, holders(date, t.id).join(', ') || null])),
    })),
  };
}

function doctorSheet(sheet: RosterSheet, shifts: TimedShift[]): XlsxSheet {
  const byStart = (a: TimedShift, b: TimedShift) => a.start - b.start;
  const ordered = [...sheet.doctors.flatMap((d) => shifts.filter((t) => t.doctor?.id === d.id).sort(byStart)), ...shifts.filter((t) => t.doctor === null).sort(byStart)];
  return {
    name: 'Per lege',
    columns: [
      ...columnsOf([['doctor', 'Lege'], ['day', 'Dag']]),
      { key: 'date', header: 'Dato', numFmt: DATE },
      ...columnsOf([['template', 'Vakt'], ['kind', 'Type vakt']]),
      { key: 'start', header: 'Start', numFmt: DATE_TIME },
      { key: 'end', header: 'Slutt', numFmt: DATE_TIME },
      { key: 'hours', header: 'Timer', numFmt: HOURS },
    ],
    rows: ordered.map((t) => ({
      doctor: t.doctor?.name ?? OPEN_SHIFT_LABEL,
      day: weekdayLabel(t.shift.date),
      date: wallClock(t.shift.date),
      template: t.template.name,
      kind: SHIFT_KIND_LABELS[t.template.kind],
      start: wallClock(t.shift.date, t.template.start),
      end: wallClock(shiftEndDate(t.shift.date, t.template), t.template.end),
      hours: t.minutes / 60,
    })),
  };
}

function payrollSheet(payroll: PayrollSummary): XlsxSheet {
  const figures = (line: PayrollLine) => ({
    ...Object.fromEntries(SHIFT_KINDS.flatMap((k) => [[`${k}:shifts`, line.byKind[k].shifts], [`${k}:hours`, line.byKind[k].hours]])),
    shifts: line.total.shifts,
    hours: line.total.hours,
  });
  return {
    name: 'Lønn',
    columns: [
      { key: 'month', header: 'Måned', numFmt: 'mm.yyyy' },
      { key: 'doctor', header: 'Lege' },
      ...SHIFT_KINDS.flatMap((k): SheetColumn[] => [
        { key: `${k}:shifts`, header: `${SHIFT_KIND_LABELS[k]} (antall)` },
        { key: `${k}:hours`, header: `${SHIFT_KIND_LABELS[k]} (timer)`, numFmt: HOURS },
      ]),
      { key: 'shifts', header: 'Vakter i alt' },
      { key: 'hours', header: 'Timer i alt', numFmt: HOURS },
    ],
    rows: payroll.months.flatMap((m) => [
      ...m.doctors.map((d) => ({ month: wallClock(`${m.month}-01`), doctor: d.name, ...figures(d) })),
      ...(m.open.total.shifts > 0 ? [{ month: wallClock(`${m.month}-01`), doctor: `${OPEN_SHIFT_LABEL} (ikke utbetalt)`, ...figures(m.open) }] : []),
    ]),
  };
}

/** The roster and its payroll summary (payrollSummary of the same sheet) as an .xlsx workbook: "Uke", "Per lege", "Lønn". */
export function rosterXlsx(sheet: RosterSheet, payroll: PayrollSummary): Promise<Buffer> {
  const shifts = timedShifts(sheet);
  return sheetsToXlsx([weekSheet(sheet, shifts), doctorSheet(sheet, shifts), payrollSheet(payroll)]);
}
