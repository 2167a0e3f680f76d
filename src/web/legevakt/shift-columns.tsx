import type { TMyShift } from '../../contracts/roster/index.ts';
import type { Column } from '../components/DataTable.tsx';
import { formatDate } from '../format.ts';
import { formatShiftTime, weekdayOf } from './roster-format.ts';

/** Date, weekday, kind of shift and its local time: the columns every list of a doctor's shifts starts with. */
export function shiftColumns<R>(shiftOf: (row: R) => TMyShift): Column<R>[] {
  return [
    { id: 'date', header: 'Dato', text: (r) => formatDate(shiftOf(r).date), sortValue: (r) => shiftOf(r).startsAt },
    { id: 'weekday', header: 'Dag', text: (r) => weekdayOf(shiftOf(r).date), unsortable: true },
    { id: 'template', header: 'Vakt', text: (r) => shiftOf(r).templateName },
    { id: 'time', header: 'Tid', text: (r) => formatShiftTime(shiftOf(r).startsAt, shiftOf(r).endsAt), unsortable: true },
  ];
}
