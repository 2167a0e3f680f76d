/**
 * The legevakt roster as a PDF for the notice board and the doctors: by week (a table per week, days down, kinds
 * of shift across, two weeks a landscape page) or by doctor (each doctor's shifts on a page of their own, with
 * totals, and the open shifts last).
 */
import {
  addDays,
  dateLabel,
  holdersOf,
  hoursLabel,
  isoWeek,
  OPEN_SHIFT_LABEL,
  sheetDates,
  timedShifts,
  weekdayOf,
  type Holiday,
  type RosterSheet,
  type TimedShift,
} from '../domain/roster/index.ts';
import { formatDate } from '../domain/format/index.ts';
import { pageFooter, pdfText as cell, renderPdf, winAnsi } from './pdf-render.ts';

export interface RosterPdfOptions {
  by: 'week' | 'doctor';
  /** Holidays by date (norwegianHolidays): named and shaded like weekends. */
  holidays?: Map<string, Holiday>;
}

const WEEKS_PER_PAGE = 2;
const SHADE = '#eeeeee';

const timeLabel = (t: TimedShift) => `${t.template.start}–${t.template.end}`;
const dayLabel = (date: string, holidays: Map<string, Holiday> | undefined) => {
  const holiday = holidays?.get(date);
  return holiday ? `${dateLabel(date)}\n${holiday.name}` : dateLabel(date);
};
const isRedDay = (date: string, holidays: Map<string, Holiday> | undefined) => weekdayOf(date) >= 5 || holidays?.has(date) === true;

/** The sheet's period as "01.03.2027–28.03.2027". */
function periodLabel(sheet: RosterSheet): string {
  return `${formatDate(sheet.start)}–${formatDate(addDays(sheet.start, sheet.days - 1))}`;
}

function byWeek(sheet: RosterSheet, shifts: TimedShift[], holidays: Map<string, Holiday> | undefined): unknown[] {
  const holders = holdersOf(shifts);
  const weeks: string[][] = [];
  for (const date of sheetDates(sheet)) {
    if (weeks.length === 0 || weekdayOf(date) === 0) weeks.push([]);
    weeks.at(-1)!.push(date);
  }
  const header = [cell('Dag', { style: 'th' }), ...sheet.templates.map((t) => cell(`${t.name}\n${t.start}–${t.end}`, { style: 'th' }))];
  return weeks.flatMap((dates, w) => [
    cell(`Uke ${isoWeek(dates[0]!)}: ${formatDate(dates[0]!)}–${formatDate(dates.at(-1)!)}`, { style: 'h2', pageBreak: w > 0 && w % WEEKS_PER_PAGE === 0 ? 'before' : undefined }),
    {
      table: {
        headerRows: 1,
        widths: [90, ...sheet.templates.map(() => '*')],
        body: [
          header,
          ...dates.map((date) => {
            const fillColor = isRedDay(date, holidays) ? SHADE : undefined;
            return [
              cell(dayLabel(date, holidays), { fillColor, bold: fillColor !== undefined }),
              ...sheet.templates.map((t) => {
                const who = holders(date, t.id);
                return cell(who.join('\n'), { fillColor, bold: who.includes(OPEN_SHIFT_LABEL) });
              }),
            ];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 2, 0, 10],
    },
  ]);
}

function shiftTable(shifts: TimedShift[], holidays: Map<string, Holiday> | undefined): unknown {
  const minutes = shifts.reduce((sum, t) => sum + t.minutes, 0);
  return {
    table: {
      headerRows: 1,
      widths: [110, '*', 80, 50],
      body: [
        ['Dag', 'Vakt', 'Tid', 'Timer'].map((h, i) => cell(h, { style: 'th', alignment: i === 3 ? 'right' : 'left' })),
        ...shifts.map((t) => [cell(dayLabel(t.shift.date, holidays)), cell(t.template.name), cell(timeLabel(t)), cell(hoursLabel(t.minutes), { alignment: 'right' })]),
        [cell('Sum', { bold: true }), cell(`${shifts.length} ${shifts.length === 1 ? 'vakt' : 'vakter'}`, { bold: true }), cell(''), cell(hoursLabel(minutes), { bold: true, alignment: 'right' })],
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 10],
  };
}

function byDoctor(sheet: RosterSheet, shifts: TimedShift[], holidays: Map<string, Holiday> | undefined): unknown[] {
  const order = (a: TimedShift, b: TimedShift) => a.start - b.start;
  const sections = sheet.doctors.map((d) => ({ title: d.name, shifts: shifts.filter((t) => t.doctor?.id === d.id).sort(order) }));
  const open = shifts.filter((t) => t.doctor === null).sort(order);
  if (open.length > 0) sections.push({ title: 'Ledige vakter', shifts: open });
  return sections.flatMap((s, i) => [
    cell(s.title, { style: 'h2', pageBreak: i > 0 ? 'before' : undefined }),
    s.shifts.length > 0 ? shiftTable(s.shifts, holidays) : cell('Ingen vakter i perioden.', { margin: [0, 2, 0, 10] }),
  ]);
}

/** The roster sheet as a PDF, by week or by doctor. */
export async function rosterPdf(sheet: RosterSheet, options: RosterPdfOptions): Promise<Buffer> {
  const shifts = timedShifts(sheet);
  const body = (() => {
    switch (options.by) {
      case 'week':
        return byWeek(sheet, shifts, options.holidays);
      case 'doctor':
        return byDoctor(sheet, shifts, options.holidays);
    }
  })();
  const title = `Vaktplan legevakt: ${sheet.name}`;
  return renderPdf({
    pageSize: 'A4',
    pageOrientation: options.by === 'week' ? 'landscape' : 'portrait',
    pageMargins: [36, 36, 36, 44],
    info: { title: winAnsi(title), author: 'Legeplan' },
    styles: { h1: { fontSize: 15, bold: true }, h2: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] }, th: { bold: true }, small: { fontSize: 8, color: '#444444' } },
    content: [cell(title, { style: 'h1' }), cell(`${periodLabel(sheet)}, ${options.by === 'week' ? 'per uke' : 'per lege'}`, { style: 'small', margin: [0, 0, 0, 6] }), ...body],
    footer: pageFooter,
  });
}
